"""Filtering and sorting of the plans list: diacritic-insensitive search and the kind of document."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ...core.enums import PlanKind
from ...core.text import fold
from .plan_table_model import SORT_ROLE, PlanTableModel

ModelIndex = QModelIndex | QPersistentModelIndex


class PlanFilterProxy(QSortFilterProxyModel):
    """Shows the plans whose kind, number, issuer or summary contain every typed word, ignoring marks and case.

    "nghi quyet 60" finds "Nghị quyết số 60-NQ/TU". Sorting compares :data:`SORT_ROLE` values.
    """

    def __init__(self, model: PlanTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._model = model
        self._words: list[str] = []
        self._kind: PlanKind | None = None
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kind(self, kind: PlanKind | None) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        plan = self._model.plan(source_row)
        if self._kind is not None and plan.kind != self._kind:
            return False
        haystack = fold(f"{plan.display_name} {plan.issuer} {plan.title}")
        return all(word in haystack for word in self._words)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)
