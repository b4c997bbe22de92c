"""Searching and sorting a year's results: diacritic-insensitive search on the province name, numeric ranks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ...core.text import fold
from .result_table_model import SORT_ROLE, ResultTableModel

ModelIndex = QModelIndex | QPersistentModelIndex


class ResultFilterProxy(QSortFilterProxyModel):
    """Shows the provinces whose name contains every typed word ("lang son" finds "Lạng Sơn").

    Sorting compares :data:`SORT_ROLE` values: ranks and scores as numbers, names in Vietnamese order.
    """

    def __init__(self, model: ResultTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._model = model
        self._words: list[str] = []
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self._words:
            return True
        subject = fold(self._model.result(source_row).subject)
        return all(word in subject for word in self._words)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)
