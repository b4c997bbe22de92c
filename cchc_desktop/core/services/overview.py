"""The Tổng quan page: what is overdue, what falls due soon, and counts by lead agency and by status."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..enums import TaskStatus
from ..text import collation_key
from ..workdays import add_working_days
from .task_queries import OPEN_STATUSES
from .tasks import TaskFilter, TaskRow, TaskService


@dataclass(frozen=True)
class AgencyCount:
    agency_id: int
    agency: str
    total: int
    open: int
    overdue: int
    done: int
    done_late: int


LISTED_OVERDUE = 500
"""How many overdue tasks the overview lists (the most overdue); the tasks page lists every one."""


@dataclass(frozen=True)
class Overview:
    today: dt.date
    within_working_days: int
    overdue: list[TaskRow]  # the LISTED_OVERDUE most overdue
    due_soon: list[TaskRow]
    by_agency: list[AgencyCount]
    by_status: dict[TaskStatus, int]
    overdue_count: int  # all of them

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


def build_overview(tasks: TaskService, today: dt.date | None = None, within_working_days: int = 10) -> Overview:
    """Overdue tasks (most overdue first), tasks due within ``within_working_days`` working days, and counts.

    Only the due-soon tasks and the :data:`LISTED_OVERDUE` most overdue are listed; the counts are made by the
    database, so the overview of tens of thousands of tasks does not load them all."""
    today = today or dt.date.today()
    overdue = tasks.list(overdue_filter(), today=today, limit=LISTED_OVERDUE)  # most overdue first
    overdue_count = len(overdue) if len(overdue) < LISTED_OVERDUE else tasks.count_matching(overdue_filter(), today)
    due_soon = [
        r for r in tasks.list(due_soon_filter(today, within_working_days), today=today)
        if r.status in OPEN_STATUSES and r.working_days_left is not None
        and 0 <= r.working_days_left <= within_working_days
        and not r.overdue
    ]
    by_agency = sorted(
        (AgencyCount(*counts) for counts in tasks.count_by_lead_agency(today)),
        key=lambda a: (-a.overdue, -a.open, collation_key(a.agency)),
    )
    return Overview(today, within_working_days, overdue, due_soon, by_agency, tasks.count_by_status(), overdue_count)


# -- the task list behind each figure ----------------------------------------------------------------------------
def overdue_filter() -> TaskFilter:
    """The tasks list showing what the "Quá hạn" figure counts."""
    return TaskFilter(overdue_only=True)


def due_soon_filter(today: dt.date, within_working_days: int) -> TaskFilter:
    """The tasks list showing the overview's due-soon tasks: open, due from ``today`` up to the last day before
    the working day after the horizon (a Saturday after the horizon's Friday still counts as within it)."""
    last = add_working_days(today, within_working_days + 1) - dt.timedelta(days=1)
    return TaskFilter(statuses=OPEN_STATUSES, due_from=today, due_to=last)


def status_filter(status: TaskStatus | None) -> TaskFilter:
    """The tasks list behind a status figure ("Đang thực hiện"); None: every task ("Tổng số")."""
    return TaskFilter(statuses=(status,) if status is not None else ())
