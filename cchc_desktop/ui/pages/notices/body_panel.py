"""The structured text editor with its formatting toolbar, for a notice's body and its attachments.

Built by composition from :class:`~cchc_desktop.ui.conclusion.editor.ConclusionEditor` (the same keys as the
conclusion editor: Enter, Tab, Ctrl+B/I, Ctrl+1…5, structured paste). Saving is the notice editor's business, so
this panel has no autosave of its own: it only reports :attr:`changed`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QToolBar, QVBoxLayout, QWidget

from ....core.body import Block, Run
from ....core.enums import BlockKind
from ...conclusion.editor import ConclusionEditor
from ...conclusion.panel import KIND_CHOICES, RESPONSIBILITY

AgencyAsker = Callable[[], str | None]
NOTICE_PLACEHOLDER = (
    "Nhập hoặc dán nội dung thông báo. Enter: thêm mục cùng cấp · Tab / Shift+Tab: lùi vào / lùi ra · "
    "Ctrl+1…5: đề mục, mục 1., điểm a), gạch đầu dòng, đoạn văn · Ctrl+B / Ctrl+I: đậm / nghiêng"
)


class NoticeBodyPanel(QWidget):
    """``choose_agency`` asks for the agency named in the responsibility sentence (None: cancelled)."""

    changed = Signal()

    def __init__(self, choose_agency: AgencyAsker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choose_agency = choose_agency
        self.editor = ConclusionEditor()
        self.editor.setPlaceholderText(NOTICE_PLACEHOLDER)
        self.kind_box = QComboBox()
        for kind, label in KIND_CHOICES:
            self.kind_box.addItem(label, kind)
        self.kind_box.setToolTip("Loại của đoạn đang chọn (Ctrl+1 … Ctrl+5)")
        # Narrow (the open list shows whole labels) so the toolbar keeps room for "Câu trách nhiệm…".
        self.kind_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_box.setMinimumContentsLength(9)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._build_toolbar()
        self.editor.document().contentsChanged.connect(self._contents_changed)
        self.editor.current_kind_changed.connect(self._show_kind)
        self.kind_box.activated.connect(self._kind_chosen)
        self._loading = False

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.kind_box)
        top.addWidget(self.toolbar, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.editor, 1)

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
        self.toolbar.setEnabled(not read_only)
        self.kind_box.setEnabled(not read_only)

    def insert_responsibility(self) -> None:
        """Insert "(Trách nhiệm thuộc về cơ quan chủ trì là <agency>)" in bold italic at the cursor."""
        agency = self._choose_agency()
        if agency:
            sentence = RESPONSIBILITY.format(agency=agency)
            self.editor.insert_runs([Run("("), Run(sentence, bold=True, italic=True), Run(")")])

    def _build_toolbar(self) -> None:
        def add(text: str, slot: Callable[[], object], shortcut: str = "", tip: str = "") -> QAction:
            action = QAction(text, self)
            action.setIconText(text)  # keep the "…" of a command that asks something
            action.triggered.connect(slot)
            action.setToolTip(f"{tip or text} ({shortcut})" if shortcut else tip or text)
            self.toolbar.addAction(action)
            return action

        bold = add("Đậm", self.editor.toggle_bold, "Ctrl+B")
        font = QFont()
        font.setBold(True)
        bold.setFont(font)
        italic = add("Nghiêng", self.editor.toggle_italic, "Ctrl+I")
        font = QFont()
        font.setItalic(True)
        italic.setFont(font)
        self.toolbar.addSeparator()
        add("Lùi vào", lambda: self.editor.change_depth(+1), "Tab")
        add("Lùi ra", lambda: self.editor.change_depth(-1), "Shift+Tab")
        self.toolbar.addSeparator()
        # The domain action comes before undo/redo: on a narrow pane those two (Ctrl+Z / Ctrl+Y everywhere)
        # are the ones that move into the toolbar's overflow menu.
        add("Câu trách nhiệm…", self.insert_responsibility,
            tip="Chèn “(Trách nhiệm thuộc về cơ quan chủ trì là …)” in đậm nghiêng")
        self.toolbar.addSeparator()
        add("Hoàn tác", self.editor.undo, QKeySequence(QKeySequence.StandardKey.Undo).toString())
        add("Làm lại", self.editor.redo, QKeySequence(QKeySequence.StandardKey.Redo).toString())

    def _contents_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _show_kind(self, kind: BlockKind) -> None:
        index = self.kind_box.findData(kind)
        if index >= 0:
            self.kind_box.setCurrentIndex(index)

    def _kind_chosen(self, index: int) -> None:
        self.editor.set_kind(self.kind_box.itemData(index))
        self.editor.setFocus()
