"""Filtering and sorting of the agencies list: diacritic-insensitive search, kind, active only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ...core.enums import AgencyKind
from ...core.text import fold
from .agency_table_model import SORT_ROLE, AgencyTableModel

ModelIndex = QModelIndex | QPersistentModelIndex


class AgencyFilterProxy(QSortFilterProxyModel):
    """Shows the agencies whose name, short name or code contain every typed word, ignoring marks and case.

    "so noi vu" finds "Sở Nội vụ". Sorting compares :data:`SORT_ROLE` values, so names sort in Vietnamese order.
    """

    def __init__(self, model: AgencyTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._model = model
        self._words: list[str] = []
        self._kind: AgencyKind | None = None
        self._show_inactive = False
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kind(self, kind: AgencyKind | None) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_inactive(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_inactive = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        agency = self._model.agency(source_row)
        if not (agency.active or self._show_inactive):
            return False
        if self._kind is not None and agency.kind != self._kind:
            return False
        haystack = fold(f"{agency.name} {agency.short_name} {agency.code}")
        return all(word in haystack for word in self._words)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)
