"""The "Phân tích, kịch bản" page: the view wired to its presenter."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...context import AppContext
from ...refresh import ReloadOnChange
from ...topics import Topic
from .presenter import AnalysisPresenter
from .view import AnalysisView


class AnalysisPage(AnalysisView):
    """Analyses the own province's result of one index and year. Reloads after its :attr:`TOPICS` change."""

    TOPICS = frozenset({Topic.RESULTS, Topic.INDEXES, Topic.CRITERIA, Topic.AGENCIES, Topic.SETTINGS})
    """The own province's results against the criteria and the agencies in charge (not meetings: text inserted
    into a conclusion from this page changes nothing shown here)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter = AnalysisPresenter(self, context)
        self.criteria_tab.set_model(presenter.tree_model)
        self.lost_tab.set_models(presenter.agency_model, presenter.field_model)
        self.scenario_tab.set_model(presenter.scenario_model)
        self.report_button.clicked.connect(presenter.export_report)
        self.draft_tab.copy_button.clicked.connect(presenter.draft.copy)
        self.draft_tab.insert_button.clicked.connect(presenter.draft.insert_into_meeting)
        self.scenario_tab.compute_button.clicked.connect(presenter.scenario.compute)
        self.scenario_tab.clear_button.clicked.connect(presenter.scenario_model.clear_choices)
        # App-wide topics: reload now when shown, else on the next showing (see ui/refresh.py).
        self.reloader = ReloadOnChange(self, context.signals, self.TOPICS, lambda _changed: self.reload())
        presenter.reload()

    def reload(self) -> None:
        self.presenter.reload()
