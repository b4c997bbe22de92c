"""The "Kết quả chỉ số" page on the demo database: the year's table, the history panel, importing a table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cchc_desktop.core.services.results import ResultService
from cchc_desktop.core.text import collation_key
from cchc_desktop.store.db import Database
from cchc_desktop.ui import background
from cchc_desktop.ui.background import BackgroundTask
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.models.result_history_model import GAIN_COLOR, LOSS_COLOR, HistoryColumn
from cchc_desktop.ui.models.result_table_model import OWN_BACKGROUND, Column
from cchc_desktop.ui.pages.results import ResultsPage
from cchc_desktop.ui.signals import AppSignals

from .conftest import FakePrompter, show_widget

TODAY = dt.date(2025, 10, 1)


@pytest.fixture
def demo_context(demo_db: Database, prompter: FakePrompter) -> AppContext:
    return AppContext(demo_db, AppSignals(), prompter)


@pytest.fixture
def page(qtbot: QtBot, demo_context: AppContext) -> Iterator[ResultsPage]:
    results_page = ResultsPage(demo_context, today=lambda: TODAY)
    show_widget(qtbot, results_page, 1090, 760)
    yield results_page


def choose(page: ResultsPage, index_code: str, year: int | None = None) -> None:
    page.index_combo.setCurrentIndex(page.index_combo.findData(index_code))
    if year is not None:
        page.year_combo.setCurrentIndex(page.year_combo.findData(year))


def column(page: ResultsPage, col: Column) -> list[str]:
    proxy = page.presenter.proxy
    return [proxy.index(row, col).data() for row in range(proxy.rowCount())]


def shown_row(page: ResultsPage, subject: str) -> int:
    return column(page, Column.SUBJECT).index(subject)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_papi_2021_highlights_the_own_province_and_says_the_table_is_partial(page: ResultsPage) -> None:
    choose(page, "PAPI", 2021)
    proxy = page.presenter.proxy
    row = shown_row(page, "Lạng Sơn")
    assert [proxy.index(row, c).data() for c in Column] == ["4/60", "Lạng Sơn", "45,84", "Nhóm đạt điểm cao nhất",
                                                            "tính toán"]
    own = proxy.index(row, Column.SUBJECT)
    assert own.data(Qt.ItemDataRole.FontRole).bold()
    assert own.data(Qt.ItemDataRole.BackgroundRole) == OWN_BACKGROUND
    other = proxy.index(shown_row(page, "Thanh Hóa"), Column.SUBJECT)
    assert other.data(Qt.ItemDataRole.FontRole) is None and other.data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.banner.isVisible() and page.banner.text() == "Bảng chưa đủ: 60/63 tỉnh có số liệu"
    assert "Thiếu số liệu: Quảng Ninh, Bắc Giang, Bắc Ninh" in page.source_label.text()
    assert page.count_label.text() == "Hiển thị 60/60 tỉnh, thành phố"


def test_sorting_by_score_and_name_and_folded_search(page: ResultsPage) -> None:
    choose(page, "PAPI", 2021)
    page.table.sortByColumn(Column.SCORE, Qt.SortOrder.AscendingOrder)
    scores = [float(text.replace(",", ".")) for text in column(page, Column.SCORE)]
    assert scores == sorted(scores) and scores[-1] == 48.06
    page.table.sortByColumn(Column.SCORE, Qt.SortOrder.DescendingOrder)
    assert column(page, Column.RANK)[:4] == ["1/60", "2/60", "3/60", "4/60"]
    page.table.sortByColumn(Column.RANK, Qt.SortOrder.DescendingOrder)
    assert column(page, Column.RANK)[0] == "60/60"  # numerically, not "9/60" as text would sort
    page.table.sortByColumn(Column.SUBJECT, Qt.SortOrder.AscendingOrder)
    names = column(page, Column.SUBJECT)
    assert names == sorted(names, key=collation_key)
    assert names.index("Đà Nẵng") > names.index("Dak Nông" if "Dak Nông" in names else "Cần Thơ")
    assert names.index("Đồng Tháp") < names.index("Gia Lai")

    page.search_edit.setText("lang son")
    assert column(page, Column.SUBJECT) == ["Lạng Sơn"]
    page.search_edit.setText("THANH")
    assert set(column(page, Column.SUBJECT)) == {"Thanh Hóa"}
    assert page.count_label.text() == "Hiển thị 1/60 tỉnh, thành phố"


def test_history_panel_colours_gains_and_losses(page: ResultsPage) -> None:
    choose(page, "PAPI", 2021)
    history = page.presenter.history_model
    assert page.history_title.text() == "Lạng Sơn – PAPI qua các năm"
    rows = {history.index(r, HistoryColumn.YEAR).data(): r for r in range(history.rowCount())}
    assert sorted(rows) == [str(year) for year in range(2017, 2025)]
    gain = history.index(rows["2021"], HistoryColumn.CHANGE)
    assert gain.data() == "tăng 33 bậc" and gain.data(Qt.ItemDataRole.ForegroundRole) == GAIN_COLOR
    assert history.index(rows["2021"], HistoryColumn.RANK).data() == "4/60"
    assert history.index(rows["2021"], HistoryColumn.SCORE).data() == "45,84"
    loss = history.index(rows["2023"], HistoryColumn.CHANGE)
    assert loss.data().startswith("giảm") and loss.data(Qt.ItemDataRole.ForegroundRole) == LOSS_COLOR
    assert loss.data() == "giảm 08 bậc"
    assert history.index(rows["2017"], HistoryColumn.CHANGE).data(Qt.ItemDataRole.ForegroundRole) is None

    page.presenter.select("Thừa Thiên Huế")
    assert page.history_title.text() == "Thừa Thiên Huế – PAPI qua các năm"
    assert history.index(history.rowCount() - 1, HistoryColumn.YEAR).data() == "2024"
    choose(page, "PAR INDEX")  # the chosen province stays chosen on another index
    assert page.year_combo.currentData() == 2021
    assert page.history_title.text() == "Thừa Thiên Huế – PAR INDEX qua các năm"


def test_importing_a_good_table_checks_first_then_adds_the_year(
        page: ResultsPage, prompter: FakePrompter, demo_db: Database, tmp_path: Path, qtbot: QtBot) -> None:
    choose(page, "PAPI", 2024)
    path = write(tmp_path, "papi_2025.csv", "# PAPI 2025 (thử)\n\"Tỉnh, thành phố\",Điểm\nLạng Sơn,46.1\n"
                                            "Hà Nội,45.2\nThành phố Hồ Chí Minh,44\n")
    prompter.files.append(path)
    statuses: list[str] = []
    page.presenter.context.signals.status_message.connect(statuses.append)
    page.import_action.trigger()
    dialog = page.importer.dialog
    assert dialog is not None and dialog.isVisible()
    assert (dialog.index_code(), dialog.year_spin.value()) == ("PAPI", 2025)
    assert not dialog.import_button.isEnabled()

    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text().startswith("Kiểm tra xong PAPI năm 2025: 3 dòng, xếp hạng trên 3")
    assert dialog.import_button.isEnabled()
    assert 2025 not in ResultService(demo_db).years("PAPI")  # the check stores nothing

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert 2025 in ResultService(demo_db).years("PAPI")
    assert not dialog.isVisible()
    assert statuses == ["Đã nhập PAPI năm 2025: 3 dòng, xếp hạng trên 3 (bảng chưa đủ)."]
    assert page.year_combo.currentData() == 2025 and page.year_combo.itemData(0) == 2025
    assert column(page, Column.RANK) == ["1/3", "2/3", "3/3"]
    assert page.banner.text() == "Bảng chưa đủ: 3/34 tỉnh có số liệu"
    history = page.presenter.history_model
    last = history.rowCount() - 1
    assert history.index(last, HistoryColumn.YEAR).data() == "2025"  # Lạng Sơn kept its history after 2025


def test_a_malformed_table_lists_every_problem_and_changes_nothing(
        page: ResultsPage, prompter: FakePrompter, demo_db: Database, tmp_path: Path, qtbot: QtBot) -> None:
    choose(page, "PAPI", 2021)
    before = ResultService(demo_db).table("PAPI", 2021)
    path = write(tmp_path, "papi_2021_sua.csv",
                 "province,score\nXứ Lạng,40\nLạng Sơn,150\nHà Nội,bốn mươi\nThanh Hóa,47.1\n")
    prompter.files.append(path)
    page.import_action.trigger()
    dialog = page.importer.dialog
    assert dialog is not None and dialog.year_spin.value() == 2021
    assert "Đã có bảng PAPI năm 2021" in dialog.existing_label.text()

    dialog.replace_check.setChecked(True)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    report = dialog.problems_window
    assert report is not None and report.isVisible()
    assert report.list.toPlainText().splitlines() == [  # type: ignore[attr-defined]
        "Dòng 2, cột “Tỉnh, thành phố”: “Xứ Lạng” không khớp với đơn vị nào của năm 2021",
        "Dòng 3, cột “Điểm”: 150 nằm ngoài thang điểm 0–80",
        "Dòng 4, cột “Điểm”: “bốn mươi” không phải là số",
    ]
    assert "chưa nhập bảng kết quả" in report.summary.text()  # type: ignore[attr-defined]
    assert dialog.status_label.text().startswith("Tệp có 3 lỗi nên chưa nhập được")
    assert not dialog.import_button.isEnabled()
    report.close()
    dialog.reject()
    assert ResultService(demo_db).table("PAPI", 2021) == before
    assert column(page, Column.RANK)[:2] == ["1/60", "2/60"]


def test_a_stored_year_is_replaced_only_when_asked(
        page: ResultsPage, prompter: FakePrompter, demo_db: Database, tmp_path: Path, qtbot: QtBot) -> None:
    prompter.files.append(write(tmp_path, "bang.csv", "province,score,rank\nLạng Sơn,45.84,4\n"))
    choose(page, "PAPI", 2021)
    page.import_action.trigger()
    dialog = page.importer.dialog
    assert dialog is not None
    dialog.year_spin.setValue(2021)  # no year in the file name: the dialog proposed the year after the last one
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == ("Đã có bảng PAPI năm 2021; đánh dấu “Thay bảng đã có của năm này” để nhập "
                                          "lại, hoặc sửa năm kết quả.")
    assert not dialog.import_button.isEnabled()
    dialog.replace_check.setChecked(True)
    assert dialog.existing_label.text().endswith("Bảng đang có sẽ được thay bằng bảng trong tệp.")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [(r.subject, r.rank, r.rank_of) for r in ResultService(demo_db).table("PAPI", 2021)] == [
        ("Lạng Sơn", 4, 63)]


def test_a_table_without_scores_cannot_be_imported(
        page: ResultsPage, prompter: FakePrompter, tmp_path: Path, qtbot: QtBot) -> None:
    # An unquoted "Tỉnh, thành phố" splits into two columns, so the scores fall under no header.
    prompter.files.append(write(tmp_path, "papi_2025.csv", "Tỉnh, thành phố,Điểm\nLạng Sơn,46.1\n"))
    page.import_action.trigger()
    dialog = page.importer.dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text().startswith("Tệp có 1 lỗi nên chưa nhập được")
    assert "không dòng nào có điểm" in dialog.problems_window.list.toPlainText()
    assert not dialog.import_button.isEnabled()


def test_cancelling_the_file_choice_opens_nothing(page: ResultsPage, prompter: FakePrompter) -> None:
    prompter.files.append(None)
    page.import_action.trigger()
    assert page.importer.dialog is None


def test_an_index_without_tables_says_how_to_add_one(page: ResultsPage) -> None:
    choose(page, "DTI")
    assert not page.year_combo.isEnabled()
    assert page.presenter.model.rowCount() == 0 and not page.banner.isVisible()
    assert page.source_label.text() == "Chưa có bảng kết quả DTI nào. Chọn “Nhập bảng kết quả…” để nhập từ tệp."
    assert page.count_label.text() == ""


def test_the_page_opens_from_the_main_window_on_a_new_database(window: MainWindow) -> None:
    results_page = window.show_page("results")
    assert isinstance(results_page, ResultsPage)
    assert results_page.index_combo.currentData() == "PAR INDEX"
    assert results_page.source_label.text().startswith("Chưa có bảng kết quả PAR INDEX nào.")
    assert results_page.history_title.text() == "Kết quả qua các năm"


def test_hủy_while_the_table_is_stored_rolls_it_back(
        page: ResultsPage, prompter: FakePrompter, demo_db: Database, tmp_path: Path, qtbot: QtBot) -> None:
    """The import runs through the background helper; "Hủy" pressed after the rows were written (the last progress
    report, inside the transaction) rolls the whole table back."""
    choose(page, "PAPI", 2024)
    before = ResultService(demo_db).table("PAPI", 2024)
    path = write(tmp_path, "papi_2025.csv", "\"Tỉnh, thành phố\",Điểm\nLạng Sơn,46.1\nHà Nội,45.2\n")
    prompter.files.append(path)
    page.import_action.trigger()
    dialog = page.importer.dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()

    def started(task: BackgroundTask) -> None:
        def report(done: int, total: int) -> None:
            if done == total:
                assert task.dialog.labelText() == f"Đang nhập dòng {total}/{total}…"
                task.dialog.cancel_button.click()

        task.progressed.connect(report)

    background.events.started.connect(started)
    try:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    finally:
        background.events.started.disconnect(started)
    assert dialog.isVisible() and dialog.status_label.text() == "Đã hủy; dữ liệu không thay đổi."
    assert not dialog.import_button.isEnabled()
    assert 2025 not in ResultService(demo_db).years("PAPI")
    assert ResultService(demo_db).table("PAPI", 2024) == before


def test_a_table_saved_by_vietnamese_excel_is_checked_and_says_how_it_was_read(
        page: ResultsPage, prompter: FakePrompter, demo_db: Database, tmp_path: Path, qtbot: QtBot) -> None:
    from tests.core.test_excel_csv import windows_1258

    choose(page, "PAPI", 2024)
    path = tmp_path / "papi_2025.csv"
    path.write_bytes(windows_1258("Tỉnh/thành phố;Tổng điểm;Hạng\r\nLạng Sơn;46,1;1\r\nĐắk Lắk;45,2;2\r\n"))
    prompter.files.append(path)
    page.import_action.trigger()
    dialog = page.importer.dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == (
        "Kiểm tra xong PAPI năm 2025: 2 dòng, xếp hạng trên 34 (bảng chưa đủ); chưa nhập (chạy thử). Tệp CSV: mã "
        "Windows-1258, cột phân cách bằng dấu chấm phẩy, số thập phân dùng dấu phẩy. Bấm “Nhập” để lưu bảng.")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [(r.subject, r.score) for r in ResultService(demo_db).table("PAPI", 2025)] == [
        ("Lạng Sơn", 46.1), ("Đắk Lắk", 45.2)]
