"""The ordered lines of one recipient group, edited in place, with undo and redo.

Each row is a :class:`LineInput`: the text as the group stores it (without the leading "- " and the trailing ";",
which the notice prints) and the agency the line names, when it was chosen from the catalogue. Every change made
through the public methods (or by editing a cell) is one command on :attr:`RecipientLinesModel.undo_stack`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack

from ...core.services.recipients import LineInput, clean_line
from .recipient_line_commands import EditLine, InsertLine, MoveLine, RemoveLine

ModelIndex = QModelIndex | QPersistentModelIndex
TEXT_COLUMN = 0
HEADER = "Dòng nơi nhận (theo thứ tự in)"


class RecipientLinesModel(QAbstractTableModel):
    """One editable column; the vertical header numbers the lines."""

    lines_changed = Signal()
    """A line was added, removed, moved or edited, or the whole list was replaced (the preview redraws)."""
    row_touched = Signal(int)
    """A command (or its undo) changed this row: the view selects it so the user sees what happened."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._rows: list[LineInput] = []
        self._agency_names: dict[int, str] = {}

    # -- reading -------------------------------------------------------------------------------------------------
    def lines(self) -> list[LineInput]:
        """Copies of the lines, in order."""
        return [LineInput(row.text, row.agency_id) for row in self._rows]

    def line(self, position: int) -> LineInput:
        return self._rows[position]

    def set_agency_names(self, names: Mapping[int, str]) -> None:
        """Names shown in the tooltip of a line that is linked to an agency of the catalogue."""
        self._agency_names = dict(names)

    # -- undoable changes ----------------------------------------------------------------------------------------
    def set_lines(self, lines: Sequence[LineInput]) -> None:
        """Replace every line (a group was opened); forgets the undo history."""
        self.undo_stack.clear()
        self.beginResetModel()
        self._rows = [LineInput(line.text, line.agency_id) for line in lines]
        self.endResetModel()
        self.lines_changed.emit()

    def insert_line(self, position: int, text: str, agency_id: int | None = None) -> int | None:
        """Insert a line at ``position`` (clamped to the list); returns where it went, None for empty text."""
        clean = clean_line(text)
        if not clean:
            return None
        position = max(0, min(position, len(self._rows)))
        self.undo_stack.push(InsertLine(self, position, LineInput(clean, agency_id)))
        return position

    def remove_line(self, position: int) -> bool:
        if not 0 <= position < len(self._rows):
            return False
        self.undo_stack.push(RemoveLine(self, position))
        return True

    def move_line(self, position: int, delta: int) -> int | None:
        """Move a line up (``-1``) or down (``+1``); returns its new position, None when it cannot move."""
        target = position + delta
        if not (0 <= position < len(self._rows) and 0 <= target < len(self._rows)):
            return None
        self.undo_stack.push(MoveLine(self, position, target))
        return target

    def set_text(self, position: int, text: str) -> bool:
        """Change a line's text; empty text is refused (a line is removed with :meth:`remove_line`)."""
        clean = clean_line(text)
        if not (0 <= position < len(self._rows)) or not clean:
            return False
        if clean != self._rows[position].text:
            self.undo_stack.push(EditLine(self, position, clean))
        return True

    # -- applied by the commands (not recorded) ------------------------------------------------------------------
    def apply_insert(self, position: int, line: LineInput) -> None:
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, line)
        self.endInsertRows()
        self._changed(position)

    def apply_remove(self, position: int) -> LineInput:
        self.beginRemoveRows(QModelIndex(), position, position)
        line = self._rows.pop(position)
        self.endRemoveRows()
        self._changed(min(position, len(self._rows) - 1))
        return line

    def apply_move(self, source: int, target: int) -> None:
        destination = target + 1 if target > source else target  # Qt counts the destination before the move
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(source))
        self.endMoveRows()
        self._changed(target)

    def apply_text(self, position: int, text: str) -> None:
        self._rows[position].text = text
        index = self.index(position, TEXT_COLUMN)
        self.dataChanged.emit(index, index)
        self._changed(position)

    def _changed(self, position: int) -> None:
        self.lines_changed.emit()
        if position >= 0:
            self.row_touched.emit(position)

    # -- Qt ------------------------------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return HEADER if orientation == Qt.Orientation.Horizontal else str(section + 1)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return line.text
        if role == Qt.ItemDataRole.ToolTipRole:
            agency = self._agency_names.get(line.agency_id) if line.agency_id is not None else None
            return f"{line.text}\nGắn với cơ quan: {agency}" if agency else line.text
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        return self.set_text(index.row(), str(value))
