"""One year's table of an index (rank "4/63", province, score "45,84", group, how the rank was obtained)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from ...core.formats import format_number
from ...core.services.results import ResultRow
from ...core.text import fold
from .row_table import LEFT, RIGHT, SORT_ROLE, ColumnSpec, RowTableModel

__all__ = ["COMPUTED", "COMPUTED_COLOR", "OFFICIAL", "OWN_BACKGROUND", "OWN_TEXT", "SORT_ROLE", "Column",
           "ResultTableModel", "rank_text"]

OWN_BACKGROUND = QColor(255, 243, 196)
OWN_TEXT = QColor(33, 33, 33)
COMPUTED_COLOR = QColor(110, 110, 110)
OFFICIAL = "chính thức"
COMPUTED = "tính toán"
KIND_TOOLTIP = "“chính thức”: thứ hạng do cơ quan công bố; “tính toán”: chương trình tự xếp theo điểm"
_LAST = float("inf")


class Column(IntEnum):
    RANK = 0
    SUBJECT = 1
    SCORE = 2
    GROUP = 3
    KIND = 4


def rank_text(rank: int | None, rank_of: int | None) -> str:
    """"4/63"; the rank alone when N is unknown; empty without a rank."""
    if rank is None:
        return ""
    return f"{rank}/{rank_of}" if rank_of else str(rank)


def _kind_text(row: ResultRow) -> str:
    return "" if row.rank is None else (OFFICIAL if row.official else COMPUTED)


# The headers of the numbers are centred, so the sort arrow does not crowd the caption.
COLUMNS: dict[Column, ColumnSpec[ResultRow]] = {
    Column.RANK: ColumnSpec("Xếp hạng", lambda row: rank_text(row.rank, row.rank_of),
                            lambda row: row.rank if row.rank is not None else _LAST,
                            align=RIGHT, header_align=Qt.AlignmentFlag.AlignCenter),
    Column.SUBJECT: ColumnSpec("Tỉnh, thành phố", lambda row: row.subject, align=LEFT),
    Column.SCORE: ColumnSpec("Điểm", lambda row: format_number(row.score, 2),
                             lambda row: row.score if row.score is not None else -_LAST,
                             align=RIGHT, header_align=Qt.AlignmentFlag.AlignCenter),
    Column.GROUP: ColumnSpec("Nhóm", lambda row: row.group or "", align=LEFT),
    Column.KIND: ColumnSpec("Thứ hạng", _kind_text, tooltip=lambda row: KIND_TOOLTIP, align=LEFT,
                            header_tooltip=KIND_TOOLTIP),
}


class ResultTableModel(RowTableModel[ResultRow]):
    """Rows of :class:`ResultRow`; the row of the own province (see :meth:`set_own`) is bold on a pale yellow.

    :data:`SORT_ROLE` gives numbers for rank and score, the Vietnamese collation key for text.
    """

    HEADER_TOOLTIPS = True

    def __init__(self, parent: Any = None) -> None:
        super().__init__([COLUMNS[column] for column in Column], parent)
        self._own = ""

    def set_own(self, name: str | None) -> None:
        """The province to highlight (compared without diacritics or case)."""
        self._own = fold(name or "")
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))

    def result(self, row: int) -> ResultRow:
        return self.row(row)

    def is_own(self, row: int) -> bool:
        return self._is_own(self.row(row))

    def row_of(self, subject: str) -> int | None:
        wanted = fold(subject)
        return self.find(lambda row: fold(row.subject) == wanted)

    def font(self, row: ResultRow, column: int) -> QFont | None:
        if not self._is_own(row):
            return None
        font = QFont()
        font.setBold(True)
        return font

    def background(self, row: ResultRow, column: int) -> QColor | None:
        return OWN_BACKGROUND if self._is_own(row) else None

    def foreground(self, row: ResultRow, column: int) -> QColor | None:
        if column == Column.KIND and not row.official:
            return COMPUTED_COLOR
        return OWN_TEXT if self._is_own(row) else None  # dark on the pale background, in any theme

    def _is_own(self, row: ResultRow) -> bool:
        return bool(self._own) and fold(row.subject) == self._own
