"""Entering a new year's scores on the analysis page ("Điểm theo tiêu chí"): a template workbook filled in and
imported, typed corrections with undo, saving, leaving with unsaved scores — and the other tabs and the report
showing the new year (demo database; SIPAS 2025 gets the demo's 2021 tree, 29 items, 21 to fill in)."""

from __future__ import annotations

from collections.abc import Iterator

import openpyxl
import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from cchc_desktop.core.services.criteria import CriteriaService
from cchc_desktop.core.services.scores import ScoreService
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.models.analysis_scenario_model import Column as ScenarioColumn
from cchc_desktop.ui.models.analysis_tree_model import Column
from cchc_desktop.ui.pages.analysis.page import AnalysisPage
from cchc_desktop.ui.signals import AppSignals

from .conftest import show_widget


@pytest.fixture
def page(qtbot, demo_db, prompter) -> Iterator[AnalysisPage]:
    criteria = CriteriaService(demo_db)
    tree_2021 = next(v for v in criteria.versions("PAR INDEX") if "1149" in v.name)
    criteria.add_version("SIPAS", "Phương pháp đánh giá SIPAS 2025", 2025, copy_from=tree_2021.id)
    widget = AnalysisPage(AppContext(demo_db, AppSignals(), prompter))
    show_widget(qtbot, widget, 1200, 800)
    widget.index_combo.setCurrentIndex(widget.index_combo.findData("SIPAS"))
    widget.year_combo.setCurrentIndex(widget.year_combo.findData(2025))
    yield widget


def _achieved(page: AnalysisPage, code: str) -> str:
    model = page.presenter.tree_model
    return model.find(code).siblingAtColumn(Column.ACHIEVED).data()


def _pdf_text(data: bytes) -> str:
    pdf = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def _fill_template(path, minus: float) -> int:
    """Give every item to fill in its maximum less ``minus``; the number of rows filled."""
    book = openpyxl.load_workbook(path)
    sheet = book.active
    filled = 0
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, 5).value is None:  # not a sub-total
            sheet.cell(row, 4).value = sheet.cell(row, 3).value - minus
            filled += 1
    book.save(path)
    return filled


