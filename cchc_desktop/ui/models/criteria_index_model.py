"""The index catalogue (PAR INDEX, SIPAS, PAPI …) as a Qt table model: code, name, scale, publisher."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...core.services.index_catalogue import IndexInfo

ModelIndex = QModelIndex | QPersistentModelIndex


class IndexColumn(IntEnum):
    CODE = 0
    NAME = 1
    SCALE = 2
    PUBLISHER = 3


HEADERS = {
    IndexColumn.CODE: "Mã",
    IndexColumn.NAME: "Tên chỉ số",
    IndexColumn.SCALE: "Thang điểm",
    IndexColumn.PUBLISHER: "Cơ quan công bố",
}


def _text(info: IndexInfo, column: IndexColumn) -> str:
    match column:
        case IndexColumn.CODE:
            return info.code
        case IndexColumn.NAME:
            return info.name
        case IndexColumn.SCALE:
            return info.scale_label
        case IndexColumn.PUBLISHER:
            return info.publisher


class IndexCatalogueModel(QAbstractTableModel):
    """Rows of :class:`IndexInfo` in catalogue order; read-only (the scale is edited in a dialog)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[IndexInfo] = []

    def set_rows(self, rows: Sequence[IndexInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def info(self, row: int) -> IndexInfo:
        return self._rows[row]

    def row_of(self, code: str) -> int | None:
        return next((i for i, info in enumerate(self._rows) if info.code == code), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(IndexColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[IndexColumn(section)]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._rows[index.row()]
        column = IndexColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(info, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(part for part in (info.name, info.publisher, info.notes) if part)
        return None
