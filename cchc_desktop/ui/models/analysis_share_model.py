"""Points lost by lead agency or by field, largest first, with their share and running (Pareto) share."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...core.formats import format_number, format_percent
from ...core.services.analysis import LostShare

ModelIndex = QModelIndex | QPersistentModelIndex

FRACTION_ROLE = Qt.ItemDataRole.UserRole + 1
"""The share as a number from 0 to 1, for the bar the delegate draws in the share columns."""


class Column(IntEnum):
    NAME = 0
    LOST = 1
    SHARE = 2
    CUMULATIVE = 3


def percent(fraction: float) -> str:
    return format_percent(fraction * 100, 1)


class ShareTableModel(QAbstractTableModel):
    """Read-only rows of :class:`LostShare`; ``name_header`` is "Cơ quan chủ trì" or "Lĩnh vực"."""

    def __init__(self, name_header: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = {Column.NAME: name_header, Column.LOST: "Điểm bị trừ", Column.SHARE: "Tỷ lệ",
                        Column.CUMULATIVE: "Cộng dồn"}
        self._rows: list[LostShare] = []

    def set_rows(self, rows: Sequence[LostShare]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def share(self, row: int) -> LostShare:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[Column(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(Column(section))
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        share = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case Column.NAME:
                    return share.name
                case Column.LOST:
                    return format_number(share.lost, 2)
                case Column.SHARE:
                    return percent(share.share)
                case Column.CUMULATIVE:
                    return percent(share.cumulative)
        if role == FRACTION_ROLE and column in (Column.SHARE, Column.CUMULATIVE):
            return share.share if column == Column.SHARE else share.cumulative
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole and share.items:
            items = "\n".join(f"– {item}" for item in share.items)
            return f"{share.name}: mất {format_number(share.lost, 2, trim=True)} điểm ở\n{items}"
        return None


def _alignment(column: Column) -> Qt.AlignmentFlag:
    horizontal = Qt.AlignmentFlag.AlignLeft if column == Column.NAME else Qt.AlignmentFlag.AlignRight
    return horizontal | Qt.AlignmentFlag.AlignVCenter
