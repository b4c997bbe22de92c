"""The conclusion editor with its toolbar (:class:`~.toolbar.BodyToolbar`, shared with the notice body) and
autosave.

Edits are saved a moment after typing stops and whenever the panel is left (:meth:`save_now`), so a clerk never
loses text by forgetting a Save button; the status line says when the last save happened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QTextBlockUserData
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ...core.body import Block
from ...core.errors import CchcError
from ..widgets.common import hint_label
from ..widgets.save_state import AUTOSAVE_DELAY_MS, SaveStateLabel, autosave_slot
from .document_model import block_id as stored_block_id
from .editor import TYPING_HINT, ConclusionEditor
from .toolbar import BodyToolbar


class SavedId(QTextBlockUserData):
    """Id given to a paragraph by a save; kept outside the undo history so saving never adds an undo step."""

    def __init__(self, value: int) -> None:
        super().__init__()
        self.value = value


class ConclusionPanel(QWidget):
    """``save`` stores the blocks (filling in ids of new ones); ``choose_agency`` asks for an agency name."""

    create_task_requested = Signal(int, str)  # stored block id, its text
    saved = Signal()

    def __init__(self, save: Callable[[list[Block]], None], choose_agency: Callable[[], str | None],
                 report_error: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._report_error = report_error
        self.editor = ConclusionEditor()
        self.hint = hint_label("Nhập hoặc dán nội dung kết luận; dòng đầu tiên là mục “1.”. " + TYPING_HINT)
        self.status = SaveStateLabel()
        self.toolbar = BodyToolbar(self.editor, choose_agency)
        self.toolbar.add_command("Tạo nhiệm vụ từ mục này…", self.request_task,
                                 tip="Giao nhiệm vụ từ mục kết luận đang chọn")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(autosave_slot(self.timer, self.save_now))
        self.editor.document().contentsChanged.connect(self._schedule_save)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.hint)

    # -- content ----------------------------------------------------------------------------------------------
    def load(self, blocks: list[Block]) -> None:
        self.timer.stop()
        self.editor.set_blocks(blocks)
        self.editor.document().setModified(False)
        self.status.clear_state()

    def save_now(self) -> bool:
        """Save pending edits now; False (with the error shown) when the save failed."""
        self.timer.stop()
        if not self.editor.document().isModified():
            return True
        blocks = self._blocks_with_saved_ids()
        try:
            self._save(blocks)
        except CchcError as exc:
            self.status.failed(str(exc))
            self._report_error(str(exc))
            return False
        self._remember_ids(blocks)
        self.editor.document().setModified(False)
        self.status.saved()
        self.saved.emit()
        return True

    def current_item(self) -> tuple[int, str] | None:
        """The stored id and text of the paragraph under the cursor (saving first if needed)."""
        if not self.save_now():
            return None
        block = self.editor.textCursor().block()
        identifier = _paragraph_id(block)
        return (identifier, block.text()) if identifier is not None and block.text().strip() else None

    # -- actions ----------------------------------------------------------------------------------------------
    def insert_responsibility(self) -> None:
        """Insert "(Trách nhiệm thuộc về cơ quan chủ trì là <agency>)" in bold italic at the cursor."""
        self.toolbar.insert_responsibility()

    def request_task(self) -> None:
        item = self.current_item()
        if item is None:
            self._report_error("Hãy đặt con trỏ vào một mục có nội dung của kết luận để tạo nhiệm vụ.")
            return
        self.create_task_requested.emit(*item)

    # -- helpers ----------------------------------------------------------------------------------------------
    def _schedule_save(self) -> None:
        if self.editor.document().isModified():
            self.status.editing()
            self.timer.start()

    def _paragraphs(self):
        """Non-empty paragraphs in document order: the order :func:`read_blocks` returns blocks in."""
        block = self.editor.document().firstBlock()
        while block.isValid():
            if block.text().strip():
                yield block
            block = block.next()

    def _blocks_with_saved_ids(self) -> list[Block]:
        blocks = self.editor.blocks()
        flat = [b for root in blocks for b in root.walk()]
        seen = {b.id for b in flat if b.id is not None}
        for block, paragraph in zip(flat, self._paragraphs(), strict=False):
            data = paragraph.userData()
            if block.id is None and isinstance(data, SavedId) and data.value not in seen:
                block.id = data.value
                seen.add(data.value)
        return blocks

    def _remember_ids(self, blocks: list[Block]) -> None:
        flat = [b for root in blocks for b in root.walk()]
        for block, paragraph in zip(flat, self._paragraphs(), strict=False):
            if block.id is not None and stored_block_id(paragraph) != block.id:
                paragraph.setUserData(SavedId(block.id))


def _paragraph_id(paragraph) -> int | None:
    data = paragraph.userData()
    if isinstance(data, SavedId):
        return data.value
    return stored_block_id(paragraph)
