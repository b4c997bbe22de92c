"""The one reader of imported tables: every line ending, every cell checked, damaged files named, numbers and
dates read strictly. Database-level guarantees are in tests/fuzz/."""

from __future__ import annotations

import io
import math
import re
import zipfile

import pytest
from openpyxl import Workbook

from cchc_desktop.core.deadlines import parse_deadline
from cchc_desktop.core.errors import CchcError, ImportRejected, ValidationError
from cchc_desktop.core.formats import parse_date, parse_number, parse_whole_number
from cchc_desktop.core.result_tables import parse_table
from cchc_desktop.core.services.criteria import is_criterion_code
from cchc_desktop.core.table_reader import MAX_CELL_CHARS, column_letter, read_table
from cchc_desktop.core.xlsx_io import FORMULA_NOT_CALCULATED, cell_text, read_raw_rows

ROWS = [["Tỉnh", "Điểm", "Xếp hạng"], ["Lạng Sơn", "42.37", "37"], ["Quảng Ninh", "50.16", "1"]]


def write_csv(tmp_path, data: bytes, name="bang.csv"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def write_xlsx(tmp_path, rows, name="bang.xlsx", dimension: str | None = None, sheet_edit=None):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    data = buffer.getvalue()
    if dimension or sheet_edit:
        source = zipfile.ZipFile(io.BytesIO(data))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                content = source.read(info.filename)
                if info.filename == "xl/worksheets/sheet1.xml":
                    xml = content.decode()
                    if dimension:
                        xml = re.sub(r'<dimension ref="[^"]*"', f'<dimension ref="{dimension}"', xml)
                    content = (sheet_edit(xml) if sheet_edit else xml).encode()
                target.writestr(info.filename, content)
        data = out.getvalue()
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR (Excel for Mac)"])
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["no BOM", "BOM"])
def test_csv_reads_the_same_table_with_any_line_ending_and_bom(tmp_path, newline, bom):
    text = "# bảng PAPI\n" + "\n".join(",".join(r) for r in ROWS) + "\n"
    path = write_csv(tmp_path, bom + text.replace("\n", newline).encode("utf-8"))
    assert read_table(path) == [(2, ROWS[0]), (3, ROWS[1]), (4, ROWS[2])]


def test_csv_utf16_from_excel_unicode_text_is_read(tmp_path):
    path = write_csv(tmp_path, "\ufeffTỉnh,Điểm\r\nLạng Sơn,42\r\n".encode("utf-16-le"))
    assert read_table(path) == [(1, ["Tỉnh", "Điểm"]), (2, ["Lạng Sơn", "42"])]


def test_csv_quoted_line_break_stays_in_its_cell_and_rows_keep_their_numbers(tmp_path):
    path = write_csv(tmp_path, 'Mã,Tên\r1,"Chỉ đạo\rđiều hành"\r2,Khảo sát\r'.encode())
    assert read_table(path) == [(1, ["Mã", "Tên"]), (2, ["1", "Chỉ đạo\nđiều hành"]), (4, ["2", "Khảo sát"])]


def test_csv_unclosed_quote_is_refused_with_its_line(tmp_path):
    path = write_csv(tmp_path, 'Tỉnh,Điểm\nLạng Sơn,42\n"Quảng Ninh,50\n'.encode())
    with pytest.raises(CchcError, match="dòng 3: không đọc được dòng CSV"):
        read_table(path)


@pytest.mark.parametrize("size", [MAX_CELL_CHARS + 1, 140_000])
def test_a_cell_over_the_limit_is_refused_with_row_and_column(tmp_path, size):
    path = write_csv(tmp_path, ("Tỉnh,Điểm\nLạng Sơn,42\nQuảng Ninh," + "5" * size + "\n").encode())
    with pytest.raises(ImportRejected) as err:
        read_table(path)
    [problem] = err.value.problems
    assert (problem.row, problem.column) == (3, "Điểm")
    assert f"quá giới hạn {MAX_CELL_CHARS:,} ký tự".replace(",", ".") in problem.reason


@pytest.mark.parametrize("char", ["\ufffe", "\uffff", "\x00", "\x07"])
def test_characters_no_text_may_hold_are_refused(tmp_path, char):
    path = write_csv(tmp_path, f"Mã,Tên\n1,Chỉ{char}đạo\n".encode())
    with pytest.raises(ImportRejected) as err:
        read_table(path)
    assert str(err.value.problems[0]).startswith(f"Dòng 2, cột “Tên”: ô chứa ký tự không hợp lệ (U+{ord(char):04X})")


