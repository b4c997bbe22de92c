"""Nasty import files: valid tables mutated the way real files and hostile users break them.

``nasty_file(rows, fmt, mutation, rng)`` returns the bytes of a CSV or XLSX file built from ``rows`` (header
first) with one mutation applied. A mutation is *preserving* when the file still holds exactly the same table
(other line endings, a BOM, a too-small ``<dimension>`` record): an importer must then accept it whole. Every
other mutation may be refused, but only with a CchcError — never a traceback, never a partial import.

Shared by the fuzz tests (tests/fuzz/) and benchmarks/fuzz_importers.py.
"""

from __future__ import annotations

import codecs
import io
import random
import re
import zipfile
from collections.abc import Callable, Sequence

# Cell values that once broke importers, plus their relatives.
NASTY_CELLS: tuple[str, ...] = (
    "²", "①", "1.²", "٣", "0.4.5", "1" * 400, "9" * 30, "1e400", "NaN", "inf", "-0", "+", ".", ",",
    "x" * 4001, "y" * 140_000, "\ufffe", "\uffff", "Sở\ufeffNội vụ", "\u0000", "\x07bell", "Quý I/0000",
    "31/02/2024", "01/01/0001", "31/12/9999", "trong tháng 13/2024", "=TODAY()", "#REF!", "  ", "\u202e123",
    "🙂", "漢字", "1,2,3", "1.234,5.6", "-1", "99999999999", "tháng 5/2024", "Quý IV/2101", '"', '"unterminated',
)
# Of those, the values no number, rank, criterion code, date or deadline may be read as: accepting one of these in
# such a column is a silent lie ("0.4.5" read as 45, "1"×400 as infinity, "Quý I/0000" as a deadline).
MUST_REFUSE: frozenset[str] = frozenset((
    "²", "①", "1.²", "٣", "0.4.5", "1" * 400, "1e400", "NaN", "inf", "+", ".", ",", "Quý I/0000", "31/02/2024",
    "01/01/0001", "31/12/9999", "trong tháng 13/2024", "=TODAY()", "#REF!", "1,2,3", "1.234,5.6", "99999999999",
    "Quý IV/2101", "x" * 4001, "y" * 140_000, "\ufffe", "\uffff", "\u202e123", "🙂", "漢字",
))
PRESERVING = ("crlf", "cr", "bom", "dimension")
CSV_MUTATIONS = ("crlf", "cr", "bom", "utf16", "cp1258", "surrogate_bytes", "nasty_cell", "nasty_header",
                 "duplicate_header", "truncate", "flip_bytes", "quote", "huge_field", "nul", "empty", "mixed_endings")
XLSX_MUTATIONS = ("dimension", "nasty_cell", "nasty_header", "duplicate_header", "nan_cell", "inf_cell",
                  "formula_cell", "escaped_char", "bad_xml", "truncate", "flip_bytes", "bad_zlib", "not_zip",
                  "empty", "huge_field", "big_number")


def mutations(fmt: str) -> tuple[str, ...]:
    return CSV_MUTATIONS if fmt == "csv" else XLSX_MUTATIONS


def nasty_file(rows: Sequence[Sequence[object]], fmt: str, mutation: str, rng: random.Random,
               injected: list[tuple[int, int, object]] | None = None) -> bytes:
    """The bytes of a ``fmt`` ("csv" or "xlsx") file of ``rows`` with ``mutation`` applied; the cells a
    "nasty_cell" mutation wrote are added to ``injected`` as (row index, column index, value)."""
    rows = [list(row) for row in rows]
    original = [list(row) for row in rows]
    cell_mutations: dict[str, Callable[[list[list[object]], random.Random], None]] = {
        "nasty_cell": _nasty_cell, "nasty_header": _nasty_header, "duplicate_header": _duplicate_header,
        "huge_field": _huge_field, "big_number": _big_number,
    }
    if mutation in cell_mutations:
        cell_mutations[mutation](rows, rng)
        if injected is not None and mutation == "nasty_cell":
            written = _xml_safe if fmt == "xlsx" else (lambda value: value)  # what the file really holds
            injected.extend((r, c, written(rows[r][c])) for r in range(len(rows)) for c in range(len(rows[r]))
                            if rows[r][c] != original[r][c])
    if fmt == "csv":
        return _csv_bytes(rows, mutation, rng)
    return _xlsx_bytes(rows, mutation, rng)


