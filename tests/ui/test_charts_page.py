"""The "Đồ thị" page on the demo database: choosing charts, indexes and years, exports through the prompter."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from cchc_desktop.core.services.results import ResultService
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.index_catalogue import index_catalogue
from cchc_desktop.ui.pages.charts.data import ChartData, ChartKind
from cchc_desktop.ui.pages.charts.page import ChartsPage
from cchc_desktop.ui.signals import AppSignals
from cchc_desktop.ui.topics import Topic

from .conftest import show_widget


@pytest.fixture
def page(qtbot, demo_db, prompter) -> Iterator[ChartsPage]:
    widget = ChartsPage(AppContext(demo_db, AppSignals(), prompter))
    show_widget(qtbot, widget, 1090, 760)
    yield widget


def _show(page: ChartsPage, kind: ChartKind) -> None:
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(kind))


def test_data_for_the_charts(demo_db):
    catalogue = {info.code: info for info in index_catalogue(demo_db)}
    assert catalogue["PAPI"].years == tuple(range(2017, 2025))
    assert catalogue["PAPI"].scale_max == 80
    assert [year for year, _ in ResultService(demo_db).national_averages("PAPI")] == list(range(2017, 2025))
    data = ChartData(demo_db)
    papi = data.rank_series(["PAPI"])[0]
    assert (papi.points[4].year, papi.points[4].rank, papi.points[4].rank_of) == (2021, 4, 60)
    own, average = data.score_series("PAPI")
    assert own.name == "Lạng Sơn" and average.name == "Trung bình cả nước"
    lost = data.lost_by_agency("PAR INDEX", 2021)
    assert (lost[0].name, lost[0].value, lost[0].note) == ("Sở Nội vụ", 8.64, "67,0%")


def test_rank_chart_of_the_checked_indexes(page):
    assert page.presenter.kind() == ChartKind.RANK
    assert page.presenter.checked_codes() == ["PAR INDEX", "SIPAS", "PAPI", "PCI"]
    assert page.stack.currentWidget() is page.pages[ChartKind.RANK]
    assert page.index_box.isVisible() and not page.year_combo.isVisible()
    for row in range(page.index_model.rowCount()):
        page.index_model.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert page.stack.currentWidget() is page.message_page
    assert page.message.text() == "Chọn ít nhất một chỉ số để vẽ thứ hạng."
    assert not page.png_button.isEnabled()
    page.index_model.item(2).setCheckState(Qt.CheckState.Checked)  # PAPI
    assert page.stack.currentWidget() is page.pages[ChartKind.RANK]
    assert page.charts[ChartKind.RANK].ticks("bottom")[0] == (2017.0, "2017")


def test_each_kind_of_chart_opens_on_something_to_draw(page):
    _show(page, ChartKind.SCORE)
    assert page.index_combo.currentData() == "PAPI"
    assert page.stack.currentWidget() is page.pages[ChartKind.SCORE]
    _show(page, ChartKind.PROVINCES)
    assert (page.index_combo.currentData(), page.year_combo.currentData()) == ("PAR INDEX", 2021)
    assert page.charts[ChartKind.PROVINCES].bar_color("Lạng Sơn").name() == "#c0392b"
    page.index_combo.setCurrentIndex(page.index_combo.findData("PAPI"))
    assert page.year_combo.currentData() == 2021  # the year is kept when the other index has it
    assert len(page.charts[ChartKind.PROVINCES].names) == 60
    _show(page, ChartKind.LOST)
    assert page.charts[ChartKind.LOST].names[0] == "Sở Nội vụ"
    page.index_combo.setCurrentIndex(page.index_combo.findData("PAPI"))
    assert page.stack.currentWidget() is page.message_page
    assert "PAPI" in page.message.text()
    _show(page, ChartKind.PROVINCES)  # the choice made for this kind of chart is kept
    assert (page.index_combo.currentData(), page.year_combo.currentData()) == ("PAPI", 2021)


def test_exports_go_through_the_prompter(qtbot, page, prompter, tmp_path):
    _show(page, ChartKind.LOST)
    prompter.files = [tmp_path / "diem-bi-tru", tmp_path / "diem-bi-tru.svg", None]
    with qtbot.waitSignal(page.presenter.context.signals.status_message):
        page.png_button.click()
    page.svg_button.click()
    page.png_button.click()  # cancelled
    assert (tmp_path / "diem-bi-tru.png").read_bytes()[:4] == b"\x89PNG"
    assert "<svg" in (tmp_path / "diem-bi-tru.svg").read_text(encoding="utf-8")
    assert prompter.errors == []
    assert page.presenter.folder == tmp_path
    assert page.presenter._file_stem() == "diem-bi-tru-par-index-2021"
    missing = tmp_path / "khong-co" / "thu-muc" / "a.png"
    prompter.files = [missing]
    page.png_button.click()
    assert prompter.errors == [f"Không ghi được tệp “{missing}”: thư mục chứa tệp không tồn tại."]
    page.copy_button.click()


@pytest.mark.parametrize("windows", [False, True])
def test_exporting_onto_a_folder_says_it_is_a_folder(page, prompter, tmp_path, request, windows):
    folder = tmp_path / "do-thi.png"
    folder.mkdir()
    if windows:  # Windows raises PermissionError, not IsADirectoryError, for open(folder, "wb")
        request.getfixturevalue("windows_folder_errors")
    prompter.files = [folder, folder.with_suffix(".svg")]
    folder.with_suffix(".svg").mkdir()
    page.png_button.click()
    page.svg_button.click()
    assert prompter.errors == [f"Không ghi được tệp “{path}”: đây là một thư mục, không phải tệp."
                               for path in (folder, folder.with_suffix(".svg"))]


def test_reloads_when_data_changes(page):
    _show(page, ChartKind.PROVINCES)
    page.presenter.context.signals.announce(Topic.RESULTS)
    assert page.stack.currentWidget() is page.pages[ChartKind.PROVINCES]
    assert page.presenter.checked_codes() == ["PAR INDEX", "SIPAS", "PAPI", "PCI"]
