"""Behaviour of the agencies page: loading, filtering, selection and the add / edit / deactivate / delete commands."""

from __future__ import annotations

from ....core.enums import AgencyKind
from ....core.errors import CchcError
from ....core.services.agencies import AgencyInput, AgencyRow, AgencyService
from ...context import AppContext
from ...dialogs.agency_dialog import AgencyDialog, SaveFunction
from ...models.agency_filter_proxy import AgencyFilterProxy
from ...models.agency_table_model import AgencyTableModel, Column
from ...topics import Topic
from ...widgets.empty_state import EmptyState
from ...widgets.field_errors import focus_field
from ...widgets.list_selection import ListSelection
from .view import DEACTIVATE, REACTIVATE, AgenciesView

EMPTY = "Danh mục cơ quan, đơn vị đang trống. Bấm “Thêm” để thêm sở, ban, ngành hay xã, phường đầu tiên."

class AgenciesPresenter:
    """Owns the table model and proxy; every change goes through :class:`AgencyService`."""

    def __init__(self, view: AgenciesView, context: AppContext) -> None:
        self.view = view
        self.context = context
        self.service = AgencyService(context.db)
        self.model = AgencyTableModel(view)
        self.empty_state = EmptyState(view.table, EMPTY, view.add_action)
        self.empty_state.watch(self.model)
        self.proxy = AgencyFilterProxy(self.model, view)
        self.selection = ListSelection(view.table, self.proxy, self.model.row_of, self.model.agency, Column.NAME)

    # -- reading ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the list again, keeping the selection (or its position, when the selected row went away)."""
        kept = self.selection.remember()
        self.model.set_rows(self.service.list())
        self.selection.restore(kept)
        self.refresh_state()

    def selected(self) -> AgencyRow | None:
        return self.selection.current()

    def select(self, agency_id: int) -> bool:
        """Select the agency's row if the filters show it; True when selected."""
        return self.selection.select_id(agency_id)

    def refresh_state(self) -> None:
        """Update the row count and which commands apply to the selection."""
        self.view.set_count(self.proxy.rowCount(), self.model.rowCount())
        agency = self.selected()
        for action in (self.view.edit_action, self.view.toggle_action, self.view.delete_action):
            action.setEnabled(agency is not None)
        self.view.toggle_action.setText(REACTIVATE if agency and not agency.active else DEACTIVATE)

    # -- filters ---------------------------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        self.proxy.set_search(text)

    def set_kind(self, combo_index: int) -> None:
        value = self.view.kind_combo.itemData(combo_index)
        self.proxy.set_kind(AgencyKind(value) if value else None)

    def set_show_inactive(self, show: bool) -> None:
        self.proxy.set_show_inactive(show)

    def focus_search(self) -> None:
        focus_field(self.view.search_edit)

    def focus_results(self) -> None:
        """Move from the search box to the list, selecting the first row when nothing is selected."""
        self.selection.focus_list()

    # -- commands --------------------------------------------------------------------------------------------
    def add(self) -> None:
        self._open_dialog(self.service.create, None)

    def edit(self) -> None:
        agency = self.selected()
        if agency is not None:
            self._open_dialog(self._updater(agency.id), agency)

    def toggle_active(self) -> None:
        agency = self.selected()
        if agency is None:
            return
        try:
            self.service.set_active(agency.id, not agency.active)
        except CchcError as error:
            self.context.prompter.error("Không đổi được trạng thái", str(error))
            return
        verb = "kích hoạt lại" if not agency.active else "ngừng hoạt động"
        self._changed(f"Đã {verb} “{agency.name}”.")

    def delete(self) -> None:
        """Refuse at once, naming what uses it, an agency still in use; otherwise confirm, then delete."""
        agency = self.selected()
        if agency is None:
            return
        try:
            refusal = self.service.delete_refusal(agency.id)
            if refusal:
                self.context.prompter.error("Không xóa được", refusal)
                return
            if not self._confirm_delete(agency):
                return
            self.service.delete(agency.id)
        except CchcError as error:
            self.context.prompter.error("Không xóa được", str(error))
            return
        self._changed(f"Đã xóa “{agency.name}”.")

    # -- helpers ---------------------------------------------------------------------------------------------
    def _confirm_delete(self, agency: AgencyRow) -> bool:
        question = f"Xóa “{agency.name}” khỏi danh mục cơ quan, đơn vị?\n\nViệc xóa không hoàn tác được."
        return self.context.prompter.confirm("Xóa cơ quan, đơn vị", question, yes="Xóa")

    def _open_dialog(self, save: SaveFunction, agency: AgencyRow | None) -> None:
        """Open the add/edit dialog; the parent list holds the active agencies, plus the current parent."""
        current_parent = agency.parent_id if agency else None
        parents = [
            r for r in self.service.list()
            if (r.active or r.id == current_parent) and (agency is None or r.id != agency.id)
        ]
        dialog = AgencyDialog(save, parents, agency, self.view)
        dialog.saved.connect(self._saved)
        dialog.open()

    def _updater(self, agency_id: int) -> SaveFunction:
        def update(data: AgencyInput) -> int:
            self.service.update(agency_id, data)
            return agency_id

        return update

    def _saved(self, agency_id: int) -> None:
        self._changed(f"Đã lưu “{self.service.get(agency_id).name}”.")
        if not self.select(agency_id):
            self.view.search_edit.clear()
            self.view.kind_combo.setCurrentIndex(0)
            self.select(agency_id)

    def _changed(self, message: str) -> None:
        self.context.signals.announce(Topic.AGENCIES)
        self.context.signals.status_message.emit(message)
