"""The "Kết quả chỉ số" page: the view wired to its presenter and the import command."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ...context import AppContext
from ...refresh import ReloadOnChange
from ...topics import Topic
from .import_actions import ResultImporter
from .presenter import ResultsPresenter
from .view import ResultsView


class ResultsPage(ResultsView):
    """Shows an index's table of one year and a province's history; imports tables. Reloads after
    its :attr:`TOPICS` change. ``today`` gives the year the import dialog guesses from."""

    TOPICS = frozenset({Topic.RESULTS, Topic.INDEXES, Topic.CRITERIA, Topic.SETTINGS})
    """Result tables of the indexes; the own province is highlighted."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.presenter = presenter = ResultsPresenter(self, context)
        self.importer = importer = ResultImporter(context, presenter, self, today)
        self.set_models(presenter.proxy, presenter.history_model)

        self.index_combo.currentIndexChanged.connect(presenter.index_chosen)
        self.year_combo.currentIndexChanged.connect(presenter.year_chosen)
        self.search_edit.textChanged.connect(presenter.set_search)
        self.find_action.triggered.connect(presenter.focus_search)
        self.import_action.triggered.connect(importer.start)
        self.table.selectionModel().selectionChanged.connect(presenter.selection_changed)
        # App-wide topics: reload now when shown, else on the next showing (see ui/refresh.py).
        self.reloader = ReloadOnChange(self, context.signals, self.TOPICS, lambda _changed: self.reload())
        presenter.show_table(None, None)

    def reload(self) -> None:
        self.presenter.reload()
