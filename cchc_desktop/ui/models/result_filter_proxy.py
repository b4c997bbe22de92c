"""Searching and sorting a year's results: diacritic-insensitive search on the province name, numeric ranks."""

from __future__ import annotations

from ...core.services.results import ResultRow
from .row_filter_proxy import FoldedFilterProxy


class ResultFilterProxy(FoldedFilterProxy[ResultRow]):
    """Shows the provinces whose name contains every typed word ("lang son" finds "Lạng Sơn").

    Sorting compares :data:`SORT_ROLE` values: ranks and scores as numbers, names in Vietnamese order.
    """

    def haystack(self, row: ResultRow) -> str:
        return row.subject
