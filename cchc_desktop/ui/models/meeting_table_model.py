"""The meetings list as a Qt table model."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...core.formats import format_date
from ...core.services.meetings import MeetingRow
from ...core.text import collation_key

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role of the value a column sorts by: the day number for dates, counts as numbers, text by collation key."""

CONCLUDED = "✓"


class Column(IntEnum):
    DATE = 0
    KIND = 1
    TITLE = 2
    CHAIR = 3
    TASKS = 4
    CONCLUSION = 5


HEADERS = {
    Column.DATE: "Ngày",
    Column.KIND: "Loại",
    Column.TITLE: "Tên cuộc họp",
    Column.CHAIR: "Chủ trì",
    Column.TASKS: "Số nhiệm vụ",
    Column.CONCLUSION: "Kết luận",
}
_CENTRED = {Column.DATE, Column.TASKS, Column.CONCLUSION}


def _text(row: MeetingRow, column: Column) -> str:
    match column:
        case Column.DATE:
            return format_date(row.date)
        case Column.KIND:
            return row.kind.label
        case Column.TITLE:
            return row.title
        case Column.CHAIR:
            return row.chair
        case Column.TASKS:
            return str(row.task_count)
        case Column.CONCLUSION:
            return CONCLUDED if row.has_conclusion else ""


def _sort_value(row: MeetingRow, column: Column) -> Any:
    match column:
        case Column.DATE:
            return (row.date.toordinal(), row.id)
        case Column.TASKS:
            return row.task_count
        case Column.CONCLUSION:
            return int(row.has_conclusion)
        case _:
            return collation_key(_text(row, column))


def _alignment(column: Column) -> Qt.AlignmentFlag:
    horizontal = Qt.AlignmentFlag.AlignHCenter if column in _CENTRED else Qt.AlignmentFlag.AlignLeft
    return horizontal | Qt.AlignmentFlag.AlignVCenter


class MeetingTableModel(QAbstractTableModel):
    """Rows of :class:`MeetingRow` as :meth:`MeetingService.list` returns them; read-only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingRow] = []

    def set_rows(self, rows: Sequence[MeetingRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def meeting(self, row: int) -> MeetingRow:
        return self._rows[row]

    def row_of(self, meeting_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == meeting_id), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = Column(section)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return HEADERS[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(row, column)
        if role == SORT_ROLE:
            return _sort_value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.TITLE:
                return f"{row.title}\nHình thức: {row.format.label}"
            if column == Column.CONCLUSION:
                return "Đã có kết luận" if row.has_conclusion else "Chưa nhập kết luận"
            return _text(row, column)
        return None
