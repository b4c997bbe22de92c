"""One reader for every imported table (CSV or Excel): it never lies about what the file holds.

Every importer (results tables, scores, criteria trees, tasks) reads its cells through here or through
``core.xlsx_io`` (which applies the same cell rules to Excel values), so the rules are the same everywhere:

- CSV: UTF-8 with or without BOM (UTF-16 with BOM too, as Excel's "Unicode text" writes it), any line ending
  (LF, CRLF, or CR alone as Excel for Mac writes), ``#`` comment lines above the header skipped (below it a
  line starting with "#" is data, so it is checked rather than silently dropped);
- a cell longer than :data:`MAX_CELL_CHARS` characters, or holding characters no text may hold (U+FFFE, U+FFFF,
  lone surrogates, control characters), is refused with its row and column, never truncated or crashed on;
- two columns with the same header are refused (which one would be meant?);
- a damaged file is one Vietnamese message, never a traceback.

A refusal raises :class:`ImportRejected` (per-cell problems, each with row and column) or :class:`CchcError`
(the file as a whole cannot be read); nothing has been stored at that point.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from pathlib import Path

from .errors import CchcError, ImportRejected, RowProblem
from .text import fold

__all__ = ["MAX_CELL_CHARS", "MAX_ROWS", "cell_problem", "column_letter", "count_text",
           "duplicate_header_problems", "read_table"]

MAX_CELL_CHARS = 4000  # longer than any task title or criterion name a person writes
MAX_ROWS = 100_000  # a results table has 63 rows, a task list a few thousand
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def column_letter(index: int) -> str:
    """Excel's name of the 0-based column ``index``: A, B, …, Z, AA, …"""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def count_text(number: int) -> str:
    """1.234.567: thousands grouped with a dot, the Vietnamese way."""
    return f"{number:,}".replace(",", ".")


def cell_problem(text: str) -> str | None:
    """Why a cell's text cannot be imported (in Vietnamese), or None when it can."""
    if len(text) > MAX_CELL_CHARS:
        return f"ô dài {count_text(len(text))} ký tự, quá giới hạn {count_text(MAX_CELL_CHARS)} ký tự"
    bad = _BAD_CHARS.search(text)
    if bad:
        return (f"ô chứa ký tự không hợp lệ (U+{ord(bad.group()):04X}) ở vị trí {bad.start() + 1}; "
                "hãy gõ lại nội dung ô này")
    return None


def duplicate_header_problems(line: int, header: list[str]) -> list[RowProblem]:
    """A problem for every header cell that repeats an earlier one (compared without marks and case)."""
    seen: dict[str, int] = {}
    problems = []
    for index, name in enumerate(header):
        key = fold(str(name or "")).strip(" *:")
        if not key:
            continue
        if key in seen:
            problems.append(RowProblem(line, str(name).strip(),
                                       f"cột {column_letter(index)} trùng tên với cột {column_letter(seen[key])}; "
                                       "mỗi cột chỉ được có một lần"))
        else:
            seen[key] = index
    return problems


def read_table(path: Path) -> list[tuple[int, list[str]]]:
    """Non-empty, non-comment rows of a CSV or XLSX file as (row number in the file, cell texts).

    The first row returned is the header; its repeated names are refused. Cell texts are stripped.
    """
    path = Path(path)
    if not path.is_file():
        raise CchcError(f"Không tìm thấy tệp “{path}”.")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from .xlsx_io import cell_text, read_raw_rows

        rows = [(number, [cell_text(v) for v in values]) for number, values in read_raw_rows(path)]
    else:
        rows = _read_csv(path)
    if rows:
        problems = duplicate_header_problems(*rows[0])
        if problems:
            raise ImportRejected(problems)
    return rows


def _decode(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError:
        raise CchcError(f"Không đọc được tệp “{path.name}”.") from None
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise CchcError(f"Tệp “{path.name}” không phải văn bản UTF-8 (CSV): byte lạ ở dòng {line}. "
                        "Hãy lưu lại dạng CSV UTF-8.") from None


def _read_csv(path: Path) -> list[tuple[int, list[str]]]:
    text = _decode(path)
    # CR alone (Excel for Mac) and CRLF become LF; a line break inside a quoted cell stays one cell.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)  # an unclosed quote is refused, not guessed
    rows: list[tuple[int, list[str]]] = []
    problems: list[RowProblem] = []
    number = 1
    old_limit = csv.field_size_limit()
    csv.field_size_limit(max(old_limit, 1 << 24))  # a long cell is reported below, not a csv.Error
    try:
        while True:
            number = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error:
                raise CchcError(f"Tệp “{path.name}”, dòng {number}: không đọc được dòng CSV này (dấu ngoặc kép "
                                "không khớp hoặc ô quá dài).") from None
            if not cells or not any(c.strip() for c in cells):
                continue
            if not rows and cells[0].lstrip().startswith("#"):
                continue  # a comment above the header; below it, "#REF!" is a cell to check, not a comment
            if len(rows) >= MAX_ROWS:
                raise CchcError(f"Tệp “{path.name}” có hơn {count_text(MAX_ROWS)} dòng; không phải một bảng nhập.")
            header = rows[0][1] if rows else []
            for index, cell in enumerate(cells):
                reason = cell_problem(cell)
                if reason:
                    named = index < len(header) and header[index].strip()
                    label = header[index].strip() if named else column_letter(index)
                    problems.append(RowProblem(number, label[:60], reason))
            rows.append((number, [c.strip() for c in cells]))
    finally:
        csv.field_size_limit(old_limit)
    if problems:
        raise ImportRejected(problems)
    return rows
