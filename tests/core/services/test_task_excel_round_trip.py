"""An exported task list is edited in Excel and imported back: it updates the tasks it came from (by their id),
adds the rows without one, and two imports of one file at once give one set of tasks."""

import datetime as dt
import threading

import openpyxl
import pytest

from cchc_desktop.core.errors import ImportRejected
from cchc_desktop.core.services.task_excel import export_tasks, import_tasks, write_import_template
from cchc_desktop.core.services.tasks import TaskService
from cchc_desktop.store.db import open_database

TODAY = dt.date(2024, 11, 20)
ID = "Mã (không sửa)"


def cell_values(path):
    book = openpyxl.load_workbook(path)
    return {sheet.title: [[cell.value for cell in row] for row in sheet.iter_rows()] for sheet in book.worksheets}


def edit(path, changes):
    """``changes``: {(row, header): value}; a row past the last one appends a row."""
    book = openpyxl.load_workbook(path)
    sheet = book["Nhiệm vụ"]
    columns = {cell.value: cell.column for cell in sheet[1]}
    for (row, header), value in changes.items():
        sheet.cell(row=row, column=columns[header], value=value)
    book.save(path)
    return path


def snapshot(tasks):
    uuids = tasks.uuids()
    return [(uuids[r.id], r.title, r.lead_agency, r.cooperators, r.deadline, r.due_date, r.status, r.completed_on,
             r.source_label) for r in tasks.list(today=TODAY)]


@pytest.fixture
def tasks(demo_db):
    return TaskService(demo_db)


def test_export_import_export_gives_the_same_file(tasks, tmp_path):
    first, second = tmp_path / "lan-1.xlsx", tmp_path / "lan-2.xlsx"
    count = export_tasks(tasks, first, today=TODAY)
    assert count == 17
    before = snapshot(tasks)
    result = import_tasks(tasks, first)
    assert (result.created, result.updated, result.unchanged) == (0, 0, 17)
    assert result.message == "Đã nhập 0 nhiệm vụ mới, cập nhật 0 nhiệm vụ; 17 dòng không thay đổi."
    assert snapshot(tasks) == before
    export_tasks(tasks, second, today=TODAY)
    assert cell_values(second) == cell_values(first)


def test_an_edited_cell_updates_the_task_and_a_row_without_id_is_new(tasks, tmp_path):
    path = tmp_path / "sua.xlsx"
    export_tasks(tasks, path, today=TODAY)
    sheet = openpyxl.load_workbook(path)["Nhiệm vụ"]
    edited_uuid, old_title = sheet["I2"].value, sheet["A2"].value
    untouched_uuid = sheet["I3"].value
    before = {row[0]: row for row in snapshot(tasks)}
    edit(path, {(2, "Thời hạn"): "trước ngày 31/12/2025", (2, "Mô tả"): "Gia hạn theo Thông báo 15/TB-UBND",
                (19, "Nội dung nhiệm vụ"): "Tổng hợp kiến nghị của cấp xã", (19, "Cơ quan chủ trì"): "Sở Nội vụ",
                (19, "Thời hạn"): "trong tháng 1/2025"})
    result = import_tasks(tasks, path)
    assert (result.created, result.updated, result.unchanged) == (1, 1, 16)
    assert result.message_for("sua.xlsx") == ("Tệp “sua.xlsx”: đã nhập 1 nhiệm vụ mới, cập nhật 1 nhiệm vụ; "
                                              "16 dòng không thay đổi.")
    after = {row[0]: row for row in snapshot(tasks)}
    assert len(after) == 18
    changed = after[edited_uuid]
    assert changed[1] == old_title and changed[4] == "trước ngày 31/12/2025"
    assert changed[5] == dt.date(2025, 12, 31)
    edited_id = next(task_id for task_id, task_uuid in tasks.uuids().items() if task_uuid == edited_uuid)
    assert TaskService(tasks.db).get(edited_id).data.description == (
        "Gia hạn theo Thông báo 15/TB-UBND")
    assert after[untouched_uuid] == before[untouched_uuid]
    assert changed[8] == before[edited_uuid][8]  # the source (a meeting) is kept
    new = [row for uuid, row in after.items() if uuid not in before]
    assert [(row[1], row[2], row[5]) for row in new] == [("Tổng hợp kiến nghị của cấp xã", "Sở Nội vụ",
                                                           dt.date(2025, 1, 31))]
    with pytest.raises(ImportRejected) as err:  # the same file again: the new row (no id) is there already
        import_tasks(tasks, path)
    assert [(p.row, p.column) for p in err.value.problems] == [(19, "Nội dung nhiệm vụ")]
    assert {row[0]: row for row in snapshot(tasks)} == after


