"""Filtering and sorting of the outgoing register: diacritic-insensitive search and the year."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ...core.text import fold
from .register_table_model import SORT_ROLE, RegisterTableModel

ModelIndex = QModelIndex | QPersistentModelIndex


class RegisterFilterProxy(QSortFilterProxyModel):
    """Shows the entries whose number and symbol, summary, signer or issuing body contain every typed word,
    ignoring marks and case ("quy I" finds "… sơ kết quý I năm 2024 …"), in the chosen year (None: all years).

    Sorting compares :data:`SORT_ROLE` values: numbers as numbers, dates as dates, text in Vietnamese order.
    """

    def __init__(self, model: RegisterTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._model = model
        self._words: list[str] = []
        self._year: int | None = None
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)

    @property
    def year(self) -> int | None:
        return self._year

    @property
    def search(self) -> str:
        return " ".join(self._words)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_year(self, year: int | None) -> None:
        self.beginFilterChange()
        self._year = year
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802 (Qt naming)
        entry = self._model.entry(source_row)
        if self._year is not None and entry.year != self._year:
            return False
        haystack = fold(f"{entry.reference} {entry.summary} {entry.signer} {entry.issuing_body}")
        return all(word in haystack for word in self._words)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:  # noqa: N802
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)
