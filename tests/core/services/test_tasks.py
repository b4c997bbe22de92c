import datetime as dt
import unicodedata

import pytest

from cchc_desktop.core.deadlines import Deadline, parse_deadline
from cchc_desktop.core.enums import DeadlineKind, Recurrence, TaskSource, TaskStatus
from cchc_desktop.core.errors import ValidationError
from cchc_desktop.core.services.agencies import AgencyService
from cchc_desktop.core.services.meetings import MeetingInput, MeetingService
from cchc_desktop.core.services.overview import build_overview
from cchc_desktop.core.services.tasks import TaskFilter, TaskInput, TaskService

TODAY = dt.date(2024, 6, 20)


@pytest.fixture
def agencies(db):
    return {row.name: row.id for row in AgencyService(db).list()}


@pytest.fixture
def tasks(db):
    return TaskService(db)


def add(tasks, agencies, title, lead="Sở Nội vụ", deadline="", **kw):
    task_id, warnings = tasks.create(
        TaskInput(title=title, lead_agency_id=agencies[lead], deadline=parse_deadline(deadline), **kw)
    )
    return task_id


def test_a_task_needs_a_lead_agency_and_a_title(tasks, agencies):
    with pytest.raises(ValidationError) as err:
        tasks.create(TaskInput(title="Rà soát thủ tục", lead_agency_id=None))
    assert err.value.field == "Cơ quan chủ trì"
    assert str(err.value) == "Nhiệm vụ phải có cơ quan chủ trì."
    with pytest.raises(ValidationError, match="Nội dung nhiệm vụ không được để trống"):
        tasks.create(TaskInput(title="   ", lead_agency_id=agencies["Sở Nội vụ"]))
    assert tasks.list() == []


def test_deadline_shapes_give_due_dates_and_overdue_flags(tasks, agencies):
    add(tasks, agencies, "Báo cáo kết quả xử lý", deadline="trước ngày 30/6/2022")
    add(tasks, agencies, "Rà soát kinh phí hiện đại hóa Bộ phận Một cửa", lead="Sở Tài chính",
        deadline="trong Quý III/2024")
    add(tasks, agencies, "Kiểm tra, đôn đốc công tác CCHC", deadline="hằng tháng")
    rows = tasks.list(today=TODAY)
    assert [r.title for r in rows] == [
        "Báo cáo kết quả xử lý", "Rà soát kinh phí hiện đại hóa Bộ phận Một cửa", "Kiểm tra, đôn đốc công tác CCHC",
    ]
    assert [r.due_date for r in rows] == [dt.date(2022, 6, 30), dt.date(2024, 9, 30), None]
    assert [r.overdue for r in rows] == [True, False, False]
    assert rows[1].deadline == "trong Quý III/2024"
    assert rows[2].deadline == "Thường xuyên (hằng tháng)"


def test_the_first_rows_of_a_list_are_the_head_of_the_whole_list(tasks, agencies):
    """The task page shows ``list(limit=n)`` before the whole list arrives: the same rows in the same order (dated
    by due date and entry, then undated), with filters applied, however many of each there are."""
    for title, deadline in [("Không hạn 1", ""), ("Hạn 2024", "trước ngày 30/6/2024"), ("Không hạn 2", ""),
                            ("Hạn 2022", "trước ngày 30/6/2022"), ("Cùng hạn 2024", "trước ngày 30/6/2024"),
                            ("Không hạn 3", "")]:
        add(tasks, agencies, title, deadline=deadline)
    whole = [r.title for r in tasks.list(today=TODAY)]
    assert whole == ["Hạn 2022", "Hạn 2024", "Cùng hạn 2024", "Không hạn 1", "Không hạn 2", "Không hạn 3"]
    for limit in range(1, 8):
        assert [r.title for r in tasks.list(today=TODAY, limit=limit)] == whole[:limit]
    undated = TaskFilter(text="khong han")
    assert [r.title for r in tasks.list(undated, today=TODAY, limit=2)] == ["Không hạn 1", "Không hạn 2"]


