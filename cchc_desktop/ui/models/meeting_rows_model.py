"""Editable, ordered rows of a meeting (connected sites, attendees, reports heard) as Qt table models.

Each row is one of the service's input dataclasses (:class:`SiteInput`, :class:`AttendeeInput`,
:class:`ReportInput`); the editor reads them back with :meth:`OrderedRowsModel.rows` and hands them to
:class:`MeetingService`. Rows can be added, removed and moved up or down; some cells are edited in place.
"""

from __future__ import annotations

import copy
from abc import abstractmethod
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from ...core.services.meetings import SITE_LEVELS, SiteInput

ModelIndex = QModelIndex | QPersistentModelIndex
DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
MUTED = QColor(110, 110, 110)


class OrderedRowsModel(QAbstractTableModel):
    """Base of the row models: subclasses give :attr:`HEADERS`, :attr:`EDITABLE`, :meth:`cell`, :meth:`set_cell`."""

    HEADERS: tuple[str, ...] = ()
    EDITABLE: frozenset[int] = frozenset()

    rows_changed = Signal()
    """Rows were added, removed, moved, replaced or edited (the editor re-checks for unsaved changes)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # -- rows ---------------------------------------------------------------------------------------------------
    def rows(self) -> list[Any]:
        """Copies of the rows, in order."""
        return [copy.copy(row) for row in self._rows]

    def row(self, index: int) -> Any:
        return self._rows[index]

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = [copy.copy(row) for row in rows]
        self.endResetModel()
        self.rows_changed.emit()

    def append(self, row: Any) -> int:
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(row)
        self.endInsertRows()
        self.rows_changed.emit()
        return position

    def remove(self, position: int) -> None:
        if 0 <= position < len(self._rows):
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self.endRemoveRows()
            self.rows_changed.emit()

    def move(self, position: int, delta: int) -> int | None:
        """Move a row up (``-1``) or down (``+1``); returns its new position, None when it cannot move."""
        target = position + delta
        if not (0 <= position < len(self._rows) and 0 <= target < len(self._rows)):
            return None
        destination = target + 1 if delta > 0 else target  # Qt counts the destination before the move
        self.beginMoveRows(QModelIndex(), position, position, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(position))
        self.endMoveRows()
        self.rows_changed.emit()
        return target

    def refresh(self) -> None:
        """Redraw every cell (names or dates the display depends on changed)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.HEADERS) - 1))

    # -- cells (subclasses) -------------------------------------------------------------------------------------
    @abstractmethod
    def cell(self, row: Any, column: int, role: int) -> Any:
        ...  # every subclass provides it

    @abstractmethod
    def set_cell(self, row: Any, column: int, value: Any) -> bool:
        ...  # every subclass provides it

    # -- Qt -----------------------------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self.HEADERS[section]
        if orientation == Qt.Orientation.Vertical and role == DISPLAY:
            return str(section + 1)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() in self.EDITABLE else flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell(row, index.column(), DISPLAY)
        return self.cell(row, index.column(), role)

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != EDIT or index.column() not in self.EDITABLE:
            return False
        if not self.set_cell(self._rows[index.row()], index.column(), value):
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.HEADERS) - 1))
        self.rows_changed.emit()
        return True


class SitesModel(OrderedRowsModel):
    """Connected sites: level, number of sites (0 = not written) and what they are called."""

    LEVEL, COUNT, LABEL = range(3)
    HEADERS = ("Cấp", "Số điểm cầu", "Ghi là")
    EDITABLE = frozenset({LEVEL, COUNT, LABEL})

    def cell(self, row: SiteInput, column: int, role: int) -> Any:
        if role == EDIT:
            return (row.level, row.count, row.label)[column]
        if role == DISPLAY:
            if column == self.LEVEL:
                return SITE_LEVELS.get(row.level, row.level)
            if column == self.COUNT:
                return str(row.count) if row.count else "không ghi số"
            return row.label
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COUNT and not row.count:
            return MUTED
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COUNT:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def set_cell(self, row: SiteInput, column: int, value: Any) -> bool:
        if column == self.LEVEL and value in SITE_LEVELS:
            row.level = value
        elif column == self.COUNT:
            row.count = max(0, int(value))
        elif column == self.LABEL:
            row.label = " ".join(str(value).split())
        else:
            return False
        return True
