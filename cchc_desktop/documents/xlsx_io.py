"""Reading Excel workbooks safely: a clear Vietnamese message for files Excel cannot open."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..core.errors import CchcError


def read_raw_rows(path: Path) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, cell values) of the first sheet's non-empty rows."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    path = Path(path)
    if not path.is_file():
        raise CchcError(f"Không tìm thấy tệp “{path}”.")
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise CchcError(f"Tệp “{path.name}” không phải là tệp Excel (.xlsx) hợp lệ.") from None
    try:
        for number, values in enumerate(book.worksheets[0].iter_rows(values_only=True), start=1):
            if any(v not in (None, "") and str(v).strip() for v in values):
                yield number, values
    finally:
        book.close()


def cell_text(value: Any) -> str:
    """A cell as text: dates as dd/mm/yyyy, whole floats without ".0"."""
    if value is None:
        return ""
    if isinstance(value, (dt.datetime, dt.date)):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
