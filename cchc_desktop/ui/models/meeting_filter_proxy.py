"""Filtering and sorting of the meetings list: diacritic-insensitive search, year, kind."""

from __future__ import annotations

from typing import Any

from ...core.enums import MeetingKind
from ...core.formats import format_date
from ...core.services.meetings import MeetingRow
from .meeting_table_model import MeetingTableModel
from .row_filter_proxy import FoldedFilterProxy


class MeetingFilterProxy(FoldedFilterProxy[MeetingRow]):
    """Shows the meetings whose title, kind, chair or date contain every typed word, ignoring marks and case.

    "so ket quy" finds "Cuộc họp sơ kết … quý I …". Sorting compares :data:`SORT_ROLE` values, so dates sort as
    dates and text in Vietnamese order.
    """

    def __init__(self, model: MeetingTableModel, parent: Any = None) -> None:
        super().__init__(model, parent)
        self._year: int | None = None
        self._kind: MeetingKind | None = None

    def set_year(self, year: int | None) -> None:
        with self._changing_filter():
            self._year = year

    def set_kind(self, kind: MeetingKind | None) -> None:
        with self._changing_filter():
            self._kind = kind

    def accepts(self, row: MeetingRow) -> bool:
        return (self._year is None or row.date.year == self._year) and (self._kind is None or row.kind == self._kind)

    def haystack(self, row: MeetingRow) -> str:
        return f"{row.title} {row.kind.label} {row.chair} {format_date(row.date)}"
