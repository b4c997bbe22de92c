"""The formatting toolbar over a :class:`ConclusionEditor`, shared by the meeting conclusion and the notice body.

The paragraph kind box, then Đậm / Nghiêng, Lùi vào / Lùi ra; then the responsibility sentence, the page's own
commands (:meth:`BodyToolbar.add_command`) and Hoàn tác / Làm lại. The two groups share one row when the pane is
wide enough and stack in two rows when it is not, so no command ever hides in an overflow "»" menu.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QComboBox, QHBoxLayout, QToolBar, QWidget

from ...core.body import Run
from ...core.enums import BlockKind
from .editor import ConclusionEditor

KIND_CHOICES = [
    (BlockKind.HEADING, "Đề mục (1. in đậm)"), (BlockKind.NUMBERED, "Mục 1., 2."),
    (BlockKind.LETTERED, "Điểm a), b)"), (BlockKind.BULLET, "Gạch đầu dòng -"), (BlockKind.PARAGRAPH, "Đoạn văn"),
]
RESPONSIBILITY = "Trách nhiệm thuộc về cơ quan chủ trì là {agency}"
RESPONSIBILITY_TIP = "Chèn “(Trách nhiệm thuộc về cơ quan chủ trì là …)” in đậm nghiêng"
AgencyAsker = Callable[[], str | None]


def _font(bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _bar() -> QToolBar:
    bar = QToolBar()
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return bar


class BodyToolbar(QWidget):
    """Commands on ``editor``; ``choose_agency`` asks for the agency named in the responsibility sentence
    (None: cancelled). ``narrow`` shortens the kind box for a pane that shares the width with a preview."""

    def __init__(self, editor: ConclusionEditor, choose_agency: AgencyAsker, parent: QWidget | None = None, *,
                 narrow: bool = False) -> None:
        super().__init__(parent)
        self.editor = editor
        self._choose_agency = choose_agency
        self.kind_box = QComboBox()
        for kind, label in KIND_CHOICES:
            self.kind_box.addItem(label, kind)
        self.kind_box.setToolTip("Loại của đoạn đang chọn (Ctrl+1 … Ctrl+5)")
        if narrow:  # the open list still shows whole labels; the toolbar keeps room for its commands
            self.kind_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.kind_box.setMinimumContentsLength(9)
        self.toolbar = _bar()  # formatting, beside the kind box
        self.commands_bar = _bar()  # the sentence, the page's commands, undo / redo

        self.bold_action = self._add(self.toolbar, "Đậm", editor.toggle_bold, "Ctrl+B")
        self.bold_action.setFont(_font(bold=True))
        self.italic_action = self._add(self.toolbar, "Nghiêng", editor.toggle_italic, "Ctrl+I")
        self.italic_action.setFont(_font(italic=True))
        self.toolbar.addSeparator()
        self._add(self.toolbar, "Lùi vào", lambda: editor.change_depth(+1), "Tab")
        self._add(self.toolbar, "Lùi ra", lambda: editor.change_depth(-1), "Shift+Tab")
        self.responsibility_action = self._add(self.commands_bar, "Câu trách nhiệm…", self.insert_responsibility,
                                               tip=RESPONSIBILITY_TIP)
        self._undo_separator = self.commands_bar.addSeparator()
        self._add(self.commands_bar, "Hoàn tác", editor.undo, QKeySequence(QKeySequence.StandardKey.Undo).toString())
        self._add(self.commands_bar, "Làm lại", editor.redo, QKeySequence(QKeySequence.StandardKey.Redo).toString())

        editor.current_kind_changed.connect(self._show_kind)
        self._show_kind(editor.current_kind())  # the box always names the kind of the paragraph being typed
        self.kind_box.activated.connect(self._kind_chosen)
        self._format_row = QWidget()
        row = QHBoxLayout(self._format_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind_box)
        row.addWidget(self.toolbar)
        row.addStretch(1)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self._format_row)
        self._layout.addWidget(self.commands_bar)
        self._layout.addStretch(1)

    def actions_in_order(self) -> list[QAction]:
        """Every command (and separator) of both groups, in reading order."""
        return [*self.toolbar.actions(), *self.commands_bar.actions()]

    def one_row_width(self) -> int:
        """The width the toolbar needs to show everything in a single row."""
        return self._format_row.sizeHint().width() + self.commands_bar.sizeHint().width()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        one_row = event.size().width() >= self.one_row_width()
        direction = QBoxLayout.Direction.LeftToRight if one_row else QBoxLayout.Direction.TopToBottom
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)

    def add_command(self, text: str, slot: Callable[[], object], tip: str = "") -> QAction:
        """A page's own command, after the responsibility sentence and before undo/redo."""
        action = self._action(text, slot, "", tip)
        self.commands_bar.insertAction(self._undo_separator, action)
        return action

    def insert_responsibility(self) -> None:
        """Insert "(Trách nhiệm thuộc về cơ quan chủ trì là <agency>)" in bold italic at the cursor."""
        agency = self._choose_agency()
        if agency:
            sentence = RESPONSIBILITY.format(agency=agency)
            self.editor.insert_runs([Run("("), Run(sentence, bold=True, italic=True), Run(")")])

    # -- helpers -----------------------------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], shortcut: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setIconText(text)  # keep the "…" of a command that asks something
        action.triggered.connect(slot)
        action.setToolTip(f"{tip or text} ({shortcut})" if shortcut else tip or text)
        return action

    def _add(self, bar: QToolBar, text: str, slot: Callable[[], object], shortcut: str = "", tip: str = "") -> QAction:
        action = self._action(text, slot, shortcut, tip)
        bar.addAction(action)
        return action

    def _show_kind(self, kind: BlockKind) -> None:
        index = self.kind_box.findData(kind)
        if index >= 0:
            self.kind_box.setCurrentIndex(index)

    def _kind_chosen(self, index: int) -> None:
        self.editor.set_kind(self.kind_box.itemData(index))
        self.editor.setFocus()
