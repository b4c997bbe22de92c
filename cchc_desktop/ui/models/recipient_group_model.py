"""The recipient groups ("Nhóm nơi nhận") as a Qt table model: name and number of lines."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...core.services.recipients import GroupRow

ModelIndex = QModelIndex | QPersistentModelIndex


class GroupColumn(IntEnum):
    NAME = 0
    LINES = 1


HEADERS = {GroupColumn.NAME: "Tên nhóm", GroupColumn.LINES: "Số dòng"}


class RecipientGroupModel(QAbstractTableModel):
    """Rows of :class:`GroupRow` in the order the service gives them (Vietnamese order of the names)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[GroupRow] = []

    def set_rows(self, rows: Sequence[GroupRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def group(self, row: int) -> GroupRow:
        return self._rows[row]

    def row_of(self, group_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == group_id), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(GroupColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[GroupColumn(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(GroupColumn(section))
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = GroupColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name if column == GroupColumn.NAME else str(row.line_count)
        if role == Qt.ItemDataRole.ToolTipRole and column == GroupColumn.NAME:
            return "\n".join(part for part in (row.name, row.notes) if part)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        return None


def _alignment(column: GroupColumn) -> Qt.AlignmentFlag:
    horizontal = Qt.AlignmentFlag.AlignHCenter if column == GroupColumn.LINES else Qt.AlignmentFlag.AlignLeft
    return horizontal | Qt.AlignmentFlag.AlignVCenter
