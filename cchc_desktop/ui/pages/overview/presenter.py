"""Behaviour of the overview page: building the overview for today and opening what the user picks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex

from ....core.enums import TaskStatus
from ....core.errors import CchcError
from ....core.formats import format_date, format_number
from ....core.services.overview import Overview, build_overview, due_soon_filter, overdue_filter, status_filter
from ....core.services.settings import OWN_PROVINCE, SettingsService
from ....core.services.tasks import TaskFilter, TaskService
from ...context import AppContext
from ...models.task_overview_models import AgencyCountModel, DeadlineList, DeadlineTableModel
from ...models.task_sort_proxy import SortRoleProxy
from ...models.task_table_model import ID_ROLE
from .view import DUE_SOON, OVERDUE, TOTAL, OverviewView

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
TASKS_PAGE = "tasks"
ADD_MEETING = ("meetings", "list_view.add_action")
ADD_TASK = ("tasks", "add_action")


def today_line(today: dt.date) -> str:
    """"Hôm nay: Thứ Năm, 21/11/2024"."""
    return f"Hôm nay: {WEEKDAYS[today.weekday()]}, {format_date(today)}"


def overdue_title(listed: int, count: int) -> str:
    """"Quá hạn (12)"; when the overview lists only the most overdue: "Quá hạn (1.234) — 500 nhiệm vụ quá hạn lâu
    nhất; bấm ô “Quá hạn” để xem tất cả"."""
    title = f"Quá hạn ({format_number(count, 0)})"
    if listed < count:
        title += f" — {format_number(listed, 0)} nhiệm vụ quá hạn lâu nhất; bấm ô “Quá hạn” để xem tất cả"
    return title


class OverviewPresenter:
    def __init__(self, view: OverviewView, context: AppContext, today: Callable[[], dt.date]) -> None:
        self.view = view
        self.context = context
        self.today = today
        self.service = TaskService(context.db)
        self.overdue_model = DeadlineTableModel(DeadlineList.OVERDUE, view)
        self.due_soon_model = DeadlineTableModel(DeadlineList.DUE_SOON, view)
        self.agency_model = AgencyCountModel(view)
        self.overdue_proxy = SortRoleProxy(self.overdue_model, view)
        self.due_soon_proxy = SortRoleProxy(self.due_soon_model, view)
        self.agency_proxy = SortRoleProxy(self.agency_model, view)
        self.overview: Overview | None = None

    def reload(self) -> None:
        """Build the overview again for today and the chosen horizon."""
        today = self.today()
        horizon = self.view.horizon_spin.value()
        self.overview = overview = build_overview(self.service, today, horizon)
        self.view.today_label.setText(today_line(today))
        self.overdue_model.set_rows(overview.overdue)
        self.due_soon_model.set_rows(overview.due_soon)
        self.agency_model.set_rows(overview.by_agency)
        self.view.overdue.show_rows(len(overview.overdue), overdue_title(len(overview.overdue), overview.overdue_count),
                                    "Không có nhiệm vụ quá hạn.")
        self.view.horizon_suffix.setText(f"ngày làm việc ({len(overview.due_soon)})")
        self.view.due_soon.show_rows(len(overview.due_soon), None,
                                     f"Không có nhiệm vụ đến hạn trong {horizon} ngày làm việc tới.")
        self.view.by_agency.show_rows(len(overview.by_agency), "Theo cơ quan chủ trì", "Chưa có nhiệm vụ nào.")
        self.view.set_figure("Tổng số", overview.total)
        for status in TaskStatus:
            self.view.set_figure(status.label, overview.by_status[status])
        self.view.set_figure(OVERDUE, overview.overdue_count, alert=True)
        self.view.set_figure(DUE_SOON, len(overview.due_soon))
        self.view.show_start(overview.total == 0)
        self.view.start_panel.setup_button.setVisible(not SettingsService(self.context.db).get(OWN_PROVINCE))

    # -- first steps ("Bắt đầu") ------------------------------------------------------------------------------
    def first_start(self) -> None:
        self.context.signals.request_first_start()

    def add_meeting(self) -> None:
        self.context.signals.request_command(*ADD_MEETING)

    def add_task(self) -> None:
        self.context.signals.request_command(*ADD_TASK)

    # -- opening what was picked -----------------------------------------------------------------------------
    def open_task(self, index: QModelIndex) -> None:
        """Open the task of a row of the overdue or due-soon table in the task editor."""
        task_id = index.data(ID_ROLE) if index.isValid() else None
        if task_id is None:
            return
        from ...dialogs.task_editor import TaskEditorDialog  # loaded when first used, not at start-up

        try:
            dialog = TaskEditorDialog(self.context, self.view, task_id=task_id, today=self.today)
        except CchcError as error:
            self.context.prompter.error("Không mở được nhiệm vụ", str(error))
            return
        dialog.open()

    def open_current_task(self) -> None:
        for section in (self.view.overdue, self.view.due_soon):
            if section.table.hasFocus():
                self.open_task(section.table.currentIndex())

    def open_agency(self, index: QModelIndex) -> None:
        """Show the tasks page filtered by the agency of the row (the main window opens it)."""
        agency_id = index.data(ID_ROLE) if index.isValid() else None
        if agency_id is not None:
            self.context.signals.request_page(TASKS_PAGE, TaskFilter(agency_id=agency_id))

    def figure_filter(self, caption: str) -> TaskFilter:
        """The task list a figure counts: every task, one status, the overdue or the due-soon ones."""
        if caption == OVERDUE:
            return overdue_filter()
        if caption == DUE_SOON:
            return due_soon_filter(self.today(), self.view.horizon_spin.value())
        return status_filter(None if caption == TOTAL else next(s for s in TaskStatus if s.label == caption))

    def open_figure(self, caption: str) -> None:
        """Show the tasks page listing what the figure ``caption`` counts (the main window opens it)."""
        self.context.signals.request_page(TASKS_PAGE, self.figure_filter(caption))

    def open_current_agency(self) -> None:
        self.open_agency(self.view.by_agency.table.currentIndex())
