import datetime as dt
import unicodedata

import openpyxl
import pytest

from cchc_desktop.core.enums import TaskStatus
from cchc_desktop.core.errors import Cancelled, CchcError, ImportRejected
from cchc_desktop.core.services.task_excel import export_tasks, import_tasks, write_import_template
from cchc_desktop.core.services.tasks import TaskFilter, TaskService


@pytest.fixture
def tasks(db):
    return TaskService(db)


def filled_template(tasks, tmp_path, rows, name="nhiem-vu.xlsx"):
    path = tmp_path / name
    write_import_template(tasks, path)
    book = openpyxl.load_workbook(path)
    sheet = book["Nhiệm vụ"]
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


GOOD_ROWS = [
    ["Báo cáo kết quả kiểm điểm cán bộ", "UBND tỉnh", "Sở Nội vụ; STC", "trước ngày 30/6/2022", "Hoàn thành",
     dt.datetime(2022, 7, 5), "Thông báo kết luận 2022", ""],
    ["Rà soát hỗ trợ kinh phí Bộ phận Một cửa", "so tai chinh", "Sở Kế hoạch và Đầu tư", "trong Quý III/2024", "",
     None, "", "Hỗ trợ cấp xã"],
    [unicodedata.normalize("NFD", "Tuyên truyền chỉ số PAPI"), "Sở Nội vụ", "", "hằng tháng", "Đang thực hiện",
     None, "", ""],
]


def test_template_round_trip_imports_every_row(tasks, tmp_path):
    path = filled_template(tasks, tmp_path, GOOD_ROWS)
    dry = import_tasks(tasks, path, dry_run=True)
    assert (dry.rows, dry.created) == (3, 0) and tasks.list() == []
    result = import_tasks(tasks, path)
    assert result.created == 3
    rows = {r.title: r for r in tasks.list()}
    first = rows["Báo cáo kết quả kiểm điểm cán bộ"]
    assert first.lead_agency == "Ủy ban nhân dân tỉnh"
    assert first.cooperators == "Sở Nội vụ; Sở Tài chính"
    assert first.status == TaskStatus.DONE_LATE  # completed after the deadline
    assert rows["Rà soát hỗ trợ kinh phí Bộ phận Một cửa"].due_date == dt.date(2024, 9, 30)
    assert "Tuyên truyền chỉ số PAPI" in rows  # stored NFC


def test_bad_rows_are_all_reported_and_nothing_is_imported(tasks, tmp_path):
    path = filled_template(tasks, tmp_path, GOOD_ROWS[:1] + [
        ["Nhiệm vụ của sở lạ", "Sở Không Có", "", "", "", None, "", ""],
        ["", "Sở Nội vụ", "", "", "", None, "", ""],
        ["Hạn sai", "Sở Nội vụ", "", "ngày 31/02/2024", "", None, "", ""],
        ["Tình trạng sai", "Sở Nội vụ", "", "", "Xong rồi", None, "", ""],
        GOOD_ROWS[0],
    ])
    with pytest.raises(ImportRejected) as err:
        import_tasks(tasks, path)
    problems = [(p.row, p.column) for p in err.value.problems]
    assert problems == [(3, "Cơ quan chủ trì"), (4, "Nội dung nhiệm vụ"), (5, "Thời hạn"), (6, "Tình trạng"),
                        (7, "Nội dung nhiệm vụ")]
    assert "trùng với dòng 2" in err.value.problems[-1].reason
    assert "31/02/2024 không phải là ngày hợp lệ" in err.value.problems[2].reason
    assert "Dòng 3, cột “Cơ quan chủ trì”: không có cơ quan “Sở Không Có” trong danh mục" in str(err.value)
    assert tasks.list() == []


def test_rows_already_in_the_database_are_duplicates(tasks, tmp_path):
    import_tasks(tasks, filled_template(tasks, tmp_path, GOOD_ROWS[1:2]))
    with pytest.raises(ImportRejected, match="đã có trong dữ liệu"):
        import_tasks(tasks, filled_template(tasks, tmp_path, GOOD_ROWS[1:2], "lan-hai.xlsx"))
    assert len(tasks.list()) == 1


def test_missing_required_column(tasks, tmp_path):
    path = tmp_path / "thieu-cot.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Nội dung nhiệm vụ", "Thời hạn"])
    book.active.append(["Việc A", "hằng tháng"])
    book.save(path)
    with pytest.raises(ImportRejected) as err:
        import_tasks(tasks, path)
    assert [(p.row, p.column) for p in err.value.problems] == [(1, "Cơ quan chủ trì")]


@pytest.mark.parametrize("content", [b"not an excel file", b"PK\x03\x04broken zip"])
def test_a_file_that_is_not_excel_gets_a_clear_message(tasks, tmp_path, content):
    path = tmp_path / "bao-cao.xlsx"
    path.write_bytes(content)
    with pytest.raises(CchcError, match="không phải là tệp Excel"):
        import_tasks(tasks, path)


def test_cancel_during_import_changes_nothing(tasks, tmp_path):
    path = filled_template(tasks, tmp_path, GOOD_ROWS)
    reports: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        reports.append((done, total))
        if done == 2:
            raise Cancelled()

    with pytest.raises(Cancelled, match="Đã hủy."):
        import_tasks(tasks, path, progress=progress)
    assert reports == [(1, len(GOOD_ROWS)), (2, len(GOOD_ROWS))]
    assert tasks.list() == []


def test_export_writes_vietnamese_headers_dates_and_marks_overdue(tasks, tmp_path):
    import_tasks(tasks, filled_template(tasks, tmp_path, GOOD_ROWS))
    out = tmp_path / "xuat.xlsx"
    count = export_tasks(tasks, out, TaskFilter(text="ra soat"), today=dt.date(2024, 10, 1))
    assert count == 1
    book = openpyxl.load_workbook(out)
    sheet = book.active
    assert book["Hướng dẫn"]["A1"].value == "DANH SÁCH NHIỆM VỤ (xuất ngày 01/10/2024)"
    assert sheet.oddHeader.center.text == "DANH SÁCH NHIỆM VỤ (xuất ngày 01/10/2024)"
    # the import template's header row and columns, then the id and the columns the program computes
    assert [c.value for c in sheet[1]] == ["Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn",
                                           "Tình trạng", "Ngày hoàn thành", "Nguồn", "Mô tả", "Mã (không sửa)",
                                           "Hạn xử lý (chỉ để xem)", "Quá hạn (chỉ để xem)",
                                           "Tiêu chí thành phần (chỉ để xem)", "Tiến độ gần nhất (chỉ để xem)"]
    assert sheet["D2"].value == "trong Quý III/2024" and sheet["H2"].value == "Hỗ trợ cấp xã"
    assert sheet["I2"].value == tasks.uuids()[tasks.list(TaskFilter(text="ra soat"))[0].id]
    assert sheet["J2"].value.date() == dt.date(2024, 9, 30) and sheet["J2"].number_format == "dd/mm/yyyy"
    assert (sheet["E2"].value, sheet["K2"].value) == ("Chưa thực hiện", "Quá hạn")
    assert sheet["A2"].fill.fgColor.rgb.endswith("FBE3E3")
    assert sheet.column_dimensions["A"].width == 60
