"""The small forms of the "Bộ tiêu chí" page: labelled rows, a red error line, and Lưu / Hủy.

A form dialog calls its ``save`` function when Lưu is pressed; a :class:`CchcError` stays in the dialog as a red
line under the form (nothing was stored), and the field it names gets the focus. On success the dialog emits
:attr:`FormDialog.saved` with what ``save`` returned and closes.
"""

from __future__ import annotations

from abc import abstractmethod

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ....core.errors import CchcError
from ...widgets.common import HINT_STYLE, dialog_buttons, error_label, field_caption
from ...widgets.field_errors import show_error
from ...widgets.mnemonics import assign_mnemonics


class FormDialog(QDialog):
    """Window-modal (``open()``). Subclasses add rows with :meth:`add_row` and implement :meth:`save`."""

    saved = Signal(object)
    """What :meth:`save` returned (an id, usually)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(8)
        self.error_label = error_label()
        self.buttons, self.ok_button, self.cancel_button = dialog_buttons()
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def add_row(self, label: str, widget: QWidget, *, required: bool = False, hint: str = "") -> None:
        """A labelled row; ``label`` is also the ``field`` of the core's ValidationError for this widget."""
        self.fields[label] = widget
        self.form.addRow(field_caption(label, widget, required), widget)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setStyleSheet(HINT_STYLE)
            self.form.addRow("", note)

    def showEvent(self, event: QShowEvent) -> None:
        """The rows are all added by now: give their captions their Alt+letters."""
        if not event.spontaneous():
            assign_mnemonics(self)
        super().showEvent(event)

    @abstractmethod
    def save(self) -> object:
        """Store what the form says; raise CchcError with a message for the user when it cannot."""
        ...  # every subclass provides it

    def submit(self) -> None:
        try:
            result = self.save()
        except CchcError as error:
            self.show_error(error)
            return
        self.saved.emit(result)
        self.accept()

    def show_error(self, error: CchcError) -> None:
        show_error(self.error_label, error, self.fields)


def notes_edit(lines: int = 4) -> QPlainTextEdit:
    """A short multi-line text box where Tab moves on."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit
