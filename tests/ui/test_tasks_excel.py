"""The Excel commands of the tasks page: export what is shown, write the template, import all rows or none."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from cchc_desktop.core.services.task_excel import write_import_template
from cchc_desktop.core.services.tasks import TaskService
from cchc_desktop.store.db import Database
from cchc_desktop.ui import background
from cchc_desktop.ui.background import BackgroundTask
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.models.task_table_model import Column
from cchc_desktop.ui.pages.tasks import TasksPage
from cchc_desktop.ui.widgets.problems_dialog import ImportProblemsDialog

from .conftest import FakePrompter
from .test_tasks_support import TODAY, opened_dialog

GOOD_ROWS = [
    ["Xây dựng kế hoạch tuyên truyền cải cách hành chính năm 2025", "Sở Nội vụ", "Báo và Phát thanh, Truyền hình tỉnh",
     "trước ngày 31/12/2024", "", None, "Công văn số 45/SNV-CCHC", ""],
    ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "so khoa hoc va cong nghe", "", "trong Quý I/2025",
     "Đang thực hiện", None, "", "Theo Đề án 06"],
]


@pytest.fixture
def page(qtbot: QtBot, demo_context: AppContext) -> Iterator[TasksPage]:
    tasks_page = TasksPage(demo_context, today=lambda: TODAY)
    qtbot.addWidget(tasks_page)
    tasks_page.show()
    qtbot.waitExposed(tasks_page)
    yield tasks_page


def filled_template(db: Database, path: Path, rows: list[list[object]]) -> Path:
    write_import_template(TaskService(db), path)
    book = openpyxl.load_workbook(path)
    sheet = book["Nhiệm vụ"]
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def shown_titles(page: TasksPage) -> list[str]:
    proxy = page.presenter.proxy
    return [proxy.index(r, Column.TITLE).data() for r in range(proxy.rowCount())]


def test_export_writes_exactly_the_filtered_rows(page: TasksPage, prompter: FakePrompter, tmp_path: Path) -> None:
    page.status_combo.setCurrentIndex(page.status_combo.findText("Chưa hoàn thành"))
    prompter.files.append(tmp_path / "nhiem-vu-chua-xong")  # typed without the extension
    page.export_action.trigger()
    written = tmp_path / "nhiem-vu-chua-xong.xlsx"
    book = openpyxl.load_workbook(written)
    sheet = book.active
    assert book["Hướng dẫn"].cell(row=1, column=1).value == "DANH SÁCH NHIỆM VỤ (xuất ngày 20/11/2024)"
    assert sheet.cell(row=1, column=1).value == "Nội dung nhiệm vụ"  # the import template's layout
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2) if row[0].value]
    assert sorted(r[0] for r in rows) == sorted(shown_titles(page))
    assert len(rows) == 5
    late = next(r for r in rows if r[10] == "Quá hạn")
    assert late[4] == "Đang thực hiện"
    assert late[9] == dt.datetime(2024, 11, 8)
    assert page.window().isVisible()


def test_export_cancelled_writes_nothing(page: TasksPage, prompter: FakePrompter, tmp_path: Path) -> None:
    prompter.files.append(None)
    page.export_action.trigger()
    assert list(tmp_path.glob("*.xlsx")) == []


def test_write_template(page: TasksPage, prompter: FakePrompter, tmp_path: Path) -> None:
    prompter.files.append(tmp_path / "mau.xlsx")
    messages: list[str] = []
    page.presenter.context.signals.status_message.connect(messages.append)
    page.template_action.trigger()
    book = openpyxl.load_workbook(tmp_path / "mau.xlsx")
    assert "Nhiệm vụ" in book.sheetnames
    assert messages[-1].startswith("Đã ghi tệp mẫu “mau.xlsx”.")


@pytest.mark.parametrize("windows", [False, True])
def test_excel_onto_a_folder_says_it_is_a_folder(page: TasksPage, prompter: FakePrompter, tmp_path: Path,
                                                 request: pytest.FixtureRequest, windows: bool) -> None:
    if windows:  # PermissionError instead of IsADirectoryError
        request.getfixturevalue("windows_folder_errors")
    export, template = tmp_path / "nhiem-vu.xlsx", tmp_path / "mau.xlsx"
    export.mkdir()
    template.mkdir()
    prompter.files.extend([export, template])
    page.export_action.trigger()
    page.template_action.trigger()
    assert prompter.errors == [f"Không ghi được tệp “{export}”: đây là một thư mục, không phải tệp.",
                               f"Không ghi được tệp “{template}”: đây là một thư mục, không phải tệp."]


def test_import_adds_every_row_of_a_good_file(page: TasksPage, prompter: FakePrompter, demo: Database,
                                              tmp_path: Path) -> None:
    prompter.files.append(filled_template(demo, tmp_path / "giao-viec.xlsx", GOOD_ROWS))
    page.import_action.trigger()
    assert prompter.infos == ["Đã nhập 2 nhiệm vụ từ tệp “giao-viec.xlsx”."]
    assert len(TaskService(demo).list()) == 19
    assert page.count_label.text().startswith("Hiển thị 19/19 nhiệm vụ")
    assert "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính" in shown_titles(page)


def test_import_of_a_bad_file_lists_every_problem_and_adds_nothing(
    qtbot: QtBot, page: TasksPage, prompter: FakePrompter, demo: Database, tmp_path: Path
) -> None:
    bad = GOOD_ROWS[:1] + [
        ["Nhiệm vụ của một sở không có", "Sở Không Có", "", "", "", None, "", ""],
        GOOD_ROWS[0],
        ["Hạn không có thật", "Sở Nội vụ", "", "ngày 31/02/2024", "", None, "", ""],
    ]
    prompter.files.append(filled_template(demo, tmp_path / "loi.xlsx", bad))
    page.import_action.trigger()
    dialog = opened_dialog(qtbot, page, ImportProblemsDialog)
    lines = dialog.list.toPlainText().splitlines()
    assert lines == [
        "Dòng 3, cột “Cơ quan chủ trì”: không có cơ quan “Sở Không Có” trong danh mục",
        "Dòng 4, cột “Nội dung nhiệm vụ”: trùng với dòng 2 (cùng nội dung và cơ quan chủ trì)",
        "Dòng 5, cột “Thời hạn”: Thời hạn 31/02/2024 không phải là ngày hợp lệ.",
    ]
    assert "chưa nhập nhiệm vụ nào" in dialog.summary.text()
    assert "có 3 lỗi" in dialog.summary.text()
    assert len(TaskService(demo).list()) == 17
    assert prompter.infos == []
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_cancelling_an_import_changes_nothing(page: TasksPage, prompter: FakePrompter, demo: Database,
                                              tmp_path: Path) -> None:
    """The import runs through the background helper; "Hủy" pressed in its progress dialog after the first row stops
    it there, and the tasks are exactly as before."""
    many = [[f"Nhiệm vụ nhập thử số {n}", "Sở Nội vụ", "", "trước ngày 31/12/2024", "", None, "", ""]
            for n in range(1, 201)]
    before = TaskService(demo).list()
    reports: list[tuple[int, int]] = []
    dialogs: list[str] = []

    def started(task: BackgroundTask) -> None:
        dialogs.append(task.dialog.windowTitle())

        def press_cancel(done: int, total: int) -> None:
            reports.append((done, total))
            assert task.dialog.cancel_button.text() == "Hủy"
            task.dialog.cancel_button.click()

        task.progressed.connect(press_cancel)

    background.events.started.connect(started)
    messages: list[str] = []
    page.presenter.context.signals.status_message.connect(messages.append)
    prompter.files.append(filled_template(demo, tmp_path / "huy.xlsx", many))
    try:
        page.import_action.trigger()
    finally:
        background.events.started.disconnect(started)
    assert dialogs == ["Nhập nhiệm vụ từ Excel"]
    assert reports == [(1, 200)]
    assert messages == ["Đã hủy nhập từ Excel; dữ liệu chưa thay đổi."]
    assert TaskService(demo).list() == before
    assert len(before) == 17
    assert page.findChildren(ImportProblemsDialog) == []
    assert prompter.errors == [] and prompter.infos == []
