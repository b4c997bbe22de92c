"""The tasks assigned at one meeting (its "Nhiệm vụ" tab), read-only."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from ...core.enums import TaskStatus
from ...core.services.tasks import TaskRow
from ...core.text import collation_key

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOR = QColor(179, 38, 30)
DONE_COLOR = QColor(46, 125, 50)


class Column(IntEnum):
    TITLE = 0
    LEAD = 1
    COOPERATORS = 2
    DEADLINE = 3
    STATUS = 4


HEADERS = {
    Column.TITLE: "Nội dung nhiệm vụ",
    Column.LEAD: "Cơ quan chủ trì",
    Column.COOPERATORS: "Cơ quan phối hợp",
    Column.DEADLINE: "Thời hạn",
    Column.STATUS: "Trạng thái",
}


def status_text(row: TaskRow) -> str:
    return f"{row.status.label} (quá hạn)" if row.overdue else row.status.label


def _text(row: TaskRow, column: Column) -> str:
    match column:
        case Column.TITLE:
            return row.title
        case Column.LEAD:
            return row.lead_agency
        case Column.COOPERATORS:
            return row.cooperators
        case Column.DEADLINE:
            return row.deadline
        case Column.STATUS:
            return status_text(row)


class MeetingTaskTableModel(QAbstractTableModel):
    """Rows of :class:`TaskRow`; overdue tasks are red, finished ones green."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TaskRow] = []

    def set_rows(self, rows: Sequence[TaskRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def task(self, row: int) -> TaskRow:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _text(row, column)
        if role == SORT_ROLE:
            if column == Column.DEADLINE:
                return (row.due_date is None, row.due_date.toordinal() if row.due_date else 0)
            return collation_key(_text(row, column))
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS:
            if row.overdue:
                return OVERDUE_COLOR
            if row.status in (TaskStatus.DONE, TaskStatus.DONE_LATE):
                return DONE_COLOR
        return None


class MeetingTaskProxy(QSortFilterProxyModel):
    """Sorts the meeting's tasks by :data:`SORT_ROLE` (deadlines as dates, text in Vietnamese order)."""

    def __init__(self, model: MeetingTaskTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:  # noqa: N802
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)
