"""The tasks assigned at one meeting (its "Nhiệm vụ" tab), read-only."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtGui import QColor

from ...core.enums import TaskStatus
from ...core.services.tasks import TaskRow
from .row_table import ColumnSpec, RowTableModel
from .task_sort_proxy import SortRoleProxy
from .task_table_model import date_key, status_text

OVERDUE_COLOR = QColor(179, 38, 30)
DONE_COLOR = QColor(46, 125, 50)


class Column(IntEnum):
    TITLE = 0
    LEAD = 1
    COOPERATORS = 2
    DEADLINE = 3
    STATUS = 4


COLUMNS: dict[Column, ColumnSpec[TaskRow]] = {
    Column.TITLE: ColumnSpec("Nội dung nhiệm vụ", lambda row: row.title),
    Column.LEAD: ColumnSpec("Cơ quan chủ trì", lambda row: row.lead_agency),
    Column.COOPERATORS: ColumnSpec("Cơ quan phối hợp", lambda row: row.cooperators),
    Column.DEADLINE: ColumnSpec("Thời hạn", lambda row: row.deadline, lambda row: date_key(row.due_date)),
    Column.STATUS: ColumnSpec("Trạng thái", status_text),
}


class MeetingTaskTableModel(RowTableModel[TaskRow]):
    """Rows of :class:`TaskRow`; overdue tasks are red, finished ones green."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([COLUMNS[column] for column in Column], parent)

    def task(self, row: int) -> TaskRow:
        return self.row(row)

    def foreground(self, row: TaskRow, column: int) -> QColor | None:
        if column != Column.STATUS:
            return None
        if row.overdue:
            return OVERDUE_COLOR
        return DONE_COLOR if row.status in (TaskStatus.DONE, TaskStatus.DONE_LATE) else None


class MeetingTaskProxy(SortRoleProxy):
    """Sorts the meeting's tasks by :data:`SORT_ROLE` (deadlines as dates, text in Vietnamese order)."""
