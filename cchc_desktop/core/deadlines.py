"""Deadlines in the shapes notices use, and the due date computed from them.

"trước ngày 30/6/2022" → due 29/6/2022 is too strict for practice: offices read "trước ngày" as "no later than"
that date, so the due date is the date itself. "trong Quý III/2024" → 30/9/2024; "trong tháng 5/2024" →
31/5/2024; recurring and open-ended tasks have no due date.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from .enums import DeadlineKind, Recurrence
from .errors import ValidationError
from .formats import format_date

ROMAN_QUARTERS = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind = DeadlineKind.NONE
    date: dt.date | None = None
    year: int | None = None
    quarter: int | None = None
    month: int | None = None
    recurrence: Recurrence | None = None

    def __post_init__(self) -> None:
        if self.kind in (DeadlineKind.EXACT, DeadlineKind.BEFORE) and self.date is None:
            raise ValidationError("Thời hạn", "", "Thời hạn theo ngày cần có ngày cụ thể.")
        if self.kind == DeadlineKind.QUARTER:
            if self.year is None or self.quarter not in (1, 2, 3, 4):
                raise ValidationError("Thời hạn", f"{self.quarter}/{self.year}", "Thời hạn theo quý cần quý (1–4) và năm.")
        if self.kind == DeadlineKind.MONTH:
            if self.year is None or self.month is None or not 1 <= self.month <= 12:
                raise ValidationError("Thời hạn", f"{self.month}/{self.year}", "Thời hạn theo tháng cần tháng (1–12) và năm.")

    @property
    def due_date(self) -> dt.date | None:
        """The last day the task may be completed on, where the shape has one."""
        if self.kind in (DeadlineKind.EXACT, DeadlineKind.BEFORE):
            return self.date
        if self.kind == DeadlineKind.QUARTER:
            last_month = self.quarter * 3  # type: ignore[operator]
            return dt.date(self.year, last_month, calendar.monthrange(self.year, last_month)[1])  # type: ignore[arg-type]
        if self.kind == DeadlineKind.MONTH:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])  # type: ignore[arg-type]
        return None

    def describe(self) -> str:
        """The deadline as a notice writes it."""
        if self.kind == DeadlineKind.EXACT:
            return f"ngày {format_date(self.date)}"
        if self.kind == DeadlineKind.BEFORE:
            return f"trước ngày {format_date(self.date)}"
        if self.kind == DeadlineKind.QUARTER:
            return f"trong Quý {ROMAN_QUARTERS[self.quarter]}/{self.year}"  # type: ignore[index]
        if self.kind == DeadlineKind.MONTH:
            return f"trong tháng {self.month:02d}/{self.year}"  # type: ignore[str-format]
        if self.kind == DeadlineKind.RECURRING:
            return f"Thường xuyên ({(self.recurrence or Recurrence.CONTINUOUS).label})"
        return "Không có thời hạn"
