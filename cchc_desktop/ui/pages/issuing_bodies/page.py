"""The "Cơ quan ban hành" page: the views wired to their presenters."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...context import AppContext
from ...refresh import ReloadOnChange
from ...topics import ALL_TOPICS, Topic
from .editor_presenter import BodyEditorPresenter
from .presenter import IssuingBodiesPresenter
from .view import IssuingBodiesView


class IssuingBodiesPage(IssuingBodiesView):
    """Lists the issuing bodies and edits the selected one. Reloads after its :attr:`TOPICS` change."""

    TOPICS = frozenset({Topic.ISSUING_BODIES, Topic.AGENCIES, Topic.PEOPLE})
    """The bodies, and the agencies and signers the editor offers."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        editor_view = self.editor
        self.editor_presenter = editor = BodyEditorPresenter(editor_view, context)
        self.presenter = presenter = IssuingBodiesPresenter(self, context, editor)
        self.set_bodies_model(presenter.model)
        self.addAction(editor_view.save_action)  # Ctrl+S also while the list has the focus

        self.add_action.triggered.connect(presenter.add)
        self.active_action.triggered.connect(presenter.toggle_active)
        self.delete_action.triggered.connect(presenter.delete)
        self.bodies.selectionModel().selectionChanged.connect(presenter.selection_changed)

        editor_view.save_action.triggered.connect(editor.save)
        editor_view.revert_action.triggered.connect(editor.revert)
        editor_view.name_edit.returnPressed.connect(editor.save)
        editor_view.add_person_button.clicked.connect(editor.add_person)
        for edit in (editor_view.name_edit, editor_view.parent_edit, editor_view.symbol_edit, editor_view.place_edit,
                     editor_view.signer_title_edit, editor_view.archive_edit):
            edit.textChanged.connect(editor.edited)
        editor_view.body_lines_edit.textChanged.connect(editor.edited)
        editor_view.authority_combo.currentTextChanged.connect(editor.edited)
        editor_view.signer_combo.currentIndexChanged.connect(editor.edited)
        editor_view.agency_combo.currentTextChanged.connect(editor.edited)

        # App-wide topics: reload now when shown, else on the next showing (see ui/refresh.py).
        self.reloader = ReloadOnChange(self, context.signals, self.TOPICS, self.reload)
        editor.reload_people()
        editor.reload_agencies()
        presenter.reload()
        editor.close()
        if presenter.rows:
            presenter.select(presenter.rows[0].id)

    def reload(self, changed: frozenset[Topic] = ALL_TOPICS) -> None:
        self.presenter.external_change(changed)

    def commit_pending(self) -> bool:
        """Save the body being edited (asked by the main window before leaving the page or closing)."""
        return self.editor_presenter.leave()
