"""Meetings are found by their chair's name, after creating, changing the chair, or renaming the person."""

import datetime as dt

from cchc_desktop.core.services.meetings import MeetingInput, MeetingService
from cchc_desktop.core.services.people import PeopleService
from cchc_desktop.store.models import Person


def test_meeting_search_matches_the_chairs_name(db):
    people, meetings = PeopleService(db), MeetingService(db)
    chair = people.create("Hồ Tiến Thiệu", "Chủ tịch UBND tỉnh")
    deputy = people.create("Dương Xuân Huyên", "Phó Chủ tịch UBND tỉnh")
    data = MeetingInput(dt.date(2024, 4, 12), "Họp sơ kết quý I năm 2024", chair_id=chair,
                        chair_title="Trưởng Ban Chỉ đạo")
    meeting_id = meetings.create(data)
    assert [row.id for row in meetings.list("ho tien thieu")] == [meeting_id]

    data = meetings.get(meeting_id)
    data.chair_id = deputy  # only the chair changes
    meetings.update(meeting_id, data)
    assert meetings.list("ho tien thieu") == []
    assert [row.id for row in meetings.list("xuan huyen")] == [meeting_id]

    data.chair_id = None
    meetings.update(meeting_id, data)
    assert meetings.list("huyen") == []
    assert [row.id for row in meetings.list("truong ban chi dao")] == [meeting_id]


def test_renaming_the_chair_updates_the_meeting_search(db):
    chair = PeopleService(db).create("Hồ Tiến Thiệu", "Chủ tịch UBND tỉnh")
    meetings = MeetingService(db)
    meeting_id = meetings.create(MeetingInput(dt.date(2024, 4, 12), "Họp quý I", chair_id=chair))
    with db.session() as session:
        session.get(Person, chair).full_name = "Hồ Tiến Thiệu Mới"
    assert [row.id for row in meetings.list("thieu moi")] == [meeting_id]
