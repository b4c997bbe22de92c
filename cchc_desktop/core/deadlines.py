"""Deadlines in the shapes notices use, and the due date computed from them.

"trước ngày 30/6/2022" → due 29/6/2022 is too strict for practice: offices read "trước ngày" as "no later than"
that date, so the due date is the date itself. "trong Quý III/2024" → 30/9/2024; "trong tháng 5/2024" →
31/5/2024; recurring and open-ended tasks have no due date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .enums import DeadlineKind, Recurrence
from .errors import ValidationError
from .formats import format_date, nd30_month, short_date

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
                raise ValidationError("Thời hạn", f"{self.quarter}/{self.year}",
                                      "Thời hạn theo quý cần quý (1–4) và năm.")
        if self.kind == DeadlineKind.MONTH:
            if self.year is None or self.month is None or not 1 <= self.month <= 12:
                raise ValidationError("Thời hạn", f"{self.month}/{self.year}",
                                      "Thời hạn theo tháng cần tháng (1–12) và năm.")

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
            return f"ngày {short_date(self.date)}"  # type: ignore[arg-type]
        if self.kind == DeadlineKind.BEFORE:
            return f"trước ngày {short_date(self.date)}"  # type: ignore[arg-type]
        if self.kind == DeadlineKind.QUARTER:
            return f"trong Quý {ROMAN_QUARTERS[self.quarter]}/{self.year}"  # type: ignore[index]
        if self.kind == DeadlineKind.MONTH:
            return f"trong tháng {nd30_month(self.month)}/{self.year}"  # type: ignore[arg-type]
        if self.kind == DeadlineKind.RECURRING:
            if self.recurrence in (None, Recurrence.CONTINUOUS):
                return "Thường xuyên"
            return f"Thường xuyên ({self.recurrence.label})"
        return "Không có thời hạn"


_ROMAN_TO_INT = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_DATE = r"(\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})"
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"^(?:truoc|cham nhat|khong muon hon)(?: ngay)? {_DATE}$"), "before"),
    (re.compile(rf"^(?:ngay |den ngay |han )?{_DATE}$"), "exact"),
    (re.compile(r"^(?:truoc|cham nhat|khong muon hon)(?: ngay)? (\d{1,2}) thang (\d{1,2}) nam (\d{4})$"),
     "before-words"),
    (re.compile(r"^(?:trong |truoc |cuoi )?quy ([ivx]+|\d)(?:\s*/\s*| nam )(\d{4})$"), "quarter"),
    (re.compile(r"^(?:trong )?thang (\d{1,2})(?:\s*/\s*| nam )(\d{4})$"), "month"),
]
_RECURRING = {"hang thang": Recurrence.MONTHLY, "hang quy": Recurrence.QUARTERLY, "hang nam": Recurrence.YEARLY}


def parse_deadline(text: str, field: str = "Thời hạn") -> Deadline:
    """Read a deadline as notices write it: "trước ngày 30/6/2022", "trong Quý III/2024", "tháng 5/2024",
    "Thường xuyên (hằng tháng)", "30/6/2022", or nothing."""
    from .formats import check_year, parse_date
    from .text import fold

    raw = (text or "").strip()
    folded = fold(raw).strip(" .;")
    if folded in ("", "khong", "khong co", "khong thoi han", "khong co thoi han"):
        return Deadline()
    if "thuong xuyen" in folded or folded.startswith(("hang ", "dinh ky")):
        recurrence = next((rec for key, rec in _RECURRING.items() if key in folded), Recurrence.CONTINUOUS)
        return Deadline(DeadlineKind.RECURRING, recurrence=recurrence)
    for pattern, shape in _PATTERNS:
        match = pattern.match(folded)
        if not match:
            continue
        if shape == "before-words":
            day, month, year = match.groups()
            return Deadline(DeadlineKind.BEFORE, date=parse_date(f"{day}/{month}/{year}", field))
        if shape in ("before", "exact"):
            kind = DeadlineKind.BEFORE if shape == "before" else DeadlineKind.EXACT
            return Deadline(kind, date=parse_date(match.group(1).replace(" ", ""), field))
        if shape == "quarter":
            quarter_text = match.group(1)
            quarter = int(quarter_text) if quarter_text.isdigit() else _ROMAN_TO_INT.get(quarter_text, 0)
            check_year(int(match.group(2)), field, raw)
            return Deadline(DeadlineKind.QUARTER, year=int(match.group(2)), quarter=quarter)
        check_year(int(match.group(2)), field, raw)
        return Deadline(DeadlineKind.MONTH, year=int(match.group(2)), month=int(match.group(1)))
    raise ValidationError(
        field, raw,
        f"{field} “{raw}” không đọc được. Ví dụ hợp lệ: “trước ngày 30/6/2022”, “trong Quý III/2024”, "
        "“tháng 5/2024”, “hằng tháng”, hoặc để trống.",
    )


def date_order_problems(start: dt.date | None, due: dt.date | None, completed_on: dt.date | None = None,
                        origin: str = "ngày giao") -> list[str]:
    """What is out of order between a task's start (``origin`` names it: "ngày giao" or "ngày họp"), its due date
    and its completion date, as Vietnamese sentences; empty when they are in order or unknown."""
    problems = []
    if start is not None and due is not None and due < start:
        problems.append(f"Thời hạn {format_date(due)} sớm hơn {origin} {format_date(start)}.")
    if start is not None and completed_on is not None and completed_on < start:
        problems.append(f"Ngày hoàn thành {format_date(completed_on)} sớm hơn {origin} {format_date(start)}.")
    return problems
