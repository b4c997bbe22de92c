"""The "Kết luận" tab: the conclusion editor once the meeting is saved, an explanation before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ...widgets.common import hint_label

UNSAVED = (
    "Hãy lưu cuộc họp (Ctrl+S) trước khi nhập kết luận: kết luận và các nhiệm vụ giao từ kết luận được gắn với "
    "cuộc họp đã lưu."
)


class ConclusionTab(QStackedWidget):
    """Holds the :class:`ConclusionPanel` the presenter builds (see :meth:`install`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unsaved_note = hint_label(UNSAVED)
        self.unsaved_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.panel_page = QWidget()
        self._panel_layout = QVBoxLayout(self.panel_page)
        self._panel_layout.setContentsMargins(8, 8, 8, 8)
        self.addWidget(self.unsaved_note)
        self.addWidget(self.panel_page)

    def install(self, panel: QWidget) -> None:
        self._panel_layout.addWidget(panel)

    def show_panel(self, shown: bool) -> None:
        self.setCurrentIndex(1 if shown else 0)
