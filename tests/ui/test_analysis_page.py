"""The "Phân tích, kịch bản" page on the demo database: scenario, drafted text into a conclusion, PDF report."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox

from cchc_desktop.core.body import plain_text
from cchc_desktop.core.services.meetings import MeetingService
from cchc_desktop.ui import background
from cchc_desktop.ui.background import BackgroundTask
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.models.analysis_scenario_model import Column
from cchc_desktop.ui.pages.analysis.meeting_chooser import MeetingChooser
from cchc_desktop.ui.pages.analysis.page import AnalysisPage
from cchc_desktop.ui.signals import AppSignals
from cchc_desktop.ui.topics import Topic

from .conftest import show_widget


@pytest.fixture
def page(qtbot, demo_db, prompter) -> Iterator[AnalysisPage]:
    widget = AnalysisPage(AppContext(demo_db, AppSignals(), prompter))
    show_widget(qtbot, widget, 1090, 760)
    yield widget


def _choose(page: AnalysisPage, code: str, replacement: str | None = None) -> None:
    model = page.presenter.scenario_model
    row = model.row_of(code)
    model.setData(model.index(row, Column.NAME), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    if replacement is not None:
        model.setData(model.index(row, Column.REPLACEMENT), replacement)


def test_opens_on_par_index_of_the_latest_year(page):
    assert page.index_combo.currentData() == "PAR INDEX"
    assert page.year_combo.currentData() == 2021
    assert "87,11 điểm, xếp hạng 23/63, tăng 13 bậc so với năm 2020" in page.summary_label.text()
    assert not page.message_label.isVisible()
    agencies = page.presenter.agency_model
    assert agencies.index(0, 0).data() == "Sở Nội vụ"
    tree = page.presenter.tree_model
    assert tree.index(tree.find("9").row(), 3).data() == "6,19"


def test_scenario_with_previous_year_score_gives_rank_10(qtbot, page):
    page.tabs.setCurrentWidget(page.scenario_tab)
    _choose(page, "9")
    qtbot.mouseClick(page.scenario_tab.compute_button, Qt.MouseButton.LeftButton)
    text = page.scenario_tab.result_label.text()
    assert "88,58 điểm, xếp hạng 10/63 (thực tế 87,11 điểm, xếp hạng 23/63)" in text
    assert "đạt 18,78 điểm như năm 2020" in text
    assert page.presenter.scenario.result.rank_after == 10


def test_scenario_accepts_a_decimal_comma(qtbot, page):
    _choose(page, "9", "20,5")
    page.scenario_tab.compute_button.click()
    assert page.presenter.scenario.result.total_after == pytest.approx(87.11 - 17.31 + 20.5)
    assert "đạt 20,5 điểm" in page.scenario_tab.result_label.text()


def test_scenario_errors_are_vietnamese(qtbot, page):
    page.scenario_tab.compute_button.click()
    assert "Đánh dấu ít nhất một mục" in page.scenario_tab.result_label.text()
    _choose(page, "9", "30")
    page.scenario_tab.compute_button.click()
    assert page.presenter.scenario.result is None
    assert page.scenario_tab.result_label.text() == (
        "Điểm thay thế 30 của mục 9 phải từ 0 đến 23,5 (điểm tối đa của mục).")
    _choose(page, "9", "abc")
    page.scenario_tab.compute_button.click()
    assert "không phải là số" in page.scenario_tab.result_label.text()


def test_copy_puts_labelled_plain_text_and_formatting_on_the_clipboard(page):
    page.draft_tab.copy_button.click()
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == plain_text(page.presenter.draft.blocks)
    assert data.text().startswith("Chỉ số PAR INDEX năm 2021 xếp hạng 23/63")
    assert "\n- " in data.text()
    assert "<b><i>Trách nhiệm thuộc về cơ quan chủ trì là Sở Nội vụ</i></b>" in data.html()


def test_insert_drafted_text_into_the_2022_conclusion(qtbot, page, demo_db, prompter):
    meetings = MeetingService(demo_db)
    conference = next(m for m in meetings.list() if m.date.year == 2022)
    before = meetings.get_conclusion(conference.id)
    offered: list[int | None] = []

    def choose(rows, preferred, parent):
        offered.append(preferred)
        return preferred

    page.presenter.draft.choose = choose
    prompter.answers = [False]
    page.draft_tab.insert_button.click()  # declined: nothing changes
    assert len(meetings.get_conclusion(conference.id)) == len(before)

    prompter.answers = [True]
    with qtbot.waitSignal(page.presenter.context.signals.data_changed) as changed:
        page.draft_tab.insert_button.click()
    assert changed.args == [Topic.MEETINGS]
    assert offered == [conference.id, conference.id]
    assert "Thêm 6 đoạn văn bản dự thảo vào cuối kết luận" in prompter.questions[-1]
    after = meetings.get_conclusion(conference.id)
    drafted = page.presenter.draft.blocks
    assert len(after) == len(before) + len(drafted)
    assert [block.text for block in after[:len(before)]] == [block.text for block in before]
    assert after[-1].runs[1].text.startswith("Trách nhiệm thuộc về cơ quan chủ trì là")
    assert after[-1].runs[1].bold and after[-1].runs[1].italic
    assert all(block.id is None for block in drafted)  # the page's own copy is not tied to stored blocks


def test_report_export_writes_a_pdf(page, prompter, tmp_path):
    prompter.files = [tmp_path / "bao-cao"]
    page.report_button.click()
    written = tmp_path / "bao-cao.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert prompter.errors == []
    prompter.files = [None]  # cancelled: nothing more happens
    page.report_button.click()
    assert QGuiApplication.overrideCursor() is None


def test_hủy_while_the_report_is_built_writes_no_file(page, prompter, tmp_path):
    steps: list[str] = []

    def started(task: BackgroundTask) -> None:
        def report(done: int, total: int) -> None:
            steps.append(task.dialog.labelText())
            if done == 1:
                task.dialog.cancel_button.click()

        task.progressed.connect(report)

    messages: list[str] = []
    page.presenter.context.signals.status_message.connect(messages.append)
    background.events.started.connect(started)
    try:
        prompter.files = [tmp_path / "bao-cao.pdf"]
        page.report_button.click()
    finally:
        background.events.started.disconnect(started)
    assert steps == ["Đang đọc kết quả chỉ số…", "Đang dựng báo cáo và đồ thị…"]
    assert messages[-1] == "Đã hủy xuất báo cáo phân tích; chưa ghi tệp nào."
    assert not (tmp_path / "bao-cao.pdf").exists() and list(tmp_path.glob("*.pdf*")) == []
    assert prompter.errors == []


@pytest.mark.parametrize("windows", [False, True])
def test_report_onto_a_folder_says_it_is_a_folder(page, prompter, tmp_path, request, windows):
    if windows:  # PermissionError instead of IsADirectoryError
        request.getfixturevalue("windows_folder_errors")
    folder = tmp_path / "bao-cao.pdf"
    folder.mkdir()
    prompter.files = [folder]
    page.report_button.click()
    assert prompter.errors == [f"Không ghi được tệp “{folder}”: đây là một thư mục, không phải tệp."]
    assert QGuiApplication.overrideCursor() is None


def test_an_earlier_year_and_a_database_without_scores(qtbot, page, db, prompter):
    page.year_combo.setCurrentIndex(page.year_combo.findData(2020))
    assert page.presenter.scenario_model.headerData(Column.PREVIOUS, Qt.Orientation.Horizontal) == "Điểm năm 2019"
    assert page.presenter.tree_model.rowCount() == 10
    empty = AnalysisPage(AppContext(db, AppSignals(), prompter))
    qtbot.addWidget(empty)
    assert empty.presenter.tree_model.rowCount() in (0, 8)
    assert empty.message_label.text()
    assert not empty.scenario_tab.compute_button.isEnabled()


def test_meeting_chooser_preselects_and_returns_the_meeting(qtbot, demo_db):
    meetings = MeetingService(demo_db).list()
    dialog = MeetingChooser(meetings, meetings[1].id, None)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == len(meetings)
    assert dialog.model.item(1).text().startswith("08/06/2022 – Hội nghị phân tích kết quả")
    assert dialog.chosen() == meetings[1].id
    dialog.list.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.chosen() == meetings[0].id


def test_replacement_is_typed_in_an_editable_list(qtbot, page):
    page.tabs.setCurrentWidget(page.scenario_tab)
    table = page.scenario_tab.table
    model = page.presenter.scenario_model
    index = model.index(model.row_of("9"), Column.REPLACEMENT)
    table.scrollTo(index)
    table.edit(index)
    editor = table.viewport().findChild(QComboBox)
    assert editor is not None and editor.currentText() == "điểm năm trước"
    editor.setCurrentText("20,5")
    qtbot.keyClick(editor.lineEdit(), Qt.Key.Key_Return)
    assert [(item.node.code, text) for item, text in model.chosen()] == [("9", "20,5")]
    page.scenario_tab.compute_button.click()
    assert "đạt 20,5 điểm" in page.scenario_tab.result_label.text()
