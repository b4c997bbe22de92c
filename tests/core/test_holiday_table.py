"""The shipped holiday table is what the ``holidays`` package says, and working days use it without the package."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from cchc_desktop.core import vn_holidays
from cchc_desktop.core.holiday_table import FIRST_YEAR, LAST_YEAR, package_holidays
from cchc_desktop.core.workdays import _holidays_of, holiday_name, working_days_between


def test_shipped_table_equals_the_holidays_package() -> None:
    """Fails after an upgrade of ``holidays`` that changes a date: write the table again (see holiday_table)."""
    assert (vn_holidays.FIRST_YEAR, vn_holidays.LAST_YEAR) == (FIRST_YEAR, LAST_YEAR)
    expected = {day.isoformat(): name for day, name in package_holidays(range(FIRST_YEAR, LAST_YEAR + 1)).items()}
    assert vn_holidays.HOLIDAYS == expected


def test_known_days_off() -> None:
    assert holiday_name(dt.date(2025, 9, 2)) == "Quốc khánh"
    assert holiday_name(dt.date(2026, 4, 30)) is not None
    # Tết 2026 (17/2): Monday 16/2 to Friday 20/2 off, so that week has no working day.
    assert working_days_between(dt.date(2026, 2, 13), dt.date(2026, 2, 20)) == 0


def test_years_beyond_the_table_come_from_the_package() -> None:
    year = LAST_YEAR + 1
    assert _holidays_of(year) == package_holidays(range(year, year + 1))
    assert dt.date(year, 9, 2) in _holidays_of(year)


def test_working_days_do_not_import_the_holidays_package() -> None:
    code = ("import datetime as dt, sys; from cchc_desktop.core.workdays import working_days_between; "
            "working_days_between(dt.date(2024, 1, 1), dt.date(2026, 12, 31)); print('holidays' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
