"""The targets (chỉ tiêu) of one plan or resolution as an editable Qt table model.

The model edits copies of :class:`TargetInput`; nothing is stored until the editor saves the whole plan through
:class:`PlanService`. A value that cannot be taken (a date that does not exist, an agency not in the catalogue) is
refused and reported through :attr:`PlanTargetModel.problem`, so the editor can show it next to the form.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from ...core.enums import TargetStatus
from ...core.errors import ValidationError
from ...core.formats import format_date, parse_date
from ...core.services.plans import ATTAINED, TargetInput, attainment_text

ModelIndex = QModelIndex | QPersistentModelIndex

ATTAINED_COLOR = QColor(27, 94, 32)
NOT_MET_COLOR = QColor(179, 38, 30)


class TargetColumn(IntEnum):
    CODE = 0
    TEXT = 1
    TARGET = 2
    ACHIEVED = 3
    STATUS = 4
    LEAD = 5
    ASSESSED_ON = 6
    NOTES = 7


TARGET_HEADERS = {
    TargetColumn.CODE: "Mã",
    TargetColumn.TEXT: "Nội dung chỉ tiêu",
    TargetColumn.TARGET: "Chỉ tiêu đề ra",
    TargetColumn.ACHIEVED: "Kết quả đạt được",
    TargetColumn.STATUS: "Tình trạng",
    TargetColumn.LEAD: "Cơ quan chủ trì",
    TargetColumn.ASSESSED_ON: "Ngày đánh giá",
    TargetColumn.NOTES: "Ghi chú",
}

_TEXT_FIELDS = {
    TargetColumn.CODE: "code", TargetColumn.TEXT: "text", TargetColumn.TARGET: "target_value",
    TargetColumn.ACHIEVED: "achieved_value", TargetColumn.NOTES: "notes",
}


def attainment_summary(attained: int, total: int) -> str:
    """The line under the targets: "Đã hoàn thành đạt và vượt 10/18 chỉ tiêu"."""
    return f"Đã hoàn thành {attainment_text(attained, total)}" if total else "Chưa có chỉ tiêu"


def _next_code(codes: Sequence[str]) -> str:
    """"19" after codes 1…18; empty when the codes are not plain numbers."""
    if not codes or not all(code.strip().isdigit() for code in codes):
        return "" if codes else "1"
    return str(max(int(code) for code in codes) + 1)


class PlanTargetModel(QAbstractTableModel):
    """Targets in their order; every cell is editable. Status cells hold the ``TargetStatus`` value in EditRole,
    lead agency cells the agency id."""

    problem = Signal(str)
    """A value typed into a cell was refused; the text says why, in Vietnamese."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._targets: list[TargetInput] = []
        self._agencies: dict[int, str] = {}

    # -- content ---------------------------------------------------------------------------------------------
    def set_agency_names(self, names: Mapping[int, str]) -> None:
        self._agencies = dict(names)

    def agency_name(self, agency_id: int | None) -> str:
        return self._agencies.get(agency_id, "") if agency_id is not None else ""

    def set_targets(self, targets: Sequence[TargetInput]) -> None:
        self.beginResetModel()
        self._targets = [replace(target) for target in targets]
        self.endResetModel()

    def targets(self) -> list[TargetInput]:
        return [replace(target) for target in self._targets]

    def target(self, row: int) -> TargetInput:
        return self._targets[row]

    def attained(self) -> int:
        return sum(1 for target in self._targets if target.status in ATTAINED)

    def summary(self) -> str:
        return attainment_summary(self.attained(), len(self._targets))

    # -- changing the rows -----------------------------------------------------------------------------------
    def add_target(self, after: int | None = None) -> int:
        """Insert an empty target (status "Đang thực hiện") after row ``after`` or at the end; returns its row."""
        row = len(self._targets) if after is None else after + 1
        code = _next_code([target.code for target in self._targets])
        self.beginInsertRows(QModelIndex(), row, row)
        self._targets.insert(row, TargetInput(text="", code=code))
        self.endInsertRows()
        return row

    def remove_target(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._targets[row]
        self.endRemoveRows()

    def move_target(self, row: int, delta: int) -> int:
        """Move a target one place up (-1) or down (+1); returns its new row (unchanged at either end)."""
        new_row = row + delta
        if not (0 <= row < len(self._targets) and 0 <= new_row < len(self._targets)) or delta not in (-1, 1):
            return row
        # Qt's destination is the row *before which* the moved row lands, counted before the move.
        destination = new_row + 1 if delta > 0 else new_row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._targets.insert(new_row, self._targets.pop(row))
        self.endMoveRows()
        return new_row

    # -- Qt model interface ----------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._targets)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TargetColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return TARGET_HEADERS[TargetColumn(section)]
        return str(section + 1)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        target = self._targets[index.row()]
        column = TargetColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(target, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == TargetColumn.STATUS:
                return target.status.value
            if column == TargetColumn.LEAD:
                return target.lead_agency_id
            return self._display(target, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == TargetColumn.STATUS:
            if target.status in ATTAINED:
                return ATTAINED_COLOR
            return NOT_MET_COLOR if target.status == TargetStatus.NOT_MET else None
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        target = self._targets[index.row()]
        column = TargetColumn(index.column())
        if column in _TEXT_FIELDS:
            setattr(target, _TEXT_FIELDS[column], str(value or ""))
        elif column == TargetColumn.STATUS:
            target.status = TargetStatus(value)
        elif column == TargetColumn.LEAD:
            if isinstance(value, str) and value.strip():
                self.problem.emit(f"Chỉ tiêu thứ {index.row() + 1}: cơ quan chủ trì “{value.strip()}” không có trong "
                                  "danh mục cơ quan, đơn vị.")
                return False
            target.lead_agency_id = value if isinstance(value, int) else None
        elif not self._set_date(target, index.row(), str(value or "")):
            return False
        self.dataChanged.emit(index, index)
        return True

    # -- helpers ---------------------------------------------------------------------------------------------
    def _display(self, target: TargetInput, column: TargetColumn) -> str:
        if column in _TEXT_FIELDS:
            return getattr(target, _TEXT_FIELDS[column])
        if column == TargetColumn.STATUS:
            return target.status.label
        if column == TargetColumn.LEAD:
            return self.agency_name(target.lead_agency_id)
        return format_date(target.assessed_on)

    def _set_date(self, target: TargetInput, row: int, text: str) -> bool:
        try:
            target.assessed_on = parse_date(text, TARGET_HEADERS[TargetColumn.ASSESSED_ON]) if text.strip() else None
        except ValidationError as error:
            self.problem.emit(f"Chỉ tiêu thứ {row + 1}: {error}")
            return False
        return True
