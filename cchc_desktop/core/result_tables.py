"""Reading a published results table (CSV or Excel) into checked rows, before anything is stored.

Accepted: a header row naming the province, score and (optional) rank columns — in English ("province, score,
rank") or Vietnamese ("Tỉnh, thành phố", "Điểm", "Xếp hạng") — with ``#`` comment lines above it in CSV files.
A blank score means the province is missing from the table (the table is then partial).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import ImportRejected, RowProblem, ValidationError
from .formats import format_number, parse_number, parse_whole_number
from .table_reader import TextFormat, read_table, read_table_and_format
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
    out_of: int | None = None  # N of a rank written "k/N"


_LABELS = {"province": "Tỉnh, thành phố", "score": "Điểm", "rank": "Xếp hạng"}


def _reason(exc: ValidationError) -> str:
    """A number's refusal as a row problem reason: the message without its field name (the column says it)."""
    text = str(exc).rstrip(".")
    return text[len(exc.field):].lstrip() if text.startswith(exc.field) else text


def _column_of(header: str) -> str | None:
    key = fold(header).strip(" *:")
    return next((column for column, names in COLUMN_NAMES.items() if key in names), None)


def read_rows(path: Path) -> list[tuple[int, list[str]]]:
    """Non-empty, non-comment rows of a CSV or XLSX file as (row number, cells): see :mod:`.table_reader`."""
    return read_table(path)


def parse_table(path: Path, scale_min: float, scale_max: float) -> tuple[list[TableRow], list[RowProblem]]:
    """The rows, and every problem found in them (text in numbers, scores off the scale). A file without the
    needed columns raises ImportRejected at once."""
    rows, problems, _ = parse_table_and_format(path, scale_min, scale_max)
    return rows, problems


def parse_table_and_format(path: Path, scale_min: float,
                           scale_max: float) -> tuple[list[TableRow], list[RowProblem], TextFormat | None]:
    """:func:`parse_table`, and how a CSV file was written (for the import report; None for Excel)."""
    rows, found = read_table_and_format(path)
    if not rows:
        raise ImportRejected([RowProblem(1, "", "tệp không có dữ liệu")])
    header_line, header = rows[0]
    columns: dict[str, int] = {}
    problems: list[RowProblem] = []
    for index, name in enumerate(header):
        column = _column_of(name)
        if column and column in columns:
            problems.append(RowProblem(header_line, name, f"cột này và cột “{header[columns[column]]}” cùng là "
                                                          f"cột {_LABELS[column]}; hãy giữ một cột"))
        elif column:
            columns[column] = index
    if problems:
        raise ImportRejected(problems)
    problems = [RowProblem(header_line, label, "không tìm thấy cột này ở dòng tiêu đề")
                for column, label in (("province", "Tỉnh, thành phố"), ("score", "Điểm")) if column not in columns]
    if problems:
        raise ImportRejected(problems)
    result: list[TableRow] = []
    rank_total: int | None = None  # N of "k/N" ranks (as `cchc results show` writes them), the same on every row
    name_at, score_at, rank_at = columns["province"], columns["score"], columns.get("rank")
    for line, cells in rows[1:]:
        def cell(index: int | None, cells: list[str] = cells) -> str:
            return nfc(cells[index]) if index is not None and index < len(cells) else ""

        name = cell(name_at)
        if not name:
            problems.append(RowProblem(line, "Tỉnh, thành phố", "thiếu tên"))
            continue
        score = rank = out_of = None
        score_text = cell(score_at)
        if score_text:
            try:
                score = parse_number(score_text, "Điểm")
            except ValidationError as exc:
                problems.append(RowProblem(line, "Điểm", _reason(exc)))
            else:
                if not scale_min <= score <= scale_max:
                    bounds = f"{format_number(scale_min, 2, trim=True)}–{format_number(scale_max, 2, trim=True)}"
                    problems.append(RowProblem(line, "Điểm", f"{score_text} nằm ngoài thang điểm {bounds}"))
        text = cell(rank_at)
        if text:
            try:
                rank, out_of = _parse_rank(text)
            except ValidationError:
                shown = text if len(text) <= 60 else text[:57] + "…"
                problems.append(RowProblem(line, "Xếp hạng", f"“{shown}” không phải là thứ hạng (số nguyên dương)"))
            else:
                if out_of is not None:
                    first = rank_total = rank_total or out_of
                    if out_of != first:
                        problems.append(RowProblem(line, "Xếp hạng", f"“{text}”: xếp hạng trên {out_of}, khác các "
                                                                    f"dòng trên (trên {first})"))
        result.append(TableRow(line, name, score, rank, out_of))
    return result, problems, found


def _parse_rank(text: str) -> tuple[int, int | None]:
    """A rank "8" or "8/63" (rank among N, as the results table is shown and exported); k ≤ N."""
    rank_text, slash, total_text = text.partition("/")
    rank = parse_whole_number(rank_text.strip(), "Xếp hạng", minimum=1, maximum=10_000)
    if not slash:
        return rank, None
    total = parse_whole_number(total_text.strip(), "Xếp hạng", minimum=1, maximum=10_000)
    if rank > total:
        raise ValidationError("Xếp hạng", text, f"Xếp hạng: {rank} lớn hơn {total}")
    return rank, total
