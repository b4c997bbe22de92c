"""Dates and numbers the Vietnamese way.

Forms show dates as ``dd/mm/yyyy``; notices follow Nghị định 30/2020: ``ngày 08 tháng 6 năm 2022`` (a day below
10 and the months 1 and 2 take a leading zero, months 3–12 do not) and the short form in running text
``08/6/2022``. Decimals use a comma (``88,58``) and a dot groups thousands (``1.234``).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from .errors import ValidationError

__all__ = [
    "PartialDate", "format_date", "parse_date", "nd30_day", "nd30_month", "notice_date_line",
    "short_date", "format_number", "format_percent", "parse_number", "parse_whole_number", "check_year",
    "MIN_YEAR", "MAX_YEAR",
]

_DATE_RE = re.compile(r"^\s*([0-9]{1,2})\s*[/.-]\s*([0-9]{1,2})\s*[/.-]\s*([0-9]{4})\s*$")
_ISO_RE = re.compile(r"^\s*([0-9]{4})-([0-9]{2})-([0-9]{2})\s*$")
BLANK_DAY = "    "  # what a clerk leaves for the day to be written in after signature
# Dates a user may type or import: anything outside is a typing error ("0001", "9999"), not a real deadline.
MIN_YEAR, MAX_YEAR = 1990, 2100


def check_year(year: int, field: str, raw: str) -> None:
    """Raise ValidationError unless ``year`` lies within MIN_YEAR–MAX_YEAR."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(field, raw, f"{field} “{raw}”: năm {year} nằm ngoài khoảng {MIN_YEAR}–{MAX_YEAR}.")


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
    check_year(year, field, raw)
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


_NUMBER_CHARS = re.compile(r"^[+-]?[0-9.,]+$")  # ASCII digits only: "²", "①", "٣" are not numbers here
_GROUPED = re.compile(r"^[0-9]{1,3}(?:[.,][0-9]{3})+$")  # 1.234.567 / 1,234,567
MAX_NUMBER_TEXT = 40  # characters: a cell longer than this is no number a person typed


def _not_a_number(field: str, text: str, why: str = "không phải là số") -> ValidationError:
    shown = (text or "").strip()
    shown = shown if len(shown) <= 60 else shown[:57] + "…"
    return ValidationError(field, text, f"{field} “{shown}” {why}.")


def parse_number(text: str, field: str = "Số", *, minimum: float | None = None,
                 maximum: float | None = None) -> float:
    """Parse a number typed the Vietnamese way (``88,58``, ``1.234,5``) or the machine way (``88.58``).

    Rules: with both separators the last one is the decimal mark; a comma alone is the decimal mark; one dot
    alone is a decimal point (tables exported by other programs); several dots group thousands, and then every
    group has three digits ("1.234.567"; "0.4.5" is refused, never read as 45). Only ASCII digits; the result
    is finite ("1"×400 is refused, not infinity) and, when given, within ``minimum``–``maximum``.
    """
    raw = (text or "").strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if len(raw) > MAX_NUMBER_TEXT:
        raise _not_a_number(field, text, f"quá dài ({len(raw)} ký tự) để là một số")
    if not raw or not _NUMBER_CHARS.match(raw):
        raise _not_a_number(field, text)
    sign = "-" if raw[0] == "-" else ""
    body = raw.lstrip("+-")
    if "," in body and "." in body:
        decimal_mark = "," if body.rfind(",") > body.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        whole, _, fraction = body.rpartition(decimal_mark)
        if decimal_mark in whole or (group_mark in whole and not _GROUPED.match(whole)) or group_mark in fraction:
            raise _not_a_number(field, text, "có dấu phân cách không đúng chỗ")
        normal = whole.replace(group_mark, "") + "." + fraction
    elif "," in body:
        if body.count(",") > 1:
            raise ValidationError(field, text, f"{field} “{text.strip()}” có nhiều dấu phẩy thập phân.")
        normal = body.replace(",", ".")
    elif body.count(".") > 1:
        if not _GROUPED.match(body):
            raise _not_a_number(field, text, "có nhiều dấu chấm thập phân")
        normal = body.replace(".", "")
    else:
        normal = body
    if not any(c.isdigit() for c in normal) or normal.startswith(".") and len(normal) == 1:
        raise _not_a_number(field, text)
    try:
        value = float(sign + normal)
    except ValueError:
        raise _not_a_number(field, text) from None
    if not math.isfinite(value):
        raise _not_a_number(field, text, "quá lớn")
    if minimum is not None and value < minimum or maximum is not None and value > maximum:
        low = format_number(minimum, 2, trim=True) if minimum is not None else "…"
        high = format_number(maximum, 2, trim=True) if maximum is not None else "…"
        raise ValidationError(field, text, f"{field} {text.strip()} nằm ngoài khoảng {low}–{high}.")
    return value


def parse_whole_number(text: str, field: str = "Số", *, minimum: int = 1, maximum: int = 100_000) -> int:
    """A whole number written with ASCII digits only (a rank, a year): "²" or "①" is refused, not crashed on."""
    raw = (text or "").strip()
    if len(raw) > MAX_NUMBER_TEXT or not re.fullmatch(r"[0-9]+", raw):
        raise _not_a_number(field, text, "không phải là số nguyên")
    value = int(raw)
    if not minimum <= value <= maximum:
        raise ValidationError(field, text, f"{field} {raw} nằm ngoài khoảng {minimum}–{maximum}.")
    return value
