"""The "Kết quả chỉ số" page: the view wired to its presenter and the import command."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ...context import AppContext
from .import_actions import ResultImporter
from .presenter import ResultsPresenter
from .view import ResultsView


class ResultsPage(ResultsView):
    """Shows an index's table of one year and a province's history; imports tables. Reloads whenever
    :attr:`AppSignals.data_changed` fires. ``today`` gives the year the import dialog guesses from."""

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
        # App-wide signal: connected to a method of this widget so Qt disconnects it when the page is destroyed.
        context.signals.data_changed.connect(self.reload)
        presenter.show_table(None, None)

    def reload(self) -> None:
        self.presenter.reload()