def test_a_lone_surrogate_is_not_utf8_and_is_refused(tmp_path):
    path = write_csv(tmp_path, "Mã,Tên\n1,Chỉ \ud800\n".encode("utf-8", errors="surrogatepass"))
    with pytest.raises(CchcError, match="không phải văn bản UTF-8 .*dòng 2"):
        read_table(path)


def test_duplicate_headers_are_refused(tmp_path):
    path = write_csv(tmp_path, "Tỉnh,Điểm,điểm\nLạng Sơn,42,43\n".encode())
    with pytest.raises(ImportRejected) as err:
        read_table(path)
    assert str(err.value.problems[0]) == "Dòng 1, cột “điểm”: cột C trùng tên với cột B; mỗi cột chỉ được có một lần"


def test_two_columns_meaning_the_score_are_refused(tmp_path):
    path = write_csv(tmp_path, "Tỉnh,Điểm,Tổng điểm\nLạng Sơn,42,43\n".encode())
    with pytest.raises(ImportRejected, match="cùng là cột Điểm"):
        parse_table(path, 0, 80)


def test_xlsx_is_read_past_a_too_small_dimension_record(tmp_path):
    rows = [["Tỉnh", "Điểm"]] + [[f"Tỉnh {n}", n] for n in range(1, 64)]
    path = write_xlsx(tmp_path, rows, dimension="A1:C10")
    read = list(read_raw_rows(path))
    assert len(read) == 64 and read[-1] == (64, ("Tỉnh 63", 63))


def test_formula_without_cached_value_is_reported_not_blank(tmp_path):
    path = write_xlsx(tmp_path, [["Nội dung nhiệm vụ", "Thời hạn"], ["Báo cáo", "=TODAY()"]])
    with pytest.raises(ImportRejected) as err:
        list(read_raw_rows(path))
    assert [str(p) for p in err.value.problems] == [f"Dòng 2, cột “Thời hạn”: {FORMULA_NOT_CALCULATED}"]


def test_infinite_number_cell_is_refused_with_its_cell(tmp_path):
    path = write_xlsx(tmp_path, [["Mã", "Điểm"], ["1", 5.5]],
                      sheet_edit=lambda xml: xml.replace("<v>5.5</v>", "<v>1e999</v>"))
    with pytest.raises(ImportRejected) as err:
        list(read_raw_rows(path))
    assert str(err.value.problems[0]) == "Dòng 2, cột “Điểm”: ô chứa giá trị số không hợp lệ (NaN hoặc vô cực)"


