"""The "Tổng quan" page: the view wired to its presenter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...context import AppContext
from ...models.task_overview_models import DAYS_COLUMN, DUE_COLUMN, OVERDUE_COUNT_COLUMN, TITLE_COLUMN
from ...refresh import ReloadOnChange
from ...topics import Topic
from .presenter import OverviewPresenter
from .view import OverviewView


class OverviewPage(OverviewView):
    """What is overdue, what falls due soon, and the counts by lead agency and status; reloads after its :attr:`TOPICS`.

    ``today`` gives the reference date (tests pass a fixed one; the attribute may be replaced, then :meth:`reload`).
    """

    TOPICS = frozenset({Topic.TASKS, Topic.AGENCIES, Topic.PLANS, Topic.MEETINGS, Topic.CRITERIA, Topic.INDEXES,
                        Topic.SETTINGS})
    """Tasks with their lead agencies and sources."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.today = today
        self.presenter = presenter = OverviewPresenter(self, context, lambda: self.today())
        self.overdue.set_model(presenter.overdue_proxy, TITLE_COLUMN, DAYS_COLUMN, Qt.SortOrder.AscendingOrder)
        self.due_soon.set_model(presenter.due_soon_proxy, TITLE_COLUMN, DUE_COLUMN)
        # Most overdue first; ties keep the service's order (most unfinished, then by name).
        self.by_agency.set_model(presenter.agency_proxy, 0, OVERDUE_COUNT_COLUMN, Qt.SortOrder.DescendingOrder)

        self.overdue.table.doubleClicked.connect(presenter.open_task)
        self.due_soon.table.doubleClicked.connect(presenter.open_task)
        self.by_agency.table.doubleClicked.connect(presenter.open_agency)
        self.open_task_action.triggered.connect(presenter.open_current_task)
        self.open_agency_action.triggered.connect(presenter.open_current_agency)
        self.horizon_spin.valueChanged.connect(presenter.reload)
        self.start_panel.setup_button.clicked.connect(presenter.first_start)
        self.start_panel.meeting_button.clicked.connect(presenter.add_meeting)
        self.start_panel.task_button.clicked.connect(presenter.add_task)
        for caption, card in self.cards.items():
            card.activated.connect(lambda c=caption: presenter.open_figure(c))
        # App-wide topics: reload now when shown, else on the next showing (see ui/refresh.py).
        self.reloader = ReloadOnChange(self, context.signals, self.TOPICS, lambda _changed: self.reload())
        presenter.reload()

    def reload(self) -> None:
        self.presenter.reload()
