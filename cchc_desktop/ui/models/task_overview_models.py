"""Table models of the overview page: overdue tasks, tasks due soon, and the counts per lead agency."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...core.formats import format_date
from ...core.services.overview import AgencyCount
from ...core.services.tasks import TaskRow
from ...core.text import collation_key
from .task_table_model import ID_ROLE, OVERDUE_TEXT, SORT_ROLE, date_key

ModelIndex = QModelIndex | QPersistentModelIndex

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class DeadlineList(Enum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"


DEADLINE_HEADERS = {
    DeadlineList.OVERDUE: ("Nhiệm vụ", "Cơ quan chủ trì", "Hạn xử lý", "Quá hạn"),
    DeadlineList.DUE_SOON: ("Nhiệm vụ", "Cơ quan chủ trì", "Hạn xử lý", "Còn lại"),
}
TITLE_COLUMN, LEAD_COLUMN, DUE_COLUMN, DAYS_COLUMN = range(4)


def days_text(row: TaskRow) -> str:
    """"quá 8 ngày làm việc", "còn 5 ngày làm việc", "đến hạn hôm nay"."""
    days = row.working_days_left
    if days is None:
        return ""
    if days < 0:
        return f"{-days} ngày làm việc"
    return "đến hạn hôm nay" if days == 0 else f"còn {days} ngày làm việc"


class DeadlineTableModel(QAbstractTableModel):
    """Tasks with their lead agency, due date and how many working days they are late or have left."""

    def __init__(self, kind: DeadlineList, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._rows: list[TaskRow] = []

    def set_rows(self, rows: Sequence[TaskRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def task(self, row: int) -> TaskRow:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return DEADLINE_HEADERS[self.kind][section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == DAYS_COLUMN:
            return "Tính theo ngày làm việc, không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết"
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section == DAYS_COLUMN else _LEFT
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        texts = (row.title, row.lead_agency, format_date(row.due_date), days_text(row))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return texts[column]
        if role == SORT_ROLE:
            if column == DUE_COLUMN:
                return date_key(row.due_date)
            if column == DAYS_COLUMN:
                return row.working_days_left if row.working_days_left is not None else 0
            return collation_key(texts[column])
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and self.kind == DeadlineList.OVERDUE and column >= DUE_COLUMN:
            return OVERDUE_TEXT
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == DAYS_COLUMN else _LEFT
        return None


AGENCY_HEADERS = ("Cơ quan chủ trì", "Tổng số", "Chưa hoàn thành", "Quá hạn", "Hoàn thành", "Hoàn thành chậm")
OVERDUE_COUNT_COLUMN = 3


def _counts(row: AgencyCount) -> tuple[int, ...]:
    return (row.total, row.open, row.overdue, row.done, row.done_late)


class AgencyCountModel(QAbstractTableModel):
    """Per lead agency: all its tasks, those not finished, overdue, done on time, and done late."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AgencyCount] = []

    def set_rows(self, rows: Sequence[AgencyCount]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def agency(self, row: int) -> AgencyCount:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AGENCY_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return AGENCY_HEADERS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if section == 0 else _RIGHT
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.agency if column == 0 else str(_counts(row)[column - 1])
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.agency if column == 0 else f"{AGENCY_HEADERS[column]}: {_counts(row)[column - 1]}"
        if role == SORT_ROLE:
            return collation_key(row.agency) if column == 0 else _counts(row)[column - 1]
        if role == ID_ROLE:
            return row.agency_id
        if role == Qt.ItemDataRole.ForegroundRole and column == OVERDUE_COUNT_COLUMN and row.overdue:
            return OVERDUE_TEXT
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column == 0 else _RIGHT
        return None