def test_a_new_year_from_the_template_to_the_tabs_and_the_report(page, prompter, demo_db, tmp_path):
    assert page.year_combo.currentData() == 2025  # offered: a methodology applies, no results table yet
    assert "Chưa có điểm chi tiết SIPAS năm 2025" in page.message_label.text()

    book = tmp_path / "diem-sipas-2025.xlsx"
    prompter.files = [book]
    page.criteria_tab.template_action.trigger()
    assert _fill_template(book, 0.5) == 21

    prompter.files, prompter.answers = [book], [True]
    page.criteria_tab.import_action.trigger()
    assert "Tệp “diem-sipas-2025.xlsx” có điểm 21 mục của SIPAS năm 2025" in prompter.questions[-1]
    assert prompter.errors == []
    assert (_achieved(page, "1.1"), _achieved(page, "1")) == ("2,5", "7,5")  # the criterion is the sum
    assert "89,5 điểm (tổng điểm các tiêu chí; chưa có bảng xếp hạng); điểm bị trừ 10,5 điểm" in \
        page.summary_label.text().replace("89,50", "89,5")
    assert "Tổng điểm theo tiêu chí: <b>89,5</b>/100 (21/21 mục đã có điểm)" in page.criteria_tab.totals_label.text()

    agencies = page.presenter.agency_model
    assert (agencies.index(0, 0).data(), agencies.index(0, 1).data()) == ("Sở Nội vụ", "4,50")
    drafted = page.draft_tab.browser.toPlainText()
    assert "Chỉ số SIPAS năm 2025 đạt 89,5 điểm (chưa có bảng xếp hạng)" in drafted
    assert "Trách nhiệm thuộc về cơ quan chủ trì là Sở Nội vụ" in drafted

    scenario = page.presenter.scenario_model
    row = scenario.row_of("1.1")
    scenario.setData(scenario.index(row, ScenarioColumn.NAME), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    scenario.setData(scenario.index(row, ScenarioColumn.REPLACEMENT), "3")
    page.scenario_tab.compute_button.click()
    result = page.scenario_tab.result_label.text()
    assert "tăng 0,5 điểm" in result and "chưa đủ bảng xếp hạng để tính thứ hạng" in result

    pdf = tmp_path / "bao-cao.pdf"
    prompter.files = [pdf]
    page.report_button.click()
    text = _pdf_text(pdf.read_bytes())
    assert "NĂM 2025" in text and "89,50" in text and "Sở Nội vụ" in text
    assert "Chỉ số SIPAS năm 2025 đạt 89,5 điểm" in text.replace("\r\n", " ").replace("\n", " ")


def test_typed_scores_undo_and_save_in_one_go(qtbot, page, demo_db):
    ScoreService(demo_db).set_scores("SIPAS", 2025, {"1.1": 2, "1.2": 2, "1.3": 2})
    page.reload()
    model, tab = page.presenter.tree_model, page.criteria_tab
    cell = model.find("1.1").siblingAtColumn(Column.ACHIEVED)
    assert model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.find("1").siblingAtColumn(Column.ACHIEVED)) & Qt.ItemFlag.ItemIsEditable
    assert not tab.save_action.isEnabled()

    page.tabs.setCurrentWidget(tab)
    tab.tree.setFocus()
    tab.tree.setCurrentIndex(cell)
    qtbot.keyClick(tab.tree, "2")  # typing starts the editor; Enter stores
    editor = tab.tree.indexWidget(cell)
    assert editor is not None
    qtbot.keyClicks(editor, ",75")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.tree.state() != QAbstractItemView.State.EditingState)  # Qt commits queued
    assert (_achieved(page, "1.1"), _achieved(page, "1")) == ("2,75", "6,75")
    assert tab.save_action.isEnabled() and "1 điểm chưa lưu" in tab.totals_label.text()

    assert not model.setData(cell, "3,5")  # above the maximum of 3: refused, said, nothing changes
    assert page.message_label.text() == "Điểm 3,5 của mục 1.1 vượt ngoài 0–3 (điểm tối đa)."
    assert _achieved(page, "1.1") == "2,75"
    assert model.setData(model.find("1.2").siblingAtColumn(Column.ACHIEVED), "")  # cleared: no score
    assert (_achieved(page, "1.2"), _achieved(page, "1")) == ("", "")
    assert not page.message_label.isVisible()

    tab.undo_action.trigger()
    assert (_achieved(page, "1.2"), _achieved(page, "1")) == ("2", "6,75")
    tab.undo_action.trigger()
    assert _achieved(page, "1.1") == "2" and not tab.save_action.isEnabled()
    tab.redo_action.trigger()
    tab.save_action.trigger()

    sheet = ScoreService(demo_db).sheet("SIPAS", 2025)
    assert (sheet.stored["1.1"], sheet.stored["1.2"], sheet.stored["1"]) == (2.75, 2, 6.75)
    assert not tab.save_action.isEnabled() and _achieved(page, "1.1") == "2,75"


def test_leaving_with_unsaved_scores_asks_first(page, prompter, demo_db):
    model = page.presenter.tree_model
    assert model.setData(model.find("2.1").siblingAtColumn(Column.ACHIEVED), "3")

    prompter.unsaved_answers = ["stay"]
    page.year_combo.setCurrentIndex(page.year_combo.findData(2026))
    assert page.year_combo.currentData() == 2025 and _achieved(page, "2.1") == "3"  # the choice went back
    assert "Các điểm vừa nhập cho SIPAS năm 2025 chưa được lưu" in prompter.questions[-1]

    prompter.unsaved_answers = ["stay"]
    assert not page.commit_pending()  # the main window keeps the page
    prompter.unsaved_answers = ["save"]
    assert page.commit_pending()
    assert ScoreService(demo_db).sheet("SIPAS", 2025).stored["2.1"] == 3

    assert model.setData(model.find("2.2").siblingAtColumn(Column.ACHIEVED), "1")
    prompter.unsaved_answers = ["discard"]
    page.year_combo.setCurrentIndex(page.year_combo.findData(2026))
    assert page.year_combo.currentData() == 2026
    assert "2.2" not in ScoreService(demo_db).sheet("SIPAS", 2025).stored
