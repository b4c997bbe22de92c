"""Filtering and sorting of the meetings list: diacritic-insensitive search, year, kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ...core.enums import MeetingKind
from ...core.formats import format_date
from ...core.text import fold
from .meeting_table_model import SORT_ROLE, MeetingTableModel

ModelIndex = QModelIndex | QPersistentModelIndex


class MeetingFilterProxy(QSortFilterProxyModel):
    """Shows the meetings whose title, kind, chair or date contain every typed word, ignoring marks and case.

    "so ket quy" finds "Cuộc họp sơ kết … quý I …". Sorting compares :data:`SORT_ROLE` values, so dates sort as
    dates and text in Vietnamese order.
    """

    def __init__(self, model: MeetingTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._model = model
        self._words: list[str] = []
        self._year: int | None = None
        self._kind: MeetingKind | None = None
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_year(self, year: int | None) -> None:
        self.beginFilterChange()
        self._year = year
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kind(self, kind: MeetingKind | None) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802
        meeting = self._model.meeting(source_row)
        if self._year is not None and meeting.date.year != self._year:
            return False
        if self._kind is not None and meeting.kind != self._kind:
            return False
        haystack = fold(f"{meeting.title} {meeting.kind.label} {meeting.chair} {format_date(meeting.date)}")
        return all(word in haystack for word in self._words)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:  # noqa: N802
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)
