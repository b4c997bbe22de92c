"""The outgoing register (sổ văn bản đi) as a Qt table model."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtGui import QFont, QFontDatabase

from ...core.formats import format_date
from ...core.register_row import RegisterRow
from ...core.text import collation_key
from .row_table import CENTRED, LEFT, ColumnSpec, RowTableModel

SHORT_HASH = 12
"""Hex digits of the SHA-256 shown in the table (the tooltip and the detail line give all 64)."""


class Column(IntEnum):
    REFERENCE = 0
    DATE = 1
    SUMMARY = 2
    SIGNER = 3
    BODY = 4
    SHA256 = 5


def short_hash(value: str) -> str:
    return f"{value[:SHORT_HASH]}…" if len(value) > SHORT_HASH else value


COLUMNS: dict[Column, ColumnSpec[RegisterRow]] = {
    Column.REFERENCE: ColumnSpec("Số, ký hiệu", lambda row: row.reference,
                                 lambda row: (row.year, row.number, collation_key(row.symbol)), align=LEFT),
    Column.DATE: ColumnSpec("Ngày ban hành", lambda row: format_date(row.issued_on),
                            lambda row: (row.issued_on, row.number), align=CENTRED),
    Column.SUMMARY: ColumnSpec("Trích yếu", lambda row: row.summary, align=LEFT),
    Column.SIGNER: ColumnSpec("Người ký", lambda row: row.signer, align=LEFT),
    Column.BODY: ColumnSpec("Cơ quan ban hành", lambda row: row.issuing_body, align=LEFT),
    Column.SHA256: ColumnSpec(
        "SHA-256", lambda row: short_hash(row.sha256), lambda row: row.sha256,
        tooltip=lambda row: f"SHA-256: {row.sha256}" if row.sha256 else "Không có bản PDF lưu kèm", align=LEFT,
        header_tooltip="Mã kiểm tra SHA-256 của bản PDF lưu khi ban hành",
    ),
}


class RegisterTableModel(RowTableModel[RegisterRow]):
    """Rows of :class:`RegisterRow` as the service returns them; read-only (the register is never edited).

    :data:`SORT_ROLE` gives (year, number) for "Số, ký hiệu", the date for the date, the Vietnamese collation key
    for text. The hashes are in a fixed-width font.
    """

    ALIGNED_HEADERS = False

    def __init__(self, parent: Any = None) -> None:
        super().__init__([COLUMNS[column] for column in Column], parent)
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

    def entry(self, row: int) -> RegisterRow:
        return self.row(row)

    def row_of(self, entry_id: int) -> int | None:
        return self.find(lambda row: row.id == entry_id)

    def years(self) -> list[int]:
        """The years that have entries, latest first."""
        return sorted({row.year for row in self._rows}, reverse=True)

    def font(self, row: RegisterRow, column: int) -> QFont | None:
        return self._mono if column == Column.SHA256 else None
