"""The "Nhóm nơi nhận" page: the views wired to their presenters."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...context import AppContext
from ...refresh import ReloadOnChange
from ...topics import ALL_TOPICS, Topic
from .editor_presenter import GroupEditorPresenter
from .presenter import RecipientGroupsPresenter
from .view import RecipientGroupsView


class RecipientGroupsPage(RecipientGroupsView):
    """Lists the recipient groups and edits the selected one. Reloads after its :attr:`TOPICS` change."""

    TOPICS = frozenset({Topic.RECIPIENT_GROUPS, Topic.AGENCIES})
    """The groups, and the agencies the editor offers."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        editor_view = self.editor
        self.editor_presenter = editor = GroupEditorPresenter(editor_view, context)
        self.presenter = presenter = RecipientGroupsPresenter(self, context, editor)
        self.set_groups_model(presenter.model)
        editor_view.set_lines_model(editor.model)
        self.addAction(editor_view.save_action)  # Ctrl+S also while the list of groups has the focus

        self.add_action.triggered.connect(presenter.add)
        self.rename_action.triggered.connect(presenter.rename)
        self.delete_action.triggered.connect(presenter.delete)
        self.groups.selectionModel().selectionChanged.connect(presenter.selection_changed)

        editor_view.save_action.triggered.connect(editor.save)
        editor_view.revert_action.triggered.connect(editor.revert)
        editor_view.name_edit.returnPressed.connect(editor.save)
        editor_view.name_edit.textChanged.connect(editor.edited)
        editor_view.notes_edit.textChanged.connect(editor.edited)
        editor_view.new_line_edit.textChanged.connect(editor.refresh_state)
        editor_view.new_line_edit.returnPressed.connect(editor.add_typed_line)
        editor_view.add_line_action.triggered.connect(editor.add_typed_line)
        editor_view.add_agency_action.triggered.connect(editor.add_agency_line)
        editor_view.up_action.triggered.connect(lambda: editor.move(-1))
        editor_view.down_action.triggered.connect(lambda: editor.move(+1))
        editor_view.remove_action.triggered.connect(editor.remove)
        editor_view.undo_action.triggered.connect(editor.model.undo_stack.undo)
        editor_view.redo_action.triggered.connect(editor.model.undo_stack.redo)
        editor_view.marker_check.toggled.connect(editor.set_report_marker)
        editor_view.table.selectionModel().selectionChanged.connect(editor.refresh_state)
        editor.model.lines_changed.connect(editor.edited)
        editor.model.row_touched.connect(editor.select_row)
        editor.model.undo_stack.indexChanged.connect(editor.refresh_state)

        # App-wide topics: reload now when shown, else on the next showing (see ui/refresh.py).
        self.reloader = ReloadOnChange(self, context.signals, self.TOPICS, self.reload)
        editor.reload_agencies()
        presenter.reload()
        editor.close()
        if presenter.model.rowCount():
            presenter.select(presenter.model.group(0).id)

    def reload(self, changed: frozenset[Topic] = ALL_TOPICS) -> None:
        self.presenter.external_change(changed)

    def commit_pending(self) -> bool:
        """Save the group being edited (asked by the main window before leaving the page or closing)."""
        return self.editor_presenter.leave()
