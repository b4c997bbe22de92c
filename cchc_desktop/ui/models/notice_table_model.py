"""The notices list as a Qt table model."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtGui import QColor

from ...core.enums import DocumentStatus
from ...core.formats import PartialDate, nd30_month
from ...core.services.notices import NoticeRow
from ...core.text import collation_key
from .row_table import CENTRED, LEFT, SORT_ROLE, ColumnSpec, RowTableModel

__all__ = ["DRAFT_COLOR", "HEADERS", "SORT_ROLE", "SUPERSEDED_COLOR", "Column", "NoticeTableModel",
           "partial_date_text", "status_text"]

SUPERSEDED_COLOR = QColor(128, 128, 128)
DRAFT_COLOR = QColor(138, 90, 0)


class Column(IntEnum):
    REFERENCE = 0
    DATE = 1
    SUMMARY = 2
    SIGNER = 3
    STATUS = 4


def partial_date_text(date: PartialDate) -> str:
    """"08/6/2022" for a full date, "tháng 6/2022" while the day is blank, "năm 2022" with the year only."""
    if date.year is None:
        return ""
    if date.month is None:
        return f"năm {date.year}"
    if date.day is None:
        return f"tháng {date.month}/{date.year}"
    return f"{date.day:02d}/{nd30_month(date.month)}/{date.year}"


def status_text(row: NoticeRow) -> str:
    """"Dự thảo", "Đã ban hành", "Dự thảo, phiên bản 2" (the version is named from the second one on)."""
    return row.status.label if row.version <= 1 else f"{row.status.label}, phiên bản {row.version}"


def _reference_key(row: NoticeRow) -> tuple[int, int, Any]:
    """By year, then number (notices without a number yet after the numbered ones), then symbol."""
    return (row.date.year or 0, row.number if row.number is not None else 10**6, collation_key(row.symbol))


def _date_key(row: NoticeRow) -> tuple[int, int, int, int]:
    """(year, month, day) with the blank parts as 0, then the id."""
    return (row.date.year or 0, row.date.month or 0, row.date.day or 0, row.id)


COLUMNS: dict[Column, ColumnSpec[NoticeRow]] = {
    Column.REFERENCE: ColumnSpec("Số, ký hiệu", lambda row: row.reference, _reference_key, align=CENTRED),
    Column.DATE: ColumnSpec("Ngày", lambda row: partial_date_text(row.date), _date_key, align=CENTRED),
    Column.SUMMARY: ColumnSpec("Trích yếu", lambda row: row.summary,
                               tooltip=lambda row: f"{row.summary}\nCơ quan ban hành: {row.issuing_body}", align=LEFT),
    Column.SIGNER: ColumnSpec("Người ký", lambda row: row.signer, align=LEFT),
    Column.STATUS: ColumnSpec("Trạng thái", status_text, align=LEFT),
}
HEADERS = {column: spec.header for column, spec in COLUMNS.items()}


class NoticeTableModel(RowTableModel[NoticeRow]):
    """Rows of :class:`NoticeRow` as :meth:`NoticeService.list` returns them; read-only.

    Superseded notices are grey, the status of a draft brown.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__([COLUMNS[column] for column in Column], parent)

    def notice(self, row: int) -> NoticeRow:
        return self.row(row)

    def row_of(self, notice_id: int) -> int | None:
        return self.find(lambda row: row.id == notice_id)

    def foreground(self, row: NoticeRow, column: int) -> QColor | None:
        if row.status == DocumentStatus.SUPERSEDED:
            return SUPERSEDED_COLOR
        return DRAFT_COLOR if row.status == DocumentStatus.DRAFT and column == Column.STATUS else None
