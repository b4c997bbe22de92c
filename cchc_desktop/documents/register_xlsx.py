"""The outgoing register (sổ văn bản đi) as an Excel workbook: Vietnamese headers, widths, dd/mm/yyyy dates."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..core.register_row import RegisterRow
from .tasks_xlsx import DATE_FORMAT, Column
from .xlsx_save import save_workbook

__all__ = ["REGISTER_COLUMNS", "export_register"]

REGISTER_COLUMNS = (
    Column("STT", 6), Column("Số, ký hiệu", 16), Column("Ngày ban hành", 14, True), Column("Trích yếu", 70),
    Column("Người ký", 22), Column("Cơ quan ban hành", 24), Column("Mã kiểm tra SHA-256 của bản PDF", 68),
)
HEADER_ROW = 4


def _values(number: int, row: RegisterRow) -> tuple[Any, ...]:
    return (number, row.reference, row.issued_on, row.summary, row.signer, row.issuing_body, row.sha256)


def export_register(path: Path, rows: Sequence[RegisterRow], title: str, subtitle: str = "") -> Path:
    """Write ``rows`` in the given order under a title (and an optional line saying which rows these are)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "Sổ văn bản đi"
    sheet.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)
    if subtitle:
        sheet.cell(row=2, column=1, value=subtitle).font = Font(italic=True)
    thin = Side(style="thin", color="999999")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for index, column in enumerate(REGISTER_COLUMNS, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=index, value=column.header)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE7F3")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    for offset, entry in enumerate(rows):
        values = _values(offset + 1, entry)
        for index, (column, value) in enumerate(zip(REGISTER_COLUMNS, values, strict=True), start=1):
            cell = sheet.cell(row=HEADER_ROW + 1 + offset, column=index, value=value)
            cell.border = border
            centred = column.is_date or index in (1, 2)
            cell.alignment = Alignment(vertical="top", wrap_text=not centred,
                                       horizontal="center" if centred else None)
            if column.is_date:
                cell.number_format = DATE_FORMAT
    last = get_column_letter(len(REGISTER_COLUMNS))
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=1)
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + max(1, len(rows))}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToHeight = 0
    return save_workbook(book, path)  # atomically: an existing file is replaced only by a complete one