@pytest.mark.parametrize("damage", ["truncated", "bad xml", "bad zlib", "not a zip", "NaN"])
def test_a_damaged_xlsx_is_one_vietnamese_message(tmp_path, damage):
    path = write_xlsx(tmp_path, [["Mã", "Điểm"], ["1", 5.5]],
                      sheet_edit=(lambda xml: xml[: len(xml) // 2]) if damage == "bad xml"
                      else (lambda xml: xml.replace("<v>5.5</v>", "<v>NaN</v>")) if damage == "NaN" else None)
    data = bytearray(path.read_bytes())
    if damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "not a zip":
        data = bytearray(b"PK\x03\x04" + bytes(300))
    elif damage == "bad zlib":
        info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("xl/worksheets/sheet1.xml")
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        for offset in (3, 30, 60):
            data[start + offset] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(CchcError) as err:
        list(read_raw_rows(path))
    message = err.value.message
    assert message.startswith("Tệp “bang.xlsx” không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng")
    assert message.endswith("; hãy mở bằng Excel và lưu lại, hoặc lưu dạng CSV UTF-8.")
    if damage == "NaN":  # the header row was read, the damage is in the row after it
        assert "(hỏng từ dòng 2 của trang tính đầu)" in message


def test_float_cells_read_as_written_not_in_exponent_form():
    assert [cell_text(v) for v in (42.0, 88.58, 0.1 + 0.2, 1e-05, None)] == ["42", "88.58", "0.30000000000000004",
                                                                             "0.00001", ""]


@pytest.mark.parametrize("text, why", [
    ("0.4.5", "có nhiều dấu chấm thập phân"), ("1" * 400, "quá dài (400 ký tự) để là một số"),
    ("9" * 39 + "e", "không phải là số"), ("²", "không phải là số"), ("①", "không phải là số"),
    ("٣", "không phải là số"), ("1e5", "không phải là số"), ("inf", "không phải là số"),
    ("NaN", "không phải là số"), ("1.2.3,4", "có dấu phân cách không đúng chỗ"), (".", "không phải là số"),
])
def test_numbers_are_parsed_strictly(text, why):
    with pytest.raises(ValidationError) as err:
        parse_number(text, "Điểm")
    assert err.value.field == "Điểm" and why in err.value.message


def test_a_number_is_finite_and_within_its_bounds():
    assert math.isfinite(parse_number("9" * 39))
    assert parse_number("1.234.567") == 1234567
    with pytest.raises(ValidationError, match="Điểm tối đa 1001 nằm ngoài khoảng 0–1.000"):
        parse_number("1001", "Điểm tối đa", minimum=0, maximum=1000)


@pytest.mark.parametrize("text", ["²", "①", "3.0", "-1", "0", ""])
def test_ranks_are_ascii_whole_numbers(text):
    with pytest.raises(ValidationError):
        parse_whole_number(text, "Xếp hạng", minimum=1)


def test_result_ranks_in_odd_digits_are_row_problems(tmp_path):
    path = write_csv(tmp_path, "Tỉnh,Điểm,Xếp hạng\nLạng Sơn,42,²\nQuảng Ninh,50,①\nHà Nội,40,3\n".encode())
    rows, problems = parse_table(path, 0, 80)
    assert [str(p) for p in problems] == [
        "Dòng 2, cột “Xếp hạng”: “²” không phải là thứ hạng (số nguyên dương)",
        "Dòng 3, cột “Xếp hạng”: “①” không phải là thứ hạng (số nguyên dương)",
    ]


@pytest.mark.parametrize("code, ok", [("1", True), ("1.2.3", True), ("1.²", False), ("①", False), ("1..2", False),
                                      ("٣", False), ("1.a", False)])
def test_criterion_codes_are_ascii_digits(code, ok):
    assert is_criterion_code(code) is ok


@pytest.mark.parametrize("text", ["Quý I/0000", "trong tháng 5/9999", "01/01/0001", "31/12/9999", "trong Quý IV/2101"])
def test_deadlines_outside_1990_2100_are_refused(text):
    with pytest.raises(ValidationError, match="nằm ngoài khoảng 1990–2100"):
        parse_deadline(text, "Thời hạn")


def test_dates_are_bounded_and_ascii():
    assert parse_date("01/01/1990").year == 1990 and parse_date("2100-12-31").year == 2100
    for text in ("31/12/1989", "01/01/2101", "٠١/٠١/٢٠٢٤"):
        with pytest.raises(ValidationError):
            parse_date(text, "Ngày hoàn thành")


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


def test_task_sheet_with_a_repeated_header_is_refused(tmp_path):
    from cchc_desktop.documents.tasks_xlsx import read_sheet

    path = write_xlsx(tmp_path, [["Nội dung nhiệm vụ", "Thời hạn", "Thời hạn"], ["Báo cáo", "tháng 5/2024", ""]])
    with pytest.raises(ImportRejected) as err:
        read_sheet(path)
    assert str(err.value.problems[0]).startswith("Dòng 1, cột “Thời hạn”: cột C trùng tên với cột B")


def test_dry_run_refuses_what_the_import_refuses(db, tmp_path):
    from cchc_desktop.core.services.task_excel import import_tasks
    from cchc_desktop.core.services.tasks import TaskService

    header = ["Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Ngày hoàn thành"]
    path = write_xlsx(tmp_path, [header, ["Báo cáo quý", "Sở Nội vụ", "Quý I/0000", None],
                                 ["Kiểm tra", "Sở Nội vụ", "=TODAY()", None],
                                 ["Rà soát", "Sở Nội vụ", "", "01/01/0001"]])
    service = TaskService(db)
    messages = []
    for dry_run in (True, False):
        with pytest.raises(ImportRejected) as err:
            import_tasks(service, path, dry_run=dry_run)
        messages.append(err.value.message)
    assert messages[0] == messages[1]
    assert "Dòng 3, cột “Thời hạn”: ô có công thức chưa được tính" in messages[0]
    assert service.list() == []


def test_only_lines_above_the_header_are_comments(tmp_path):
    path = write_csv(tmp_path, "# PAPI 2020\nMã,Điểm\n1.1,5\n#REF!,4\n".encode())
    assert read_table(path) == [(2, ["Mã", "Điểm"]), (3, ["1.1", "5"]), (4, ["#REF!", "4"])]
