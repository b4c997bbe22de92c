"""Task lists as Excel workbooks: the export of a (filtered) list, the import template, and reading a filled one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.xlsx_io import cell_text, check_header, read_raw_rows
from .xlsx_save import save_workbook

__all__ = ["cell_text", "export_task_rows", "read_sheet", "write_template"]

DATE_FORMAT = "dd/mm/yyyy"


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    is_date: bool = False


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
TEMPLATE_HEADERS = tuple(column.header for column in TEMPLATE_COLUMNS)

# The export is the template (same sheet, header row and columns A–H, so it imports back) plus the task's id, which
# makes a row update the task it came from, and columns computed by the program that the importer ignores.
ID = "Mã (không sửa)"
VIEW_ONLY = " (chỉ để xem)"
DUE, OVERDUE, CRITERION, LAST_PROGRESS = (f"{name}{VIEW_ONLY}" for name in (
    "Hạn xử lý", "Quá hạn", "Tiêu chí thành phần", "Tiến độ gần nhất"))
EXPORT_COLUMNS = TEMPLATE_COLUMNS + (
    Column(ID, 38), Column(DUE, 14, True), Column(OVERDUE, 12), Column(CRITERION, 24), Column(LAST_PROGRESS, 45),
)


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


def export_task_rows(path: Path, title: str, rows: Sequence[Sequence[Any]], overdue: Sequence[bool],
                     agency_names: Sequence[str], status_labels: Sequence[str]) -> Path:
    """Write ``rows`` (values in EXPORT_COLUMNS order, dates as ``datetime.date``) in the import template's layout,
    so the file can be edited in Excel and imported back; ``title`` heads the guide sheet and the printed page."""
    from openpyxl.styles import Alignment, PatternFill
    from openpyxl.utils import get_column_letter

    guide = (title, *EXPORT_GUIDE, *GUIDE[1:])
    book = _task_book(EXPORT_COLUMNS, agency_names, status_labels, guide)
    sheet = book["Nhiệm vụ"]
    late_fill = PatternFill("solid", fgColor="FBE3E3")
    for offset, (values, is_late) in enumerate(zip(rows, overdue, strict=True)):
        row = 2 + offset
        for index, (column, value) in enumerate(zip(EXPORT_COLUMNS, values, strict=True), start=1):
            cell = sheet.cell(row=row, column=index, value=value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # text as typed, not a formula Excel would run (and read back as blank)
            cell.alignment = Alignment(vertical="top", wrap_text=not column.is_date)
            if column.is_date:
                cell.number_format = DATE_FORMAT
            if is_late:
                cell.fill = late_fill
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(EXPORT_COLUMNS))}{max(1, 1 + len(rows))}"
    sheet.print_title_rows = "1:1"
    sheet.oddHeader.center.text = title
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    return _save(book, path)


def write_template(path: Path, agency_names: Sequence[str], status_labels: Sequence[str]) -> Path:
    """An empty import sheet with guidance and the lists of valid agencies and statuses."""
    return _save(_task_book(TEMPLATE_COLUMNS, agency_names, status_labels, GUIDE), path)


def _task_book(columns: Sequence[Column], agency_names: Sequence[str], status_labels: Sequence[str],
               guide_lines: Sequence[str]) -> Any:
    """The workbook shared by the template and the export: the "Nhiệm vụ" sheet (header row 1, drop-down lists
    of agencies and statuses), the "Danh mục" lists and the "Hướng dẫn" sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = "Nhiệm vụ"
    _style_header(sheet, columns)
    view_only = PatternFill("solid", fgColor="E7E7E7")
    for index, column in enumerate(columns, start=1):
        if column.header not in TEMPLATE_HEADERS:
            sheet.cell(row=1, column=index).fill = view_only
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
    for row, line in enumerate(guide_lines, start=1):
        guide.cell(row=row, column=1, value=line)
    guide.cell(row=1, column=1).font = Font(bold=True, size=13)
    return book


GUIDE = (
    "Hướng dẫn nhập nhiệm vụ",
    "Mỗi dòng của trang “Nhiệm vụ” là một nhiệm vụ. Cột “Nội dung nhiệm vụ” và “Cơ quan chủ trì” bắt buộc.",
    "Cơ quan chủ trì, phối hợp: ghi đúng tên hoặc tên viết tắt trong trang “Danh mục”; nhiều cơ quan phối hợp "
    "cách nhau bằng dấu chấm phẩy (;).",
    "Thời hạn: “trước ngày 30/6/2024”, “30/6/2024”, “trong Quý III/2024”, “tháng 5/2024”, “hằng tháng”, "
    "“thường xuyên”, hoặc để trống.",
    "Tình trạng: Chưa thực hiện, Đang thực hiện, Hoàn thành, Hoàn thành chậm (để trống là Chưa thực hiện).",
    "Ngày hoàn thành: dạng ngày/tháng/năm, chỉ ghi khi nhiệm vụ đã hoàn thành.",
    "Tệp được nhập toàn bộ hoặc không nhập dòng nào: nếu có lỗi, chương trình liệt kê từng dòng, từng cột cần sửa.",
)
EXPORT_GUIDE = (
    "Tệp này sửa được trong Excel rồi nhập lại (cchc tasks import, hoặc “Nhập từ Excel…” trong trang Nhiệm vụ).",
    f"Dòng có “{ID}” cập nhật đúng nhiệm vụ đó (chỉ các ô đã sửa); không sửa mã. Dòng thêm mới, để trống mã, là "
    "nhiệm vụ mới. Các cột ghi “(chỉ để xem)” do chương trình tính, khi nhập lại không được đọc.",
)


def _save(book: Any, path: Path) -> Path:
    path = Path(path)
    return save_workbook(book, path)  # atomically: an existing file is replaced only by a complete one


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
    check_header(header_number, header_row)  # two columns of the same name: which one is meant?
    headers = {str(v).strip().rstrip("*").strip(): i for i, v in enumerate(header_row) if v not in (None, "")}
    rows = []
    for number, values in iterator:
        record = {name: values[i] if i < len(values) else None for name, i in headers.items()}
        if any(v not in (None, "") and str(v).strip() for v in record.values()):
            rows.append((number, record))
    return SheetRows(headers, rows)
