"""The notice editor: the form in tabs on the left, the live preview on the right (layout only).

Behaviour is in :mod:`.editor_presenter`; the questions the widgets ask (which group, which agency) go through
:class:`Askers`, which the presenter fills in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...widgets.common import command_button, error_label, heading_label, make_action
from ...widgets.save_state import REVERT_TEXT, REVERT_TIP, SAVE_TIP, SaveStateLabel
from ...widgets.tab_focus import focus_primary_field_on_tab_change
from .attachments_editor import AttachmentsEditor
from .body_panel import NoticeBodyPanel
from .general_view import GeneralView
from .preview import NoticePreview
from .recipients_editor import RecipientsEditor
from .widgets import BANNER_STYLE, READ_ONLY_STYLE

GENERAL, BODY, RECIPIENTS, ATTACHMENTS = range(4)


def _nothing() -> None:
    return None


@dataclass
class Askers:
    """Modal questions of the editor's widgets (replaced by the presenter, and by tests)."""

    responsibility_agency: Callable[[], str | None] = field(default=_nothing)
    group_lines: Callable[[], list[str] | None] = field(default=_nothing)
    recipient_agency: Callable[[], str | None] = field(default=_nothing)


class NoticeEditorView(QWidget):
    """``changed`` fires on every edit of any part of the notice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.askers = Askers()
        self.back_button = QPushButton("← Danh sách thông báo")
        self.back_button.setToolTip("Lưu và trở về danh sách thông báo")
        self.heading = heading_label("", 1.2)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = SaveStateLabel()

        window = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.save_action = make_action(self, "Lưu", SAVE_TIP, window, "Ctrl+S")
        self.revert_action = make_action(self, REVERT_TEXT, REVERT_TIP, window)
        self.issue_action = make_action(self, "Ban hành…", "Cấp số trong sổ văn bản đi và ban hành", window)
        self.new_version_action = make_action(self, "Tạo phiên bản mới",
                                              "Tạo dự thảo mới từ thông báo đã ban hành để sửa", window)
        self.print_action = make_action(self, "In…", "In thông báo như bản xem trước (Ctrl+P)", window, "Ctrl+P")
        self.pdf_action = make_action(self, "Lưu PDF…", "Lưu thông báo thành tệp PDF", window)
        self.docx_action = make_action(self, "Lưu Word (.docx)…", "Lưu thành tệp Word để hoàn thiện tiếp", window)
        self.addActions([self.save_action, self.print_action])

        self.banner = QFrame()
        self.banner.setObjectName("issuedBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.banner_button = QToolButton()
        self.banner_button.setDefaultAction(self.new_version_action)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.banner_button)
        self.banner.hide()
        self.error_label = error_label(selectable=True)
        self.glyph_label = error_label(selectable=True)  # characters the PDF fonts cannot draw (not an error)

        self.general = GeneralView()
        self.body = NoticeBodyPanel(lambda: self.askers.responsibility_agency())
        self.recipients = RecipientsEditor(lambda: self.askers.group_lines(), lambda: self.askers.recipient_agency())
        self.attachments = AttachmentsEditor(lambda: self.askers.responsibility_agency())
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        focus_primary_field_on_tab_change(self.tabs)
        self.tabs.addTab(self.general, "Thông tin chung")
        self.tabs.addTab(self.body, "Nội dung")
        self.tabs.addTab(self.recipients, "Nơi nhận")
        self.tabs.addTab(self.attachments, "Phụ lục")
        self.preview = NoticePreview()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([400, 500])  # the preview gets the larger share: a page must stay legible
        self.splitter.setChildrenCollapsible(False)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        commands = QHBoxLayout()
        self.save_button = command_button(self.save_action)
        self.issue_button = command_button(self.issue_action)
        self.revert_button = command_button(self.revert_action)
        commands.addWidget(self.save_button)
        commands.addWidget(self.revert_button)
        commands.addWidget(self.issue_button)  # "Tạo phiên bản mới" sits in the banner of an issued notice
        commands.addSpacing(16)
        for action in (self.print_action, self.pdf_action, self.docx_action):
            commands.addWidget(command_button(action))
        commands.addStretch(1)
        commands.addWidget(self.state_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(commands)
        layout.addWidget(self.banner)
        layout.addWidget(self.error_label)
        layout.addWidget(self.glyph_label)
        layout.addWidget(self.splitter, 1)

        for part in (self.general, self.body, self.recipients, self.attachments):
            part.changed.connect(self.changed)

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)
        self.heading.setToolTip(text)

    def set_tab_count(self, tab: int, label: str, count: int) -> None:
        self.tabs.setTabText(tab, f"{label} ({count})" if count else label)

    def set_read_only(self, read_only: bool) -> None:
        """An issued notice: fields locked, the banner explains why, save and issue give way to it."""
        for part in (self.general, self.body, self.recipients, self.attachments):
            part.set_read_only(read_only)
        self.save_button.setVisible(not read_only)
        self.revert_button.setVisible(not read_only)
        self.state_label.setVisible(not read_only)
        self.issue_button.setVisible(not read_only)
        self.banner.setVisible(read_only)
        self.tabs.setStyleSheet(READ_ONLY_STYLE if read_only else "")
