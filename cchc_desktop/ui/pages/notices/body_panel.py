"""The structured text editor with its formatting toolbar, for a notice's body and its attachments.

Built by composition from :class:`~cchc_desktop.ui.conclusion.editor.ConclusionEditor` (the same keys as the
conclusion editor: Enter, Tab, Ctrl+B/I, Ctrl+1…5, structured paste). Saving is the notice editor's business, so
this panel has no autosave of its own: it only reports :attr:`changed`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ....core.body import Block
from ....core.enums import BlockKind
from ...conclusion.editor import TYPING_HINT, ConclusionEditor
from ...conclusion.toolbar import AgencyAsker, BodyToolbar
from ...widgets.common import hint_label

NOTICE_HINT = ("Nhập hoặc dán nội dung thông báo; dòng đầu tiên là đoạn văn mở đầu (Ctrl+2 để thành mục “1.”). "
               + TYPING_HINT)


class NoticeBodyPanel(QWidget):
    """``choose_agency`` asks for the agency named in the responsibility sentence (None: cancelled)."""

    changed = Signal()

    def __init__(self, choose_agency: AgencyAsker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = ConclusionEditor(first_kind=BlockKind.PARAGRAPH)  # a notice opens with "Ngày …, … tổ chức …"
        self.hint = hint_label(NOTICE_HINT)
        self.toolbar = BodyToolbar(self.editor, choose_agency, narrow=True)
        self.editor.document().contentsChanged.connect(self._contents_changed)
        self._loading = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.hint)

    def set_blocks(self, blocks: list[Block]) -> None:
        self._loading = True
        try:
            self.editor.set_blocks(blocks)
        finally:
            self._loading = False

    def blocks(self) -> list[Block]:
        return self.editor.blocks()

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)
        self.toolbar.setEnabled(not read_only)  # the kind box and every command
        self.hint.setVisible(not read_only)

    def insert_responsibility(self) -> None:
        """Insert "(Trách nhiệm thuộc về cơ quan chủ trì là <agency>)" in bold italic at the cursor."""
        self.toolbar.insert_responsibility()

    def _contents_changed(self) -> None:
        if not self._loading:
            self.changed.emit()
