"""Assign a new task or edit one: every field, the deadline in its written shape, and the progress notes.

Other pages open it with :func:`open_task_editor` (the meetings page passes ``initial=`` a task drafted from a
conclusion item). Saving runs :class:`TaskService`; a validation error stays in the dialog, in red under the
form, with the field concerned focused, and nothing is saved. Warnings returned by the service are shown once the
task is stored. Escape cancels, asking first (Lưu / Không lưu / Ở lại) when something was typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QWidget

from ....core.deadlines import date_order_problems
from ....core.enums import TaskSource, TaskStatus
from ....core.errors import CchcError, ValidationError
from ....core.services.tasks import DONE_STATUSES, TaskInput, TaskService
from ...context import AppContext
from ...topics import Topic
from ...widgets.field_errors import show_error, show_message
from .choices import EditorChoices, load_choices, meeting_source_label
from .editor_form import DEADLINE, LEAD, PLAN, TaskEditorForm
from .progress_section import ProgressSection, short_title

UNSAVED_QUESTION = "Nhiệm vụ có thay đổi chưa lưu. Lưu trước khi đóng?"
Today = Callable[[], dt.date]


class TaskEditorDialog(TaskEditorForm):
    """Window-modal (``open()``, not ``exec()``); emits :attr:`saved` and closes once the task is stored."""

    saved = Signal(int)
    """The task with this id was stored."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, task_id: int | None = None,
                 initial: TaskInput | None = None, today: Today = dt.date.today) -> None:
        super().__init__(today(), parent)
        self.context = context
        self.service = TaskService(context.db)
        self.today = today
        self.task_id = task_id
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        detail = self.service.get(task_id) if task_id is not None else None
        if detail is not None:
            self._original = detail.data
        else:
            self._original = initial or TaskInput(title="", lead_agency_id=None, assigned_on=today())
        if task_id is not None:
            self.setWindowTitle("Sửa nhiệm vụ")
        else:
            self.setWindowTitle("Giao nhiệm vụ từ kết luận" if self._original.meeting_id else "Giao nhiệm vụ")
        self._fixed_source = self._original.meeting_id is not None or self._original.source == TaskSource.CONCLUSION \
            or (task_id is None and initial is not None and initial.plan_id is not None)
        choices = load_choices(context.db)
        self._fill(self._original, choices)
        self.progress = ProgressSection(self, self.service, context.prompter, self.show_error)
        if task_id is not None:
            self.progress.load(task_id, today())
        self.progress_box.setVisible(task_id is not None)
        # Room for a few progress notes, yet within a 1280×800 screen with the window frame.
        hint = self.sizeHint()
        self.resize(max(hint.width(), 1040), min(hint.height() + 20, 700))
        self._connect()
        self._clean = self.snapshot()

    # -- reading the form ------------------------------------------------------------------------------------
    def task_input(self) -> TaskInput:
        """The task as entered; raises ValidationError for what the form itself can tell is wrong."""
        status = TaskStatus(self.status_combo.currentData())
        source, plan_id, reference = self._source_values()
        return replace(
            self._original,
            title=self.title_edit.toPlainText(), description=self.description_edit.toPlainText(),
            lead_agency_id=self._lead_id(), cooperator_ids=self.cooperators.checked_ids(),
            source=source, plan_id=plan_id, source_reference=reference,
            criterion_id=self.criterion_combo.currentData(), assigned_on=self.assigned_field.date(),
            deadline=self.deadline_input.deadline(), deadline_text=self.deadline_input.written_text(),
            status=status, completed_on=self.completed_field.date() if status in DONE_STATUSES else None,
            evidence=self.evidence_edit.text(),
        )

    def snapshot(self) -> tuple[object, ...]:
        """What the user has entered, to tell whether closing would lose anything."""
        return (
            self.title_edit.toPlainText(), self.description_edit.toPlainText(), self.lead_combo.currentText(),
            tuple(self.cooperators.checked_ids()), self.source_combo.currentIndex(), self.plan_combo.currentIndex(),
            self.reference_edit.text(), self.criterion_combo.currentIndex(), self.assigned_field.edit.text(),
            self.deadline_input.snapshot(), self.status_combo.currentIndex(), self.completed_field.edit.text(),
            self.evidence_edit.text(), self.progress_text.text(),  # last: see _progress_changed
        )

    def is_dirty(self) -> bool:
        return self.snapshot() != self._clean

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._scroll_to_first_cooperator()  # once laid out: the list knows its height only now

    # -- commands --------------------------------------------------------------------------------------------
    def submit(self) -> None:
        """Save; on success announce it, close, then show any warnings. On error stay open with the message."""
        try:
            data = self.task_input()
            if self.task_id is None:
                task_id, warnings = self.service.create(data)
                message = f"Đã giao nhiệm vụ “{short_title(data.title)}”."
            else:
                task_id, warnings = self.task_id, self.service.update(self.task_id, data)
                message = f"Đã lưu nhiệm vụ “{short_title(data.title)}”."
        except CchcError as error:
            self.show_error(error)
            return
        self.task_id = task_id
        self._clean = self.snapshot()
        self.context.signals.announce(Topic.TASKS)
        self.context.signals.status_message.emit(message)
        self.saved.emit(task_id)
        self.accept()
        if warnings:
            self.context.prompter.info("Lưu ý về nhiệm vụ vừa lưu", "Nhiệm vụ đã được lưu.\n\n" + "\n".join(warnings))

    def reject(self) -> None:
        """Escape or Hủy: close; when something typed would be lost, ask whether to save it, drop it or stay."""
        if self.is_dirty():
            answer = self.context.prompter.ask_unsaved("Thay đổi chưa lưu", UNSAVED_QUESTION)
            if answer == "save":
                self.submit()
            if answer != "discard":
                return
        super().reject()

    def show_error(self, error: CchcError) -> None:
        """The message in red under the form; the field it names gets the focus."""
        fields: dict[str, QWidget] = dict(self.fields)
        page = self.deadline_input.pages.currentWidget()
        if page is not None and page.isAncestorOf(self.deadline_input.date_field):
            fields[DEADLINE] = self.deadline_input.date_field
        show_error(self.error_label, error, fields)

    # -- helpers ---------------------------------------------------------------------------------------------
    def _fill(self, data: TaskInput, choices: EditorChoices) -> None:
        self.title_edit.setPlainText(data.title)
        self.description_edit.setPlainText(data.description)
        self.lead_combo.set_agencies(choices.agencies, data.lead_agency_id)
        self.cooperators.set_agencies(choices.agencies, data.cooperator_ids)
        self._show_cooperators()
        self.plan_combo.addItem("(Chọn kế hoạch, nghị quyết)", None)
        for plan in choices.plans:
            self.plan_combo.addItem(plan.label, plan.id)
            self.plan_combo.setItemData(self.plan_combo.count() - 1, plan.label, Qt.ItemDataRole.ToolTipRole)
        self.plan_combo.setCurrentIndex(max(0, self.plan_combo.findData(data.plan_id)))
        self.reference_edit.setText(data.source_reference)
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(data.source)))
        self._source_changed()
        if self._fixed_source:
            self.source_label.setText(self._fixed_source_text(data))
        self.source_label.setVisible(self._fixed_source)
        self.source_chooser.setVisible(not self._fixed_source)
        for criterion in choices.criteria:
            self.criterion_combo.addItem(criterion.label, criterion.id)
            self.criterion_combo.setItemData(self.criterion_combo.count() - 1, criterion.label,
                                             Qt.ItemDataRole.ToolTipRole)
        if data.criterion_id is not None and self.criterion_combo.findData(data.criterion_id) < 0:
            self.criterion_combo.addItem(f"Tiêu chí đang gán (mã số {data.criterion_id})", data.criterion_id)
        self.criterion_combo.setCurrentIndex(max(0, self.criterion_combo.findData(data.criterion_id)))
        self.assigned_field.set_date(data.assigned_on)
        self.deadline_input.set_deadline(data.deadline, data.deadline_text)
        self.status_combo.setCurrentIndex(self.status_combo.findData(data.status))
        self.completed_field.set_date(data.completed_on)
        self.completed_field.setEnabled(data.status in DONE_STATUSES)
        self.evidence_edit.setText(data.evidence)
        for edit in (self.reference_edit, self.evidence_edit, self.deadline_input.text_edit):
            edit.setCursorPosition(0)  # show the start of a long text, not its end

    def _fixed_source_text(self, data: TaskInput) -> str:
        if data.meeting_id is not None:
            return meeting_source_label(self.context.db, data.meeting_id)
        if data.source == TaskSource.PLAN:
            return data.source_reference or self.plan_combo.itemText(max(0, self.plan_combo.findData(data.plan_id)))
        return ": ".join(part for part in (data.source.label, data.source_reference) if part)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.source_combo.currentIndexChanged.connect(self._source_changed)
        self.progress.changed.connect(self._progress_changed)
        self.cooperators.source.itemChanged.connect(self._show_cooperators)
        for signal in (self.assigned_field.changed, self.deadline_input.changed, self.completed_field.changed,
                       self.status_combo.currentIndexChanged):
            signal.connect(self._check_dates)
        self._check_dates()

    def _check_dates(self) -> None:
        """Say at once when the deadline or the completion date is before the assignment date (saving would warn
        the same); dates still being typed are left alone."""
        try:
            start, due = self.assigned_field.date(), self.deadline_input.deadline().due_date
            completed = self.completed_field.date() if self.completed_field.isEnabled() else None
        except ValidationError:
            return
        show_message(self.date_warning, " ".join(date_order_problems(start, due, completed)))

    def _show_cooperators(self) -> None:
        """Name the checked agencies under the list, since the list may have them scrolled out of sight."""
        source = self.cooperators.source
        names = [source.item(r).text() for r in range(source.rowCount())
                 if source.item(r).checkState() == Qt.CheckState.Checked]
        summary = f"Đã chọn {len(names)}: {'; '.join(names)}" if names else "Chưa chọn cơ quan phối hợp."
        self.cooperators_summary.setText(summary)

    def _scroll_to_first_cooperator(self) -> None:
        source = self.cooperators.source
        first = next((r for r in range(source.rowCount())
                      if source.item(r).checkState() == Qt.CheckState.Checked), None)
        if first is not None:
            index = self.cooperators.filter.mapFromSource(source.index(first, 0))
            self.cooperators.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def _status_changed(self) -> None:
        """Ngày hoàn thành applies to finished tasks only; finishing proposes today."""
        done = TaskStatus(self.status_combo.currentData()) in DONE_STATUSES
        self.completed_field.setEnabled(done)
        if done and not self.completed_field.edit.text().strip():
            self.completed_field.set_date(self.today())
        elif not done:
            self.completed_field.set_date(None)

    def _source_changed(self) -> None:
        is_plan = self.source_combo.currentData() == TaskSource.PLAN
        self.source_inputs.setCurrentWidget(self.plan_combo if is_plan else self.reference_edit)

    def _source_values(self) -> tuple[TaskSource, int | None, str]:
        original = self._original
        if self._fixed_source:
            return original.source, original.plan_id, original.source_reference
        source = TaskSource(self.source_combo.currentData())
        if source == TaskSource.PLAN:
            plan_id = self.plan_combo.currentData()
            if plan_id is None:
                raise ValidationError(PLAN, "", "Hãy chọn kế hoạch, nghị quyết giao nhiệm vụ.")
            return source, plan_id, original.source_reference
        return source, None, self.reference_edit.text()

    def _lead_id(self) -> int | None:
        text = self.lead_combo.currentText().strip()
        agency_id = self.lead_combo.agency_id()
        if text and agency_id is None:
            raise ValidationError(LEAD, text, f"Không có cơ quan “{text}” trong danh mục; hãy chọn trong danh sách.")
        return agency_id

    def _progress_changed(self, stored: TaskStatus, message: str) -> None:
        """A first note moves a task not started to in progress (as the service does); show that in the form."""
        was_clean = self.snapshot()[:-1] == self._clean[:-1]  # the form, apart from the note line
        if TaskStatus(self.status_combo.currentData()) == TaskStatus.NOT_STARTED and stored == TaskStatus.IN_PROGRESS:
            self.status_combo.setCurrentIndex(self.status_combo.findData(TaskStatus.IN_PROGRESS))
        if was_clean:
            self._clean = self.snapshot()
        self._announce(message)

    def _announce(self, message: str) -> None:
        self.context.signals.announce(Topic.TASKS)
        self.context.signals.status_message.emit(message)


def open_task_editor(context: AppContext, parent: QWidget, *, task_id: int | None = None,
                     initial: TaskInput | None = None) -> QDialog:
    """Open the task editor window-modally and return it at once (``open()``, not ``exec()``).

    ``task_id`` edits a stored task; otherwise a new one is assigned, prefilled from ``initial`` when given
    (a task drafted from a conclusion item: source, meeting, block, title, agencies, deadline). On a successful
    save the dialog emits ``Topic.TASKS`` and a status message, then closes.
    """
    dialog = TaskEditorDialog(context, parent, task_id=task_id, initial=initial)
    dialog.open()
    return dialog
