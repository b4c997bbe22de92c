"""Filtering and sorting of the agencies list: diacritic-insensitive search, kind, active only."""

from __future__ import annotations

from typing import Any

from ...core.enums import AgencyKind
from ...core.services.agencies import AgencyRow
from .agency_table_model import AgencyTableModel
from .row_filter_proxy import FoldedFilterProxy


class AgencyFilterProxy(FoldedFilterProxy[AgencyRow]):
    """Shows the agencies whose name, short name or code contain every typed word, ignoring marks and case.

    "so noi vu" finds "Sở Nội vụ". Sorting compares :data:`SORT_ROLE` values, so names sort in Vietnamese order.
    """

    def __init__(self, model: AgencyTableModel, parent: Any = None) -> None:
        super().__init__(model, parent)
        self._kind: AgencyKind | None = None
        self._show_inactive = False

    def set_kind(self, kind: AgencyKind | None) -> None:
        with self._changing_filter():
            self._kind = kind

    def set_show_inactive(self, show: bool) -> None:
        with self._changing_filter():
            self._show_inactive = show

    def accepts(self, row: AgencyRow) -> bool:
        return (row.active or self._show_inactive) and (self._kind is None or row.kind == self._kind)

    def haystack(self, row: AgencyRow) -> str:
        return f"{row.name} {row.short_name} {row.code}"