def _data_cell(rows: list[list[object]], rng: random.Random) -> tuple[int, int]:
    row = rng.randrange(1, len(rows)) if len(rows) > 1 else 0
    return row, rng.randrange(len(rows[row]))


def _nasty_cell(rows: list[list[object]], rng: random.Random) -> None:
    for _ in range(rng.randint(1, 3)):
        row, column = _data_cell(rows, rng)
        value = rng.choice(NASTY_CELLS)
        rows[row][column] = value if rng.random() < 0.7 else f"{rows[row][column]}{value}"


def _nasty_header(rows: list[list[object]], rng: random.Random) -> None:
    rows[0][rng.randrange(len(rows[0]))] = rng.choice(NASTY_CELLS)


def _duplicate_header(rows: list[list[object]], rng: random.Random) -> None:
    source = rng.randrange(len(rows[0]))
    for row in rows:
        row.append(row[source] if row is not rows[0] else rows[0][source])


def _huge_field(rows: list[list[object]], rng: random.Random) -> None:
    row, column = _data_cell(rows, rng)
    rows[row][column] = "Đ" * rng.choice((4001, 20_000, 140_000))


def _big_number(rows: list[list[object]], rng: random.Random) -> None:
    row, column = _data_cell(rows, rng)
    rows[row][column] = rng.choice((1e308, -1e308, 1e-300, 2**70, 0.1 + 0.2))


# -- CSV -------------------------------------------------------------------------------------------------------
def _csv_text(rows: list[list[object]], newline: str) -> str:
    out = []
    for row in rows:
        cells = []
        for value in row:
            text = "" if value is None else str(value)
            if any(c in text for c in ',"\r\n'):
                text = '"' + text.replace('"', '""') + '"'
            cells.append(text)
        out.append(",".join(cells))
    return newline.join(out) + newline


def _csv_bytes(rows: list[list[object]], mutation: str, rng: random.Random) -> bytes:
    if mutation == "empty":
        return rng.choice((b"", b"\xef\xbb\xbf", b"\n\n\r\n", b"# only a comment\n"))
    newline = {"crlf": "\r\n", "cr": "\r"}.get(mutation, "\n")
    text = _csv_text(rows, newline)
    if mutation == "mixed_endings":
        text = "".join(line + rng.choice(("\n", "\r\n", "\r")) for line in text.splitlines())
    if mutation == "quote":
        at = rng.randrange(len(text))
        text = text[:at] + '"' + text[at:]
    if mutation == "nul":
        at = rng.randrange(len(text))
        text = text[:at] + "\x00" + text[at:]
    if mutation == "utf16":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    if mutation == "cp1258":
        return text.encode("cp1258", errors="replace")
    data = text.encode("utf-8", errors="surrogatepass")
    if mutation == "bom":
        data = codecs.BOM_UTF8 + data
    if mutation == "surrogate_bytes":
        at = rng.randrange(len(data))
        data = data[:at] + "\ud800".encode("utf-8", errors="surrogatepass") + data[at:]
    return _damage(data, mutation, rng)


def _damage(data: bytes, mutation: str, rng: random.Random) -> bytes:
    if mutation == "truncate":
        return data[:rng.randrange(max(1, len(data)))]
    if mutation == "flip_bytes":
        data = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    return data


# -- XLSX ------------------------------------------------------------------------------------------------------
PLACEHOLDER = "QQPLACEHOLDERQQ"


