"""Behaviour of the plans page: loading, filtering, selection and the add / edit / delete / assign commands."""

from __future__ import annotations

from ....core.enums import PlanKind
from ....core.errors import CchcError
from ....core.services.plans import PlanRow, PlanService
from ...context import AppContext
from ...models.plan_filter_proxy import PlanFilterProxy
from ...models.plan_table_model import Column, PlanTableModel
from ...topics import Topic
from ...widgets.empty_state import EmptyState
from ...widgets.field_errors import focus_field
from ...widgets.list_selection import ListSelection
from . import task_links
from .editor import PlanEditor
from .view import PlansView

EMPTY = ("Chưa có kế hoạch, nghị quyết nào. Bấm “Thêm” để ghi kế hoạch, nghị quyết đầu tiên cùng các chỉ tiêu "
         "của nó, rồi giao nhiệm vụ thực hiện.")


class PlansPresenter:
    """Owns the table model and proxy; every change goes through :class:`PlanService` (or the editor, which uses
    it too)."""

    def __init__(self, view: PlansView, context: AppContext) -> None:
        self.view = view
        self.context = context
        self.service = PlanService(context.db)
        self.model = PlanTableModel(view)
        self.proxy = PlanFilterProxy(self.model, view)
        self.empty_state = EmptyState(view.table, EMPTY, view.add_action)
        self.empty_state.watch(self.model)
        self.selection = ListSelection(view.table, self.proxy, self.model.row_of, self.model.plan, Column.REFERENCE)

    # -- reading ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the list again, keeping the selection (or its position, when the selected row went away)."""
        kept = self.selection.remember()
        self.model.set_rows(self.service.list())
        self.selection.restore(kept)
        self.refresh_state()

    def selected(self) -> PlanRow | None:
        return self.selection.current()

    def select(self, plan_id: int) -> bool:
        """Select the plan's row if the filters show it; True when selected."""
        return self.selection.select_id(plan_id)

    def select_first(self) -> None:
        """Select the first row shown when nothing is selected, so Enter opens it at once."""
        self.selection.select_first_if_none()

    def refresh_state(self) -> None:
        """Update the row count and which commands apply to the selection."""
        self.view.set_count(self.proxy.rowCount(), self.model.rowCount())
        chosen = self.selected() is not None
        for action in (self.view.edit_action, self.view.delete_action, self.view.assign_action):
            action.setEnabled(chosen)

    # -- filters ---------------------------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        self.proxy.set_search(text)

    def set_kind(self, combo_index: int) -> None:
        value = self.view.kind_combo.itemData(combo_index)
        self.proxy.set_kind(PlanKind(value) if value else None)

    def focus_search(self) -> None:
        focus_field(self.view.search_edit)

    def focus_results(self) -> None:
        """Move from the search box to the list, selecting the first row when nothing is selected."""
        self.select_first()
        self.view.table.setFocus()

    # -- commands --------------------------------------------------------------------------------------------
    def add(self) -> None:
        self._open_editor(None)

    def edit(self) -> None:
        plan = self.selected()
        if plan is not None:
            self._open_editor(plan.id)

    def delete(self) -> None:
        plan = self.selected()
        if plan is None or not self._confirm_delete(plan):
            return
        try:
            self.service.delete(plan.id)
        except CchcError as error:
            self.context.prompter.error("Không xóa được", str(error))
            return
        self.context.signals.announce(Topic.PLANS)
        self.context.signals.status_message.emit(f"Đã xóa {plan.display_name}.")

    def assign_task(self) -> None:
        plan = self.selected()
        if plan is not None:
            reference = task_links.source_reference(plan.kind, plan.reference, plan.issued_on, plan.issuer)
            task_links.assign_task(self.context, self.view, plan.id, reference)

    def editors(self) -> list[PlanEditor]:
        """The editors open on this page (at most one: they are window-modal)."""
        return [editor for editor in self.view.findChildren(PlanEditor) if editor.isVisible()]

    # -- helpers ---------------------------------------------------------------------------------------------
    def _confirm_delete(self, plan: PlanRow) -> bool:
        targets = f"{plan.targets_total} chỉ tiêu của văn bản cũng bị xóa. " if plan.targets_total else ""
        question = f"Xóa {plan.display_name}?\n\n“{plan.title}”\n\n{targets}Việc xóa không hoàn tác được."
        return self.context.prompter.confirm("Xóa kế hoạch, nghị quyết", question, yes="Xóa")

    def _open_editor(self, plan_id: int | None) -> None:
        editor = PlanEditor(self.context, plan_id, self.view)
        editor.saved.connect(self._saved)
        editor.open()

    def _saved(self, plan_id: int) -> None:
        """The editor has stored the plan and announced the change; tell the user and show the row."""
        if not self.select(plan_id):
            self.view.search_edit.clear()
            self.view.kind_combo.setCurrentIndex(0)
            self.select(plan_id)
        row = self.model.row_of(plan_id)
        if row is not None:
            self.context.signals.status_message.emit(f"Đã lưu {self.model.plan(row).display_name}.")
