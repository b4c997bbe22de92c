"""Searching a :class:`RowTableModel` list as the pages do: every typed word, ignoring marks and case.

"so noi vu" finds "Sở Nội vụ". A list adds its own filters (kind, year, status …) through :meth:`accepts`;
sorting compares the :data:`SORT_ROLE` values of the model (see :class:`SortRoleProxy`).
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Generic

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ...core.text import fold
from .row_table import Row, RowTableModel
from .task_sort_proxy import SortRoleProxy

ModelIndex = QModelIndex | QPersistentModelIndex


class FoldedFilterProxy(SortRoleProxy, Generic[Row]):
    """Shows the rows :meth:`accepts` lets through whose :meth:`haystack` contains every word of the search."""

    def __init__(self, model: RowTableModel[Row], parent: Any = None) -> None:
        super().__init__(model, parent)
        self._model = model
        self._words: list[str] = []
        self._folded: dict[int, str] = {}  # id(row) -> its folded haystack, kept until the rows are replaced
        model.modelAboutToBeReset.connect(self._folded.clear)

    def set_search(self, text: str) -> None:
        with self._changing_filter():
            self._words = fold(text).split()

    # -- subclasses ---------------------------------------------------------------------------------------------
    @abstractmethod
    def haystack(self, row: Row) -> str:
        """The text of ``row`` the search looks in."""
        ...  # every subclass provides it

    def accepts(self, row: Row) -> bool:
        """Whether the list's other filters let ``row`` through."""
        return True

    @contextmanager
    def _changing_filter(self) -> Iterator[None]:
        """Wraps a change of a filter's setting, so that the rows are filtered again after it."""
        self.beginFilterChange()
        try:
            yield
        finally:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    # -- Qt -----------------------------------------------------------------------------------------------------
    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802 (Qt naming)
        row = self._model.row(source_row)
        if not self.accepts(row):
            return False
        if not self._words:
            return True
        haystack = self._folded.get(id(row))
        if haystack is None:
            haystack = self._folded[id(row)] = fold(self.haystack(row))
        return all(word in haystack for word in self._words)
