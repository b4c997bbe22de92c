"""The agencies list as a Qt table model."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...core.services.agencies import AgencyRow
from ...core.text import collation_key

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role of the value a column sorts by: the Vietnamese collation key for text, the number for counts."""

INACTIVE_COLOR = QColor(128, 128, 128)


class Column(IntEnum):
    NAME = 0
    SHORT_NAME = 1
    KIND = 2
    PARENT = 3
    CODE = 4
    TASKS = 5
    STATUS = 6


HEADERS = {
    Column.NAME: "Tên cơ quan, đơn vị",
    Column.SHORT_NAME: "Tên viết tắt",
    Column.KIND: "Loại",
    Column.PARENT: "Trực thuộc",
    Column.CODE: "Mã",
    Column.TASKS: "Số nhiệm vụ chủ trì",
    Column.STATUS: "Trạng thái",
}

# How a header is drawn where the full label would make a narrow column wide: on two lines.
_HEADER_LINES = {Column.TASKS: "Số nhiệm vụ\nchủ trì"}


def _text(row: AgencyRow, column: Column) -> str:
    match column:
        case Column.NAME:
            return row.name
        case Column.SHORT_NAME:
            return row.short_name
        case Column.KIND:
            return row.kind.label
        case Column.PARENT:
            return row.parent_name
        case Column.CODE:
            return row.code
        case Column.TASKS:
            return str(row.task_count)
        case Column.STATUS:
            return row.status_label


def _alignment(column: Column) -> Qt.AlignmentFlag:
    horizontal = Qt.AlignmentFlag.AlignHCenter if column == Column.TASKS else Qt.AlignmentFlag.AlignLeft
    return horizontal | Qt.AlignmentFlag.AlignVCenter


class AgencyTableModel(QAbstractTableModel):
    """Rows of :class:`AgencyRow` as the service returns them; read-only (changes go through the dialog)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AgencyRow] = []

    def set_rows(self, rows: Sequence[AgencyRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def agency(self, row: int) -> AgencyRow:
        return self._rows[row]

    def row_of(self, agency_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == agency_id), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return _HEADER_LINES.get(column, HEADERS[column])
        if role == Qt.ItemDataRole.ToolTipRole:
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
            return row.task_count if column == Column.TASKS else collation_key(_text(row, column))
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return INACTIVE_COLOR
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The full text of a cell the column may cut off; the notes explain a merged or renamed agency.
            if column == Column.NAME:
                return "\n".join(part for part in (row.name, row.notes) if part)
            return _text(row, column)
        return None
