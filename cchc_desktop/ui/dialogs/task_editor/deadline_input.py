"""The deadline of a task in the shape the document writes it, with a live preview of the due date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ....core.deadlines import ROMAN_QUARTERS, Deadline
from ....core.enums import DeadlineKind, Recurrence
from ....core.errors import ValidationError
from ....core.formats import format_date
from ...widgets.date_field import DateField
from ...widgets.year_spin import year_spin

FIELD = "Thời hạn"
ERROR_STYLE = "color: #b3261e;"
PREVIEW_STYLE = "color: palette(text); font-weight: 600;"


def _row(*widgets: QWidget, stretch: bool = True) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return holder


def _year_spin(year: int) -> QSpinBox:
    return year_spin(2000, 2100, year, prefix="năm ")


class DeadlineInput(QWidget):
    """A shape combo (Đúng ngày, Trước ngày, Trong quý …), the inputs of that shape, and the due date it gives.

    :meth:`deadline` returns a :class:`Deadline` or raises ValidationError naming the field "Thời hạn".
    """

    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_combo = QComboBox()
        for kind in DeadlineKind:
            self.kind_combo.addItem(kind.label, kind)
        self.date_field = DateField(FIELD)
        self.quarter_combo = QComboBox()
        for number, roman in ROMAN_QUARTERS.items():
            self.quarter_combo.addItem(f"Quý {roman}", number)
        self.quarter_year = _year_spin(today.year)
        self.month_spin = QSpinBox()
        self.month_spin.setRange(1, 12)
        self.month_spin.setPrefix("tháng ")
        self.month_spin.setValue(today.month)
        self.month_year = _year_spin(today.year)
        self.recurrence_combo = QComboBox()
        for recurrence in Recurrence:
            self.recurrence_combo.addItem(recurrence.label.capitalize(), recurrence)
        self.pages = QStackedWidget()
        self.pages.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._page_of: dict[DeadlineKind, QWidget] = {}
        date_page = _row(self.date_field)
        for kind, page in (
            (DeadlineKind.EXACT, date_page), (DeadlineKind.BEFORE, date_page),
            (DeadlineKind.QUARTER, _row(self.quarter_combo, self.quarter_year)),
            (DeadlineKind.MONTH, _row(self.month_spin, self.month_year)),
            (DeadlineKind.RECURRING, _row(self.recurrence_combo)),
            (DeadlineKind.NONE, QWidget()),
        ):
            if self.pages.indexOf(page) < 0:
                self.pages.addWidget(page)
            self._page_of[kind] = page
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.text_edit = QLineEdit()
        self.text_edit.setMaxLength(200)
        self.text_edit.setToolTip("Để trống thì ghi theo thời hạn đã chọn")

        shape = QHBoxLayout()
        shape.setContentsMargins(0, 0, 0, 0)
        shape.addWidget(self.kind_combo)
        shape.addWidget(self.pages, 1)
        self.written_row = QWidget()
        written = QHBoxLayout(self.written_row)
        written.setContentsMargins(0, 0, 0, 0)
        caption = QLabel("Ghi như trong văn bản:")
        caption.setBuddy(self.text_edit)
        written.addWidget(caption)
        written.addWidget(self.text_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(shape)
        layout.addWidget(self.preview)
        layout.addWidget(self.written_row)
        self.setFocusProxy(self.kind_combo)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.date_field.changed, self.quarter_combo.currentIndexChanged,
                       self.quarter_year.valueChanged, self.month_spin.valueChanged, self.month_year.valueChanged,
                       self.recurrence_combo.currentIndexChanged):
            signal.connect(self._update_preview)
        self.text_edit.textChanged.connect(self.changed)
        self.set_kind(DeadlineKind.NONE)

    # -- reading and writing ---------------------------------------------------------------------------------
    def kind(self) -> DeadlineKind:
        return DeadlineKind(self.kind_combo.currentData())

    def set_kind(self, kind: DeadlineKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self._kind_changed()

    def deadline(self) -> Deadline:
        kind = self.kind()
        if kind in (DeadlineKind.EXACT, DeadlineKind.BEFORE):
            return Deadline(kind, date=self.date_field.date())
        if kind == DeadlineKind.QUARTER:
            return Deadline(kind, year=self.quarter_year.value(), quarter=self.quarter_combo.currentData())
        if kind == DeadlineKind.MONTH:
            return Deadline(kind, year=self.month_year.value(), month=self.month_spin.value())
        if kind == DeadlineKind.RECURRING:
            return Deadline(kind, recurrence=Recurrence(self.recurrence_combo.currentData()))
        return Deadline()

    def set_deadline(self, deadline: Deadline, written: str = "") -> None:
        """Show ``deadline``; ``written`` is kept only where it differs from how the deadline describes itself."""
        if deadline.date is not None:
            self.date_field.set_date(deadline.date)
        if deadline.quarter is not None:
            self.quarter_combo.setCurrentIndex(self.quarter_combo.findData(deadline.quarter))
            self.quarter_year.setValue(deadline.year or self.quarter_year.value())
        if deadline.month is not None:
            self.month_spin.setValue(deadline.month)
            self.month_year.setValue(deadline.year or self.month_year.value())
        if deadline.recurrence is not None:
            self.recurrence_combo.setCurrentIndex(self.recurrence_combo.findData(deadline.recurrence))
        self.set_kind(deadline.kind)
        own_words = "" if deadline.kind == DeadlineKind.NONE else deadline.describe()
        self.text_edit.setText("" if written.strip() == own_words else written)

    def written_text(self) -> str:
        return self.text_edit.text().strip()

    def snapshot(self) -> tuple[object, ...]:
        """What the user has entered, to tell whether anything changed."""
        return (self.kind(), self.date_field.edit.text(), self.quarter_combo.currentIndex(),
                self.quarter_year.value(), self.month_spin.value(), self.month_year.value(),
                self.recurrence_combo.currentIndex(), self.text_edit.text())

    # -- behaviour -------------------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        self.pages.setCurrentWidget(self._page_of[self.kind()])
        self.pages.setVisible(self.kind() != DeadlineKind.NONE)
        self.written_row.setVisible(self.kind() != DeadlineKind.NONE or bool(self.text_edit.text()))
        self._update_preview()

    def _update_preview(self) -> None:
        """"Hạn xử lý: 30/09/2024", or why there is none, or what is wrong with the input (in red)."""
        try:
            deadline = self.deadline()
        except ValidationError as error:
            self.preview.setStyleSheet(ERROR_STYLE)
            self.preview.setText(str(error))
        else:
            due = deadline.due_date
            self.preview.setStyleSheet(PREVIEW_STYLE if due else "")
            if due is not None:
                self.preview.setText(f"Hạn xử lý: {format_date(due)}")
            elif deadline.kind == DeadlineKind.RECURRING:
                self.preview.setText("Hạn xử lý: không có (nhiệm vụ thường xuyên, định kỳ)")
            else:
                self.preview.setText("Hạn xử lý: không có")
            self.text_edit.setPlaceholderText(deadline.describe() if deadline.kind != DeadlineKind.NONE else "")
        self.changed.emit()
