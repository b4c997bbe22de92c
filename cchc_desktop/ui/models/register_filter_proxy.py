"""Filtering and sorting of the outgoing register: diacritic-insensitive search and the year."""

from __future__ import annotations

from typing import Any

from ...core.register_row import RegisterRow
from .register_table_model import RegisterTableModel
from .row_filter_proxy import FoldedFilterProxy


class RegisterFilterProxy(FoldedFilterProxy[RegisterRow]):
    """Shows the entries whose number and symbol, summary, signer or issuing body contain every typed word,
    ignoring marks and case ("quy I" finds "… sơ kết quý I năm 2024 …"), in the chosen year (None: all years).

    Sorting compares :data:`SORT_ROLE` values: numbers as numbers, dates as dates, text in Vietnamese order.
    """

    def __init__(self, model: RegisterTableModel, parent: Any = None) -> None:
        super().__init__(model, parent)
        self._year: int | None = None

    @property
    def year(self) -> int | None:
        return self._year

    @property
    def search(self) -> str:
        return " ".join(self._words)

    def set_year(self, year: int | None) -> None:
        with self._changing_filter():
            self._year = year

    def accepts(self, row: RegisterRow) -> bool:
        return self._year is None or row.year == self._year

    def haystack(self, row: RegisterRow) -> str:
        return f"{row.reference} {row.summary} {row.signer} {row.issuing_body}"
