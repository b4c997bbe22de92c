"""One reader for every imported table (CSV or Excel): it never lies about what the file holds.

Every importer (results tables, scores, criteria trees, tasks) reads its cells through here or through
``core.xlsx_io`` (which applies the same cell rules to Excel values), so the rules are the same everywhere:

- CSV as Excel really saves it: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"), or the
  Windows code page of a plain "CSV" save — Windows-1258 on a Vietnamese PC (tone marks as separate combining
  characters, composed here to NFC) or Windows-1252; columns separated by ``,``, ``;`` (Excel where the decimal
  mark is a comma) or tab, found from the header line; what was found is said in the import report
  (:class:`TextFormat`). Any line ending (LF, CRLF, or CR alone as Excel for Mac writes); ``#`` comment lines
  above the header skipped (below it a line starting with "#" is data, so it is checked rather than silently
  dropped);
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
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import CchcError, ImportRejected, RowProblem
from .text import fold

__all__ = ["MAX_CELL_CHARS", "MAX_ROWS", "TextFormat", "cell_problem", "column_letter", "count_text",
           "duplicate_header_problems", "read_table", "read_table_and_format"]

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


@dataclass(frozen=True)
class TextFormat:
    """How a CSV file was written, as found from its content."""

    encoding: str  # "UTF-8", "UTF-8 có BOM", "UTF-16", "Windows-1258" or "Windows-1252"
    delimiter: str  # ",", ";" or "\t"
    decimal_comma: bool | None = None  # numbers written "88,58" (True), "88.58" (False); None: no decimals seen

    def describe(self) -> str:
        """"mã Windows-1258, cột phân cách bằng dấu chấm phẩy, số thập phân dùng dấu phẩy"."""
        separator = {",": "dấu phẩy", ";": "dấu chấm phẩy", "\t": "ký tự tab"}[self.delimiter]
        text = f"mã {self.encoding}, cột phân cách bằng {separator}"
        if self.decimal_comma is not None:
            text += f", số thập phân dùng dấu {'phẩy' if self.decimal_comma else 'chấm'}"
        return text


def read_table(path: Path) -> list[tuple[int, list[str]]]:
    """Non-empty, non-comment rows of a CSV or XLSX file as (row number in the file, cell texts).

    The first row returned is the header; its repeated names are refused. Cell texts are stripped.
    """
    return read_table_and_format(path)[0]


def read_table_and_format(path: Path) -> tuple[list[tuple[int, list[str]]], TextFormat | None]:
    """:func:`read_table`, and for a CSV file how it was written (None for an Excel workbook)."""
    path = Path(path)
    if not path.is_file():
        raise CchcError(f"Không tìm thấy tệp “{path}”.")
    found: TextFormat | None = None
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from .xlsx_io import cell_text, read_raw_rows

        rows = [(number, [cell_text(v) for v in values]) for number, values in read_raw_rows(path)]
    else:
        rows, found = _read_csv(path)
    if rows:
        problems = duplicate_header_problems(*rows[0])
        if problems:
            raise ImportRejected(problems)
    return rows, found


# Bytes of Windows-1258 that are Vietnamese tone marks (combining grave, acute, tilde, hook above, dot below): in
# Windows-1252 they are Ì, ì, Ò, Þ, ò, which Western text hardly ever puts right after a letter.
_TONE_BYTES = re.compile(rb"[A-Za-z\xc0-\xff][\xcc\xec\xd2\xde\xf2]")


def _decode(path: Path) -> tuple[str, str]:
    """The file's text (NFC) and the name of its encoding."""
    try:
        data = path.read_bytes()
    except OSError:
        raise CchcError(f"Không đọc được tệp “{path.name}”.") from None
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16"), "UTF-16"
        if data.startswith(codecs.BOM_UTF8):
            return data.decode("utf-8-sig"), "UTF-8 có BOM"
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        marked = data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        if marked or b"\x00" in data or _mostly_utf8(data):
            # Marked or mostly written as Unicode, or binary: a damaged file, not another code page.
            raise CchcError(f"Tệp “{path.name}” không phải văn bản UTF-8 (CSV): byte lạ ở dòng {line}. "
                            "Hãy lưu lại dạng CSV UTF-8.") from None
    encoding = ("cp1258", "Windows-1258") if _TONE_BYTES.search(data) else ("cp1252", "Windows-1252")
    try:
        return unicodedata.normalize("NFC", data.decode(encoding[0])), encoding[1]
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise CchcError(f"Tệp “{path.name}”: không nhận ra bảng mã của tệp (byte lạ ở dòng {line}). "
                        "Hãy lưu lại dạng CSV UTF-8.") from None


def _mostly_utf8(data: bytes) -> bool:
    """True when most of the bytes beyond ASCII form valid UTF-8 (a UTF-8 file with a damaged spot); text in a
    Windows code page hardly ever forms a valid sequence."""
    decoded = data.decode("utf-8", "replace")
    invalid = decoded.count("\ufffd")
    valid = sum(1 for char in decoded if char > "\x7f") - invalid
    return valid >= invalid


def _delimiter(text: str) -> str:
    """The separator of the first line that is not a comment: whichever of , ; tab it has most of (outside
    quotes); a comma when it has none."""
    lines = io.StringIO(text)  # read up to the header only, not the whole file
    line = next((line for line in lines if line.strip() and not line.lstrip().startswith("#")), "")
    unquoted = re.sub(r'"[^"]*"', "", line)
    counts = {mark: unquoted.count(mark) for mark in (",", ";", "\t")}
    best = max(counts, key=lambda mark: counts[mark])
    return best if counts[best] else ","


_COMMA_DECIMAL = re.compile(r"^[+-]?\d{1,3}(\.\d{3})*,\d+$|^[+-]?\d+,\d+$")
_DOT_DECIMAL = re.compile(r"^[+-]?\d{1,3}(,\d{3})*\.\d+$|^[+-]?\d+\.\d+$")


def _decimal_comma(rows: list[tuple[int, list[str]]]) -> bool | None:
    """Whether the data rows write decimals with a comma (most numbers with decimals), None when none has any."""
    cells = [cell for _, cells in rows[1:] for cell in cells]
    commas = sum(1 for cell in cells if _COMMA_DECIMAL.match(cell))
    dots = sum(1 for cell in cells if _DOT_DECIMAL.match(cell))
    return None if not commas and not dots else commas > dots


def _read_csv(path: Path) -> tuple[list[tuple[int, list[str]]], TextFormat]:
    text, encoding = _decode(path)
    # CR alone (Excel for Mac) and CRLF become LF; a line break inside a quoted cell stays one cell.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    delimiter = _delimiter(text)
    # An unclosed quote is refused, not guessed.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
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
    return rows, TextFormat(encoding, delimiter, _decimal_comma(rows))
