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
