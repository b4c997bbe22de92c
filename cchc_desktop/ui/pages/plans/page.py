"""The "Kế hoạch, nghị quyết" page: the view wired to its presenter."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...context import AppContext
from ...refresh import ReloadOnChange
from ...topics import Topic
from ...widgets.page_actions import connect_list
from .presenter import PlansPresenter
from .view import PlansView


class PlansPage(PlansView):
    """Lists, searches and edits plans and resolutions. Reloads after its :attr:`TOPICS` change
    (a task assigned elsewhere changes a plan's task count)."""

    TOPICS = frozenset({Topic.PLANS, Topic.TASKS, Topic.AGENCIES, Topic.MEETINGS})
    """Plans with their task counts; the assign dialog offers agencies."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter = PlansPresenter(self, context)
        self.set_model(presenter.proxy)

        self.add_action.triggered.connect(presenter.add)
        self.edit_action.triggered.connect(presenter.edit)
        self.delete_action.triggered.connect(presenter.delete)
        self.assign_action.triggered.connect(presenter.assign_task)
        self.find_action.triggered.connect(presenter.focus_search)
        self.table.doubleClicked.connect(presenter.edit)
        connect_list(self.table, self.search_edit, presenter)
        self.kind_combo.currentIndexChanged.connect(presenter.set_kind)
        # App-wide topics: reload now when shown, else on the next showing (see ui/refresh.py).
        self.reloader = ReloadOnChange(self, context.signals, self.TOPICS, lambda _changed: self.reload())
        presenter.reload()
        presenter.select_first()

    def reload(self) -> None:
        self.presenter.reload()

    def commit_pending(self) -> bool:
        """Save the edits of an open plan editor; False when they could not be saved (the editor says why)."""
        return all(editor.commit() for editor in self.presenter.editors())
