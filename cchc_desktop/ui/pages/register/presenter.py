"""Behaviour of the register page: loading, filters, selection and which commands apply."""

from __future__ import annotations

import html

from ....core.formats import format_date
from ....core.register_row import RegisterRow
from ....core.services.register import RegisterService
from ...context import AppContext
from ...models.register_filter_proxy import RegisterFilterProxy
from ...models.register_table_model import Column, RegisterTableModel
from ...topics import Topic
from ...widgets.empty_state import EmptyState
from ...widgets.field_errors import focus_field
from ...widgets.list_selection import ListSelection
from .view import RegisterView

EMPTY = ("Sổ văn bản đi chưa có số nào. Một thông báo được cấp số và ghi vào sổ khi bấm “Ban hành…” ở trang "
         "“Thông báo”.")

RELOAD_ON = frozenset({Topic.NOTICES, Topic.REGISTER, Topic.ISSUING_BODIES})
"""Topics after which the register is read again (issuing a notice adds an entry)."""


class RegisterPresenter:
    """Owns the table model and its proxy; the register is read through :class:`RegisterService`."""

    def __init__(self, view: RegisterView, context: AppContext) -> None:
        self.view = view
        self.context = context
        self.service = RegisterService(context.db)
        self.model = RegisterTableModel(view)
        self.empty_state = EmptyState(view.table, EMPTY)
        self.empty_state.watch(self.model)
        self.proxy = RegisterFilterProxy(self.model, view)
        self.selection = ListSelection(view.table, self.proxy, self.model.row_of, self.model.entry, Column.REFERENCE)

    # -- reading -------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the register again, keeping the year filter and the selected entry."""
        kept = self.selection.remember()
        self.model.set_rows(self.service.list())
        years = self.model.years()
        year = self.proxy.year if self.proxy.year in years else None
        self.view.set_years(years, year)
        self.proxy.set_year(year)
        self.selection.restore(kept, keep_position=False, first=True)
        self.refresh_state()

    def external_change(self, changed: frozenset[Topic]) -> None:
        if changed & RELOAD_ON:
            self.reload()

    def selected(self) -> RegisterRow | None:
        return self.selection.current()

    def shown(self) -> list[RegisterRow]:
        """The entries on screen, in the order shown."""
        return [self.model.entry(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]

    def select(self, entry_id: int) -> bool:
        return self.selection.select_id(entry_id)

    def refresh_state(self) -> None:
        entry = self.selected()
        has_pdf = entry is not None and entry.notice_id is not None and bool(entry.sha256)
        self.view.open_action.setEnabled(has_pdf)
        self.view.save_pdf_action.setEnabled(has_pdf)
        self.view.export_action.setEnabled(self.proxy.rowCount() > 0)
        self.view.set_count(self.proxy.rowCount(), self.model.rowCount())
        self.view.detail_label.setText(_details(entry) if entry is not None else "")

    # -- filters -------------------------------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._keep_a_selection()

    def set_year(self, combo_index: int) -> None:
        self.proxy.set_year(self.view.year_combo.itemData(combo_index))
        self._keep_a_selection()

    def focus_search(self) -> None:
        focus_field(self.view.search_edit)

    def focus_results(self) -> None:
        self.selection.focus_list()

    def filter_description(self) -> str:
        """Which entries are shown, for the line under the title of an export."""
        parts = [self.view.year_combo.currentText()]
        text = self.view.search_edit.text().strip()
        if text:
            parts.append(f"tìm “{text}”")
        return f"{', '.join(parts)}: {self.proxy.rowCount()} văn bản"

    # -- helpers -------------------------------------------------------------------------------------------------
    def _keep_a_selection(self) -> None:
        self.selection.select_first_if_none()
        self.refresh_state()


def _details(entry: RegisterRow) -> str:
    """The selected entry in full (the table cuts long summaries and shortens the SHA-256)."""
    sha = entry.sha256 or "không có bản PDF lưu kèm"
    return (f"<b>{html.escape(entry.reference)}</b> ngày {format_date(entry.issued_on)} – "
            f"{html.escape(entry.summary)}<br><span style='color:#5f6368'>SHA-256: {html.escape(sha)}</span>")