def _xml_safe(value: object) -> object:
    """What openpyxl can write: characters XML cannot hold are dropped (the "escaped_char" and "bad_xml"
    mutations put them into the file's XML instead)."""
    if isinstance(value, str):
        return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]", "", value)
    return value


def _xlsx_bytes(rows: list[list[object]], mutation: str, rng: random.Random) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    special: dict[tuple[int, int], str] = {}
    if mutation in ("nan_cell", "inf_cell", "formula_cell", "escaped_char"):
        row, column = _data_cell(rows, rng)
        special[(row, column)] = mutation
        rows[row][column] = {"formula_cell": rng.choice(("=TODAY()", "=1/0", "=A1+1", '="x"'))}.get(
            mutation, f"{PLACEHOLDER}{mutation}")
    if mutation == "empty":
        rows = [] if rng.random() < 0.5 else [[None, None]]
    for row in rows:
        sheet.append([_xml_safe(value) for value in row])
    buffer = io.BytesIO()
    book.save(buffer)
    data = buffer.getvalue()
    edits: dict[str, Callable[[str], str]] = {}
    if mutation == "dimension":
        edits["xl/worksheets/sheet1.xml"] = lambda xml: re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:B2"',
                                                                xml)
    if mutation in ("nan_cell", "inf_cell", "escaped_char"):
        raw = {"nan_cell": "NaN", "inf_cell": rng.choice(("INF", "-inf", "1e999")),
               "escaped_char": rng.choice(("_xFFFE_", "_xFFFF_", "_xD800_", "_x0007_", "&#xFFFE;", "&#xD800;",
                                               "\ufffe", "\uffff", "\ud800", "\x07"))}[mutation]

        marker = f"{PLACEHOLDER}{mutation}"
        if mutation == "escaped_char":  # openpyxl's escape of a character XML cannot hold
            edits["xl/worksheets/sheet1.xml"] = lambda xml: xml.replace(marker, f"a{raw}b")
        else:  # a number cell holding ``raw``
            edits["xl/worksheets/sheet1.xml"] = lambda xml: re.sub(
                rf'<c r="([A-Z]+[0-9]+)"([^>]*?) t="inlineStr"><is><t>{marker}</t></is></c>',
                lambda m: f'<c r="{m.group(1)}"{m.group(2)} t="n"><v>{raw}</v></c>', xml)
    if mutation == "bad_xml":
        target = rng.choice(("xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml", "xl/workbook.xml",
                             "[Content_Types].xml", "xl/styles.xml"))
        edits[target] = lambda xml: xml[: rng.randrange(len(xml))] + rng.choice(("<", "&bad;", "</x>", "\x01"))
    if edits:
        data = _edit_zip(data, edits)
    if mutation == "bad_zlib":
        data = _corrupt_deflate(data, rng)
    if mutation == "not_zip":
        return rng.choice((b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(200)), b"province,score\n",
                           b"<html></html>"))
    return _damage(data, mutation, rng)


def _edit_zip(data: bytes, edits: dict[str, Callable[[str], str]]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename in edits:
                content = edits[info.filename](content.decode("utf-8", errors="surrogatepass")).encode(
                    "utf-8", errors="surrogatepass")
            target.writestr(info.filename, content)
    return out.getvalue()


def _corrupt_deflate(data: bytes, rng: random.Random) -> bytes:
    """Flip bits inside the compressed data of the sheet or its strings (zlib errors, CRC errors or garbage
    XML), leaving the zip directory intact."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    info = archive.getinfo(rng.choice(("xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml", "xl/workbook.xml")))
    local_name_length = int.from_bytes(data[info.header_offset + 26:info.header_offset + 28], "little")
    local_extra_length = int.from_bytes(data[info.header_offset + 28:info.header_offset + 30], "little")
    start = info.header_offset + 30 + local_name_length + local_extra_length
    damaged = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        damaged[start + rng.randrange(max(1, info.compress_size))] ^= 1 << rng.randrange(8)
    return bytes(damaged)
