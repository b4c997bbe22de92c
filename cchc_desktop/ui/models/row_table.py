"""A read-only list of rows as a Qt table model, described column by column.

Most lists the pages show are the same table: one service dataclass per row and a fixed set of columns, each with
a caption, the text of its cells, the value it sorts by, its alignment and tooltip. :class:`RowTableModel` answers
the Qt roles from a list of :class:`ColumnSpec`; a subclass names its row accessor (``agency(row)``, ``task(row)``
…) and gives what is particular to its rows (colours, fonts, extra roles) through a few hooks.

The model sorts itself (:meth:`RowTableModel.sort`): one key per row, computed once per sort, instead of a Python
comparison called by a proxy for every pair of rows; and it can show a subset of its rows (:meth:`set_filter`),
keeping their sorted order, so a list of tens of thousands of rows sorts and filters at the speed of a list
comprehension.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ...core.text import collation_key, fold

ModelIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role of the value a column sorts by (see :attr:`ColumnSpec.sort_key`)."""

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTRED = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

def _containing(rows: list[Row], haystacks: list[str], words: tuple[str, ...]) -> list[Row]:
    """The rows whose haystack (same position) contains every word: one plain comprehension per word, narrowing
    the positions, so no Python function runs per row."""
    first, *others = words
    positions = [i for i, haystack in enumerate(haystacks) if first in haystack]
    for word in others:
        positions = [i for i in positions if word in haystacks[i]]
    return [rows[i] for i in positions]


def _nones_first(value: Any) -> tuple[Any, ...]:
    """A key that sorts a missing value (None) before every value, as an empty cell sorts in a spreadsheet."""
    return (0,) if value is None else (1, value)


