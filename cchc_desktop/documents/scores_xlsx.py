"""The score workbook of one index and year: the criteria tree with each item's maximum and the province's score,
ready to fill in and import back (``cchc scores template`` / ``cchc scores import``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from .xlsx_save import save_workbook

HEADERS = ("Mã", "Tiêu chí, tiêu chí thành phần", "Điểm tối đa", "Điểm", "Ghi chú")
"""Row 1 of the sheet: "Mã" and "Điểm" are the columns the import reads."""

NUMBER_FORMAT = "0.00"
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
_SCORE_FILL = PatternFill("solid", fgColor="FFF8DC")  # the cells to fill in
_TOTAL_FILL = PatternFill("solid", fgColor="EEEEEE")  # sub-totals: the sum of the items below, left blank
TOTAL_NOTE = "(tổng các mục con)"


@dataclass(frozen=True)
class ScoreLine:
    code: str
    name: str
    depth: int  # 0: a criterion (tiêu chí), 1: a sub-criterion (tiêu chí thành phần), …
    max_points: float
    score: float | None
    is_total: bool = False  # has sub-items: its score is their sum, not typed


def write_score_workbook(path: Path, sheet_title: str, lines: Sequence[ScoreLine]) -> Path:
    """One sheet: the header, then one row per item of the tree in its order, indented by depth, criteria in
    bold; the score cells to fill in shaded and limited to 0–maximum (Excel refuses a higher number); the
    sub-totals grey and blank (the import computes them)."""
    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title[:31]
    sheet.append(list(HEADERS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for row, line in enumerate(lines, start=2):
        sheet.append([line.code, line.name, line.max_points, None if line.is_total else line.score])
        sheet.cell(row, 2).alignment = Alignment(indent=2 * line.depth, wrap_text=True, vertical="top")
        if line.depth == 0:
            for column in (1, 2, 3, 4):
                sheet.cell(row, column).font = Font(bold=True)
        for column in (3, 4):
            sheet.cell(row, column).number_format = NUMBER_FORMAT
        if line.is_total:
            sheet.cell(row, 4).fill = _TOTAL_FILL
            sheet.cell(row, 5, TOTAL_NOTE).font = Font(italic=True, color="666666")
            continue
        sheet.cell(row, 4).fill = _SCORE_FILL
        rule = DataValidation(type="decimal", operator="between", formula1="0", formula2=repr(line.max_points),
                              showErrorMessage=True, errorTitle="Điểm không hợp lệ",
                              error=f"Điểm của mục {line.code} phải từ 0 đến {line.max_points:g}.")
        rule.add(f"D{row}")
        sheet.add_data_validation(rule)
    for letter, width in zip("ABCDE", (10, 80, 12, 10, 20), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    return save_workbook(book, path)
