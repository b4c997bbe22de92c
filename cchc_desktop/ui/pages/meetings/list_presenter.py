"""Behaviour of the meetings list: loading, filtering, selection, and the add / open / delete commands."""

from __future__ import annotations

from collections.abc import Callable

from ....core.enums import MeetingKind
from ....core.errors import CchcError
from ....core.formats import format_date
from ....core.services.meetings import MeetingRow, MeetingService
from ...context import AppContext
from ...models.meeting_filter_proxy import MeetingFilterProxy
from ...models.meeting_table_model import Column, MeetingTableModel
from ...topics import Topic
from ...widgets.empty_state import EmptyState
from ...widgets.field_errors import focus_field
from ...widgets.list_selection import ListSelection
from .list_view import ALL_YEARS, MeetingListView

EMPTY = "Chưa có cuộc họp nào. Bấm “Thêm cuộc họp” để ghi cuộc họp, hội nghị đầu tiên và kết luận của nó."

def delete_question(meeting: MeetingRow, task_count: int) -> str:
    """What the user confirms before a meeting is deleted; tasks assigned at it are kept."""
    name = f"“{meeting.title}” ngày {format_date(meeting.date)}"
    if not task_count:
        return (f"Xóa cuộc họp {name}?\n\nKết luận của cuộc họp cũng bị xóa. Việc xóa không hoàn tác được.")
    return (
        f"Cuộc họp {name} có {task_count} nhiệm vụ được giao từ kết luận.\n\n"
        f"Nếu xóa, {task_count} nhiệm vụ này vẫn được giữ lại, chuyển thành nhiệm vụ giao trực tiếp và ghi nguồn "
        "là kết luận của cuộc họp đã xóa. Kết luận của cuộc họp bị xóa theo; việc xóa không hoàn tác được.\n\n"
        "Vẫn xóa cuộc họp?"
    )


class MeetingListPresenter:
    """Owns the table model and proxy; ``open_meeting(id or None)`` shows the editor (None: a new meeting)."""

    def __init__(self, view: MeetingListView, context: AppContext,
                 open_meeting: Callable[[int | None], None]) -> None:
        self.view = view
        self.context = context
        self.service = MeetingService(context.db)
        self.model = MeetingTableModel(view)
        self.proxy = MeetingFilterProxy(self.model, view)
        self.empty_state = EmptyState(view.table, EMPTY, view.add_action)
        self.empty_state.watch(self.model)
        self.selection = ListSelection(view.table, self.proxy, self.model.row_of, self.model.meeting, Column.TITLE)
        self._open_meeting = open_meeting

    # -- reading ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the list and the years again, keeping the selection (or its position)."""
        kept = self.selection.remember()
        self.model.set_rows(self.service.list())
        self._fill_years()
        # The row where the selection was, or the newest meeting on first showing, so Enter opens it.
        self.selection.restore(kept, first=True)
        self.refresh_state()

    def selected(self) -> MeetingRow | None:
        return self.selection.current()

    def select(self, meeting_id: int) -> bool:
        """Select the meeting's row if the filters show it; True when selected."""
        return self.selection.select_id(meeting_id)

    def show_meeting(self, meeting_id: int) -> None:
        """Select the meeting, clearing the filters when they hide it."""
        if not self.select(meeting_id):
            self.view.search_edit.clear()
            self.view.year_combo.setCurrentIndex(0)
            self.view.kind_combo.setCurrentIndex(0)
            self.select(meeting_id)

    def refresh_state(self) -> None:
        self.view.set_count(self.proxy.rowCount(), self.model.rowCount())
        chosen = self.selected() is not None
        self.view.open_action.setEnabled(chosen)
        self.view.delete_action.setEnabled(chosen)

    # -- filters ---------------------------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        self.proxy.set_search(text)

    def set_year(self, combo_index: int) -> None:
        self.proxy.set_year(self.view.year_combo.itemData(combo_index))

    def set_kind(self, combo_index: int) -> None:
        value = self.view.kind_combo.itemData(combo_index)
        self.proxy.set_kind(MeetingKind(value) if value else None)

    def focus_search(self) -> None:
        focus_field(self.view.search_edit)

    def focus_results(self) -> None:
        self.selection.focus_list()

    # -- commands --------------------------------------------------------------------------------------------
    def add(self) -> None:
        self._open_meeting(None)

    def open_selected(self) -> None:
        meeting = self.selected()
        if meeting is not None:
            self._open_meeting(meeting.id)

    def delete(self) -> None:
        meeting = self.selected()
        if meeting is None:
            return
        try:
            task_count = self.service.task_count(meeting.id)
            question = delete_question(meeting, task_count)
            if not self.context.prompter.confirm("Xóa cuộc họp", question, yes="Xóa cuộc họp", no="Không xóa"):
                return
            self.service.delete(meeting.id, keep_tasks=task_count > 0)
        except CchcError as error:
            self.context.prompter.error("Không xóa được", str(error))
            return
        self.context.signals.announce(Topic.MEETINGS)
        if task_count:
            self.context.signals.announce(Topic.TASKS)
        kept = f" {task_count} nhiệm vụ được giữ lại." if task_count else ""
        self.context.signals.status_message.emit(f"Đã xóa cuộc họp ngày {format_date(meeting.date)}.{kept}")

    # -- helpers ---------------------------------------------------------------------------------------------
    def _fill_years(self) -> None:
        combo = self.view.year_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(ALL_YEARS, None)
        for year in self.service.years():
            combo.addItem(f"Năm {year}", year)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        if index < 0:
            self.proxy.set_year(None)
