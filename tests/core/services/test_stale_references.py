"""Saving a record that names a person, agency or meeting deleted meanwhile is refused in Vietnamese, not with a
raw IntegrityError, and nothing is stored."""

import datetime as dt

import pytest

from cchc_desktop.core.enums import PlanKind
from cchc_desktop.core.errors import ValidationError
from cchc_desktop.core.services.agencies import AgencyService
from cchc_desktop.core.services.meetings import AttendeeInput, MeetingInput, MeetingService, ReportInput
from cchc_desktop.core.services.notices import NoticeService
from cchc_desktop.core.services.people import PeopleService
from cchc_desktop.core.services.plans import PlanInput, PlanService, TargetInput

GONE = 987_654


def meeting(**changes) -> MeetingInput:
    data = MeetingInput(date=dt.date(2024, 4, 12), title="Họp sơ kết quý I năm 2024")
    for key, value in changes.items():
        setattr(data, key, value)
    return data


@pytest.mark.parametrize("changes, field, message", [
    (dict(attendees=[AttendeeInput(person_id=GONE)]), "Thành phần dự", "Người dự họp đã chọn ở dòng thành phần dự 1"),
    (dict(attendees=[AttendeeInput(text="Tổ Thư ký"), AttendeeInput(agency_id=GONE, text="Lãnh đạo")]),
     "Thành phần dự", "Cơ quan dự họp đã chọn ở dòng thành phần dự 2"),
    (dict(reports=[ReportInput("Lãnh đạo Sở Nội vụ", "Báo cáo quý I", GONE)]), "Báo cáo",
     "Cơ quan trình bày báo cáo thứ 1"),
])
def test_meeting_with_a_deleted_attendee_or_presenter_is_refused(db, changes, field, message):
    meetings = MeetingService(db)
    with pytest.raises(ValidationError) as err:
        meetings.create(meeting(**changes))
    assert (err.value.field, err.value.value) == (field, GONE)
    assert message in err.value.message and err.value.message.endswith("không còn tồn tại.")
    assert meetings.list() == []


def test_meeting_update_with_a_deleted_person_keeps_the_stored_meeting(db):
    meetings = MeetingService(db)
    person = PeopleService(db).create("Lương Trọng Quỳnh", "Phó Chủ tịch UBND tỉnh")
    meeting_id = meetings.create(meeting(attendees=[AttendeeInput(person_id=person)]))
    data = meetings.get(meeting_id)
    data.attendees.append(AttendeeInput(person_id=GONE))
    with pytest.raises(ValidationError, match="không còn tồn tại"):
        meetings.update(meeting_id, data)
    assert [a.person_id for a in meetings.get(meeting_id).attendees] == [person]


def test_plan_target_with_a_deleted_lead_agency_is_refused(db):
    plans = PlanService(db)
    lead = next(a.id for a in AgencyService(db).list("so noi vu"))
    targets = [TargetInput("Chỉ tiêu 1", lead_agency_id=lead), TargetInput("Chỉ tiêu 2", lead_agency_id=GONE)]
    with pytest.raises(ValidationError) as err:
        plans.create(PlanInput(PlanKind.PLAN, "04/KH-UBND", "Kế hoạch CCHC năm 2024", targets=targets))
    assert (err.value.field, err.value.value) == ("Cơ quan chủ trì", GONE)
    assert err.value.message == "Cơ quan chủ trì chỉ tiêu thứ 2 đã chọn không còn tồn tại."
    assert plans.list() == []


@pytest.mark.parametrize("attribute, field, message", [
    ("meeting_id", "Cuộc họp", "Cuộc họp đã chọn không còn tồn tại."),
    ("signer_id", "Người ký", "Người ký đã chọn không còn tồn tại."),
])
def test_notice_naming_a_deleted_meeting_or_signer_is_refused(demo_db, attribute, field, message):
    notices = NoticeService(demo_db)
    notice_id = notices.list()[0].id
    data = notices.get(notice_id)
    setattr(data, attribute, GONE)
    with pytest.raises(ValidationError) as err:
        notices.update(notice_id, data)
    assert (err.value.field, err.value.value, err.value.message) == (field, GONE, message)
    with pytest.raises(ValidationError, match=message):
        notices.create(data)
    assert getattr(notices.get(notice_id), attribute) != GONE
