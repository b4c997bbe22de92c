"""Year spin boxes: :func:`year_spin` for a year that must be given, :class:`YearSpin` for one that may be left
empty (a plan without a stated period)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

FIRST_YEAR = 1945
LAST_YEAR = 2100
EMPTY_TEXT = "—"


def year_spin(first: int, last: int = LAST_YEAR, value: int | None = None, prefix: str = "", tip: str = "") -> QSpinBox:
    """A spin box of the years ``first`` to ``last`` showing ``value`` (the first year when None), its text after
    ``prefix`` ("năm ")."""
    spin = QSpinBox()
    spin.setRange(first, last)
    if value is not None:
        spin.setValue(value)
    spin.setPrefix(prefix)
    if tip:
        spin.setToolTip(tip)
    return spin


class YearSpin(QSpinBox):
    """``year()`` is None while the box is empty; clearing the text empties it, and the arrows start from the
    current year rather than from the lowest year allowed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The value just below the first year stands for "no year" and is shown as a dash.
        self.setRange(FIRST_YEAR - 1, LAST_YEAR)
        self.setSpecialValueText(EMPTY_TEXT)
        self.setValue(self.minimum())
        self.setAccelerated(True)

    def year(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def set_year(self, year: int | None) -> None:
        self.setValue(self.minimum() if year is None else year)

    def validate(self, text: str, pos: int) -> object:  # type: ignore[override]
        if not text.strip() or text.strip() == EMPTY_TEXT:
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> int:
        if not text.strip() or text.strip() == EMPTY_TEXT:
            return self.minimum()
        return super().valueFromText(text)

    def stepBy(self, steps: int) -> None:
        if self.year() is None:
            self.setValue(dt.date.today().year)
            return
        super().stepBy(steps)
