"""The selection of a list page's table: which record is selected, by id, kept across a reload.

A list page shows a table model of rows (each with an integer ``id``), most through a sorting/filtering proxy. After
the rows are fetched again the same record is selected again; when it went away (deleted, or hidden by a
filter) the row at the same position is selected instead, so that deleting selects the next one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView

Row = TypeVar("Row")
SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


@dataclass(frozen=True)
class Kept:
    """What :meth:`ListSelection.remember` noted: the selected record's id and its row on screen."""

    id: int | None
    position: int | None


class ListSelection(Generic[Row]):
    """Selection bookkeeping of ``view`` showing ``proxy`` over a source model (or showing the model itself).

    ``row_of(id)`` is the source row of a record (None when it is not in the model), ``item(source_row)`` the
    record shown there; ``column`` is the column the current index is put in (the one keyboard search uses).
    """

    def __init__(self, view: QAbstractItemView, proxy: QAbstractItemModel, row_of: Callable[[int], int | None],
                 item: Callable[[int], Row], column: int = 0) -> None:
        self.view = view
        self.proxy = proxy
        self.row_of = row_of
        self.item = item
        self.column = column

    def current_row(self) -> int | None:
        """The selected row on screen (a proxy row), or None."""
        model = self.view.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return rows[0].row() if rows else None

    def current(self) -> Row | None:
        """The selected record, or None."""
        row = self.current_row()
        return None if row is None else self.item(self._source_row(row))

    def current_id(self) -> int | None:
        current = self.current()
        return None if current is None else current.id  # type: ignore[attr-defined]

    def select_row(self, row: int) -> None:
        """Select row ``row`` on screen and scroll to it."""
        index = self.proxy.index(row, self.column)
        self.view.selectionModel().setCurrentIndex(index, SELECT_ROW)
        self.view.scrollTo(index)

    def select_id(self, record_id: int) -> bool:
        """Select the record's row if the filters show it; True when selected."""
        source_row = self.row_of(record_id)
        row = None if source_row is None else self._shown_row(source_row)
        if row is None:
            return False
        self.select_row(row)
        return True

    def show_only(self, record_id: int | None) -> None:
        """Select the record's row, or nothing (``record_id`` None, or not shown)."""
        if record_id is None or not self.select_id(record_id):
            self.view.selectionModel().clearSelection()

    def select_first_if_none(self) -> None:
        """Select the first row shown when nothing is selected (so Enter opens it at once)."""
        if self.current_row() is None and self.proxy.rowCount():
            self.select_row(0)

    def focus_list(self) -> None:
        """Move the keyboard to the list (from its search box), selecting the first row when nothing is."""
        self.select_first_if_none()
        self.view.setFocus()

    def remember(self) -> Kept:
        """Note the selection before the rows are fetched again."""
        return Kept(self.current_id(), self.current_row())

    def restore(self, kept: Kept, *, keep_position: bool = True, first: bool = False) -> None:
        """Select the remembered record again; when it is gone, the row at its position (``keep_position``,
        the last row at most), else the first row (``first``)."""
        if kept.id is not None and self.select_id(kept.id):
            return
        count = self.proxy.rowCount()
        if not count:
            return
        if keep_position and kept.position is not None:
            self.select_row(min(kept.position, count - 1))
        elif first:
            self.select_row(0)

    def _source_row(self, row: int) -> int:
        if isinstance(self.proxy, QAbstractProxyModel):
            return self.proxy.mapToSource(self.proxy.index(row, 0)).row()
        return row

    def _shown_row(self, source_row: int) -> int | None:
        if not isinstance(self.proxy, QAbstractProxyModel):
            return source_row if 0 <= source_row < self.proxy.rowCount() else None
        index = self.proxy.mapFromSource(self.proxy.sourceModel().index(source_row, 0))
        return index.row() if index.isValid() else None
