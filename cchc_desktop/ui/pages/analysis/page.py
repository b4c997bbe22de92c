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
        self._refusal = ""
        self.presenter = presenter = AnalysisPresenter(self, context)
        self.criteria_tab.set_model(presenter.tree_model)
        self.lost_tab.set_models(presenter.agency_model, presenter.field_model)
        self.scenario_tab.set_model(presenter.scenario_model)
        self.report_button.clicked.connect(presenter.export_report)
        self.draft_tab.copy_button.clicked.connect(presenter.draft.copy)
        self.draft_tab.insert_button.clicked.connect(presenter.draft.insert_into_meeting)
        self.scenario_tab.compute_button.clicked.connect(presenter.scenario.compute)
        self.scenario_tab.clear_button.clicked.connect(presenter.scenario_model.clear_choices)
        tab, scores, stack = self.criteria_tab, presenter.scores, presenter.tree_model.undo_stack
        tab.save_action.triggered.connect(scores.save)
        tab.revert_action.triggered.connect(scores.discard)
        tab.undo_action.triggered.connect(stack.undo)
        tab.redo_action.triggered.connect(stack.redo)
        tab.import_action.triggered.connect(scores.import_file)
        tab.template_action.triggered.connect(lambda: scores.write_template(presenter.detail))
        stack.canUndoChanged.connect(tab.undo_action.setEnabled)
        stack.canRedoChanged.connect(tab.redo_action.setEnabled)
        presenter.tree_model.edited.connect(self._score_state)
        presenter.tree_model.rejected.connect(self._score_refused)
        # App-wide topics: reload now when shown, else on the next showing (see ui/refresh.py).
        self.reloader = ReloadOnChange(self, context.signals, self.TOPICS, lambda _changed: self.reload())
        presenter.reload()

    def reload(self) -> None:
        self.presenter.reload()

    def commit_pending(self) -> bool:
        """Save, drop or keep the typed scores (asked by the main window before leaving the page or closing)."""
        return self.presenter.scores.leave()

    def _score_state(self) -> None:
        if self._refusal and self.message_label.text() == self._refusal:
            self.show_message("")  # the refused value was typed again, or undone
        self._refusal = ""
        dirty = self.presenter.scores.dirty
        self.criteria_tab.save_action.setEnabled(dirty)
        self.criteria_tab.revert_action.setEnabled(dirty)
        self.criteria_tab.undo_action.setEnabled(self.presenter.tree_model.undo_stack.canUndo())
        self.criteria_tab.redo_action.setEnabled(self.presenter.tree_model.undo_stack.canRedo())

    def _score_refused(self, reason: str) -> None:
        self._refusal = reason
        self.show_message(reason)
        self.presenter.context.signals.status_message.emit(reason)
