"""The conclusion text editor: a QTextEdit whose paragraphs are structured blocks.

Keys: Enter adds a sibling of the same kind (on an empty sub-item it moves the item one level out, as in Word);
Tab / Shift+Tab indent / outdent the paragraph; Ctrl+B / Ctrl+I bold / italic; Ctrl+1…5 set the kind
(đề mục, mục 1., điểm a), gạch đầu dòng, đoạn văn); Ctrl+Z / Ctrl+Y undo / redo. Pasting several lines of plain
text turns "1.", "a)", "-" lines into the structure.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from ...core.body import Block, Run
from ...core.enums import BlockKind
from ...core.paste import parse_conclusion
from ..widgets.tab_focus import mark_primary_field
from .document_model import (
    BLOCK_ID,
    DEPTH,
    KIND,
    LABEL,
    block_depth,
    block_id,
    block_kind,
    load_blocks,
    new_document,
    read_blocks,
    relayout,
    set_block_properties,
)

KIND_SHORTCUTS: dict[int, BlockKind] = {
    Qt.Key.Key_1: BlockKind.HEADING, Qt.Key.Key_2: BlockKind.NUMBERED, Qt.Key.Key_3: BlockKind.LETTERED,
    Qt.Key.Key_4: BlockKind.BULLET, Qt.Key.Key_5: BlockKind.PARAGRAPH,
}
MAX_DEPTH = 4
TYPING_HINT = (
    "Ô bên trái thanh công cụ cho biết loại của đoạn đang gõ. "
    "Enter: thêm mục cùng cấp · Tab / Shift+Tab: lùi vào / lùi ra · Ctrl+1…5: đề mục (in đậm), mục 1., điểm a), "
    "gạch đầu dòng, đoạn văn · Ctrl+B / Ctrl+I: đậm / nghiêng · dán văn bản có “1.”, “a)”, “-” thì tự thành mục."
)
FIRST_KIND = BlockKind.NUMBERED  # a conclusion's first paragraph: "1.", as the conclusions in the notices start


class ConclusionEditor(QTextEdit):
    """Edits a list of :class:`Block` trees. ``structure_changed`` fires when kinds or levels change."""

    structure_changed = Signal()
    current_kind_changed = Signal(object)  # BlockKind of the paragraph holding the cursor

    def __init__(self, parent: QWidget | None = None, *, first_kind: BlockKind = FIRST_KIND) -> None:
        """``first_kind``: the kind of the one paragraph of an empty text, so what is typed first takes it."""
        super().__init__(parent)
        self._first_kind = first_kind
        self.setDocument(new_document(first_kind))
        self.setAcceptRichText(False)
        self.setTabChangesFocus(False)
        mark_primary_field(self)  # its tab puts the cursor here when shown
        font = QFont("Liberation Serif")
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSizeF(12.5)
        self.document().setDefaultFont(font)
        self.cursorPositionChanged.connect(self._emit_kind)

    # -- content ----------------------------------------------------------------------------------------------
    def set_blocks(self, blocks: list[Block]) -> None:
        """Show ``blocks``; an empty list leaves one empty "1." item to type into."""
        load_blocks(self.document(), blocks, self._first_kind)
        self.document().clearUndoRedoStacks()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._emit_kind()  # the cursor may not have moved, but the paragraph under it changed

    def current_kind(self) -> BlockKind:
        """The kind of the paragraph holding the cursor."""
        return block_kind(self.textCursor().block())

    def blocks(self) -> list[Block]:
        return read_blocks(self.document())

    def current_block_id(self) -> int | None:
        return block_id(self.textCursor().block())

    def current_block_text(self) -> str:
        return self.textCursor().block().text()

    # -- structure --------------------------------------------------------------------------------------------
    def set_kind(self, kind: BlockKind) -> None:
        """Give the paragraph(s) under the cursor ``kind``; headings are shown bold."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for block in self._selected_blocks():
            cursor.setPosition(block.position())
            set_block_properties(cursor, kind, block_depth(block), block_id(block))
            if kind == BlockKind.HEADING or block_kind(block) == BlockKind.HEADING:
                cursor.setPosition(block.position())
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                fmt = QTextCharFormat()
                fmt.setFontWeight(QFont.Weight.Bold if kind == BlockKind.HEADING else QFont.Weight.Normal)
                cursor.mergeCharFormat(fmt)
        relayout(self.document())
        cursor.endEditBlock()
        self.structure_changed.emit()
        self._emit_kind()

    def change_depth(self, delta: int) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for block in self._selected_blocks():
            depth = min(MAX_DEPTH, max(0, block_depth(block) + delta))
            kind = _sibling_kind(block, depth) or block_kind(block)
            if depth > 0 and kind == BlockKind.HEADING:
                kind = BlockKind.NUMBERED
            cursor.setPosition(block.position())
            fmt = cursor.blockFormat()
            fmt.setProperty(DEPTH, depth)
            fmt.setProperty(KIND, kind.value)
            cursor.setBlockFormat(fmt)
        relayout(self.document())
        cursor.endEditBlock()
        self.structure_changed.emit()

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.fontWeight() < QFont.Weight.DemiBold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.mergeCurrentCharFormat(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.fontItalic())
        self.mergeCurrentCharFormat(fmt)

    def insert_runs(self, runs: list[Run]) -> None:
        """Insert formatted text at the cursor (e.g. the bold-italic responsibility sentence)."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for run in runs:
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold if run.bold else QFont.Weight.Normal)
            fmt.setFontItalic(run.italic)
            cursor.insertText(run.text, fmt)
        cursor.setCharFormat(QTextCharFormat())
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    # -- keys and paste ---------------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        """Ctrl+1…5 belong to the editor while it has the focus (the window's Ctrl+digit page keys wait)."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in KIND_SHORTCUTS:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Backtab or (key == Qt.Key.Key_Tab and shift and not ctrl):
            self.change_depth(-1)
        elif key == Qt.Key.Key_Tab and not ctrl:
            self.change_depth(+1)
        elif ctrl and key in KIND_SHORTCUTS:
            self.set_kind(KIND_SHORTCUTS[key])
        elif event.matches(QKeySequence.StandardKey.Bold):
            self.toggle_bold()
        elif event.matches(QKeySequence.StandardKey.Italic):
            self.toggle_italic()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (mods & Qt.KeyboardModifier.ShiftModifier):
            self._new_sibling()
        else:
            super().keyPressEvent(event)

    def _new_sibling(self) -> None:
        cursor = self.textCursor()
        block = cursor.block()
        kind, depth = block_kind(block), block_depth(block)
        if not block.text().strip() and depth > 0:
            self.change_depth(-1)
            return
        cursor.beginEditBlock()
        cursor.insertBlock()
        next_kind = BlockKind.NUMBERED if kind == BlockKind.HEADING else kind
        set_block_properties(cursor, next_kind, depth, None, None)
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Normal)
        fmt.setFontItalic(False)
        cursor.setCharFormat(fmt)
        relayout(self.document())
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.structure_changed.emit()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        return source.hasText() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        text = source.text()
        if "\n" not in text.strip():
            self.textCursor().insertText(" ".join(text.split()))
            return
        self.paste_structured(text)

    def paste_structured(self, text: str) -> None:
        """Insert pasted lines as structured paragraphs after the cursor's paragraph, at its level."""
        blocks = parse_conclusion(text)
        if not blocks:
            return
        cursor = self.textCursor()
        base = block_depth(cursor.block())
        cursor.beginEditBlock()
        empty_here = not cursor.block().text().strip()

        def write(items: list[Block], depth: int) -> None:
            nonlocal empty_here
            for item in items:
                if empty_here:
                    empty_here = False
                else:
                    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                    cursor.insertBlock()
                set_block_properties(cursor, item.kind, depth, None, item.label)
                for run in item.runs:
                    fmt = QTextCharFormat()
                    heading = item.kind == BlockKind.HEADING
                    fmt.setFontWeight(QFont.Weight.Bold if (run.bold or heading) else QFont.Weight.Normal)
                    fmt.setFontItalic(run.italic)
                    cursor.insertText(run.text, fmt)
                write(item.children, depth + 1)

        write(blocks, base)
        relayout(self.document())
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.structure_changed.emit()

    # -- helpers ----------------------------------------------------------------------------------------------
    def _selected_blocks(self):
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        block = first
        while block.isValid():
            yield block
            if block == last:
                break
            block = block.next()

    def _emit_kind(self) -> None:
        self.current_kind_changed.emit(self.current_kind())


def _sibling_kind(block, depth: int) -> BlockKind | None:
    """The kind of the nearest earlier paragraph at ``depth`` under the same parent: a paragraph moved to a level
    takes that level's kind, as list levels do in Word."""
    previous = block.previous()
    while previous.isValid() and block_depth(previous) >= depth:
        if block_depth(previous) == depth:
            return block_kind(previous)
        previous = previous.previous()
    return None


__all__ = ["ConclusionEditor", "BLOCK_ID", "FIRST_KIND", "LABEL", "TYPING_HINT"]
