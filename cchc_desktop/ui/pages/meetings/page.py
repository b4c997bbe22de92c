"""The "Cuộc họp, kết luận" page: the meetings list and, in its place, the editor of one meeting.

The editor replaces the list (rather than sitting beside it) so the conclusion has the page's full width; the
"← Danh sách cuộc họp" button goes back, saving first (see :mod:`.editor_presenter`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ...context import AppContext
from ...refresh import ReloadOnChange
from ...topics import ALL_TOPICS, Topic
from ...widgets.page_actions import connect_list
from .editor_presenter import MeetingEditorPresenter
from .editor_view import MeetingEditorView
from .list_presenter import MeetingListPresenter
from .list_view import MeetingListView


class MeetingsPage(QWidget):
    """Lists, searches, adds, opens and deletes meetings. Reloads after its :attr:`TOPICS` change."""

    TOPICS = frozenset({Topic.MEETINGS, Topic.TASKS, Topic.PEOPLE, Topic.AGENCIES, Topic.NOTICES, Topic.ISSUING_BODIES})
    """Meetings with their task counts; the open editor's people, agencies, tasks and notices."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_view = MeetingListView()
        self.editor_view = MeetingEditorView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.editor_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.list = presenter = MeetingListPresenter(self.list_view, context, self.open_meeting)
        self.editor = MeetingEditorPresenter(self.editor_view, context, self.show_list)
        view = self.list_view
        view.set_model(presenter.proxy)
        view.add_action.triggered.connect(presenter.add)
        view.open_action.triggered.connect(presenter.open_selected)
        view.delete_action.triggered.connect(presenter.delete)
        view.find_action.triggered.connect(presenter.focus_search)
        view.table.doubleClicked.connect(presenter.open_selected)
        connect_list(view.table, view.search_edit, presenter)
        view.year_combo.currentIndexChanged.connect(presenter.set_year)
        view.kind_combo.currentIndexChanged.connect(presenter.set_kind)
        # App-wide topics: reload now when shown, else on the next showing (see ui/refresh.py).
        self.reloader = ReloadOnChange(self, context.signals, self.TOPICS, self.reload)
        presenter.reload()

    def editing(self) -> bool:
        return self.stack.currentWidget() is self.editor_view

    def open_meeting(self, meeting_id: int | None) -> None:
        """Show the editor for a stored meeting, or for a new one (None)."""
        self.editor.load(meeting_id)
        self.stack.setCurrentWidget(self.editor_view)

    def show_list(self, meeting_id: int | None = None) -> None:
        self.stack.setCurrentWidget(self.list_view)
        if meeting_id is not None:
            self.list.show_meeting(meeting_id)
        self.list_view.table.setFocus()

    def show_home(self) -> None:
        """Back to the list (its navigation entry clicked again; the main window has saved the edits first)."""
        if self.editing():
            self.show_list(self.editor.meeting_id)

    def commit_pending(self) -> bool:
        """Save the open meeting's edits (asked by the main window before leaving the page or closing)."""
        if not self.editing():
            return True
        kept = self.editor.leave()
        if kept and self.editor.meeting_id is None:
            self.show_list()
        return kept

    def reload(self, changed: frozenset[Topic] = ALL_TOPICS) -> None:
        self.list.reload()
        if self.editing():
            self.editor.external_change(changed)
