"""The notices list as a Qt table model."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...core.enums import DocumentStatus
from ...core.formats import PartialDate, nd30_month
from ...core.services.notices import NoticeRow
from ...core.text import collation_key

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role of the value a column sorts by: (year, month, day) for dates, (year, number) for numbers, text by
collation key."""

SUPERSEDED_COLOR = QColor(128, 128, 128)
DRAFT_COLOR = QColor(138, 90, 0)


class Column(IntEnum):
    REFERENCE = 0
    DATE = 1
    SUMMARY = 2
    SIGNER = 3
    STATUS = 4


HEADERS = {
    Column.REFERENCE: "Số, ký hiệu",
    Column.DATE: "Ngày",
    Column.SUMMARY: "Trích yếu",
    Column.SIGNER: "Người ký",
    Column.STATUS: "Trạng thái",
}
_CENTRED = {Column.REFERENCE, Column.DATE}


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


def _text(row: NoticeRow, column: Column) -> str:
    match column:
        case Column.REFERENCE:
            return row.reference
        case Column.DATE:
            return partial_date_text(row.date)
        case Column.SUMMARY:
            return row.summary
        case Column.SIGNER:
            return row.signer
        case Column.STATUS:
            return status_text(row)


def _sort_value(row: NoticeRow, column: Column) -> Any:
    date = (row.date.year or 0, row.date.month or 0, row.date.day or 0)
    match column:
        case Column.REFERENCE:
            return (row.date.year or 0, row.number if row.number is not None else 10**6, collation_key(row.symbol))
        case Column.DATE:
            return (*date, row.id)
        case _:
            return collation_key(_text(row, column))


def _alignment(column: Column) -> Qt.AlignmentFlag:
    horizontal = Qt.AlignmentFlag.AlignHCenter if column in _CENTRED else Qt.AlignmentFlag.AlignLeft
    return horizontal | Qt.AlignmentFlag.AlignVCenter


class NoticeTableModel(QAbstractTableModel):
    """Rows of :class:`NoticeRow` as :meth:`NoticeService.list` returns them; read-only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[NoticeRow] = []

    def set_rows(self, rows: Sequence[NoticeRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def notice(self, row: int) -> NoticeRow:
        return self._rows[row]

    def row_of(self, notice_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == notice_id), None)

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
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(row, column)
        if role == SORT_ROLE:
            return _sort_value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == DocumentStatus.SUPERSEDED:
                return SUPERSEDED_COLOR
            if row.status == DocumentStatus.DRAFT and column == Column.STATUS:
                return DRAFT_COLOR
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.SUMMARY:
                return f"{row.summary}\nCơ quan ban hành: {row.issuing_body}"
            return _text(row, column)
        return None
