"""The "Thông báo" page: the notices list and, in its place, the editor of one notice with its live preview.

The editor replaces the list (rather than sitting beside it) so the form and the preview share the page's full
width; "← Danh sách thông báo" goes back, saving first (see :mod:`.editor_presenter`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ....core.errors import CchcError
from ...context import AppContext
from ...refresh import ReloadOnChange
from ...topics import ALL_TOPICS, Topic
from ...widgets.page_actions import connect_list
from .editor_presenter import NoticeEditorPresenter
from .editor_view import NoticeEditorView
from .list_presenter import NoticeListPresenter
from .list_view import NoticeListView


class NoticesPage(QWidget):
    """Lists, drafts, opens, issues and deletes notices. Reloads after its :attr:`TOPICS` change."""

    TOPICS = frozenset({
        Topic.NOTICES, Topic.REGISTER, Topic.MEETINGS, Topic.ISSUING_BODIES, Topic.PEOPLE, Topic.AGENCIES,
        Topic.RECIPIENT_GROUPS, Topic.SETTINGS,
    })
    """Notices; the open editor's bodies, signers, agencies, groups and drafter initials."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.list_view = NoticeListView()
        self.editor_view = NoticeEditorView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.editor_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.list = presenter = NoticeListPresenter(self.list_view, context, self.open_notice)
        self.editor = NoticeEditorPresenter(self.editor_view, context, self.show_list)
        view = self.list_view
        view.set_model(presenter.proxy)
        view.from_meeting_action.triggered.connect(presenter.draft_from_meeting)
        view.new_action.triggered.connect(presenter.new_notice)
        view.open_action.triggered.connect(presenter.open_selected)
        view.delete_action.triggered.connect(presenter.delete)
        view.issue_action.triggered.connect(presenter.issue)
        view.new_version_action.triggered.connect(presenter.new_version)
        view.find_action.triggered.connect(presenter.focus_search)
        view.table.doubleClicked.connect(presenter.open_selected)
        connect_list(view.table, view.search_edit, presenter)
        view.status_combo.currentIndexChanged.connect(presenter.set_status)
        # App-wide topics: reload now when shown, else on the next showing (see ui/refresh.py).
        self.reloader = ReloadOnChange(self, context.signals, self.TOPICS, self.reload)
        presenter.reload()

    def editing(self) -> bool:
        return self.stack.currentWidget() is self.editor_view

    def open_notice(self, notice_id: int | None) -> bool:
        """Show the editor for a stored notice, or for a new one (None); False when the open notice's edits
        could not be kept (the clerk chose to stay) or the notice cannot be opened."""
        if self.editing() and not self.editor.leave():
            return False
        try:
            self.editor.load(notice_id)
        except CchcError as error:
            self.context.prompter.error("Không mở được thông báo", str(error))
            self.show_list()
            return False
        self.stack.setCurrentWidget(self.editor_view)
        return True

    def show_list(self, notice_id: int | None = None) -> None:
        self.stack.setCurrentWidget(self.list_view)
        if notice_id is not None:
            self.list.show_notice(notice_id)
        self.list_view.table.setFocus()

    def show_home(self) -> None:
        """Back to the list (its navigation entry clicked again; the main window has saved the edits first)."""
        if self.editing():
            self.show_list(self.editor.notice_id)

    def commit_pending(self) -> bool:
        """Save the open notice's edits (asked by the main window before leaving the page or closing)."""
        return not self.editing() or self.editor.leave()

    def reload(self, changed: frozenset[Topic] = ALL_TOPICS) -> None:
        self.list.reload()
        if self.editing() and changed - {Topic.NOTICES}:  # its own autosaves change nothing it offers
            self.editor.external_change(changed)