def test_the_first_rows_overdue_first_are_the_head_of_the_list_sorted_by_state(tasks, agencies):
    """The page's default order: overdue tasks, then by status (TaskStatus order), each group by due date,
    undated last, then by entry; ``list(limit=n, overdue_first=True)`` is the head of it for every n."""
    today = dt.date(2024, 7, 15)
    plan = [("Quá hạn, đang làm", "trước ngày 30/6/2024", TaskStatus.IN_PROGRESS),
            ("Chưa đến hạn", "trước ngày 30/9/2024", TaskStatus.NOT_STARTED),
            ("Xong đúng hạn", "trước ngày 30/6/2024", TaskStatus.DONE),
            ("Không hạn, đang làm", "", TaskStatus.IN_PROGRESS),
            ("Quá hạn, chưa làm", "trước ngày 30/5/2024", TaskStatus.NOT_STARTED),
            ("Không hạn, chưa làm", "", TaskStatus.NOT_STARTED),
            ("Quá hạn sớm, đang làm", "trước ngày 30/1/2024", TaskStatus.IN_PROGRESS),
            ("Xong chậm", "trước ngày 30/1/2024", TaskStatus.DONE_LATE),
            ("Đến hạn hôm nay", "trước ngày 15/7/2024", TaskStatus.IN_PROGRESS)]
    for title, deadline, status in plan:
        task_id = add(tasks, agencies, title, deadline=deadline)
        if status is TaskStatus.IN_PROGRESS:
            tasks.add_progress(task_id, dt.date(2024, 1, 2), "Đang làm")
        elif status in (TaskStatus.DONE, TaskStatus.DONE_LATE):
            tasks.complete(task_id, dt.date(2024, 6, 1) if status is TaskStatus.DONE else dt.date(2024, 7, 1), "")
    whole = tasks.list(today=today)
    order = list(TaskStatus)
    expected = [r.title for r in sorted(whole, key=lambda r: (not r.overdue, order.index(r.status)))]
    assert expected == ["Quá hạn, chưa làm", "Quá hạn sớm, đang làm", "Quá hạn, đang làm", "Chưa đến hạn",
                        "Không hạn, chưa làm", "Đến hạn hôm nay", "Không hạn, đang làm",
                        "Xong đúng hạn", "Xong chậm"]
    for limit in range(1, len(plan) + 2):
        assert [r.title for r in tasks.list(today=today, limit=limit, overdue_first=True)] == expected[:limit]
    working = TaskFilter(statuses=(TaskStatus.IN_PROGRESS,))
    assert [r.title for r in tasks.list(working, today=today, limit=3, overdue_first=True)] == [
        "Quá hạn sớm, đang làm", "Quá hạn, đang làm", "Đến hạn hôm nay"]


def test_deadline_before_the_meeting_is_a_warning_not_a_block(db, tasks, agencies):
    meeting_id = MeetingService(db).create(MeetingInput(date=dt.date(2022, 6, 8), title="Hội nghị phân tích chỉ số"))
    task_id, warnings = tasks.create(TaskInput(
        title="Báo cáo sớm", lead_agency_id=agencies["Sở Nội vụ"], source=TaskSource.CONCLUSION,
        meeting_id=meeting_id, deadline=Deadline(DeadlineKind.BEFORE, date=dt.date(2022, 6, 1)),
    ))
    assert warnings == ["Thời hạn 01/06/2022 sớm hơn ngày họp 08/06/2022."]
    assert tasks.get(task_id).data.assigned_on == dt.date(2022, 6, 8)


def test_completion_after_due_date_is_late(tasks, agencies):
    on_time = add(tasks, agencies, "Nộp báo cáo quý", deadline="trước ngày 30/6/2022")
    late = add(tasks, agencies, "Nộp báo cáo năm", deadline="trước ngày 30/6/2022")
    assert tasks.complete(on_time, dt.date(2022, 6, 30)) == TaskStatus.DONE
    assert tasks.complete(late, dt.date(2022, 7, 5), evidence="Báo cáo số 12/BC-SNV") == TaskStatus.DONE_LATE
    assert tasks.get(late).data.evidence == "Báo cáo số 12/BC-SNV"
    assert not any(r.overdue for r in tasks.list(today=TODAY))