def test_text_that_looks_like_a_formula_comes_back_as_text(tasks, tmp_path):
    task_id = next(r.id for r in tasks.list())
    data = tasks.get(task_id).data
    data.description = "=SUM(A1:A3) là công thức tính tổng"
    tasks.update(task_id, data)
    path = tmp_path / "cong-thuc.xlsx"
    export_tasks(tasks, path, today=TODAY)
    result = import_tasks(tasks, path)
    assert (result.updated, result.unchanged) == (0, 17)
    assert tasks.get(task_id).data.description == "=SUM(A1:A3) là công thức tính tổng"


def test_a_file_with_only_some_columns_updates_only_those(tasks, tmp_path):
    row = next(r for r in tasks.list() if r.cooperators)
    path = tmp_path / "chi-han.xlsx"
    book = openpyxl.Workbook()
    book.active.append([ID, "Tình trạng", "Ngày hoàn thành"])
    book.active.append([tasks.uuids()[row.id], "Hoàn thành", dt.datetime(2024, 11, 1)])
    book.save(path)
    result = import_tasks(tasks, path)
    assert (result.created, result.updated) == (0, 1)
    after = next(r for r in tasks.list() if r.id == row.id)
    assert after.completed_on == dt.date(2024, 11, 1) and after.status.label.startswith("Hoàn thành")
    assert (after.title, after.lead_agency, after.cooperators, after.deadline) == (
        row.title, row.lead_agency, row.cooperators, row.deadline)


def test_an_unknown_or_repeated_id_is_refused_and_nothing_changes(tasks, tmp_path):
    path = tmp_path / "ma-la.xlsx"
    export_tasks(tasks, path, today=TODAY)
    sheet = openpyxl.load_workbook(path)["Nhiệm vụ"]
    edit(path, {(2, "Thời hạn"): "trước ngày 31/12/2025", (3, ID): "khong-co-ma-nay", (4, ID): sheet["I5"].value})
    before = snapshot(tasks)
    with pytest.raises(ImportRejected) as err:
        import_tasks(tasks, path)
    # row 4 now names the task of row 5: it would rename that task to the title of another one, and row 5 repeats it
    assert [(p.row, p.column) for p in err.value.problems] == [(3, ID), (4, "Nội dung nhiệm vụ"), (5, ID)]
    assert "không có nhiệm vụ nào mã “khong-co-ma-nay”" in err.value.problems[0].reason
    assert "đã có ở dòng 4" in err.value.problems[2].reason
    assert snapshot(tasks) == before


def test_an_edit_that_makes_a_row_duplicate_another_task_is_refused(tasks, tmp_path):
    path = tmp_path / "trung.xlsx"
    export_tasks(tasks, path, today=TODAY)
    sheet = openpyxl.load_workbook(path)["Nhiệm vụ"]
    edit(path, {(2, "Nội dung nhiệm vụ"): sheet["A3"].value, (2, "Cơ quan chủ trì"): sheet["B3"].value})
    before = snapshot(tasks)
    with pytest.raises(ImportRejected, match="Dòng 2, cột “Nội dung nhiệm vụ”: nhiệm vụ này .* đã có"):
        import_tasks(tasks, path)
    assert snapshot(tasks) == before


ROWS = [[f"Nhiệm vụ thử số {n}", "Sở Nội vụ", "", f"trước ngày {n}/12/2025", "", None, "", ""] for n in range(1, 11)]


def test_two_imports_of_one_file_at_once_give_one_set_of_tasks(db, db_path, tmp_path):
    """Both imports finish checking their rows before either writes (a barrier in the progress callback): the
    duplicate check of the second runs after the first commits, inside the same locked transaction as its writes."""
    path = tmp_path / "giao-viec.xlsx"
    write_import_template(TaskService(db), path)
    book = openpyxl.load_workbook(path)
    for row in ROWS:
        book["Nhiệm vụ"].append(row)
    book.save(path)
    barrier = threading.Barrier(2, timeout=30)
    outcomes: list[object] = []

    def run() -> None:
        database = open_database(db_path)
        try:
            def progress(done: int, total: int) -> None:
                if done == total:
                    barrier.wait()

            outcomes.append(import_tasks(TaskService(database), path, progress=progress))
        except Exception as exc:  # noqa: BLE001 — the outcome is what the test checks
            outcomes.append(exc)
        finally:
            database.dispose()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(outcomes) == 2
    refused = [o for o in outcomes if isinstance(o, ImportRejected)]
    done = [o for o in outcomes if not isinstance(o, Exception)]
    assert len(done) == 1 and done[0].created == 10, outcomes
    assert len(refused) == 1, outcomes
    assert [p.row for p in refused[0].problems] == list(range(2, 12))
    assert all("đã có trong dữ liệu" in p.reason for p in refused[0].problems)
    assert sorted(r.title for r in TaskService(db).list()) == sorted(r[0] for r in ROWS)
