import datetime as dt

import pytest

from cchc_desktop.core.body import Block, plain
from cchc_desktop.core.enums import BlockKind, MeetingFormat, MeetingKind, PlanKind, TargetStatus, TaskSource
from cchc_desktop.core.errors import ConflictError, ValidationError
from cchc_desktop.core.services.agencies import AgencyService
from cchc_desktop.core.services.meetings import AttendeeInput, MeetingInput, MeetingService, ReportInput, SiteInput
from cchc_desktop.core.services.people import PeopleService
from cchc_desktop.core.services.plans import PlanInput, PlanService, TargetInput
from cchc_desktop.core.services.tasks import TaskInput, TaskService


@pytest.fixture
def meetings(db):
    return MeetingService(db)


def q1_meeting(db) -> MeetingInput:
    chair = PeopleService(db).create("Hồ Tiến Thiệu", "Chủ tịch UBND tỉnh")
    noi_vu = next(a.id for a in AgencyService(db).list("so noi vu"))
    return MeetingInput(
        date=dt.date(2024, 4, 12), title="Họp sơ kết quý I năm 2024 của Ban Chỉ đạo CCHC tỉnh",
        kind=MeetingKind.QUARTERLY, format=MeetingFormat.HYBRID, chair_id=chair,
        chair_title="Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh",
        sites=[SiteInput("district", 11, "huyện, thành phố"), SiteInput("commune", 200, "xã, phường, thị trấn")],
        attendees=[AttendeeInput(agency_id=noi_vu, text="Lãnh đạo"), AttendeeInput(text="thành viên Tổ Thư ký")],
        reports=[ReportInput("Lãnh đạo Sở Nội vụ", "Tình hình, kết quả công tác CCHC quý I năm 2024", noi_vu)],
    )


def test_meeting_round_trip_and_list(db, meetings):
    meeting_id = meetings.create(q1_meeting(db))
    data = meetings.get(meeting_id)
    assert [(s.count, s.label) for s in data.sites] == [(11, "huyện, thành phố"), (200, "xã, phường, thị trấn")]
    assert [a.display for a in data.attendees] == ["Lãnh đạo Sở Nội vụ", "thành viên Tổ Thư ký"]
    rows = meetings.list("so ket quy")
    assert rows[0].chair == "Hồ Tiến Thiệu, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh"
    assert meetings.list(year=2023) == [] and meetings.years() == [2024]
    assert meetings.list(kind=MeetingKind.ANNUAL) == []


@pytest.mark.parametrize("change, field", [
    (dict(date=None), "Ngày họp"), (dict(title=" "), "Tên cuộc họp"),
    (dict(sites=[SiteInput("district", -1, "huyện")]), "Điểm cầu"),
    (dict(attendees=[AttendeeInput()]), "Thành phần dự"),
])
def test_invalid_meeting_is_refused_and_nothing_saved(db, meetings, change, field):
    data = q1_meeting(db)
    for key, value in change.items():
        setattr(data, key, value)
    with pytest.raises(ValidationError) as err:
        meetings.create(data)
    assert err.value.field == field
    assert meetings.list() == []


def test_deleting_a_meeting_with_tasks_needs_confirmation_and_keeps_the_tasks(db, meetings):
    meeting_id = meetings.create(q1_meeting(db))
    meetings.save_conclusion(meeting_id, [Block(BlockKind.NUMBERED, plain("Rà soát kinh phí"))])
    block_id = meetings.get_conclusion(meeting_id)[0].id
    tasks = TaskService(db)
    lead = next(a.id for a in AgencyService(db).list("so tai chinh"))
    task_id, _ = tasks.create(TaskInput(title="Rà soát kinh phí", lead_agency_id=lead, source=TaskSource.CONCLUSION,
                                        meeting_id=meeting_id, source_block_id=block_id))
    with pytest.raises(ConflictError, match="1 nhiệm vụ"):
        meetings.delete(meeting_id)
    assert meetings.task_count(meeting_id) == 1
    meetings.delete(meeting_id, keep_tasks=True)
    assert meetings.list() == []
    kept = tasks.get(task_id).data
    assert kept.source == TaskSource.DIRECT and kept.meeting_id is None
    assert kept.source_reference.startswith("Kết luận tại Họp sơ kết quý I năm 2024")
    assert "cuộc họp đã xóa" in kept.source_reference


def test_conclusion_edits_keep_task_links(db, meetings):
    meeting_id = meetings.create(q1_meeting(db))
    meetings.save_conclusion(meeting_id, [Block(BlockKind.HEADING, plain("Phương hướng")),
                                          Block(BlockKind.LETTERED, plain("Sở Tài chính"))])
    blocks = meetings.get_conclusion(meeting_id)
    blocks[1].runs = plain("Sở Tài chính, Sở Kế hoạch và Đầu tư")
    blocks.insert(0, Block(BlockKind.PARAGRAPH, plain("Mở đầu")))
    meetings.save_conclusion(meeting_id, blocks)
    again = meetings.get_conclusion(meeting_id)
    assert [b.text for b in again] == ["Mở đầu", "Phương hướng", "Sở Tài chính, Sở Kế hoạch và Đầu tư"]
    assert again[2].id == blocks[2].id


def test_plan_targets_attainment(db):
    plans = PlanService(db)
    targets = [TargetInput(f"Chỉ tiêu {i}", status=TargetStatus.MET if i <= 8 else TargetStatus.IN_PROGRESS)
               for i in range(1, 19)]
    targets[0].status = TargetStatus.EXCEEDED
    targets[9].status = TargetStatus.EXCEEDED
    plan_id = plans.create(PlanInput(PlanKind.RESOLUTION, "60-NQ/TU", "Về đẩy mạnh CCHC giai đoạn 2021-2030",
                                     issued_on=dt.date(2021, 12, 15), issuer="Ban Thường vụ Tỉnh uỷ",
                                     period_start=2021, period_end=2030, targets=targets))
    row = plans.list("60-NQ")[0]
    assert row.attainment == "đạt và vượt 9/18 chỉ tiêu"
    assert row.display_name == "Nghị quyết số 60-NQ/TU"
    data = plans.get(plan_id)
    data.targets[2].status = TargetStatus.NOT_MET
    data.targets[15].status = TargetStatus.MET
    data.targets[16].status = TargetStatus.MET
    plans.update(plan_id, data)
    assert plans.list()[0].attainment == "đạt và vượt 10/18 chỉ tiêu"
    with pytest.raises(ValidationError, match="năm kết thúc trước năm bắt đầu"):
        plans.create(PlanInput(PlanKind.PLAN, "04/KH-UBND", "CCHC 2024", period_start=2024, period_end=2023))


def test_plan_with_tasks_cannot_be_deleted(db):
    plans = PlanService(db)
    plan_id = plans.create(PlanInput(PlanKind.PLAN, "04/KH-UBND", "Kế hoạch CCHC năm 2024"))
    lead = next(a.id for a in AgencyService(db).list("so noi vu"))
    TaskService(db).create(TaskInput(title="Tuyên truyền", lead_agency_id=lead, source=TaskSource.PLAN,
                                     plan_id=plan_id))
    with pytest.raises(ConflictError, match="1 nhiệm vụ"):
        plans.delete(plan_id)
