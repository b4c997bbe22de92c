"""The tasks assigned by one plan or resolution, as a read-only Qt table model for the plan editor."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtGui import QColor

from ...core.formats import format_date
from ...core.services.tasks import TaskRow
from .row_table import ColumnSpec, RowTableModel

OVERDUE_COLOR = QColor(179, 38, 30)


class TaskColumn(IntEnum):
    TITLE = 0
    LEAD = 1
    DEADLINE = 2
    STATUS = 3


def _status(row: TaskRow) -> str:
    if row.overdue:
        return f"{row.status.label} (quá hạn)"
    if row.completed_on is not None:
        return f"{row.status.label} ngày {format_date(row.completed_on)}"
    return row.status.label


COLUMNS: dict[TaskColumn, ColumnSpec[TaskRow]] = {
    TaskColumn.TITLE: ColumnSpec("Nội dung nhiệm vụ", lambda row: row.title),
    TaskColumn.LEAD: ColumnSpec("Cơ quan chủ trì", lambda row: row.lead_agency),
    TaskColumn.DEADLINE: ColumnSpec("Thời hạn", lambda row: row.deadline),
    TaskColumn.STATUS: ColumnSpec("Tình trạng", _status),
}


class PlanTaskModel(RowTableModel[TaskRow]):
    """Rows of :class:`TaskRow` in the order the task service lists them (nearest deadline first)."""

    SORTABLE = False

    def __init__(self, parent: Any = None) -> None:
        super().__init__([COLUMNS[column] for column in TaskColumn], parent)

    def task(self, row: int) -> TaskRow:
        return self.row(row)

    def foreground(self, row: TaskRow, column: int) -> QColor | None:
        return OVERDUE_COLOR if row.overdue and column == TaskColumn.STATUS else None
