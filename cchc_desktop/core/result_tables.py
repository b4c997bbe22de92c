"""Reading a published results table (CSV or Excel) into checked rows, before anything is stored.

Accepted: a header row naming the province, score and (optional) rank columns — in English ("province, score,
rank") or Vietnamese ("Tỉnh, thành phố", "Điểm", "Xếp hạng") — with ``#`` comment lines above it in CSV files.
A blank score means the province is missing from the table (the table is then partial).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from .errors import CchcError, ImportRejected, RowProblem, ValidationError
from .formats import format_number, parse_number
from .text import fold, nfc

COLUMN_NAMES = {
    "province": ("province", "tinh", "tinh, thanh pho", "tinh/thanh pho", "tinh thanh pho", "don vi", "ten tinh",
                 "dia phuong", "subject", "agency", "co quan, don vi", "co quan"),
    "score": ("score", "diem", "tong diem", "diem so", "chi so", "gia tri"),
    "rank": ("rank", "xep hang", "thu hang", "hang", "xep thu"),
}


@dataclass(frozen=True)
class TableRow:
    line: int  # row number in the file, for messages
    name: str
    score: float | None
    rank: int | None


def _column_of(header: str) -> str | None:
    key = fold(header).strip(" *:")
    return next((column for column, names in COLUMN_NAMES.items() if key in names), None)


def read_rows(path: Path) -> list[tuple[int, list[str]]]:
    """Non-empty, non-comment rows of a CSV or XLSX file as (row number, cells)."""
    path = Path(path)
    if not path.is_file():
        raise CchcError(f"Không tìm thấy tệp “{path}”.")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from ..documents.xlsx_io import cell_text, read_raw_rows

        return [(number, [cell_text(v) for v in values]) for number, values in read_raw_rows(path)]
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CchcError(f"Tệp “{path.name}” không phải văn bản UTF-8 (CSV). Hãy lưu lại dạng CSV UTF-8.") from None
    rows = []
    for number, cells in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not cells or not any(c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
            continue
        rows.append((number, cells))
    return rows


def parse_table(path: Path, scale_min: float, scale_max: float) -> tuple[list[TableRow], list[RowProblem]]:
    """The rows, and every problem found in them (text in numbers, scores off the scale). A file without the
    needed columns raises ImportRejected at once."""
    rows = read_rows(path)
    if not rows:
        raise ImportRejected([RowProblem(1, "", "tệp không có dữ liệu")])
    header_line, header = rows[0]
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        column = _column_of(name)
        if column and column not in columns:
            columns[column] = index
    problems = [RowProblem(header_line, label, "không tìm thấy cột này ở dòng tiêu đề")
                for column, label in (("province", "Tỉnh, thành phố"), ("score", "Điểm")) if column not in columns]
    if problems:
        raise ImportRejected(problems)
    result: list[TableRow] = []
    for line, cells in rows[1:]:
        def cell(column: str) -> str:
            index = columns.get(column)
            return nfc(cells[index]) if index is not None and index < len(cells) else ""

        name = cell("province")
        if not name:
            problems.append(RowProblem(line, "Tỉnh, thành phố", "thiếu tên"))
            continue
        score = rank = None
        if cell("score"):
            try:
                score = parse_number(cell("score"), "Điểm")
            except ValidationError:
                problems.append(RowProblem(line, "Điểm", f"“{cell('score')}” không phải là số"))
            else:
                if not scale_min <= score <= scale_max:
                    bounds = f"{format_number(scale_min, 2, trim=True)}–{format_number(scale_max, 2, trim=True)}"
                    problems.append(RowProblem(line, "Điểm", f"{cell('score')} nằm ngoài thang điểm {bounds}"))
        if cell("rank"):
            text = cell("rank")
            if not text.isdigit() or int(text) < 1:
                problems.append(RowProblem(line, "Xếp hạng", f"“{text}” không phải là thứ hạng (số nguyên dương)"))
            else:
                rank = int(text)
        result.append(TableRow(line, name, score, rank))
    return result, problems
