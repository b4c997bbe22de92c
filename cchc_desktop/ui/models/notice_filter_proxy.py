"""Filtering and sorting of the notices list: diacritic-insensitive search and status."""

from __future__ import annotations

from typing import Any

from ...core.enums import DocumentStatus
from ...core.services.notices import NoticeRow
from .notice_table_model import NoticeTableModel, partial_date_text
from .row_filter_proxy import FoldedFilterProxy


class NoticeFilterProxy(FoldedFilterProxy[NoticeRow]):
    """Shows the notices whose reference, summary, signer, issuing body or date contain every typed word,
    ignoring marks and case ("so ket quy" finds "… sơ kết quý I …"); optionally only one status."""

    def __init__(self, model: NoticeTableModel, parent: Any = None) -> None:
        super().__init__(model, parent)
        self._status: DocumentStatus | None = None

    def set_status(self, status: DocumentStatus | None) -> None:
        with self._changing_filter():
            self._status = status

    def accepts(self, row: NoticeRow) -> bool:
        return self._status is None or row.status == self._status

    def haystack(self, row: NoticeRow) -> str:
        return f"{row.reference} {row.summary} {row.signer} {row.issuing_body} {partial_date_text(row.date)}"
