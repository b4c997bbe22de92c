"""A date typed as dd/mm/yyyy (or picked from a calendar), which may be left empty.

The field is one Tab stop: the calendar button takes no keyboard focus (Alt+↓ or F4 in the text box opens the
calendar, as in a drop-down list; Enter or a click picks the day), so Tab goes from the date straight to the next field.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from ...core.errors import ValidationError
from ...core.formats import format_date, parse_date


class DateField(QWidget):
    """``date()`` returns the date, None when empty, and raises ValidationError (naming ``field``) when the
    text is not a real date — so a form shows "Hạn hoàn thành 31/02/2024 không phải là ngày hợp lệ."."""

    changed = Signal()

    def __init__(self, field: str = "Ngày", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.edit = QLineEdit(self)  # children made with their parent come after it in the focus chain
        self.edit.setPlaceholderText("dd/mm/yyyy")
        self.edit.setMaxLength(10)
        self.edit.setMinimumWidth(110)
        self.edit.textChanged.connect(self.changed)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip("Chọn trên lịch (Alt+↓ hoặc F4)")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self)  # popped up by the button (not its own menu: that would draw a second arrow)
        action = QWidgetAction(self.menu)
        action.setDefaultWidget(self.calendar)
        self.menu.addAction(action)
        self.button.clicked.connect(self.open_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        opener = QAction(self.edit)
        opener.setShortcuts([QKeySequence("Alt+Down"), QKeySequence("F4")])
        opener.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        opener.triggered.connect(self.open_calendar)
        self.edit.addAction(opener)

    def open_calendar(self) -> None:
        """Drop the calendar down under the field, on the typed date when there is one; it takes the keys."""
        value = self.date() if self.is_valid() else None
        if value is not None:
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))
        self.menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.setFocus()

    def date(self) -> dt.date | None:
        text = self.edit.text().strip()
        return parse_date(text, self.field) if text else None

    def is_valid(self) -> bool:
        try:
            self.date()
        except ValidationError:
            return False
        return True

    def set_date(self, value: dt.date | None) -> None:
        self.edit.setText(format_date(value))
        if value is not None:
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def _picked(self, value: QDate) -> None:
        self.set_date(dt.date(value.year(), value.month(), value.day()))
        self.menu.hide()
        self.edit.setFocus()
