"""The plans and resolutions list (kế hoạch, nghị quyết) as a Qt table model."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...core.formats import format_date
from ...core.services.plans import PlanRow
from ...core.text import collation_key

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role of the value a column sorts by: collation key for text, the date's ordinal, numbers for counts."""


class Column(IntEnum):
    KIND = 0
    REFERENCE = 1
    ISSUED_ON = 2
    ISSUER = 3
    TITLE = 4
    TARGETS = 5
    TASKS = 6


HEADERS = {
    Column.KIND: "Loại",
    Column.REFERENCE: "Số, ký hiệu",
    Column.ISSUED_ON: "Ngày ban hành",
    Column.ISSUER: "Cơ quan ban hành",
    Column.TITLE: "Trích yếu",
    Column.TARGETS: "Chỉ tiêu",
    Column.TASKS: "Số nhiệm vụ",
}

_CENTRED = (Column.ISSUED_ON, Column.TASKS)


def _text(row: PlanRow, column: Column) -> str:
    match column:
        case Column.KIND:
            return row.kind.label
        case Column.REFERENCE:
            return row.reference
        case Column.ISSUED_ON:
            return format_date(row.issued_on)
        case Column.ISSUER:
            return row.issuer
        case Column.TITLE:
            return row.title
        case Column.TARGETS:
            return row.attainment if row.targets_total else ""
        case Column.TASKS:
            return str(row.task_count)


def _sort_value(row: PlanRow, column: Column) -> Any:
    match column:
        case Column.ISSUED_ON:
            return row.issued_on.toordinal() if row.issued_on else 0
        case Column.TARGETS:
            share = row.targets_attained / row.targets_total if row.targets_total else -1.0
            return (share, row.targets_total)
        case Column.TASKS:
            return row.task_count
        case _:
            return collation_key(_text(row, column))


def _alignment(column: Column) -> Qt.AlignmentFlag:
    horizontal = Qt.AlignmentFlag.AlignHCenter if column in _CENTRED else Qt.AlignmentFlag.AlignLeft
    return horizontal | Qt.AlignmentFlag.AlignVCenter


class PlanTableModel(QAbstractTableModel):
    """Rows of :class:`PlanRow` as :meth:`PlanService.list` returns them; read-only (edits go through the editor)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PlanRow] = []

    def set_rows(self, rows: Sequence[PlanRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def plan(self, row: int) -> PlanRow:
        return self._rows[row]

    def row_of(self, plan_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == plan_id), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = Column(section)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
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
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.TARGETS:
                return f"Đã hoàn thành {row.attainment}" if row.targets_total else "Văn bản chưa có chỉ tiêu."
            return _text(row, column)
        return None
