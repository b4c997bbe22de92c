"""The dated progress notes of one task, as a Qt table model (oldest first, as the service returns them)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...core.formats import format_date
from ...core.services.tasks import ProgressNote

ModelIndex = QModelIndex | QPersistentModelIndex


class ProgressColumn(IntEnum):
    DATE = 0
    NOTE = 1
    AUTHOR = 2


PROGRESS_HEADERS = {ProgressColumn.DATE: "Ngày", ProgressColumn.NOTE: "Nội dung", ProgressColumn.AUTHOR: "Người ghi"}


class TaskProgressModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._notes: list[ProgressNote] = []

    def set_notes(self, notes: Sequence[ProgressNote]) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self.endResetModel()

    def note(self, row: int) -> ProgressNote:
        return self._notes[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._notes)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ProgressColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return PROGRESS_HEADERS[ProgressColumn(section)]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        note = self._notes[index.row()]
        match ProgressColumn(index.column()):
            case ProgressColumn.DATE:
                return format_date(note.noted_on)
            case ProgressColumn.NOTE:
                return note.note
            case ProgressColumn.AUTHOR:
                return note.author