@dataclass(frozen=True)
class ColumnSpec(Generic[Row]):
    """One column: its caption and what its cells give for a row.

    ``sort_key`` defaults to the Vietnamese collation key of the text, ``tooltip`` to the text itself (the full
    text of a cell the column may cut off; a tooltip returning None shows none). ``align`` aligns the cells (None:
    Qt's default) and, unless the model says otherwise, the header; ``header_align`` aligns the header where it
    differs from the cells. ``header_lines`` is the caption as drawn where it differs from ``header`` (on two
    lines, so a narrow column stays narrow); ``header_tooltip`` explains the column when hovering its header.
    """

    header: str
    text: Callable[[Row], str]
    sort_key: Callable[[Row], Any] | None = None
    tooltip: Callable[[Row], str | None] | None = None
    align: Qt.AlignmentFlag | None = None
    header_lines: str | None = None
    header_tooltip: str | None = None
    header_align: Qt.AlignmentFlag | None = None


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows as the service returns them, one column per :class:`ColumnSpec`; read-only.

    The hooks :meth:`foreground`, :meth:`background` and :meth:`font` colour or set the font of a cell; other
    roles (ids, flags for a delegate) come from :meth:`role_data`. All of them give None by default.
    """

    SORTABLE: ClassVar[bool] = True
    """Whether cells answer :data:`SORT_ROLE` (False where nothing sorts, or the role means something else)."""
    HEADER_TOOLTIPS: ClassVar[bool] = False
    """Whether a header without its own ``header_tooltip`` shows its full caption as a tooltip."""
    ALIGNED_HEADERS: ClassVar[bool] = True
    """Whether a header without its own ``header_align`` is aligned like its cells."""

    def __init__(self, columns: Sequence[ColumnSpec[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._all: list[Row] = []  # as given, in the given order
        self._sorted: list[Row] = []  # all of them, in the current sort order
        self._rows: list[Row] = []  # those the filter lets through, in the sort order: what the table shows
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._accepts: Callable[[Row], bool] | None = None
        self._words: tuple[str, ...] = ()
        self._haystacks: list[str] | None = None  # search_text of each row of _sorted, made when first searched

    # -- rows ---------------------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show ``rows``, sorted as the list is sorted and filtered by :meth:`set_filter` and :meth:`set_search`."""
        self.beginResetModel()
        self._all = list(rows)
        self._sorted = self._sorted_rows()
        self._haystacks = None
        self._rows = self._filtered_rows()
        self.endResetModel()

    def set_filter(self, accepts: Callable[[Row], bool] | None) -> None:
        """Show only the rows ``accepts`` lets through (None: every row), keeping the sort order."""
        self.beginResetModel()
        self._accepts = accepts
        self._rows = self._filtered_rows()
        self.endResetModel()

    def set_search(self, words: Sequence[str]) -> None:
        """Show only the rows whose :meth:`search_text` contains every one of ``words`` (already folded, see
        ``core.text.fold``); no words: every row. Combined with :meth:`set_filter`, keeping the sort order."""
        self.beginResetModel()
        self._words = tuple(words)
        self._rows = self._filtered_rows()
        self.endResetModel()

    def search_text(self, row: Row) -> str:
        """The folded text :meth:`set_search` looks in: every cell's text by default (a subclass may give a
        stored folded text instead)."""
        return fold(" ".join(spec.text(row) for spec in self._columns))

    def all_rows(self) -> list[Row]:
        """Every row given to :meth:`set_rows`, including those the filter hides, in the sort order."""
        return list(self._sorted)

    def row(self, position: int) -> Row:
        return self._rows[position]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def find(self, matches: Callable[[Row], bool]) -> int | None:
        """The position of the first row that ``matches``, None when there is none."""
        return next((i for i, row in enumerate(self._rows) if matches(row)), None)

    # -- cells (subclasses) -------------------------------------------------------------------------------------
    def foreground(self, row: Row, column: int) -> QColor | None:
        return None

    def background(self, row: Row, column: int) -> QColor | None:
        return None

    def font(self, row: Row, column: int) -> QFont | None:
        return None

    def role_data(self, row: Row, column: int, role: int) -> Any:
        """The value of a role the columns do not describe."""
        return None

    # -- sorting ------------------------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``'s sort key (stable: equal keys keep the order the rows were given in); ``column``
        -1 restores the given order. The selection and the current row follow their rows."""
        if (column, order) == (self._sort_column, self._sort_order):
            return  # already in that order (a view asks twice: when it sets its header's arrow, and after)
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        old_rows = self._rows
        self._sorted = self._sorted_rows()
        self._haystacks = None
        self._rows = self._filtered_rows()
        self._move_persistent_indexes(old_rows)
        self.layoutChanged.emit()

    def sort_key(self, column: int) -> Callable[[Row], Any]:
        """What rows are sorted by in ``column``: the column's ``sort_key``, else the collation key of its text."""
        spec = self._columns[column]
        if spec.sort_key is not None:
            return spec.sort_key
        text = spec.text
        return lambda row: collation_key(text(row))

    def _sorted_rows(self) -> list[Row]:
        if not (self.SORTABLE and 0 <= self._sort_column < len(self._columns)):
            return list(self._all)
        key = self.sort_key(self._sort_column)
        keys = [key(row) for row in self._all]
        if None in keys:  # wrapped only then: a tuple per row is a lot of memory on 200,000 rows
            keys = [_nones_first(value) for value in keys]
        order = sorted(range(len(keys)), key=keys.__getitem__,
                       reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        rows = self._all
        return [rows[i] for i in order]

    def _filtered_rows(self) -> list[Row]:
        rows = self._sorted
        if self._words:
            if self._haystacks is None:
                self._haystacks = [self.search_text(row) for row in rows]
            rows = _containing(rows, self._haystacks, self._words)
        accepts = self._accepts
        return list(rows) if accepts is None else [row for row in rows if accepts(row)]

    def _move_persistent_indexes(self, old_rows: list[Row]) -> None:
        """Point the views' remembered indexes (selection, current row) at the rows' new positions."""
        persistent = self.persistentIndexList()
        if not persistent:
            return
        position = {id(row): i for i, row in enumerate(self._rows)}
        for index in persistent:
            row = old_rows[index.row()] if 0 <= index.row() < len(old_rows) else None
            new = position.get(id(row)) if row is not None else None
            target = QModelIndex() if new is None else self.index(new, index.column())
            self.changePersistentIndex(index, target)

    # -- Qt -----------------------------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        spec = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.header if spec.header_lines is None else spec.header_lines
        if role == Qt.ItemDataRole.ToolTipRole:
            if spec.header_tooltip is not None:
                return spec.header_tooltip
            return spec.header if self.HEADER_TOOLTIPS else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if spec.header_align is not None:
                return spec.header_align
            return spec.align if self.ALIGNED_HEADERS else None
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        spec = self._columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return spec.text(row) if spec.tooltip is None else spec.tooltip(row)
        if role == SORT_ROLE and self.SORTABLE:
            return collation_key(spec.text(row)) if spec.sort_key is None else spec.sort_key(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return spec.align
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self.font(row, column)
        return self.role_data(row, column, role)
