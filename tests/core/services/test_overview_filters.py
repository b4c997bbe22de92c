"""The task filters behind the overview's figures list exactly the tasks the figures count."""

import datetime as dt

import pytest

from cchc_desktop.core.deadlines import parse_deadline
from cchc_desktop.core.enums import TaskStatus
from cchc_desktop.core.services.agencies import AgencyService
from cchc_desktop.core.services.overview import build_overview, due_soon_filter, overdue_filter, status_filter
from cchc_desktop.core.services.tasks import TaskInput, TaskService

TODAY = dt.date(2024, 4, 24)  # a Wednesday before the 29/4 – 1/5 holidays


@pytest.fixture
def tasks(db):
    service = TaskService(db)
    lead = AgencyService(db).list()[0].id
    for title, deadline in (("Quá hạn", "trước ngày 22/4/2024"), ("Hôm nay", "trước ngày 24/4/2024"),
                            ("Thứ Bảy", "trước ngày 27/4/2024"), ("Sau lễ", "trước ngày 06/5/2024"),
                            ("Tuần sau nữa", "trước ngày 10/5/2024"), ("Không hạn", "")):
        service.create(TaskInput(title=title, lead_agency_id=lead, deadline=parse_deadline(deadline)))
    done, _warnings = service.create(TaskInput(title="Đã xong", lead_agency_id=lead,
                                               deadline=parse_deadline("trước ngày 25/4/2024")))
    service.complete(done, dt.date(2024, 4, 23))
    return service


@pytest.mark.parametrize("horizon", [0, 1, 2, 5, 6, 10])
def test_due_soon_filter_lists_the_overview_due_soon_tasks(tasks, horizon):
    overview = build_overview(tasks, today=TODAY, within_working_days=horizon)
    listed = tasks.list(due_soon_filter(TODAY, horizon), today=TODAY)
    assert [row.id for row in listed] == [row.id for row in overview.due_soon]


def test_due_soon_crosses_the_holidays_in_working_days(tasks):
    # 25, 26/4, then 29/4 – 1/5 off: 2, 3, 6/5 are working days 3, 4 and 5.
    assert due_soon_filter(TODAY, 5).due_to == dt.date(2024, 5, 6)
    assert [row.title for row in tasks.list(due_soon_filter(TODAY, 5), today=TODAY)] == ["Hôm nay", "Thứ Bảy",
                                                                                        "Sau lễ"]


def test_overdue_and_status_filters_match_the_figures(tasks):
    overview = build_overview(tasks, today=TODAY)
    assert [row.title for row in tasks.list(overdue_filter(), today=TODAY)] == [r.title for r in overview.overdue]
    assert [r.title for r in overview.overdue] == ["Quá hạn"]
    for status in TaskStatus:
        assert len(tasks.list(status_filter(status), today=TODAY)) == overview.by_status[status]
    assert len(tasks.list(status_filter(None), today=TODAY)) == overview.total == 7


def test_counts_by_agency_and_status_agree_with_the_listed_tasks(db):
    """The overview counts in the database; its figures must be what counting the whole list gives."""
    import random

    service = TaskService(db)
    agencies = [row.id for row in AgencyService(db).list()][:5]
    rng = random.Random(3)
    for number in range(60):
        day = TODAY + dt.timedelta(days=rng.randint(-40, 40))
        task_id, _ = service.create(TaskInput(title=f"Việc {number}", lead_agency_id=rng.choice(agencies),
                                              deadline=parse_deadline(rng.choice(("", f"trước ngày {day:%d/%m/%Y}")))))
        if rng.random() < 0.4:
            service.complete(task_id, TODAY - dt.timedelta(days=rng.randint(0, 60)))
    rows = service.list(today=TODAY)
    overview = build_overview(service, today=TODAY)
    assert overview.by_status == {status: sum(r.status == status for r in rows) for status in TaskStatus}
    expected = {}
    for row in rows:
        counts = expected.setdefault(row.lead_agency_id, [row.lead_agency, 0, 0, 0, 0, 0])
        counts[1] += 1
        counts[2] += row.status in (TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS)
        counts[3] += row.overdue
        counts[4] += row.status == TaskStatus.DONE
        counts[5] += row.status == TaskStatus.DONE_LATE
    assert {a.agency_id: [a.agency, a.total, a.open, a.overdue, a.done, a.done_late]
            for a in overview.by_agency} == expected
    assert sum(a.overdue for a in overview.by_agency) == len(overview.overdue) > 0
    assert [(a.overdue, a.open) for a in overview.by_agency] == sorted(
        ((a.overdue, a.open) for a in overview.by_agency), reverse=True)


def test_overview_lists_the_most_overdue_and_counts_them_all(tasks, monkeypatch):
    import cchc_desktop.core.services.overview as overview_module

    lead = AgencyService(tasks.db).list()[1].id
    for day in (5, 1, 9, 3):
        tasks.create(TaskInput(title=f"Trễ {day}", lead_agency_id=lead,
                               deadline=parse_deadline(f"trước ngày {day:02d}/4/2024")))
    monkeypatch.setattr(overview_module, "LISTED_OVERDUE", 3)
    overview = build_overview(tasks, today=TODAY)
    assert [r.title for r in overview.overdue] == ["Trễ 1", "Trễ 3", "Trễ 5"]
    assert overview.overdue_count == 5 == len(tasks.list(overdue_filter(), today=TODAY))
    assert sum(a.overdue for a in overview.by_agency) == 5
