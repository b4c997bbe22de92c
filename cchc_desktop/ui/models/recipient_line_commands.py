"""Undoable changes to the lines of a recipient group (one :class:`QUndoCommand` per user action).

The commands only call the ``apply_*`` methods of :class:`~.recipient_lines_model.RecipientLinesModel`, which
change the rows without recording anything; the model's public methods push these commands on its undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ...core.services.recipients import LineInput

if TYPE_CHECKING:
    from .recipient_lines_model import RecipientLinesModel


class InsertLine(QUndoCommand):
    def __init__(self, model: RecipientLinesModel, position: int, line: LineInput) -> None:
        super().__init__(f"thêm dòng “{line.text}”")
        self.model, self.position, self.line = model, position, line

    def redo(self) -> None:
        self.model.apply_insert(self.position, LineInput(self.line.text, self.line.agency_id))

    def undo(self) -> None:
        self.model.apply_remove(self.position)


class RemoveLine(QUndoCommand):
    def __init__(self, model: RecipientLinesModel, position: int) -> None:
        line = model.line(position)
        super().__init__(f"xóa dòng “{line.text}”")
        self.model, self.position, self.line = model, position, LineInput(line.text, line.agency_id)

    def redo(self) -> None:
        self.model.apply_remove(self.position)

    def undo(self) -> None:
        self.model.apply_insert(self.position, LineInput(self.line.text, self.line.agency_id))


class MoveLine(QUndoCommand):
    def __init__(self, model: RecipientLinesModel, source: int, target: int) -> None:
        direction = "lên" if target < source else "xuống"
        super().__init__(f"chuyển dòng “{model.line(source).text}” {direction}")
        self.model, self.source, self.target = model, source, target

    def redo(self) -> None:
        self.model.apply_move(self.source, self.target)

    def undo(self) -> None:
        self.model.apply_move(self.target, self.source)


class EditLine(QUndoCommand):
    def __init__(self, model: RecipientLinesModel, position: int, new_text: str) -> None:
        super().__init__(f"sửa dòng “{model.line(position).text}”")
        self.model, self.position = model, position
        self.old_text, self.new_text = model.line(position).text, new_text

    def redo(self) -> None:
        self.model.apply_text(self.position, self.new_text)

    def undo(self) -> None:
        self.model.apply_text(self.position, self.old_text)
