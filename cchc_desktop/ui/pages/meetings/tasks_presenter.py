"""Behaviour of the "Nhiệm vụ" tab: the meeting's tasks, opened in (or added through) the task editor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex

from ....core.services.tasks import TaskFilter, TaskRow, TaskService
from ...context import AppContext
from ...models.meeting_task_table_model import MeetingTaskProxy, MeetingTaskTableModel
from . import task_links
from .tasks_view import TasksTab


class TasksPresenter:
    """Lists :meth:`TaskService.list` for the meeting; reloads when tasks change anywhere."""

    def __init__(self, view: TasksTab, context: AppContext) -> None:
        self.view = view
        self.context = context
        self.service = TaskService(context.db)
        self.model = MeetingTaskTableModel(view)
        self.proxy = MeetingTaskProxy(self.model, view)
        view.set_model(self.proxy)
        self.meeting_id: int | None = None
        self.meeting_date: dt.date | None = None
        view.table.doubleClicked.connect(self.open_task)
        view.open_button.clicked.connect(self.open_selected)
        view.add_button.clicked.connect(self.add_task)
        view.table.selectionModel().selectionChanged.connect(self.refresh_state)

    def load(self, meeting_id: int | None, meeting_date: dt.date | None) -> None:
        self.meeting_id, self.meeting_date = meeting_id, meeting_date
        self.view.show_list(meeting_id is not None)
        self.reload()

    def reload(self) -> None:
        rows = self.service.list(TaskFilter(meeting_id=self.meeting_id)) if self.meeting_id is not None else []
        self.model.set_rows(rows)
        overdue = sum(row.overdue for row in rows)
        summary = f"{len(rows)} nhiệm vụ được giao từ kết luận của cuộc họp" if rows else \
            "Chưa có nhiệm vụ nào. Giao nhiệm vụ từ một mục của kết luận (tab Kết luận) hoặc bấm “Giao nhiệm vụ mới…”."
        self.view.summary.setText(f"{summary}; {overdue} nhiệm vụ quá hạn." if overdue else summary)
        self.refresh_state()

    def count(self) -> int:
        return self.model.rowCount()

    def selected(self) -> TaskRow | None:
        rows = self.view.table.selectionModel().selectedRows()
        return self.model.task(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def refresh_state(self) -> None:
        self.view.open_button.setEnabled(self.selected() is not None)

    def open_task(self, index: QModelIndex) -> None:
        task = self.model.task(self.proxy.mapToSource(index).row())
        task_links.open_task_editor(self.context, self.view, task_id=task.id)

    def open_selected(self) -> None:
        task = self.selected()
        if task is not None:
            task_links.open_task_editor(self.context, self.view, task_id=task.id)

    def add_task(self) -> None:
        if self.meeting_id is not None and self.meeting_date is not None:
            task_links.open_task_editor(self.context, self.view,
                                        initial=task_links.new_meeting_task(self.meeting_id, self.meeting_date))
