"""The task list as a Qt table model: overdue rows in red, finished rows muted, a sort role per column."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...core.enums import TaskStatus
from ...core.formats import format_date
from ...core.services.tasks import DONE_STATUSES, TaskRow
from ...core.text import collation_key

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role of the value a column sorts by: the Vietnamese collation key for text, the date for dates."""
ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The task's id, on every cell."""
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3
"""True on every cell of a task that is past its due date and not finished."""

OVERDUE_TEXT = QColor(160, 24, 24)
OVERDUE_BACKGROUND = QColor(251, 227, 227)
DONE_TEXT = QColor(120, 120, 120)
OVERDUE_SUFFIX = " (quá hạn)"

_STATUS_ORDER = {status: i for i, status in enumerate(TaskStatus)}


class Column(IntEnum):
    TITLE = 0
    LEAD = 1
    COOPERATORS = 2
    DEADLINE = 3
    DUE = 4
    STATUS = 5
    SOURCE = 6
    PROGRESS = 7


HEADERS = {
    Column.TITLE: "Nội dung nhiệm vụ",
    Column.LEAD: "Cơ quan chủ trì",
    Column.COOPERATORS: "Phối hợp",
    Column.DEADLINE: "Thời hạn",
    Column.DUE: "Hạn xử lý",
    Column.STATUS: "Tình trạng",
    Column.SOURCE: "Nguồn",
    Column.PROGRESS: "Tiến độ gần nhất",
}


def date_key(value: dt.date | None) -> tuple[int, int]:
    """Sorts dates in order, and rows without a date after every dated row."""
    return (1, 0) if value is None else (0, value.toordinal())


def status_text(row: TaskRow) -> str:
    """"Đang thực hiện (quá hạn)" for an overdue task, the status label otherwise."""
    return row.status.label + (OVERDUE_SUFFIX if row.overdue else "")


def cell_text(row: TaskRow, column: Column) -> str:
    match column:
        case Column.TITLE:
            return row.title
        case Column.LEAD:
            return row.lead_agency
        case Column.COOPERATORS:
            return row.cooperators
        case Column.DEADLINE:
            return row.deadline
        case Column.DUE:
            return format_date(row.due_date)
        case Column.STATUS:
            return status_text(row)
        case Column.SOURCE:
            return row.source_label
        case Column.PROGRESS:
            return row.last_progress


def _sort_value(row: TaskRow, column: Column) -> Any:
    if column == Column.DUE:
        return date_key(row.due_date)
    if column == Column.DEADLINE:
        return (date_key(row.due_date), collation_key(row.deadline))
    if column == Column.STATUS:
        return (not row.overdue, _STATUS_ORDER[row.status])
    return collation_key(cell_text(row, column))


def _tooltip(row: TaskRow, column: Column) -> str:
    if column == Column.TITLE and row.criterion:
        return f"{row.title}\nTiêu chí thành phần: {row.criterion}"
    if column == Column.STATUS and row.completed_on is not None:
        return f"{row.status.label} ngày {format_date(row.completed_on)}"
    if column == Column.STATUS and row.working_days_left is not None:
        if row.working_days_left < 0:
            return f"Quá hạn {-row.working_days_left} ngày làm việc"
        return f"Còn {row.working_days_left} ngày làm việc"
    return cell_text(row, column)


class TaskTableModel(QAbstractTableModel):
    """Rows of :class:`TaskRow` as the service lists them; read-only (changes go through the dialogs)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TaskRow] = []

    def set_rows(self, rows: Sequence[TaskRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def task(self, row: int) -> TaskRow:
        return self._rows[row]

    def rows(self) -> list[TaskRow]:
        return list(self._rows)

    def row_of(self, task_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == task_id), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = Column(section)
            if role == Qt.ItemDataRole.ToolTipRole and column == Column.DUE:
                return "Hạn xử lý: ngày cuối cùng theo thời hạn được giao"
            return HEADERS[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, column)
        if role == SORT_ROLE:
            return _sort_value(row, column)
        if role == ID_ROLE:
            return row.id
        if role == OVERDUE_ROLE:
            return row.overdue
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue:
                return OVERDUE_TEXT
            return DONE_TEXT if row.status in DONE_STATUSES else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return OVERDUE_BACKGROUND if row.overdue else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, column)
        return None
