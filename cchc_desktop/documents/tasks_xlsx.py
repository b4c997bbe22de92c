"""Task lists as Excel workbooks: the export of a (filtered) list, the import template, and reading a filled one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.os_errors import writing_file
from .xlsx_io import cell_text, read_raw_rows

__all__ = ["cell_text", "export_task_rows", "read_sheet", "write_template"]

DATE_FORMAT = "dd/mm/yyyy"


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    is_date: bool = False


EXPORT_COLUMNS = (
    Column("STT", 6), Column("Nội dung nhiệm vụ", 60), Column("Cơ quan chủ trì", 30),
    Column("Cơ quan phối hợp", 30), Column("Thời hạn", 24), Column("Hạn xử lý", 12, True),
    Column("Tình trạng", 17), Column("Ngày hoàn thành", 15, True), Column("Nguồn", 40),
    Column("Tiêu chí thành phần", 24), Column("Tiến độ gần nhất", 45),
)

# The import template; starred columns are required. The same headers are what the importer looks for.
TITLE, LEAD, COOPERATORS, DEADLINE, STATUS, COMPLETED, SOURCE, DESCRIPTION = (
    "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Tình trạng", "Ngày hoàn thành",
    "Nguồn", "Mô tả",
)
TEMPLATE_COLUMNS = (
    Column(TITLE, 60), Column(LEAD, 30), Column(COOPERATORS, 32), Column(DEADLINE, 24), Column(STATUS, 17),
    Column(COMPLETED, 15, True), Column(SOURCE, 36), Column(DESCRIPTION, 50),
)
REQUIRED_COLUMNS = (TITLE, LEAD)


def _style_header(sheet: Any, columns: Sequence[Column], row: int = 1) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="999999")
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=row, column=index, value=column.header)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE7F3")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = sheet.cell(row=row + 1, column=1)


def export_task_rows(path: Path, title: str, rows: Sequence[Sequence[Any]], overdue: Sequence[bool]) -> Path:
    """Write ``rows`` (values in EXPORT_COLUMNS order, dates as ``datetime.date``) under a title line."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "Nhiệm vụ"
    sheet.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)
    _style_header(sheet, EXPORT_COLUMNS, row=3)
    late_fill = PatternFill("solid", fgColor="FBE3E3")
    for offset, (values, is_late) in enumerate(zip(rows, overdue)):
        row = 4 + offset
        for index, (column, value) in enumerate(zip(EXPORT_COLUMNS, values), start=1):
            cell = sheet.cell(row=row, column=index, value=value)
            cell.alignment = Alignment(vertical="top", wrap_text=not column.is_date)
            if column.is_date:
                cell.number_format = DATE_FORMAT
            if is_late:
                cell.fill = late_fill
    last = get_column_letter(len(EXPORT_COLUMNS))
    sheet.auto_filter.ref = f"A3:{last}{max(3, 3 + len(rows))}"
    sheet.print_title_rows = "3:3"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    return _save(book, path)


def write_template(path: Path, agency_names: Sequence[str], status_labels: Sequence[str]) -> Path:
    """An empty import sheet with guidance and the lists of valid agencies and statuses."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = "Nhiệm vụ"
    _style_header(sheet, TEMPLATE_COLUMNS)
    sheet.column_dimensions["F"].number_format = DATE_FORMAT
    lists = book.create_sheet("Danh mục")
    lists.cell(row=1, column=1, value="Cơ quan, đơn vị").font = Font(bold=True)
    lists.cell(row=1, column=2, value="Tình trạng").font = Font(bold=True)
    lists.column_dimensions["A"].width = 60
    lists.column_dimensions["B"].width = 20
    for row, name in enumerate(agency_names, start=2):
        lists.cell(row=row, column=1, value=name)
    for row, label in enumerate(status_labels, start=2):
        lists.cell(row=row, column=2, value=label)
    agencies = DataValidation(type="list", formula1=f"='Danh mục'!$A$2:$A${len(agency_names) + 1}", allow_blank=True)
    statuses = DataValidation(type="list", formula1=f"='Danh mục'!$B$2:$B${len(status_labels) + 1}", allow_blank=True)
    sheet.add_data_validation(agencies)
    sheet.add_data_validation(statuses)
    agencies.add("B2:B501")
    statuses.add("E2:E501")
    guide = book.create_sheet("Hướng dẫn")
    guide.column_dimensions["A"].width = 110
    for row, line in enumerate(GUIDE, start=1):
        guide.cell(row=row, column=1, value=line)
    guide.cell(row=1, column=1).font = Font(bold=True, size=13)
    return _save(book, path)


GUIDE = (
    "Hướng dẫn nhập nhiệm vụ",
    "Mỗi dòng của trang “Nhiệm vụ” là một nhiệm vụ. Cột “Nội dung nhiệm vụ” và “Cơ quan chủ trì” bắt buộc.",
    "Cơ quan chủ trì, phối hợp: ghi đúng tên hoặc tên viết tắt trong trang “Danh mục”; nhiều cơ quan phối hợp cách nhau bằng dấu chấm phẩy (;).",
    "Thời hạn: “trước ngày 30/6/2024”, “30/6/2024”, “trong Quý III/2024”, “tháng 5/2024”, “hằng tháng”, “thường xuyên”, hoặc để trống.",
    "Tình trạng: Chưa thực hiện, Đang thực hiện, Hoàn thành, Hoàn thành chậm (để trống là Chưa thực hiện).",
    "Ngày hoàn thành: dạng ngày/tháng/năm, chỉ ghi khi nhiệm vụ đã hoàn thành.",
    "Tệp được nhập toàn bộ hoặc không nhập dòng nào: nếu có lỗi, chương trình liệt kê từng dòng, từng cột cần sửa.",
)


def _save(book: Any, path: Path) -> Path:
    path = Path(path)
    with writing_file(path):
        book.save(path)
    return path


@dataclass(frozen=True)
class SheetRows:
    headers: dict[str, int]  # header text (as written) → column index
    rows: list[tuple[int, dict[str, Any]]]  # (Excel row number, header → cell value)


def read_sheet(path: Path) -> SheetRows:
    """The first sheet's header row and non-empty data rows. Raises CchcError for a file Excel cannot open."""
    iterator = read_raw_rows(path)
    first = next(iterator, None)
    if first is None:
        return SheetRows({}, [])
    header_number, header_row = first
    headers = {str(v).strip().rstrip("*").strip(): i for i, v in enumerate(header_row) if v not in (None, "")}
    rows = []
    for number, values in iterator:
        record = {name: values[i] if i < len(values) else None for name, i in headers.items()}
        if any(v not in (None, "") and str(v).strip() for v in record.values()):
            rows.append((number, record))
    return SheetRows(headers, rows)
