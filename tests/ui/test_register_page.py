"""The "Sổ văn bản đi" page on the demo database after issuing notices: order, search, year, PDF, Excel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from cchc_desktop.core.services.register import RegisterService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.models.register_table_model import Column
from cchc_desktop.ui.pages.register import RegisterPage
from cchc_desktop.ui.signals import AppSignals
from cchc_desktop.ui.topics import Topic

from .conftest import FakePrompter, type_text

LEFT = Qt.MouseButton.LeftButton
NOTICE_2022, NOTICE_2024 = 1, 2  # the demo's two draft notices


class FakeOpener:
    """Records the files the page asked the system to open, and what they held at that moment."""

    def __init__(self, works: bool = True) -> None:
        self.works = works
        self.opened: list[tuple[Path, bytes]] = []

    def __call__(self, path: Path) -> bool:
        self.opened.append((path, path.read_bytes()))
        return self.works


@pytest.fixture
def context(demo_db: Database, prompter: FakePrompter) -> AppContext:
    return AppContext(demo_db, AppSignals(), prompter)


@pytest.fixture
def opener() -> FakeOpener:
    return FakeOpener()


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path, context: AppContext, opener: FakeOpener) -> RegisterPage:
    service = RegisterService(context.db)
    service.issue(NOTICE_2022, dt.date(2024, 4, 5))
    service.issue(NOTICE_2024, dt.date(2024, 4, 12))
    widget = RegisterPage(context, opener=opener)
    widget.files.temp_folder = tmp_path / "tam"
    qtbot.addWidget(widget)
    widget.resize(1090, 760)
    widget.show()
    return widget


def shown(page: RegisterPage, column: Column) -> list[str]:
    proxy = page.presenter.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def click(qtbot: QtBot, page: RegisterPage, text: str) -> None:
    button = next(b for b in page.findChildren(QToolButton) if b.text() == text)
    assert button.isEnabled(), f"“{text}” is disabled"
    qtbot.mouseClick(button, LEFT)


def test_register_lists_issued_notices_newest_first_and_sorts_by_number(page: RegisterPage) -> None:
    assert shown(page, Column.REFERENCE) == ["02/TB-UBND", "01/TB-UBND"]
    assert shown(page, Column.DATE) == ["12/04/2024", "05/04/2024"]
    assert shown(page, Column.SIGNER) == ["Trịnh Tiến Duy", "Phạm Hùng Trường"]
    page.table.sortByColumn(Column.REFERENCE, Qt.SortOrder.AscendingOrder)
    assert shown(page, Column.REFERENCE) == ["01/TB-UBND", "02/TB-UBND"]
    assert page.count_label.text() == "Hiển thị 2/2 văn bản"
    selected = page.presenter.selected()
    assert selected is not None and selected.reference == "02/TB-UBND"
    assert selected.sha256 in page.detail_label.text()


def test_search_without_marks_finds_the_2024_notice(qtbot: QtBot, page: RegisterPage) -> None:
    type_text(qtbot, page.search_edit, "quy I")
    assert shown(page, Column.REFERENCE) == ["02/TB-UBND"]
    assert "sơ kết quý I năm 2024" in shown(page, Column.SUMMARY)[0]
    assert page.count_label.text() == "Hiển thị 1/2 văn bản"
    page.search_edit.clear()
    assert len(shown(page, Column.REFERENCE)) == 2


def test_year_filter_and_reload_when_a_notice_is_issued(context: AppContext, page: RegisterPage) -> None:
    assert [page.year_combo.itemText(i) for i in range(page.year_combo.count())] == ["Tất cả các năm", "Năm 2024"]
    page.year_combo.setCurrentIndex(1)
    version = RegisterService(context.db).new_version(NOTICE_2024)
    RegisterService(context.db).issue(version, dt.date(2025, 1, 6))
    context.signals.announce(Topic.NOTICES)
    assert page.year_combo.findText("Năm 2025") == 1 and page.year_combo.currentText() == "Năm 2024"
    assert shown(page, Column.REFERENCE) == ["02/TB-UBND", "01/TB-UBND"]
    page.year_combo.setCurrentIndex(page.year_combo.findText("Năm 2025"))
    assert shown(page, Column.REFERENCE) == ["01/TB-UBND"]  # numbering starts again on 1 January
    assert page.count_label.text() == "Hiển thị 1/3 văn bản"


def test_open_writes_the_issued_pdf_to_a_temporary_file(qtbot: QtBot, context: AppContext, page: RegisterPage,
                                                        opener: FakeOpener) -> None:
    click(qtbot, page, "Mở bản PDF đã ban hành")
    path, content = opener.opened[-1]
    assert path.parent == page.files.temp_folder
    assert path.name == "02-TB-UBND-12-04-2024.pdf"
    assert content == RegisterService(context.db).issued_pdf(NOTICE_2024)


def test_a_failing_reader_is_reported(qtbot: QtBot, page: RegisterPage, opener: FakeOpener,
                                      prompter: FakePrompter) -> None:
    opener.works = False
    where = page.table.visualRect(page.presenter.proxy.index(1, Column.SUMMARY)).center()
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=where)
    qtbot.mouseDClick(page.table.viewport(), LEFT, pos=where)
    assert opener.opened[-1][0].name == "01-TB-UBND-05-04-2024.pdf"
    assert "Lưu bản PDF…" in prompter.errors[-1]


def test_save_pdf_writes_exactly_the_issued_bytes(qtbot: QtBot, tmp_path: Path, context: AppContext,
                                                  page: RegisterPage, prompter: FakePrompter) -> None:
    prompter.files = [tmp_path / "thong-bao"]
    click(qtbot, page, "Lưu bản PDF…")
    saved = tmp_path / "thong-bao.pdf"
    assert saved.read_bytes() == RegisterService(context.db).issued_pdf(NOTICE_2024)
    prompter.files = [None]  # cancelled: nothing happens
    click(qtbot, page, "Lưu bản PDF…")
    assert prompter.errors == []


@pytest.mark.parametrize("windows", [False, True])
def test_saving_onto_a_folder_says_it_is_a_folder(qtbot: QtBot, tmp_path: Path, page: RegisterPage,
                                                  prompter: FakePrompter, request: pytest.FixtureRequest,
                                                  windows: bool) -> None:
    if windows:  # PermissionError instead of IsADirectoryError
        request.getfixturevalue("windows_folder_errors")
    pdf, xlsx = tmp_path / "thong-bao.pdf", tmp_path / "so.xlsx"
    pdf.mkdir()
    xlsx.mkdir()
    prompter.files = [pdf, xlsx]
    click(qtbot, page, "Lưu bản PDF…")
    click(qtbot, page, "Xuất Excel…")
    assert prompter.errors == [f"Không ghi được tệp “{pdf}”: đây là một thư mục, không phải tệp.",
                               f"Không ghi được tệp “{xlsx}”: đây là một thư mục, không phải tệp."]


@pytest.mark.parametrize("windows", [False, True])
def test_a_temporary_copy_that_cannot_be_replaced_gets_a_fresh_name(
        qtbot: QtBot, page: RegisterPage, opener: FakeOpener, request: pytest.FixtureRequest, windows: bool) -> None:
    """Windows refuses to overwrite a PDF still open in a reader (PermissionError); a folder in the way (here, to
    have something that cannot be replaced) gives PermissionError there and IsADirectoryError elsewhere."""
    if windows:
        request.getfixturevalue("windows_folder_errors")
    (page.files.temp_folder / "02-TB-UBND-12-04-2024.pdf").mkdir(parents=True)
    click(qtbot, page, "Mở bản PDF đã ban hành")
    path, content = opener.opened[-1]
    assert path.parent == page.files.temp_folder and path.name.startswith("02-TB-UBND-12-04-2024-")
    assert content.startswith(b"%PDF")


def test_export_writes_the_rows_shown_to_excel(qtbot: QtBot, tmp_path: Path, page: RegisterPage,
                                               prompter: FakePrompter) -> None:
    page.table.sortByColumn(Column.REFERENCE, Qt.SortOrder.AscendingOrder)
    prompter.files = [tmp_path / "so-van-ban-di.xlsx"]
    click(qtbot, page, "Xuất Excel…")
    sheet = load_workbook(tmp_path / "so-van-ban-di.xlsx").active
    assert sheet["A2"].value == "Tất cả các năm: 2 văn bản"
    assert [c.value for c in sheet[4]][:3] == ["STT", "Số, ký hiệu", "Ngày ban hành"]
    assert [sheet["B5"].value, sheet["B6"].value] == ["01/TB-UBND", "02/TB-UBND"]
    assert sheet["C5"].value == dt.datetime(2024, 4, 5) and sheet["C5"].number_format == "dd/mm/yyyy"


def test_empty_register_explains_how_entries_arrive(qtbot: QtBot, context: AppContext) -> None:
    widget = RegisterPage(context, opener=FakeOpener())
    qtbot.addWidget(widget)
    widget.show()
    assert widget.empty_label.isVisible() and not widget.count_label.isVisible()
    assert not widget.open_action.isEnabled() and not widget.export_action.isEnabled()


def test_page_is_reachable_from_the_main_window(window: MainWindow) -> None:
    assert isinstance(window.show_page("register"), RegisterPage)
