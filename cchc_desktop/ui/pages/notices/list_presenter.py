"""Behaviour of the notices list: loading, filtering, selection and the commands on the selected notice."""

from __future__ import annotations

from collections.abc import Callable

from ....core.enums import DocumentStatus
from ....core.services.notices import NoticeRow, NoticeService
from ...context import AppContext
from ...dialogs.notice_draft_dialog import ask_draft_choice
from ...dialogs.notice_from_meeting import DraftAsker, draft_notice
from ...models.notice_filter_proxy import NoticeFilterProxy
from ...models.notice_table_model import Column, NoticeTableModel
from ...widgets.empty_state import EmptyState
from ...widgets.field_errors import focus_field
from ...widgets.list_selection import ListSelection
from .commands import NoticeCommands
from .list_view import NoticeListView

EMPTY = ("Chưa có thông báo nào. Bấm “Soạn từ cuộc họp…” để soạn thông báo kết luận của một cuộc họp đã ghi, "
         "hoặc “Soạn mới” để bắt đầu từ một thông báo trống.")

class NoticeListPresenter:
    """``open_notice(id or None)`` shows the editor (None: a new, empty notice)."""

    def __init__(self, view: NoticeListView, context: AppContext,
                 open_notice: Callable[[int | None], object]) -> None:
        self.view = view
        self.context = context
        self.service = NoticeService(context.db)
        self.commands = NoticeCommands(context, view)
        self.model = NoticeTableModel(view)
        self.proxy = NoticeFilterProxy(self.model, view)
        self.empty_state = EmptyState(view.table, EMPTY, view.new_action)
        self.empty_state.watch(self.model)
        self.selection = ListSelection(view.table, self.proxy, self.model.row_of, self.model.notice, Column.SUMMARY)
        self.ask_draft: DraftAsker = ask_draft_choice
        self._open = open_notice

    # -- reading ------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the list again, keeping the selection (or its position, when the selected row went away)."""
        kept = self.selection.remember()
        self.model.set_rows(self.service.list())
        self.selection.restore(kept)
        self.refresh_state()

    def selected(self) -> NoticeRow | None:
        return self.selection.current()

    def select(self, notice_id: int) -> bool:
        return self.selection.select_id(notice_id)

    def show_notice(self, notice_id: int) -> None:
        """Select the notice, clearing the filters when they hide it."""
        if not self.select(notice_id):
            self.view.search_edit.clear()
            self.view.status_combo.setCurrentIndex(0)
            self.select(notice_id)

    def refresh_state(self) -> None:
        self.view.set_count(self.proxy.rowCount(), self.model.rowCount())
        notice = self.selected()
        self.view.open_action.setEnabled(notice is not None)
        self.view.delete_action.setEnabled(notice is not None)
        self.view.issue_action.setEnabled(notice is not None and notice.status == DocumentStatus.DRAFT)
        self.view.new_version_action.setEnabled(notice is not None and notice.status == DocumentStatus.ISSUED)

    # -- filters ------------------------------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self.refresh_state()

    def set_status(self, combo_index: int) -> None:
        value = self.view.status_combo.itemData(combo_index)
        self.proxy.set_status(DocumentStatus(value) if value else None)
        self.refresh_state()

    def focus_search(self) -> None:
        focus_field(self.view.search_edit)

    def focus_results(self) -> None:
        self.selection.focus_list()

    # -- commands -----------------------------------------------------------------------------------------------
    def draft_from_meeting(self) -> None:
        notice_id = draft_notice(self.context, self.view, None, self.ask_draft)
        if notice_id is not None:
            self._open(notice_id)

    def new_notice(self) -> None:
        self._open(None)

    def open_selected(self) -> None:
        notice = self.selected()
        if notice is not None:
            self._open(notice.id)

    def delete(self) -> None:
        notice = self.selected()
        if notice is not None:
            self.commands.delete(notice.id, notice.status, notice.summary)

    def issue(self) -> None:
        notice = self.selected()
        if notice is not None and notice.status == DocumentStatus.DRAFT:
            self.commands.issue(notice.id, notice.summary)

    def new_version(self) -> None:
        notice = self.selected()
        if notice is not None and notice.status == DocumentStatus.ISSUED:
            new_id = self.commands.new_version(notice.id)
            if new_id is not None:
                self._open(new_id)
