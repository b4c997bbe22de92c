"""The task list as a Qt table model: overdue rows in red, finished rows muted, a sort role per column."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ...core.enums import TaskStatus
from ...core.formats import format_date
from ...core.services.tasks import DONE_STATUSES, TaskRow
from ...core.text import collation_key
from .row_table import LEFT, SORT_ROLE, ColumnSpec, RowTableModel

__all__ = ["DONE_TEXT", "ID_ROLE", "OVERDUE_BACKGROUND", "OVERDUE_ROLE", "OVERDUE_TEXT", "SORT_ROLE", "Column",
           "TaskTableModel", "date_key", "status_text"]

ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The task's id, on every cell."""
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3
"""True on every cell of a task that is past its due date and not finished."""

OVERDUE_TEXT = QColor(160, 24, 24)
OVERDUE_BACKGROUND = QColor(251, 227, 227)
DONE_TEXT = QColor(120, 120, 120)
OVERDUE_SUFFIX = " (quá hạn)"

_STATUS_ORDER = {status: i for i, status in enumerate(TaskStatus)}


def _status_key(row: TaskRow) -> int:
    """Overdue first, then by status: one small int per row (no tuple), as the list sorts by it by default."""
    return _STATUS_ORDER[row.status] + (0 if row.overdue else len(_STATUS_ORDER))


class Column(IntEnum):
    TITLE = 0
    LEAD = 1
    COOPERATORS = 2
    DEADLINE = 3
    DUE = 4
    STATUS = 5
    SOURCE = 6
    PROGRESS = 7


def date_key(value: dt.date | None) -> tuple[int, int]:
    """Sorts dates in order, and rows without a date after every dated row."""
    return (1, 0) if value is None else (0, value.toordinal())


def status_text(row: TaskRow) -> str:
    """"Đang thực hiện (quá hạn)" for an overdue task, the status label otherwise."""
    return row.status.label + (OVERDUE_SUFFIX if row.overdue else "")


def _title_tooltip(row: TaskRow) -> str:
    return f"{row.title}\nTiêu chí thành phần: {row.criterion}" if row.criterion else row.title


def _status_tooltip(row: TaskRow) -> str:
    if row.completed_on is not None:
        return f"{row.status.label} ngày {format_date(row.completed_on)}"
    if row.working_days_left is not None:
        if row.working_days_left < 0:
            return f"Quá hạn {-row.working_days_left} ngày làm việc"
        return f"Còn {row.working_days_left} ngày làm việc"
    return status_text(row)


def _column(header: str, text: Callable[[TaskRow], str], sort_key: Callable[[TaskRow], Any] | None = None, *,
            tooltip: Callable[[TaskRow], str] | None = None, header_tooltip: str | None = None) -> ColumnSpec[TaskRow]:
    """A column whose cells keep to the top left (rows grow with a long title); its header is on the left."""
    return ColumnSpec(header, text, sort_key, tooltip, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                      header_tooltip=header_tooltip, header_align=LEFT)


COLUMNS: dict[Column, ColumnSpec[TaskRow]] = {
    Column.TITLE: _column("Nội dung nhiệm vụ", lambda row: row.title, tooltip=_title_tooltip),
    Column.LEAD: _column("Cơ quan chủ trì", lambda row: row.lead_agency),
    Column.COOPERATORS: _column("Phối hợp", lambda row: row.cooperators),
    Column.DEADLINE: _column("Thời hạn", lambda row: row.deadline,
                             lambda row: (date_key(row.due_date), collation_key(row.deadline))),
    Column.DUE: _column("Hạn xử lý", lambda row: format_date(row.due_date), lambda row: date_key(row.due_date),
                        header_tooltip="Hạn xử lý: ngày cuối cùng theo thời hạn được giao"),
    Column.STATUS: _column("Tình trạng", status_text, _status_key,
                           tooltip=_status_tooltip),
    Column.SOURCE: _column("Nguồn", lambda row: row.source_label),
    Column.PROGRESS: _column("Tiến độ gần nhất", lambda row: row.last_progress),
}


class TaskTableModel(RowTableModel[TaskRow]):
    """Rows of :class:`TaskRow` as the service lists them; read-only (changes go through the dialogs).

    :data:`SORT_ROLE` gives the Vietnamese collation key for text, the date for dates.
    """

    HEADER_TOOLTIPS = True

    def __init__(self, parent: Any = None) -> None:
        super().__init__([COLUMNS[column] for column in Column], parent)

    def search_text(self, row: TaskRow) -> str:
        return row.search_folded  # what the service's text filter searches too

    def task(self, row: int) -> TaskRow:
        return self.row(row)

    def row_of(self, task_id: int) -> int | None:
        return self.find(lambda row: row.id == task_id)

    def foreground(self, row: TaskRow, column: int) -> QColor | None:
        if row.overdue:
            return OVERDUE_TEXT
        return DONE_TEXT if row.status in DONE_STATUSES else None

    def background(self, row: TaskRow, column: int) -> QColor | None:
        return OVERDUE_BACKGROUND if row.overdue else None

    def role_data(self, row: TaskRow, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return row.id
        return row.overdue if role == OVERDUE_ROLE else None
