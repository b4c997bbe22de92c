"""Behaviour of the plans page: loading, filtering, selection and the add / edit / delete / assign commands."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from ....core.enums import PlanKind
from ....core.errors import CchcError
from ....core.services.plans import PlanRow, PlanService
from ...context import AppContext
from ...models.plan_filter_proxy import PlanFilterProxy
from ...models.plan_table_model import Column, PlanTableModel
from ...topics import Topic
from . import task_links
from .editor import PlanEditor
from .view import PlansView


class PlansPresenter:
    """Owns the table model and proxy; every change goes through :class:`PlanService` (or the editor, which uses
    it too)."""

    def __init__(self, view: PlansView, context: AppContext) -> None:
        self.view = view
        self.context = context
        self.service = PlanService(context.db)
        self.model = PlanTableModel(view)
        self.proxy = PlanFilterProxy(self.model, view)

    # -- reading ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the list again, keeping the selection (or its position, when the selected row went away)."""
        kept = self.selected()
        position = self._selected_proxy_row()
        self.model.set_rows(self.service.list())
        if not (kept and self.select(kept.id)) and position is not None and self.proxy.rowCount():
            self._select_proxy_row(min(position, self.proxy.rowCount() - 1))
        self.refresh_state()

    def selected(self) -> PlanRow | None:
        row = self._selected_proxy_row()
        return None if row is None else self.model.plan(self.proxy.mapToSource(self.proxy.index(row, 0)).row())

    def select(self, plan_id: int) -> bool:
        """Select the plan's row if the filters show it; True when selected."""
        source_row = self.model.row_of(plan_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self._select_proxy_row(index.row())
        return True

    def select_first(self) -> None:
        """Select the first row shown when nothing is selected, so Enter opens it at once."""
        if self.selected() is None and self.proxy.rowCount():
            self._select_proxy_row(0)

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
        self.view.search_edit.setFocus()
        self.view.search_edit.selectAll()

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

    def _selected_proxy_row(self) -> int | None:
        model = self.view.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return rows[0].row() if rows else None

    def _select_proxy_row(self, row: int) -> None:
        index = self.proxy.index(row, Column.REFERENCE)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.table.selectionModel().setCurrentIndex(index, flags)
        self.view.table.scrollTo(index)
