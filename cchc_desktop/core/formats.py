"""Dates and numbers the Vietnamese way.

Forms show dates as ``dd/mm/yyyy``; notices follow Nghị định 30/2020: ``ngày 08 tháng 6 năm 2022`` (a day below
10 and the months 1 and 2 take a leading zero, months 3–12 do not) and the short form in running text
``08/6/2022``. Decimals use a comma (``88,58``) and a dot groups thousands (``1.234``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .errors import ValidationError

__all__ = [
    "PartialDate", "format_date", "parse_date", "nd30_day", "nd30_month", "notice_date_line",
    "short_date", "format_number", "format_percent", "parse_number",
]

_DATE_RE = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")
_ISO_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
BLANK_DAY = "    "  # what a clerk leaves for the day to be written in after signature


def format_date(value: dt.date | None) -> str:
    """``dd/mm/yyyy`` for forms and lists; empty for no date."""
    return "" if value is None else f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def parse_date(text: str, field: str = "Ngày") -> dt.date:
    """Parse ``d/m/yyyy`` (also ``-`` or ``.`` separators, or ISO ``yyyy-mm-dd``).

    Raises :class:`ValidationError` naming ``field`` and the value when it is not a real date.
    """
    raw = (text or "").strip()
    match = _DATE_RE.match(raw)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        iso = _ISO_RE.match(raw)
        if not iso:
            raise ValidationError(field, raw, f"{field} “{raw}” không đúng dạng ngày/tháng/năm (ví dụ 08/06/2022).")
        year, month, day = (int(g) for g in iso.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(field, raw, f"{field} {raw} không phải là ngày hợp lệ.") from None


def nd30_day(day: int) -> str:
    """Day for a notice: leading zero below 10."""
    return f"{day:02d}"


def nd30_month(month: int) -> str:
    """Month for a notice: leading zero for January and February only."""
    return f"{month:02d}" if month in (1, 2) else str(month)


def short_date(value: dt.date) -> str:
    """Date in running text of a notice: ``08/6/2022``, ``09/01/2024``, ``15/12/2021``."""
    return f"{nd30_day(value.day)}/{nd30_month(value.month)}/{value.year}"


@dataclass(frozen=True)
class PartialDate:
    """A notice date that may lack its day (or month) until the document is registered."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValidationError("Tháng", str(self.month), f"Tháng {self.month} không hợp lệ.")
        if self.day is not None:
            if self.month is None or self.year is None:
                raise ValidationError("Ngày", str(self.day), "Có ngày thì phải có cả tháng và năm.")
            try:
                dt.date(self.year, self.month, self.day)
            except ValueError:
                raise ValidationError(
                    "Ngày", f"{self.day}/{self.month}/{self.year}",
                    f"Ngày {self.day}/{self.month}/{self.year} không phải là ngày hợp lệ.",
                ) from None

    @classmethod
    def of(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def complete(self) -> bool:
        return self.day is not None

    def as_date(self) -> dt.date | None:
        if self.complete:
            return dt.date(self.year, self.month, self.day)  # type: ignore[arg-type]
        return None


def notice_date_line(place: str, date: PartialDate) -> str:
    """The italic place-and-date line: ``Lạng Sơn, ngày 08 tháng 6 năm 2022``.

    Missing parts are left blank for handwriting, as drafts do: ``Lạng Sơn, ngày     tháng 6 năm 2022``.
    """
    day = nd30_day(date.day) if date.day is not None else BLANK_DAY
    month = nd30_month(date.month) if date.month is not None else BLANK_DAY
    year = str(date.year) if date.year is not None else "20.."
    return f"{place}, ngày {day} tháng {month} năm {year}"


def format_number(value: float | int | None, decimals: int = 2, *, trim: bool = False) -> str:
    """``88,58``; thousands grouped with a dot (``1.234,50``); ``trim`` drops trailing zeros (``8,5``)."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"  # 1,234.50
    text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    if trim and "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def format_percent(value: float | None, decimals: int = 2) -> str:
    """``85,48%``."""
    return "" if value is None else f"{format_number(value, decimals)}%"


_NUMBER_CHARS = re.compile(r"^[+-]?[\d.,]+$")


def parse_number(text: str, field: str = "Số") -> float:
    """Parse a number typed the Vietnamese way (``88,58``, ``1.234,5``) or the machine way (``88.58``).

    Rules: with both separators the last one is the decimal mark; a comma alone is the decimal mark; one dot
    alone is a decimal point (tables exported by other programs); several dots group thousands.
    """
    raw = (text or "").strip().replace("\u00a0", "").replace(" ", "")
    if not raw or not _NUMBER_CHARS.match(raw):
        raise ValidationError(field, text, f"{field} “{(text or '').strip()}” không phải là số.")
    if "," in raw and "." in raw:
        decimal_mark = "," if raw.rfind(",") > raw.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        normal = raw.replace(group_mark, "").replace(decimal_mark, ".")
    elif "," in raw:
        if raw.count(",") > 1:
            raise ValidationError(field, text, f"{field} “{text.strip()}” có nhiều dấu phẩy thập phân.")
        normal = raw.replace(",", ".")
    elif raw.count(".") > 1:
        normal = raw.replace(".", "")
    else:
        normal = raw
    try:
        return float(normal)
    except ValueError:
        raise ValidationError(field, text, f"{field} “{text.strip()}” không phải là số.") from None
