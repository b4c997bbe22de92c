"""Filtering and sorting of the notices list: diacritic-insensitive search and status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ...core.enums import DocumentStatus
from ...core.text import fold
from .notice_table_model import SORT_ROLE, NoticeTableModel, partial_date_text

ModelIndex = QModelIndex | QPersistentModelIndex


class NoticeFilterProxy(QSortFilterProxyModel):
    """Shows the notices whose reference, summary, signer, issuing body or date contain every typed word,
    ignoring marks and case ("so ket quy" finds "… sơ kết quý I …"); optionally only one status."""

    def __init__(self, model: NoticeTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._model = model
        self._words: list[str] = []
        self._status: DocumentStatus | None = None
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: DocumentStatus | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802
        notice = self._model.notice(source_row)
        if self._status is not None and notice.status != self._status:
            return False
        haystack = fold(
            f"{notice.reference} {notice.summary} {notice.signer} {notice.issuing_body} "
            f"{partial_date_text(notice.date)}"
        )
        return all(word in haystack for word in self._words)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:  # noqa: N802
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)
