"""One province's results over the years, with the change of rank coloured (gained green, lost red)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtGui import QColor

from ...core.formats import format_number
from ...core.services.results import HistoryRow
from .result_table_model import rank_text
from .row_table import LEFT, RIGHT, ColumnSpec, RowTableModel

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


def change_color(change: str) -> QColor | None:
    """Green for "tăng …", red for "giảm …", none for "giữ nguyên" or no previous year."""
    if change.startswith("tăng"):
        return GAIN_COLOR
    if change.startswith("giảm"):
        return LOSS_COLOR
    return None


def _partial_tooltip(row: HistoryRow) -> str | None:
    """On every cell of a year whose table is incomplete."""
    return f"Bảng năm {row.year} chưa có số liệu của mọi đơn vị được đánh giá." if row.partial else None


COLUMNS: dict[HistoryColumn, ColumnSpec[HistoryRow]] = {
    HistoryColumn.YEAR: ColumnSpec("Năm", lambda row: str(row.year), tooltip=_partial_tooltip, align=RIGHT),
    HistoryColumn.SCORE: ColumnSpec("Điểm", lambda row: format_number(row.score, 2), tooltip=_partial_tooltip,
                                    align=RIGHT),
    HistoryColumn.RANK: ColumnSpec("Xếp hạng", lambda row: rank_text(row.rank, row.rank_of), tooltip=_partial_tooltip,
                                   align=RIGHT),
    HistoryColumn.CHANGE: ColumnSpec("So với năm trước", lambda row: row.change, tooltip=_partial_tooltip, align=LEFT),
    HistoryColumn.NOTE: ColumnSpec("Ghi chú", lambda row: PARTIAL_NOTE if row.partial else "", tooltip=_partial_tooltip,
                                   align=LEFT),
}


class ResultHistoryModel(RowTableModel[HistoryRow]):
    """Rows of :class:`HistoryRow`, oldest year first, as the service returns them."""

    SORTABLE = False

    def __init__(self, parent: Any = None) -> None:
        super().__init__([COLUMNS[column] for column in HistoryColumn], parent)

    def history(self, row: int) -> HistoryRow:
        return self.row(row)

    def foreground(self, row: HistoryRow, column: int) -> QColor | None:
        if column == HistoryColumn.CHANGE:
            return change_color(row.change)
        return PARTIAL_COLOR if column == HistoryColumn.NOTE else None
