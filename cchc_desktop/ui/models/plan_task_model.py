"""The tasks assigned by one plan or resolution, as a read-only Qt table model for the plan editor."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...core.formats import format_date
from ...core.services.tasks import TaskRow

ModelIndex = QModelIndex | QPersistentModelIndex

OVERDUE_COLOR = QColor(179, 38, 30)


class TaskColumn(IntEnum):
    TITLE = 0
    LEAD = 1
    DEADLINE = 2
    STATUS = 3


TASK_HEADERS = {
    TaskColumn.TITLE: "Nội dung nhiệm vụ",
    TaskColumn.LEAD: "Cơ quan chủ trì",
    TaskColumn.DEADLINE: "Thời hạn",
    TaskColumn.STATUS: "Tình trạng",
}


def _status(row: TaskRow) -> str:
    if row.overdue:
        return f"{row.status.label} (quá hạn)"
    if row.completed_on is not None:
        return f"{row.status.label} ngày {format_date(row.completed_on)}"
    return row.status.label


def _text(row: TaskRow, column: TaskColumn) -> str:
    match column:
        case TaskColumn.TITLE:
            return row.title
        case TaskColumn.LEAD:
            return row.lead_agency
        case TaskColumn.DEADLINE:
            return row.deadline
        case TaskColumn.STATUS:
            return _status(row)


class PlanTaskModel(QAbstractTableModel):
    """Rows of :class:`TaskRow` in the order the task service lists them (nearest deadline first)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TaskRow] = []

    def set_rows(self, rows: Sequence[TaskRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def task(self, row: int) -> TaskRow:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TaskColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return TASK_HEADERS[TaskColumn(section)]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = TaskColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and column == TaskColumn.STATUS:
            return OVERDUE_COLOR
        return None
