"""Behaviour of the list of groups: loading, following the selection, Thêm nhóm / Đổi tên / Xóa.

Choosing another group (or "Thêm nhóm") first leaves the one being edited through
:meth:`GroupEditorPresenter.leave`; when the user chooses to stay, the selection goes back to it.
"""

from __future__ import annotations

from ....core.errors import CchcError
from ....core.services.recipients import GroupRow, RecipientGroupService
from ...context import AppContext
from ...models.recipient_group_model import GroupColumn, RecipientGroupModel
from ...topics import Topic
from ...widgets.empty_state import EmptyState
from ...widgets.list_selection import ListSelection
from .editor_presenter import GroupEditorPresenter
from .view import RecipientGroupsView

EMPTY = "Chưa có nhóm nơi nhận nào. Bấm “Thêm nhóm” để lập danh sách nơi nhận dùng lại cho các thông báo."

class RecipientGroupsPresenter:
    """Owns the groups model; the editor presenter edits the selected group."""

    def __init__(self, view: RecipientGroupsView, context: AppContext, editor: GroupEditorPresenter) -> None:
        self.view = view
        self.context = context
        self.editor = editor
        self.service = RecipientGroupService(context.db)
        self.model = RecipientGroupModel(view)
        self.empty_state = EmptyState(view.groups, EMPTY, view.add_action)
        self.empty_state.watch(self.model)
        self.selection = ListSelection(view.groups, self.model, self.model.row_of, self.model.group, GroupColumn.NAME)
        self._following = True  # False while the selection is changed by the presenter itself
        self._announcing = False  # True while this page's own change is being announced
        editor.saved.connect(self._saved)

    # -- reading -------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the groups again; the group being edited stays selected."""
        self.model.set_rows(self.service.list())
        self.view.set_count(self.model.rowCount())
        self._show_selected(self.editor.group_id)
        self.refresh_state()

    def external_change(self, changed: frozenset[Topic]) -> None:
        """Another part of the program changed data ; ``changed`` names the topics."""
        if Topic.AGENCIES in changed:
            self.editor.reload_agencies()
        if self._announcing or Topic.RECIPIENT_GROUPS not in changed:
            return
        self.reload()
        if self.editor.group_id is not None and not self.editor.is_dirty():
            if self.model.row_of(self.editor.group_id) is None:
                self.editor.close()
            else:
                self.editor.open_group(self.editor.group_id)

    def selected(self) -> GroupRow | None:
        return self.selection.current()

    def refresh_state(self) -> None:
        group = self.selected()
        self.view.rename_action.setEnabled(group is not None)
        self.view.delete_action.setEnabled(group is not None)

    # -- selection -----------------------------------------------------------------------------------------------
    def selection_changed(self) -> None:
        self.refresh_state()
        if not self._following:
            return
        group = self.selected()
        if group is not None and group.id == self.editor.group_id and self.editor.is_open:
            return
        if not self.editor.leave():
            self._show_selected(self.editor.group_id)
            return
        if group is None:
            self.editor.close()
        else:
            self.editor.open_group(group.id)

    def _show_selected(self, group_id: int | None) -> None:
        """Select ``group_id``'s row (or nothing) without opening it again."""
        self._following = False
        try:
            self.selection.show_only(group_id)
        finally:
            self._following = True
        self.refresh_state()

    def select(self, group_id: int) -> None:
        """Select and open a group (as a click on its row does)."""
        self.selection.select_id(group_id)

    # -- commands ------------------------------------------------------------------------------------------------
    def add(self) -> None:
        if not self.editor.leave():
            return
        self._show_selected(None)
        self.editor.start_new()
        self.context.signals.status_message.emit("Gõ tên nhóm mới, thêm các dòng nơi nhận rồi bấm “Lưu”.")

    def rename(self) -> None:
        if self.selected() is None:
            return
        self.view.editor.name_edit.setFocus()
        self.view.editor.name_edit.selectAll()
        self.context.signals.status_message.emit("Sửa tên nhóm rồi nhấn Enter hoặc bấm “Lưu”.")

    def delete(self) -> None:
        group = self.selected()
        if group is None:
            return
        question = (f"Xóa nhóm nơi nhận “{group.name}” ({group.line_count} dòng)?\n\n"
                    "Các thông báo đã soạn vẫn giữ danh sách nơi nhận của mình. Việc xóa không hoàn tác được.")
        if not self.context.prompter.confirm("Xóa nhóm nơi nhận", question, yes="Xóa"):
            return
        try:
            self.service.delete(group.id)
        except CchcError as error:
            self.context.prompter.error("Không xóa được", str(error))
            return
        position = self.model.row_of(group.id) or 0
        if self.editor.group_id == group.id:
            self.editor.close()
        self._announce(f"Đã xóa nhóm nơi nhận “{group.name}”.")
        self.reload()
        if self.model.rowCount():  # the neighbour takes the deleted group's place
            self.select(self.model.group(min(position, self.model.rowCount() - 1)).id)

    # -- helpers -------------------------------------------------------------------------------------------------
    def _saved(self, group_id: int, message: str) -> None:
        self._announce(message)
        self.reload()
        self._show_selected(group_id)

    def _announce(self, message: str) -> None:
        self._announcing = True
        try:
            self.context.signals.announce(Topic.RECIPIENT_GROUPS)
        finally:
            self._announcing = False
        self.context.signals.status_message.emit(message)
