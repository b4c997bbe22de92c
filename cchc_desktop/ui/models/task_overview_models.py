"""Table models of the overview page: overdue tasks, tasks due soon, and the counts per lead agency."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtGui import QColor

from ...core.formats import format_date, format_number
from ...core.services.overview import AgencyCount
from ...core.services.tasks import TaskRow
from .row_table import LEFT, RIGHT, ColumnSpec, RowTableModel
from .task_table_model import ID_ROLE, OVERDUE_TEXT, date_key


class DeadlineList(Enum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"


DEADLINE_HEADERS = {
    DeadlineList.OVERDUE: ("Nhiệm vụ", "Cơ quan chủ trì", "Hạn xử lý", "Quá hạn"),
    DeadlineList.DUE_SOON: ("Nhiệm vụ", "Cơ quan chủ trì", "Hạn xử lý", "Còn lại"),
}
TITLE_COLUMN, LEAD_COLUMN, DUE_COLUMN, DAYS_COLUMN = range(4)
WORKING_DAYS_NOTE = "Tính theo ngày làm việc, không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết"


def days_text(row: TaskRow) -> str:
    """"quá 8 ngày làm việc", "còn 5 ngày làm việc", "đến hạn hôm nay"."""
    days = row.working_days_left
    if days is None:
        return ""
    if days < 0:
        return f"{-days} ngày làm việc"
    return "đến hạn hôm nay" if days == 0 else f"còn {days} ngày làm việc"


def _deadline_columns(kind: DeadlineList) -> list[ColumnSpec[TaskRow]]:
    title, lead, due, days = DEADLINE_HEADERS[kind]
    return [
        ColumnSpec(title, lambda row: row.title, align=LEFT),
        ColumnSpec(lead, lambda row: row.lead_agency, align=LEFT),
        ColumnSpec(due, lambda row: format_date(row.due_date), lambda row: date_key(row.due_date), align=LEFT),
        ColumnSpec(days, days_text, lambda row: row.working_days_left if row.working_days_left is not None else 0,
                   align=RIGHT, header_tooltip=WORKING_DAYS_NOTE),
    ]


class DeadlineTableModel(RowTableModel[TaskRow]):
    """Tasks with their lead agency, due date and how many working days they are late or have left."""

    def __init__(self, kind: DeadlineList, parent: Any = None) -> None:
        super().__init__(_deadline_columns(kind), parent)
        self.kind = kind

    def task(self, row: int) -> TaskRow:
        return self.row(row)

    def foreground(self, row: TaskRow, column: int) -> QColor | None:
        return OVERDUE_TEXT if self.kind == DeadlineList.OVERDUE and column >= DUE_COLUMN else None

    def role_data(self, row: TaskRow, column: int, role: int) -> Any:
        return row.id if role == ID_ROLE else None


AGENCY_HEADERS = ("Cơ quan chủ trì", "Tổng số", "Chưa hoàn thành", "Quá hạn", "Hoàn thành", "Hoàn thành chậm")
OVERDUE_COUNT_COLUMN = 3


def _counts(row: AgencyCount) -> tuple[int, ...]:
    return (row.total, row.open, row.overdue, row.done, row.done_late)


def _count_column(column: int) -> ColumnSpec[AgencyCount]:
    """The column of one of the :func:`_counts`, sorted as numbers; the tooltip names the count."""
    header = AGENCY_HEADERS[column]

    def count(row: AgencyCount) -> int:
        return _counts(row)[column - 1]

    return ColumnSpec(header, lambda row: format_number(count(row), 0), count,
                      tooltip=lambda row: f"{header}: {format_number(count(row), 0)}", align=RIGHT)


AGENCY_COLUMNS = [ColumnSpec(AGENCY_HEADERS[0], lambda row: row.agency, align=LEFT),
                  *(_count_column(column) for column in range(1, len(AGENCY_HEADERS)))]


class AgencyCountModel(RowTableModel[AgencyCount]):
    """Per lead agency: all its tasks, those not finished, overdue, done on time, and done late."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(AGENCY_COLUMNS, parent)

    def agency(self, row: int) -> AgencyCount:
        return self.row(row)

    def foreground(self, row: AgencyCount, column: int) -> QColor | None:
        return OVERDUE_TEXT if column == OVERDUE_COUNT_COLUMN and row.overdue else None

    def role_data(self, row: AgencyCount, column: int, role: int) -> Any:
        return row.agency_id if role == ID_ROLE else None
