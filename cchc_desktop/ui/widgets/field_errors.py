"""Showing a :class:`CchcError` on a form: its message in the form's red label, the cursor in the field it names.

Every dialog and editor page shows a refused save the same way; each keeps its own ``fields`` map from the
Vietnamese field names the services use in :class:`ValidationError` to the widgets that edit them.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QWidget

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


def show_error(label: QLabel, error: CchcError, fields: Mapping[str, QWidget] | None = None) -> QWidget | None:
    """The message in ``label``; the widget of ``fields`` that the error names gets the focus. That widget,
    or None when the error names no field of the form (the caller may then point at a table or a tab)."""
    show_message(label, str(error))
    widget = (fields or {}).get(error_field(error))
    if widget is not None:
        focus_field(widget)
    return widget