def test_progress_notes_start_a_task_and_are_dated(tasks, agencies):
    task_id = add(tasks, agencies, "Số hóa hồ sơ", deadline="tháng 12/2024")
    tasks.add_progress(task_id, dt.date(2024, 5, 2), "Đã số hóa 60% hồ sơ", author="Lê Thu Hà")
    detail = tasks.get(task_id)
    assert detail.data.status == TaskStatus.IN_PROGRESS
    assert detail.progress[0].note == "Đã số hóa 60% hồ sơ"
    assert tasks.list(today=TODAY)[0].last_progress == "02/05/2024: Đã số hóa 60% hồ sơ"
    with pytest.raises(ValidationError):
        tasks.add_progress(task_id, TODAY, "  ")


def test_filters_by_agency_including_cooperation_status_source_range_and_folded_text(tasks, agencies):
    add(tasks, agencies, "Hỗ trợ kinh phí Một cửa", lead="Sở Tài chính", deadline="trong Quý III/2024",
        cooperator_ids=[agencies["Sở Kế hoạch và Đầu tư"]])
    add(tasks, agencies, "Tuyên truyền chỉ số PAPI", lead="Sở Nội vụ", deadline="trong Quý II/2024")
    unicode_title = unicodedata.normalize("NFD", "Kiểm tra công vụ")
    add(tasks, agencies, unicode_title, lead="Sở Nội vụ")
    assert [r.title for r in tasks.list(TaskFilter(agency_id=agencies["Sở Kế hoạch và Đầu tư"]))] == [
        "Hỗ trợ kinh phí Một cửa"]
    assert [r.title for r in tasks.list(TaskFilter(text="kiem tra cong vu"))] == ["Kiểm tra công vụ"]
    assert [r.title for r in tasks.list(TaskFilter(due_from=dt.date(2024, 7, 1), due_to=dt.date(2024, 12, 31)))] == [
        "Hỗ trợ kinh phí Một cửa"]
    assert [r.title for r in tasks.list(TaskFilter(overdue_only=True), today=dt.date(2024, 7, 15))] == [
        "Tuyên truyền chỉ số PAPI"]
    assert len(tasks.list(TaskFilter(statuses=(TaskStatus.NOT_STARTED,)))) == 3
    assert tasks.list(TaskFilter(source=TaskSource.PLAN)) == []


def test_done_status_needs_a_completion_date(tasks, agencies):
    with pytest.raises(ValidationError, match="cần có ngày hoàn thành"):
        tasks.create(TaskInput(title="X", lead_agency_id=agencies["Sở Nội vụ"], status=TaskStatus.DONE))


def test_overview_counts_and_due_soon_in_working_days(tasks, agencies):
    add(tasks, agencies, "Quá hạn", deadline="trước ngày 10/6/2024")
    add(tasks, agencies, "Sắp đến hạn", lead="Sở Tài chính", deadline="trước ngày 28/6/2024")
    add(tasks, agencies, "Còn xa", deadline="trong Quý IV/2024")
    done = add(tasks, agencies, "Đã xong", deadline="trước ngày 01/6/2024")
    tasks.complete(done, dt.date(2024, 5, 30))
    overview = build_overview(tasks, today=TODAY, within_working_days=10)
    assert [r.title for r in overview.overdue] == ["Quá hạn"]
    assert [r.title for r in overview.due_soon] == ["Sắp đến hạn"]
    assert overview.due_soon[0].working_days_left == 6
    assert overview.by_status[TaskStatus.DONE] == 1 and overview.total == 4
    first = overview.by_agency[0]
    assert (first.agency, first.total, first.overdue, first.done) == ("Sở Nội vụ", 3, 1, 1)


def test_working_days_skip_public_holidays(tasks, agencies):
    add(tasks, agencies, "Báo cáo sau lễ", deadline="trước ngày 06/5/2024")
    row = tasks.list(today=dt.date(2024, 4, 26))[0]
    # 29/4 (nghỉ bù), 30/4 and 1/5 are holidays: 2/5, 3/5, 6/5 remain
    assert row.working_days_left == 3


def test_recurring_deadline_describes_itself():
    assert Deadline(DeadlineKind.RECURRING, recurrence=Recurrence.QUARTERLY).describe() == "Thường xuyên (hằng quý)"
