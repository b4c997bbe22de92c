"""Reading Excel workbooks safely: a clear Vietnamese message for files Excel cannot open."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import CchcError, ImportRejected, RowProblem
from .table_reader import MAX_ROWS, cell_problem, column_letter, count_text, duplicate_header_problems

FORMULA_NOT_CALCULATED = "ô có công thức chưa được tính — hãy mở và lưu lại trong Excel"


def read_raw_rows(path: Path) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, cell values) of the first sheet's non-empty rows.

    The whole sheet is read, whatever its stored size record (``<dimension>``) says: some programs write it too
    small, and openpyxl's read-only mode would then stop there. Every cell is checked with the rules of
    :mod:`core.table_reader` (length, characters), plus: a number that is NaN or infinite, and a formula
    without a cached value (a file written by a program that does not calculate), are refused with their row
    and column instead of being read as blank. A damaged file (zip, XML, compression) is one Vietnamese message.
    """
    yield from _read_checked(Path(path))


def _open(path: Path, data_only: bool) -> Any:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=data_only)
    if not book.worksheets:
        book.close()
        raise CchcError(f"Tệp “{path.name}” không có trang tính nào.")
    return book


def _read_checked(path: Path) -> list[tuple[int, tuple[Any, ...]]]:
    if not path.is_file():
        raise CchcError(f"Không tìm thấy tệp “{path}”.")
    damaged = (f"Tệp “{path.name}” không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng{{where}}; hãy mở bằng "
               "Excel và lưu lại, hoặc lưu dạng CSV UTF-8.")
    books: list[Any] = []
    number = 0
    try:
        books = [_open(path, True), _open(path, False)]
        values_sheet, formula_sheet = (book.worksheets[0] for book in books)
        for sheet in (values_sheet, formula_sheet):
            sheet.reset_dimensions()  # never trust the stored <dimension>
        rows: list[tuple[int, tuple[Any, ...]]] = []
        problems: list[RowProblem] = []
        header: tuple[Any, ...] = ()
        formulas = formula_sheet.iter_rows(values_only=True)
        for number, values in enumerate(values_sheet.iter_rows(values_only=True), start=1):
            written = next(formulas, ())
            if number > MAX_ROWS:
                raise CchcError(f"Tệp “{path.name}” có hơn {count_text(MAX_ROWS)} dòng; không phải một bảng nhập.")
            values = tuple(values)
            for index, value in enumerate(values):
                reason = _value_problem(value, written[index] if index < len(written) else None)
                if reason:
                    problems.append(RowProblem(number, _label(header, index), reason))
            if any(v not in (None, "") and str(v).strip() for v in values) or any(
                    isinstance(w, str) and w.startswith("=") for w in written):
                rows.append((number, values))
                if not header and sum(1 for v in values if v not in (None, "")) >= 2:
                    header = values  # the header row (a one-cell title row above it is not)
    except CchcError:
        raise
    except Exception:  # noqa: BLE001 - zip, XML, zlib, openpyxl's own errors: the file is damaged, say so once
        where = f" (hỏng từ dòng {number + 1} của trang tính đầu)" if number else ""
        raise CchcError(damaged.replace("{where}", where)) from None
    finally:
        for book in books:
            book.close()
    if problems:
        raise ImportRejected(problems)
    return rows


def check_header(number: int, values: tuple[Any, ...] | list[Any]) -> None:
    """Refuse a header row that names a column twice (ImportRejected naming both columns)."""
    problems = duplicate_header_problems(number, [cell_text(v) for v in values])
    if problems:
        raise ImportRejected(problems)


def _label(header: tuple[Any, ...], index: int) -> str:
    """The column as the user sees it: its header text where the header row names it, else its letter."""
    name = header[index] if index < len(header) else None
    if isinstance(name, str) and name.strip():
        return name.strip().rstrip("*").strip()[:60]
    return column_letter(index)


def _value_problem(value: Any, written: Any) -> str | None:
    if value is None and isinstance(written, str) and written.startswith("="):
        return FORMULA_NOT_CALCULATED
    if isinstance(value, float) and not math.isfinite(value):
        return "ô chứa giá trị số không hợp lệ (NaN hoặc vô cực)"
    if isinstance(value, str):
        if value.startswith("#") and value.rstrip("!?/0A").upper() in ("#REF", "#VALUE", "#DIV", "#N", "#NAME",
                                                                       "#NUM", "#NULL"):
            return f"ô có lỗi công thức “{value}”"
        return cell_problem(value)
    return None


def cell_text(value: Any) -> str:
    """A cell as text: dates as dd/mm/yyyy, whole floats without ".0"."""
    if value is None:
        return ""
    if isinstance(value, (dt.datetime, dt.date)):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        text = repr(value)
        return f"{value:.12f}".rstrip("0").rstrip(".") if "e" in text else text
    return str(value).strip()
