"""The "Cơ quan, đơn vị" page: the view wired to its presenter."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...context import AppContext
from ...refresh import ReloadOnChange
from ...topics import Topic
from ...widgets.page_actions import connect_list
from .presenter import AgenciesPresenter
from .view import AgenciesView


class AgenciesPage(AgenciesView):
    """Lists, searches and edits the agencies catalogue. Reloads after its :attr:`TOPICS` change."""

    TOPICS = frozenset({Topic.AGENCIES, Topic.TASKS, Topic.PLANS, Topic.MEETINGS})
    """Agencies with their task counts (tasks come from plans and meetings too)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter = AgenciesPresenter(self, context)
        self.set_model(presenter.proxy)

        self.add_action.triggered.connect(presenter.add)
        self.edit_action.triggered.connect(presenter.edit)
        self.toggle_action.triggered.connect(presenter.toggle_active)
        self.delete_action.triggered.connect(presenter.delete)
        self.find_action.triggered.connect(presenter.focus_search)
        self.table.doubleClicked.connect(presenter.edit)
        connect_list(self.table, self.search_edit, presenter)
        self.kind_combo.currentIndexChanged.connect(presenter.set_kind)
        self.inactive_check.toggled.connect(presenter.set_show_inactive)
        # App-wide topics: reload now when shown, else on the next showing (see ui/refresh.py).
        self.reloader = ReloadOnChange(self, context.signals, self.TOPICS, lambda _changed: self.reload())
        presenter.reload()

    def reload(self) -> None:
        self.presenter.reload()
