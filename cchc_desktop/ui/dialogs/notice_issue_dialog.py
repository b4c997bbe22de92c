"""Issuing a draft notice: the question and the issue date (today by default) in one small dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...core.errors import ValidationError
from ..widgets.common import dialog_buttons, error_label, field_caption
from ..widgets.date_field import DateField
from ..widgets.field_errors import clear_when_fixed, show_message
from ..widgets.mnemonics import assign_mnemonics

QUESTION = "Cấp số và ban hành? Sau khi ban hành, thông báo không sửa được nữa."


class NoticeIssueDialog(QDialog):
    """Asks :data:`QUESTION` about ``summary``; :meth:`issue_date` is the chosen date once accepted."""

    def __init__(self, summary: str, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Ban hành thông báo")
        self.setMinimumWidth(460)
        self.question = QLabel(QUESTION)
        self.question.setWordWrap(True)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #5f6368;")
        self.date_field = DateField("Ngày ban hành")
        self.date_field.set_date(today or dt.date.today())
        self.error_label = error_label()
        self.buttons, self.ok_button, self.cancel_button = dialog_buttons("Cấp số, ban hành")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(field_caption("Ngày ban hành", self.date_field), self.date_field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        assign_mnemonics(self)
        self.date_field.setFocus()

    def issue_date(self) -> dt.date | None:
        try:
            return self.date_field.date()
        except ValidationError:
            return None

    def submit(self) -> None:
        """Accept only with a real date; otherwise say what is wrong under the field."""
        try:
            value = self.date_field.date()
        except ValidationError as error:
            self._show_error(str(error))
            return
        if value is None:
            self._show_error("Cần ghi ngày ban hành.")
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        show_message(self.error_label, text)
        clear_when_fixed(self.error_label, self.date_field)
        self.date_field.setFocus()


def ask_issue_date(parent: QWidget | None, summary: str) -> dt.date | None:
    """Show the dialog modally; the chosen date, or None when cancelled."""
    dialog = NoticeIssueDialog(summary, parent=parent)
    return dialog.issue_date() if dialog.exec() == QDialog.DialogCode.Accepted else None
