"""Filtering and sorting of the plans list: diacritic-insensitive search and the kind of document."""

from __future__ import annotations

from typing import Any

from ...core.enums import PlanKind
from ...core.services.plans import PlanRow
from .plan_table_model import PlanTableModel
from .row_filter_proxy import FoldedFilterProxy


class PlanFilterProxy(FoldedFilterProxy[PlanRow]):
    """Shows the plans whose kind, number, issuer or summary contain every typed word, ignoring marks and case.

    "nghi quyet 60" finds "Nghị quyết số 60-NQ/TU". Sorting compares :data:`SORT_ROLE` values.
    """

    def __init__(self, model: PlanTableModel, parent: Any = None) -> None:
        super().__init__(model, parent)
        self._kind: PlanKind | None = None

    def set_kind(self, kind: PlanKind | None) -> None:
        with self._changing_filter():
            self._kind = kind

    def accepts(self, row: PlanRow) -> bool:
        return self._kind is None or row.kind == self._kind

    def haystack(self, row: PlanRow) -> str:
        return f"{row.display_name} {row.issuer} {row.title}"
