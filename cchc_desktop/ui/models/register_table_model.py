"""The outgoing register (sổ văn bản đi) as a Qt table model."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontDatabase

from ...core.formats import format_date
from ...core.services.register import RegisterRow
from ...core.text import collation_key

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role of the value a column sorts by: (year, number) for "Số, ký hiệu", the date for the date, the Vietnamese
collation key for text."""
SHORT_HASH = 12
"""Hex digits of the SHA-256 shown in the table (the tooltip and the detail line give all 64)."""


class Column(IntEnum):
    REFERENCE = 0
    DATE = 1
    SUMMARY = 2
    SIGNER = 3
    BODY = 4
    SHA256 = 5


HEADERS = {
    Column.REFERENCE: "Số, ký hiệu",
    Column.DATE: "Ngày ban hành",
    Column.SUMMARY: "Trích yếu",
    Column.SIGNER: "Người ký",
    Column.BODY: "Cơ quan ban hành",
    Column.SHA256: "SHA-256",
}


def short_hash(value: str) -> str:
    return f"{value[:SHORT_HASH]}…" if len(value) > SHORT_HASH else value


def _text(row: RegisterRow, column: Column) -> str:
    match column:
        case Column.REFERENCE:
            return row.reference
        case Column.DATE:
            return format_date(row.issued_on)
        case Column.SUMMARY:
            return row.summary
        case Column.SIGNER:
            return row.signer
        case Column.BODY:
            return row.issuing_body
        case Column.SHA256:
            return short_hash(row.sha256)


def _sort_key(row: RegisterRow, column: Column) -> Any:
    match column:
        case Column.REFERENCE:
            return (row.year, row.number, collation_key(row.symbol))
        case Column.DATE:
            return (row.issued_on, row.number)
        case Column.SHA256:
            return row.sha256
        case _:
            return collation_key(_text(row, column))


class RegisterTableModel(QAbstractTableModel):
    """Rows of :class:`RegisterRow` as the service returns them; read-only (the register is never edited)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RegisterRow] = []
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

    def set_rows(self, rows: Sequence[RegisterRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> RegisterRow:
        return self._rows[row]

    def row_of(self, entry_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == entry_id), None)

    def years(self) -> list[int]:
        """The years that have entries, latest first."""
        return sorted({row.year for row in self._rows}, reverse=True)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.SHA256:
            return "Mã kiểm tra SHA-256 của bản PDF lưu khi ban hành"
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(row, column)
        if role == SORT_ROLE:
            return _sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.SHA256:
                return f"SHA-256: {row.sha256}" if row.sha256 else "Không có bản PDF lưu kèm"
            return _text(row, column)
        if role == Qt.ItemDataRole.FontRole and column == Column.SHA256:
            return self._mono
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignHCenter if column == Column.DATE else Qt.AlignmentFlag.AlignLeft
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        return None
