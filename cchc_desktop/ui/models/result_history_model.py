"""One province's results over the years, with the change of rank coloured (gained green, lost red)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...core.formats import format_number
from ...core.services.results import HistoryRow
from .result_table_model import rank_text

ModelIndex = QModelIndex | QPersistentModelIndex

GAIN_COLOR = QColor(27, 122, 51)
LOSS_COLOR = QColor(179, 38, 30)
PARTIAL_COLOR = QColor(110, 110, 110)
PARTIAL_NOTE = "bảng chưa đủ"


class HistoryColumn(IntEnum):
    YEAR = 0
    SCORE = 1
    RANK = 2
    CHANGE = 3
    NOTE = 4


HEADERS = {
    HistoryColumn.YEAR: "Năm",
    HistoryColumn.SCORE: "Điểm",
    HistoryColumn.RANK: "Xếp hạng",
    HistoryColumn.CHANGE: "So với năm trước",
    HistoryColumn.NOTE: "Ghi chú",
}
_RIGHT = (HistoryColumn.YEAR, HistoryColumn.SCORE, HistoryColumn.RANK)


def change_color(change: str) -> QColor | None:
    """Green for "tăng …", red for "giảm …", none for "giữ nguyên" or no previous year."""
    if change.startswith("tăng"):
        return GAIN_COLOR
    if change.startswith("giảm"):
        return LOSS_COLOR
    return None


def _text(row: HistoryRow, column: HistoryColumn) -> str:
    match column:
        case HistoryColumn.YEAR:
            return str(row.year)
        case HistoryColumn.SCORE:
            return format_number(row.score, 2)
        case HistoryColumn.RANK:
            return rank_text(row.rank, row.rank_of)
        case HistoryColumn.CHANGE:
            return row.change
        case HistoryColumn.NOTE:
            return PARTIAL_NOTE if row.partial else ""


class ResultHistoryModel(QAbstractTableModel):
    """Rows of :class:`HistoryRow`, oldest year first, as the service returns them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryRow] = []

    def set_rows(self, rows: Sequence[HistoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def history(self, row: int) -> HistoryRow:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HistoryColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[HistoryColumn(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(HistoryColumn(section))
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = HistoryColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == HistoryColumn.CHANGE:
                return change_color(row.change)
            return PARTIAL_COLOR if column == HistoryColumn.NOTE else None
        if role == Qt.ItemDataRole.ToolTipRole and row.partial:
            return f"Bảng năm {row.year} chưa có số liệu của mọi đơn vị được đánh giá."
        return None

    @staticmethod
    def _alignment(column: HistoryColumn) -> Qt.AlignmentFlag:
        horizontal = Qt.AlignmentFlag.AlignRight if column in _RIGHT else Qt.AlignmentFlag.AlignLeft
        return horizontal | Qt.AlignmentFlag.AlignVCenter
