"""The "Nhiệm vụ" page: the view wired to its presenter and the Excel commands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ....core.services.tasks import TaskFilter
from ...context import AppContext
from ...refresh import ReloadOnChange
from ...topics import Topic
from ...widgets.common import combo_line_edit
from ...widgets.page_actions import on_rows_changed
from .excel_actions import TaskExcelActions
from .presenter import TasksPresenter
from .view import TasksView


class TasksPage(TasksView):
    """Lists, filters and changes tasks. Reloads after its :attr:`TOPICS` change.

    ``today`` gives the date overdue flags and default dates are computed from (tests pass a fixed one; the
    attribute may also be replaced later, followed by :meth:`reload`).
    """

    TOPICS = frozenset({Topic.TASKS, Topic.AGENCIES, Topic.PLANS, Topic.MEETINGS, Topic.CRITERIA, Topic.INDEXES})
    """Tasks; the agency filter and the sources (plans, meetings, criteria) they name."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.presenter = presenter = TasksPresenter(self, context, lambda: self.today())
        self.excel = excel = TaskExcelActions(context, presenter.service, self, presenter.current_filter,
                                              lambda: self.today())
        self.today = today
        self.set_model(presenter.proxy)

        self.add_action.triggered.connect(presenter.add)
        self.edit_action.triggered.connect(presenter.edit)
        self.progress_action.triggered.connect(presenter.add_progress)
        self.complete_action.triggered.connect(presenter.complete)
        self.delete_action.triggered.connect(presenter.delete)
        self.find_action.triggered.connect(presenter.focus_search)
        self.export_action.triggered.connect(excel.export)
        self.import_action.triggered.connect(excel.import_file)
        self.template_action.triggered.connect(excel.write_template)
        self.table.doubleClicked.connect(presenter.edit)
        self.search_edit.textChanged.connect(presenter.search_typed)
        self.search_edit.returnPressed.connect(presenter.focus_results)
        presenter.search_timer.timeout.connect(presenter.apply_filters)
        self.agency_combo.currentIndexChanged.connect(presenter.apply_filters)
        combo_line_edit(self.agency_combo).editingFinished.connect(presenter.apply_filters)
        self.agency_combo.editTextChanged.connect(presenter.agency_text_changed)
        self.status_combo.currentIndexChanged.connect(presenter.apply_filters)
        self.source_combo.currentIndexChanged.connect(presenter.apply_filters)
        self.due_from.changed.connect(presenter.apply_filters)
        self.due_to.changed.connect(presenter.apply_filters)
        self.overdue_check.toggled.connect(presenter.apply_filters)
        self.clear_filters_button.clicked.connect(presenter.clear_filters)
        self.table.selectionModel().selectionChanged.connect(presenter.refresh_state)
        on_rows_changed(presenter.proxy, presenter.refresh_state)
        # App-wide topics: reload now when shown, else on the next showing (see ui/refresh.py).
        self.reloader = ReloadOnChange(self, context.signals, self.TOPICS, lambda _changed: self.reload())
        presenter.reload()

    def reload(self) -> None:
        self.presenter.reload()

    def filter_by_agency(self, agency_id: int) -> None:
        """Show the tasks the agency leads or co-operates on; used by the overview's "by agency" table."""
        self.presenter.filter_by_agency(agency_id)

    def open_with(self, request: object) -> None:
        """Another page asked for this list filtered (``AppSignals.request_page("tasks", TaskFilter(...))``)."""
        if isinstance(request, TaskFilter):
            self.presenter.show_filter(request)
