"""Widgets of the meeting editor: a bar with Back / the save state / Soạn thông báo kết luận… / Hoàn tác thay đổi /
Lưu, the error line and the five tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from ...widgets.common import error_label, heading_label, make_action
from ...widgets.save_state import REVERT_TEXT, REVERT_TIP, SAVE_TIP, SaveStateLabel
from ...widgets.tab_focus import focus_primary_field_on_tab_change
from .attendees_view import AttendeesTab
from .conclusion_view import ConclusionTab
from .general_view import GeneralTab
from .reports_view import ReportsTab
from .tasks_view import TasksTab

GENERAL, ATTENDEES, REPORTS, CONCLUSION, TASKS = range(5)
NEW_MEETING = "Cuộc họp mới"


class MeetingEditorView(QWidget):
    """Layout only; :class:`~.editor_presenter.MeetingEditorPresenter` fills and reads it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button = QPushButton("← Danh sách cuộc họp")
        self.back_button.setToolTip("Trở về danh sách (thay đổi được lưu trước khi rời)")
        self.heading = heading_label(NEW_MEETING, 1.2)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._heading_text = NEW_MEETING
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = SaveStateLabel()
        self.notice_button = QPushButton("Soạn thông báo kết luận…")
        self.notice_button.setToolTip("Lưu cuộc họp rồi soạn dự thảo thông báo kết luận từ cuộc họp này "
                                      "và mở nó ở trang “Thông báo”")
        self.revert_button = QPushButton(REVERT_TEXT)
        self.revert_button.setToolTip(REVERT_TIP)
        self.save_action = make_action(self, "Lưu", SAVE_TIP, Qt.ShortcutContext.WindowShortcut, "Ctrl+S")
        self.addAction(self.save_action)
        self.save_button = QPushButton("Lưu")
        self.save_button.setToolTip(self.save_action.toolTip())
        self.save_button.setDefault(False)
        self.save_button.setMinimumWidth(96)
        self.error_label = error_label()

        self.general = GeneralTab()
        self.attendees = AttendeesTab()
        self.reports = ReportsTab()
        self.conclusion = ConclusionTab()
        self.tasks = TasksTab()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        focus_primary_field_on_tab_change(self.tabs)
        for widget, title in ((self.general, "Thông tin chung"), (self.attendees, "Thành phần dự"),
                              (self.reports, "Báo cáo"), (self.conclusion, "Kết luận"), (self.tasks, "Nhiệm vụ")):
            self.tabs.addTab(widget, title)

        bar = QHBoxLayout()
        bar.setSpacing(10)
        bar.addWidget(self.back_button)
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.state_label)
        bar.addWidget(self.notice_button)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)

    def set_heading(self, text: str) -> None:
        """The meeting's title, elided to the room there is; the full title is the tooltip."""
        self.heading.setToolTip(text)
        self._heading_text = text
        self._elide_heading()

    def set_tab_count(self, index: int, title: str, count: int) -> None:
        self.tabs.setTabText(index, f"{title} ({count})" if count else title)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._elide_heading()

    def _elide_heading(self) -> None:
        text = self._heading_text
        width = max(80, self.heading.width())
        self.heading.setText(self.heading.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width))
