"""Behaviour of the tasks page: loading with filters, selection, and the assign / edit / progress / complete /
delete commands. The Excel commands are in :mod:`.excel_actions`.

Every filter goes into one :class:`TaskFilter` that the service applies, so the Excel export writes exactly the
rows the table shows. The page asks the service for the rows the other filters let through and applies the
search words itself, in memory (:func:`search_words`, the same test as the service's), so typing does not query
the database again. Typing in the search box applies after a short pause, not on every key.

A long list shows its first :data:`FIRST_ROWS` rows at once (in the order the table shows them by default) and
gets the rest from the worker thread; until then the count says so, and a selection or a saved task that is not
among the first rows is shown when the rest arrives.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from operator import attrgetter

from PySide6.QtCore import QTimer

from ....core.errors import CchcError, ValidationError
from ....core.formats import format_date
from ....core.services.agencies import AgencyService
from ....core.services.tasks import DONE_STATUSES, TaskFilter, TaskRow, TaskService, search_words
from ...background import QuietLoad, load_quietly
from ...context import AppContext
from ...dialogs.task_editor.editor_dialog import TaskEditorDialog, short_title
from ...models.task_sort_proxy import SortRoleProxy
from ...models.task_table_model import Column, TaskTableModel
from ...topics import Topic
from ...widgets.empty_state import EmptyState
from ...widgets.field_errors import focus_field, show_message
from ...widgets.list_selection import Kept, ListSelection
from .quick_dialogs import CompleteDialog, ProgressNoteDialog
from .view import TasksView

EMPTY = ("Chưa có nhiệm vụ nào. Bấm “Giao nhiệm vụ” để giao nhiệm vụ đầu tiên, hoặc giao từ kết luận của một "
         "cuộc họp ở trang “Cuộc họp”.")

SEARCH_DELAY_MS = 250
FIRST_ROWS = 300  # more than a screen: shown at once while the rest of a longer list is read in the background


class TasksPresenter:
    """Owns the table model and its sorting proxy; every change goes through :class:`TaskService`."""

    def __init__(self, view: TasksView, context: AppContext, today: Callable[[], dt.date]) -> None:
        self.view = view
        self.context = context
        self.today = today
        self.service = TaskService(context.db)
        self.model = TaskTableModel(view)
        self.proxy = SortRoleProxy(self.model, view)
        self.empty_state = EmptyState(view.table, EMPTY, view.add_action)
        self.selection = ListSelection(view.table, self.proxy, self.model.row_of, self.model.task, Column.TITLE)
        self.search_timer = QTimer(view)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self._applied: TaskFilter | None = None
        self._listed: TaskFilter | None = None  # the filter the model's rows were listed with (no text)
        self._total = 0
        self._loading: QuietLoad[list[TaskRow]] | None = None  # the rest of the list, while it is being read
        self._wanted: Kept | None = None  # the selection to restore once the rest has arrived
        self._when_listed: list[Callable[[], object]] = []
        self.empty_state.watch(self.model, lambda: self._total == 0)  # not when the filters hide every task

    # -- reading ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the agencies and the list again (after any change), keeping filters and selection."""
        self._load_agencies()
        self._total = self.service.count()
        self._listed = None
        self.refresh()

    def refresh(self) -> None:
        """Run the current filters, keeping the selection (or its position, when the selected row went away).

        The database is asked again only when a filter other than the search words changed (or after
        :meth:`reload`); the words filter the listed rows in memory."""
        kept = self.selection.remember()
        self._applied = applied = self.current_filter()
        listed = dataclasses.replace(applied, text="")
        if listed != self._listed:
            self._list(listed)
        self.model.set_search(search_words(applied.text))
        self._restore(kept)
        self.refresh_state()

    @property
    def loading(self) -> bool:
        """True while the rows after the first ones are being read."""
        return self._loading is not None

    def when_listed(self, call: Callable[[], object]) -> None:
        """Run ``call`` now, or once the whole list has arrived."""
        if self._loading is None:
            call()
        else:
            self._when_listed.append(call)

    def _list(self, listed: TaskFilter) -> None:
        """Show the first rows matching ``listed`` and, when there are more, read the whole list in the
        background (dropping a read still running for other filters)."""
        self._listed = listed
        if self._loading is not None:
            self._loading.drop()
            self._loading = None
        today = self.today()
        first = self.service.list(listed, today=today, limit=FIRST_ROWS + 1, overdue_first=True)
        if len(first) <= FIRST_ROWS:
            self.model.set_rows(first)
            return
        self.model.set_rows(first[:FIRST_ROWS])
        load = load_quietly(lambda: self.service.list(listed, today=today), self._listed_all, self._listing_failed)
        self._loading = None if load.done else load  # done already when jobs run synchronously (tests)

    def _listed_all(self, rows: list[TaskRow]) -> None:
        self._loading = None
        kept = self.selection.remember()
        wanted, self._wanted = self._wanted, None
        self.model.set_rows(rows)
        self._restore(wanted if wanted is not None and kept.id is None else kept)
        self.refresh_state()
        calls, self._when_listed = self._when_listed, []
        for call in calls:
            call()

    def _listing_failed(self, error: CchcError) -> None:
        self._loading = None
        self._when_listed.clear()
        self.refresh_state()
        self.context.prompter.error("Không đọc được danh sách nhiệm vụ", str(error))

    def _restore(self, kept: Kept) -> None:
        """Select the remembered task again; while the rest of the list is coming, one not among the first rows
        is selected once it has arrived (not the row at its old position meanwhile)."""
        if self._loading is not None and kept.id is not None and not self.selection.select_id(kept.id):
            self._wanted = kept
            return
        self.selection.restore(kept)

    def current_filter(self) -> TaskFilter:
        """The filters as set on the page; a date still being typed (not yet a valid date) is left out."""
        view = self.view
        return TaskFilter(
            text=view.search_edit.text(), agency_id=view.agency_combo.agency_id(),
            statuses=tuple(view.status_combo.currentData() or ()), source=view.source_combo.currentData(),
            due_from=view.due_from.date() if view.due_from.is_valid() else None,
            due_to=view.due_to.date() if view.due_to.is_valid() else None,
            overdue_only=view.overdue_check.isChecked(),
        )

    def apply_filters(self) -> None:
        """Refresh when the filters differ from the ones the list shows."""
        self.search_timer.stop()
        self.check_due_range()
        if self.current_filter() != self._applied:
            self.refresh()

    def check_due_range(self) -> None:
        """Say under the filters, while typing, when "Hạn đến" is before "Hạn từ" or a typed date does not exist."""
        view = self.view
        try:
            start, end = view.due_from.date(), view.due_to.date()
        except ValidationError as error:
            complete = all(f.is_valid() or len(f.edit.text().strip()) == 10 for f in (view.due_from, view.due_to))
            show_message(view.date_error, str(error) if complete else "")
            return
        wrong = start is not None and end is not None and end < start
        show_message(view.date_error, f"“Hạn đến” {format_date(end)} sớm hơn “Hạn từ” {format_date(start)}."
                     if wrong else "")

    def selected(self) -> TaskRow | None:
        return self.selection.current()

    def select(self, task_id: int) -> bool:
        """Select the task's row if the filters show it; True when selected."""
        return self.selection.select_id(task_id)

    def refresh_state(self) -> None:
        """Update the row count and which commands apply to the selection."""
        rows = self.model.rows()
        self.view.set_count(len(rows), self._total, sum(map(attrgetter("overdue"), rows)), loading=self.loading)
        task = self.selected()
        self.view.edit_action.setEnabled(task is not None)
        self.view.delete_action.setEnabled(task is not None)
        open_task = task is not None and task.status not in DONE_STATUSES
        self.view.progress_action.setEnabled(task is not None)
        self.view.complete_action.setEnabled(open_task)

    # -- filters ---------------------------------------------------------------------------------------------
    def search_typed(self) -> None:
        self.search_timer.start()

    def agency_text_changed(self, text: str) -> None:
        """Clearing the agency box shows every agency's tasks again."""
        if not text.strip():
            self.apply_filters()

    def clear_filters(self) -> None:
        self.show_filter(TaskFilter())

    def show_filter(self, flt: TaskFilter) -> None:
        """Set the page's filters to ``flt`` (what another page asks for, e.g. the overview's "Quá hạn") and
        show the matching tasks; a status set the status box does not offer shows every status."""
        view = self.view
        widgets = (view.status_combo, view.source_combo, view.overdue_check, view.search_edit, view.agency_combo,
                   view.due_from.edit, view.due_to.edit)
        for widget in widgets:
            widget.blockSignals(True)
        view.search_edit.setText(flt.text)
        view.agency_combo.set_agency_id(flt.agency_id)
        statuses = tuple(flt.statuses)
        view.status_combo.setCurrentIndex(next(
            (i for i in range(view.status_combo.count()) if tuple(view.status_combo.itemData(i) or ()) == statuses),
            0))
        view.source_combo.setCurrentIndex(next(
            (i for i in range(view.source_combo.count()) if view.source_combo.itemData(i) == flt.source), 0))
        view.due_from.set_date(flt.due_from)
        view.due_to.set_date(flt.due_to)
        view.overdue_check.setChecked(flt.overdue_only)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filters()

    def filter_by_agency(self, agency_id: int) -> None:
        """Show every task the agency leads or co-operates on (the other filters are cleared)."""
        self.show_filter(TaskFilter(agency_id=agency_id))

    def focus_search(self) -> None:
        focus_field(self.view.search_edit)

    def focus_results(self) -> None:
        """Move from the search box to the list, selecting the first row when nothing is selected."""
        self.apply_filters()
        self.selection.focus_list()

    # -- commands --------------------------------------------------------------------------------------------
    def add(self) -> None:
        self._open_editor(None)

    def edit(self) -> None:
        task = self.selected()
        if task is not None:
            self._open_editor(task.id)

    def add_progress(self) -> None:
        task = self.selected()
        if task is None:
            return
        dialog = ProgressNoteDialog(task.title, self.today(),
                                    lambda on, note: self.service.add_progress(task.id, on, note), self.view)
        dialog.saved.connect(self._changed)
        dialog.open()

    def complete(self) -> None:
        task = self.selected()
        if task is None:
            return

        def complete(completed_on: dt.date, evidence: str) -> str:
            status = self.service.complete(task.id, completed_on, evidence)
            return f"Đã ghi nhận “{short_title(task.title)}”: {status.label.lower()}."

        dialog = CompleteDialog(task.title, self.today(), complete, self.view)
        dialog.saved.connect(self._changed)
        dialog.open()

    def delete(self) -> None:
        task = self.selected()
        if task is None:
            return
        question = f"Xóa nhiệm vụ “{short_title(task.title, 120)}” cùng các ghi chú tiến độ?\n\n" \
                   "Việc xóa không hoàn tác được."
        if not self.context.prompter.confirm("Xóa nhiệm vụ", question, yes="Xóa"):
            return
        try:
            self.service.delete(task.id)
        except CchcError as error:
            self.context.prompter.error("Không xóa được", str(error))
            return
        self._changed(f"Đã xóa nhiệm vụ “{short_title(task.title)}”.")

    # -- helpers ---------------------------------------------------------------------------------------------
    def _open_editor(self, task_id: int | None) -> None:
        try:
            dialog = TaskEditorDialog(self.context, self.view, task_id=task_id, today=self.today)
        except CchcError as error:
            self.context.prompter.error("Không mở được nhiệm vụ", str(error))
            return
        dialog.saved.connect(self._saved)
        dialog.open()

    def _saved(self, task_id: int) -> None:
        """Show the stored task (once the list is complete), clearing the filters when they hide it."""
        def show() -> None:
            if not self.select(task_id):
                self.clear_filters()
                self.when_listed(lambda: self.select(task_id))

        self.when_listed(show)

    def _changed(self, message: str) -> None:
        self.context.signals.announce(Topic.TASKS)
        self.context.signals.status_message.emit(message)

    def _load_agencies(self) -> None:
        combo = self.view.agency_combo
        chosen = combo.agency_id()
        combo.blockSignals(True)
        combo.set_agencies(AgencyService(self.context.db).list(), chosen)
        combo.blockSignals(False)
