"""The shipped table of Vietnamese public holidays (:mod:`.vn_holidays`), written from the ``holidays`` package.

Reading the table costs nothing at start-up, where importing ``holidays`` loads the modules of every country it
knows (a quarter of a second). Years outside the table still come from the package. After upgrading ``holidays``
(a test compares the table with it), write the table again::

    uv run python -m cchc_desktop.core.holiday_table
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

FIRST_YEAR, LAST_YEAR = 2000, 2045
TABLE = Path(__file__).with_name("vn_holidays.py")


def package_holidays(years: range) -> dict[dt.date, str]:
    """The public holidays of Việt Nam in ``years`` (Vietnamese names) as the ``holidays`` package gives them."""
    import holidays

    return dict(sorted(holidays.country_holidays("VN", years=years, language="vi").items()))


def table_source(first: int = FIRST_YEAR, last: int = LAST_YEAR) -> str:
    """The text of the :mod:`.vn_holidays` module for the years ``first`` … ``last``."""
    import holidays

    lines = [
        f'"""Vietnamese public holidays {first}–{last}, written by ``python -m cchc_desktop.core.holiday_table`` from',
        f'holidays {holidays.__version__}; do not edit by hand."""',
        "",
        f"FIRST_YEAR, LAST_YEAR = {first}, {last}",
        "",
        "HOLIDAYS: dict[str, str] = {",
    ]
    lines += [f"    {day.isoformat()!r}: {name!r}," for day, name in package_holidays(range(first, last + 1)).items()]
    lines += ["}", ""]
    return "\n".join(lines)


def main() -> None:
    TABLE.write_text(table_source(), encoding="utf-8")
    print(f"{TABLE}: {FIRST_YEAR}–{LAST_YEAR}")


if __name__ == "__main__":
    main()
