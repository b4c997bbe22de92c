"""The "Bộ tiêu chí" page: the view wired to its presenter and commands."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...context import AppContext
from ...refresh import ReloadOnChange
from ...topics import Topic
from .actions import CriteriaActions
from .presenter import CriteriaPresenter
from .view import CriteriaView


class CriteriaPage(CriteriaView):
    """The index catalogue and the versioned criteria trees; edits nodes, adds versions, imports trees. Reloads
    after its :attr:`TOPICS` change."""

    TOPICS = frozenset({Topic.CRITERIA, Topic.INDEXES, Topic.AGENCIES})
    """The index catalogue and the criteria trees with the agencies in charge."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter = CriteriaPresenter(self, context)
        self.commands = actions = CriteriaActions(context, presenter, self)
        self.set_models(presenter.index_model, presenter.tree_model)

        self.index_table.selectionModel().selectionChanged.connect(presenter.index_chosen)
        self.version_combo.currentIndexChanged.connect(presenter.version_chosen)
        self.tree.selectionModel().selectionChanged.connect(presenter.refresh_state)
        self.tree.doubleClicked.connect(actions.edit)
        self.edit_index_action.triggered.connect(actions.edit_index)
        self.add_version_action.triggered.connect(actions.add_version)
        self.import_action.triggered.connect(actions.import_file)
        self.add_field_action.triggered.connect(actions.add_field)
        self.add_child_action.triggered.connect(actions.add_child)
        self.edit_action.triggered.connect(actions.edit)
        self.delete_action.triggered.connect(actions.delete)
        # App-wide topics: reload now when shown, else on the next showing (see ui/refresh.py).
        self.reloader = ReloadOnChange(self, context.signals, self.TOPICS, lambda _changed: self.reload())
        presenter.show(None)
        self.fit_index_table()

    def reload(self) -> None:
        self.presenter.reload()
