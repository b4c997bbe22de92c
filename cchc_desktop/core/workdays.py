"""Working days: Monday–Friday except Vietnamese public holidays (Tết, Giỗ Tổ, 30/4, 1/5, Quốc khánh and the
days off the Government moves around them): from the table shipped in :mod:`.vn_holidays` for the years it
covers, from the ``holidays`` package (imported only then) for others."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache


@lru_cache(maxsize=64)
def _holidays_of(year: int) -> dict[dt.date, str]:
    from . import vn_holidays

    if vn_holidays.FIRST_YEAR <= year <= vn_holidays.LAST_YEAR:
        prefix = f"{year:04d}-"
        return {dt.date.fromisoformat(day): name for day, name in vn_holidays.HOLIDAYS.items()
                if day.startswith(prefix)}
    from .holiday_table import package_holidays

    return package_holidays(range(year, year + 1))


def holiday_name(day: dt.date) -> str | None:
    """The public holiday on ``day`` (Vietnamese name), if any."""
    return _holidays_of(day.year).get(day)


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and holiday_name(day) is None


def add_working_days(start: dt.date, days: int) -> dt.date:
    """The date ``days`` working days after ``start`` (before it when negative); ``start`` itself not counted."""
    step = 1 if days >= 0 else -1
    remaining = abs(days)
    current = start
    while remaining:
        current += dt.timedelta(days=step)
        if is_working_day(current):
            remaining -= 1
    return current


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end`` (negative when ``end`` is earlier)."""
    if end < start:
        return -working_days_between(end, start)
    full_weeks, rest = divmod((end - start).days, 7)
    count = full_weeks * 5
    count += sum(1 for i in range(1, rest + 1) if (start + dt.timedelta(days=i)).weekday() < 5)
    for year in range(start.year, end.year + 1):
        count -= sum(1 for day in _holidays_of(year) if start < day <= end and day.weekday() < 5)
    return count
