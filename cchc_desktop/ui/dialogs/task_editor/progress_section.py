"""Behaviour of the task editor's "Tiến độ thực hiện" box: notes are stored at once, like lines in a logbook."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from ....core.enums import TaskStatus
from ....core.errors import CchcError, ValidationError
from ....core.formats import format_date
from ....core.services.tasks import TaskService
from ...prompts import Prompter
from .editor_form import PROGRESS_DATE, TaskEditorForm


def short_title(title: str, limit: int = 60) -> str:
    """A task's title (or a note) for a message: its first ``limit`` characters."""
    text = " ".join(title.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class ProgressSection(QObject):
    """Adds the note typed under the table (button or Enter) and deletes the selected one, after asking."""

    changed = Signal(object, str)
    """A note was added or removed: the task's stored status, and a confirmation for the status bar."""

    def __init__(self, form: TaskEditorForm, service: TaskService, prompter: Prompter,
                 show_error: Callable[[CchcError], None]) -> None:
        super().__init__(form)
        self.form = form
        self.service = service
        self.prompter = prompter
        self.show_error = show_error
        self.task_id: int | None = None
        form.add_progress_button.clicked.connect(self.add)
        form.delete_progress_button.clicked.connect(self.delete)
        form.progress_text.installEventFilter(self)

    def load(self, task_id: int, today: dt.date) -> None:
        self.task_id = task_id
        self.form.progress_model.set_notes(self.service.get(task_id).progress)
        self.form.progress_date.set_date(today)

    def add(self) -> None:
        if self.task_id is None:
            return
        try:
            noted_on = self.form.progress_date.date()
            if noted_on is None:
                raise ValidationError(PROGRESS_DATE, "", "Cần ghi ngày cập nhật tiến độ.")
            self.service.add_progress(self.task_id, noted_on, self.form.progress_text.text())
        except CchcError as error:
            self.show_error(error)
            return
        self.form.progress_text.clear()
        self.form.error_label.hide()
        self.changed.emit(self._reload(), f"Đã cập nhật tiến độ ngày {format_date(noted_on)}.")

    def delete(self) -> None:
        rows = self.form.progress_table.selectionModel().selectedRows()
        if self.task_id is None or not rows:
            return
        note = self.form.progress_model.note(rows[0].row())
        question = f"Xóa ghi chú tiến độ ngày {format_date(note.noted_on)}?\n\n“{short_title(note.note, 120)}”"
        if not self.prompter.confirm("Xóa tiến độ", question, yes="Xóa"):
            return
        try:
            self.service.remove_progress(note.id)
        except CchcError as error:
            self.prompter.error("Không xóa được", str(error))
            return
        self.changed.emit(self._reload(), f"Đã xóa tiến độ ngày {format_date(note.noted_on)}.")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the note line adds the note instead of saving the whole dialog."""
        if watched is self.form.progress_text and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add()
            return True
        return super().eventFilter(watched, event)

    def _reload(self) -> TaskStatus:
        detail = self.service.get(self.task_id)  # type: ignore[arg-type]
        self.form.progress_model.set_notes(detail.progress)
        return detail.data.status
