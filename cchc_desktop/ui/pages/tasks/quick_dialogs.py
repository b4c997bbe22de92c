"""Small dialogs the task list opens for the selected task: a progress note, and recording completion."""

from __future__ import annotations

import datetime as dt
from abc import abstractmethod
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ....core.errors import CchcError, ValidationError
from ...widgets.common import dialog_buttons, error_label, focus_target
from ...widgets.date_field import DateField
from ...widgets.field_errors import show_error
from ...widgets.mnemonics import assign_mnemonics


class QuickTaskDialog(QDialog):
    """The task's title on top, a few rows, an error line and Lưu / Hủy. ``save()`` is implemented by subclasses.

    Window-modal (``open()``); emits :attr:`saved` with a confirmation and closes once the save succeeded.
    """

    saved = Signal(str)
    """The change was stored; the text says what happened."""

    def __init__(self, title: str, task_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        heading = QLabel(task_title)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.error_label = error_label()
        self.buttons, self.ok_button, self.cancel_button = dialog_buttons()
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def add_row(self, label: str, widget: QWidget, field: str | None = None) -> None:
        """A labelled row; a date keeps its natural width instead of stretching across the dialog."""
        caption = QLabel(f"{label}:")
        caption.setBuddy(focus_target(widget))
        shown = widget
        if isinstance(widget, DateField):
            shown = QWidget()
            row = QHBoxLayout(shown)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(widget)
            row.addStretch(1)
        self.form.addRow(caption, shown)
        self.fields[field or label] = widget

    def showEvent(self, event: QShowEvent) -> None:
        """The rows are all added by now: give their captions their Alt+letters."""
        if not event.spontaneous():
            assign_mnemonics(self)
        super().showEvent(event)

    @abstractmethod
    def save(self) -> str:
        """Store what was entered and return the confirmation; raise CchcError to stay open."""
        ...  # every subclass provides it

    def submit(self) -> None:
        try:
            message = self.save()
        except CchcError as error:
            show_error(self.error_label, error, self.fields)
            return
        self.saved.emit(message)
        self.accept()


class ProgressNoteDialog(QuickTaskDialog):
    """"Cập nhật tiến độ": a date (today by default) and what was done."""

    def __init__(self, task_title: str, today: dt.date, add: Callable[[dt.date, str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__("Cập nhật tiến độ", task_title, parent)
        self._add = add
        self.date_field = DateField("Ngày cập nhật")
        self.date_field.set_date(today)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText("Kết quả, vướng mắc, việc đã làm…")
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.add_row("Ngày cập nhật", self.date_field)
        self.add_row("Nội dung", self.note_edit, "Nội dung tiến độ")
        self.note_edit.setFocus()

    def save(self) -> str:
        noted_on = self.date_field.date()
        if noted_on is None:
            raise ValidationError("Ngày cập nhật", "", "Cần ghi ngày cập nhật tiến độ.")
        self._add(noted_on, self.note_edit.toPlainText())
        return f"Đã cập nhật tiến độ ngày {self.date_field.edit.text()}."


class CompleteDialog(QuickTaskDialog):
    """"Hoàn thành": the completion date (today by default) and the evidence; the service says if it was late."""

    def __init__(self, task_title: str, today: dt.date, complete: Callable[[dt.date, str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__("Ghi nhận hoàn thành", task_title, parent)
        self._complete = complete
        self.date_field = DateField("Ngày hoàn thành")
        self.date_field.set_date(today)
        self.evidence_edit = QLineEdit()
        self.evidence_edit.setMaxLength(1000)
        self.evidence_edit.setPlaceholderText("Ví dụ: Báo cáo số 45/BC-SNV ngày 05/7/2022")
        self.add_row("Ngày hoàn thành", self.date_field)
        self.add_row("Minh chứng", self.evidence_edit)

    def save(self) -> str:
        completed_on = self.date_field.date()
        if completed_on is None:
            raise ValidationError("Ngày hoàn thành", "", "Cần ghi ngày hoàn thành.")
        return self._complete(completed_on, self.evidence_edit.text())
