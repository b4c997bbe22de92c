"""Showing a :class:`CchcError` on a form: its message in the form's red label, the cursor in the field it names.

Every dialog and editor page shows a refused save the same way; each keeps its own ``fields`` map from the
Vietnamese field names the services use in :class:`ValidationError` to the widgets that edit them. The message
goes away by itself as soon as the field it names is changed to something acceptable (a date field: to a real
date or empty), so a fixed field no longer sits under a red line.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from ...core.errors import CchcError, ValidationError
from .date_field import DateField


def error_field(error: CchcError) -> str:
    """The field a validation error names; "" for other errors."""
    return error.field if isinstance(error, ValidationError) else ""


def show_message(label: QLabel, text: str) -> None:
    """``text`` in ``label``, which is hidden while ``text`` is empty."""
    label.setText(text)
    label.setVisible(bool(text))


def focus_field(widget: QWidget) -> None:
    """Put the cursor in ``widget`` with its text selected (a date field's line edit, an editable combo's text)."""
    if isinstance(widget, DateField):
        widget = widget.edit
    widget.setFocus()
    editor = widget.lineEdit() if isinstance(widget, QComboBox) and widget.isEditable() else widget
    if isinstance(editor, (QLineEdit, QAbstractSpinBox)):
        editor.selectAll()


def change_signals(widget: QWidget) -> list[SignalInstance]:
    """The signals that say ``widget``'s value was changed by the user or the program."""
    if isinstance(widget, DateField):
        return [widget.changed]
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged, widget.editTextChanged]
    if isinstance(widget, QSpinBox):
        return [widget.valueChanged]
    if isinstance(widget, QAbstractButton):
        return [widget.toggled]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        return [widget.model().dataChanged, widget.model().rowsInserted, widget.model().rowsRemoved]
    changed = getattr(widget, "changed", None)
    return [changed] if isinstance(changed, SignalInstance) else []


class _ClearWhenFixed(QObject):
    """Hides ``label`` once ``widget`` changes to an acceptable value, if the label still shows ``text``."""

    def __init__(self, label: QLabel, widget: QWidget, text: str) -> None:
        super().__init__(label)
        self.label, self.widget, self.text = label, widget, text
        self.signals = change_signals(widget)
        for signal in self.signals:
            signal.connect(self.check)

    def check(self, *_: object) -> None:
        if isinstance(self.widget, DateField) and not self.widget.is_valid():
            return
        if self.label.text() == self.text:
            show_message(self.label, "")
        self.stop()

    def stop(self) -> None:
        for signal in self.signals:
            signal.disconnect(self.check)
        self.signals = []
        self.deleteLater()


def clear_when_fixed(label: QLabel, widget: QWidget) -> None:
    """The message now in ``label`` goes once ``widget`` is changed to an acceptable value; an earlier watch on the
    label ends (only the latest message is watched)."""
    for old in label.findChildren(_ClearWhenFixed):
        old.stop()
    _ClearWhenFixed(label, widget, label.text())


def show_error(label: QLabel, error: CchcError, fields: Mapping[str, QWidget] | None = None) -> QWidget | None:
    """The message in ``label``; the widget of ``fields`` that the error names gets the focus and changing it to
    an acceptable value removes the message. That widget, or None when the error names no field of the form (the
    caller may then point at a table or a tab)."""
    show_message(label, str(error))
    widget = (fields or {}).get(error_field(error))
    if widget is not None:
        clear_when_fixed(label, widget)
        focus_field(widget)
    return widget
