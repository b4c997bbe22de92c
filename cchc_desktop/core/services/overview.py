"""The Tổng quan page: what is overdue, what falls due soon, and counts by lead agency and by status."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

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


@dataclass(frozen=True)
class Overview:
    today: dt.date
    within_working_days: int
    overdue: list[TaskRow]
    due_soon: list[TaskRow]
    by_agency: list[AgencyCount]
    by_status: dict[TaskStatus, int]

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


def build_overview(tasks: TaskService, today: dt.date | None = None, within_working_days: int = 10) -> Overview:
    """Overdue tasks (most overdue first), tasks due within ``within_working_days`` working days, and counts."""
    today = today or dt.date.today()
    rows = tasks.list(TaskFilter(), today=today)
    overdue = sorted((r for r in rows if r.overdue), key=lambda r: r.due_date)  # type: ignore[arg-type,return-value]
    due_soon = [
        r for r in rows
        if r.status in OPEN_STATUSES and r.working_days_left is not None
        and 0 <= r.working_days_left <= within_working_days
        and not r.overdue
    ]
    per_agency: dict[int, dict[str, Any]] = {}
    by_status = {status: 0 for status in TaskStatus}
    for row in rows:
        by_status[row.status] += 1
        counts = per_agency.setdefault(row.lead_agency_id, {"name": row.lead_agency, "total": 0, "open": 0,
                                                            "overdue": 0, "done": 0, "done_late": 0})
        counts["total"] += 1
        counts["open"] += row.status in OPEN_STATUSES
        counts["overdue"] += row.overdue
        counts["done"] += row.status == TaskStatus.DONE
        counts["done_late"] += row.status == TaskStatus.DONE_LATE
    by_agency = sorted(
        (AgencyCount(aid, c["name"], c["total"], c["open"], c["overdue"], c["done"], c["done_late"])
         for aid, c in per_agency.items()),
        key=lambda a: (-a.overdue, -a.open, collation_key(a.agency)),
    )
    return Overview(today, within_working_days, overdue, due_soon, by_agency, by_status)


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
