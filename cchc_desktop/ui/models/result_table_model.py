"""One year's table of an index (rank "4/63", province, score "45,84", group, how the rank was obtained)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ...core.formats import format_number
from ...core.services.results import ResultRow
from ...core.text import collation_key, fold

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The value a column sorts by: numbers for rank and score, the Vietnamese collation key for text."""

OWN_BACKGROUND = QColor(255, 243, 196)
OWN_TEXT = QColor(33, 33, 33)
COMPUTED_COLOR = QColor(110, 110, 110)
OFFICIAL = "chính thức"
COMPUTED = "tính toán"
_LAST = float("inf")


class Column(IntEnum):
    RANK = 0
    SUBJECT = 1
    SCORE = 2
    GROUP = 3
    KIND = 4


HEADERS = {
    Column.RANK: "Xếp hạng",
    Column.SUBJECT: "Tỉnh, thành phố",
    Column.SCORE: "Điểm",
    Column.GROUP: "Nhóm",
    Column.KIND: "Thứ hạng",
}
TOOLTIPS = {
    Column.KIND: "“chính thức”: thứ hạng do cơ quan công bố; “tính toán”: chương trình tự xếp theo điểm",
}


def rank_text(rank: int | None, rank_of: int | None) -> str:
    """"4/63"; the rank alone when N is unknown; empty without a rank."""
    if rank is None:
        return ""
    return f"{rank}/{rank_of}" if rank_of else str(rank)


def _text(row: ResultRow, column: Column) -> str:
    match column:
        case Column.RANK:
            return rank_text(row.rank, row.rank_of)
        case Column.SUBJECT:
            return row.subject
        case Column.SCORE:
            return format_number(row.score, 2)
        case Column.GROUP:
            return row.group or ""
        case Column.KIND:
            return "" if row.rank is None else (OFFICIAL if row.official else COMPUTED)


def _sort_value(row: ResultRow, column: Column) -> Any:
    if column == Column.RANK:
        return row.rank if row.rank is not None else _LAST
    if column == Column.SCORE:
        return row.score if row.score is not None else -_LAST
    return collation_key(_text(row, column))


def _alignment(column: Column) -> Qt.AlignmentFlag:
    horizontal = (Qt.AlignmentFlag.AlignRight if column in (Column.RANK, Column.SCORE)
                  else Qt.AlignmentFlag.AlignLeft)
    return horizontal | Qt.AlignmentFlag.AlignVCenter


class ResultTableModel(QAbstractTableModel):
    """Rows of :class:`ResultRow`; the row of the own province (see :meth:`set_own`) is bold on a pale yellow."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []
        self._own = ""

    def set_rows(self, rows: Sequence[ResultRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_own(self, name: str | None) -> None:
        """The province to highlight (compared without diacritics or case)."""
        self._own = fold(name or "")
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))

    def result(self, row: int) -> ResultRow:
        return self._rows[row]

    def is_own(self, row: int) -> bool:
        return bool(self._own) and fold(self._rows[row].subject) == self._own

    def row_of(self, subject: str) -> int | None:
        wanted = fold(subject)
        return next((i for i, r in enumerate(self._rows) if fold(r.subject) == wanted), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return TOOLTIPS.get(column, HEADERS[column])
        if role == Qt.ItemDataRole.TextAlignmentRole:  # centred, so the sort arrow does not crowd the caption
            return Qt.AlignmentFlag.AlignCenter if column in (Column.RANK, Column.SCORE) else _alignment(column)
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
        if role == Qt.ItemDataRole.FontRole and self.is_own(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and self.is_own(index.row()):
            return OWN_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.KIND and not row.official:
                return COMPUTED_COLOR
            return OWN_TEXT if self.is_own(index.row()) else None  # dark on the pale background, in any theme
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.KIND:
                return TOOLTIPS[Column.KIND]
            return _text(row, column)
        return None
