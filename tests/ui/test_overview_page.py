"""The overview page: overdue and due-soon tasks for the injected today, counts, and opening what is picked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from cchc_desktop.core.services.tasks import TaskService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.dialogs.task_editor import TaskEditorDialog
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages import standard_pages
from cchc_desktop.ui.pages.overview import OverviewPage
from cchc_desktop.ui.pages.tasks import TasksPage
from cchc_desktop.ui.signals import AppSignals
from cchc_desktop.ui.topics import Topic

from .conftest import FakePrompter, show_widget
from .test_tasks_support import (
    DUE_SOON_PREFIX,
    OVERDUE_TITLE,
    TODAY,
    opened_dialog,
    task_titled,
)

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot: QtBot, demo_context: AppContext) -> Iterator[OverviewPage]:
    overview = OverviewPage(demo_context, today=lambda: TODAY)
    show_widget(qtbot, overview, 1100, 760)
    yield overview


def rows(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def double_click_row(qtbot: QtBot, table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), LEFT, pos=rect.center())


def test_overdue_and_due_soon_relative_to_today(page: OverviewPage) -> None:
    assert page.today_label.text() == "Hôm nay: Thứ Tư, 20/11/2024"
    assert page.overdue.title.text() == "Quá hạn (1)"
    assert rows(page.overdue.table) == [[OVERDUE_TITLE, "Sở Nội vụ", "08/11/2024", "8 ngày làm việc"]]
    [[title, lead, due, left]] = rows(page.due_soon.table)
    assert title.startswith(DUE_SOON_PREFIX)
    assert (lead, due, left) == ("Văn phòng UBND tỉnh", "27/11/2024", "còn 5 ngày làm việc")
    assert page.horizon_suffix.text() == "ngày làm việc (1)"
    assert page.overdue.stack.currentWidget() is page.overdue.table


def test_figures_and_counts_by_lead_agency(page: OverviewPage) -> None:
    figures = {caption: label.text() for caption, label in page.figures.items()}
    assert figures == {"Tổng số": "17", "Chưa thực hiện": "1", "Đang thực hiện": "4", "Hoàn thành": "8",
                       "Hoàn thành chậm": "4", "Quá hạn": "1", "Sắp đến hạn": "1"}
    agencies = rows(page.by_agency.table)
    assert [h for h in (page.by_agency.table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(6))] == [
        "Cơ quan chủ trì", "Tổng số", "Chưa hoàn thành", "Quá hạn", "Hoàn thành", "Hoàn thành chậm"]
    assert agencies[0] == ["Sở Nội vụ", "5", "2", "1", "2", "1"]
    assert sum(int(row[1]) for row in agencies) == 17


def test_horizon_in_working_days_and_empty_states(page: OverviewPage, demo: Database) -> None:
    page.horizon_spin.setValue(4)  # 27/11 is five working days after 20/11
    assert page.due_soon.stack.currentWidget() is page.due_soon.empty_label
    assert page.due_soon.empty_label.text() == "Không có nhiệm vụ đến hạn trong 4 ngày làm việc tới."
    page.horizon_spin.setValue(5)
    assert len(rows(page.due_soon.table)) == 1
    late = task_titled(demo, OVERDUE_TITLE)
    TaskService(demo).complete(late.id, TODAY, "Báo cáo số 312/BC-SNV")
    page.presenter.context.signals.announce(Topic.TASKS)
    assert page.overdue.stack.currentWidget() is page.overdue.empty_label
    assert page.overdue.empty_label.text() == "Không có nhiệm vụ quá hạn."
    assert page.figures["Quá hạn"].text() == "0"


def test_an_empty_database_says_so(qtbot: QtBot, db: Database, prompter: FakePrompter) -> None:
    overview = OverviewPage(AppContext(db, AppSignals(), prompter), today=lambda: TODAY)
    qtbot.addWidget(overview)
    assert overview.overdue.empty_label.text() == "Không có nhiệm vụ quá hạn."
    assert overview.by_agency.stack.currentWidget() is overview.by_agency.empty_label
    assert overview.by_agency.empty_label.text() == "Chưa có nhiệm vụ nào."
    assert overview.figures["Tổng số"].text() == "0"


def test_double_click_opens_the_task_and_enter_too(qtbot: QtBot, page: OverviewPage, demo: Database) -> None:
    double_click_row(qtbot, page.overdue.table, 0)
    dialog = opened_dialog(qtbot, page, TaskEditorDialog)
    assert dialog.task_id == task_titled(demo, OVERDUE_TITLE).id
    assert dialog.progress_date.edit.text() == "20/11/2024"  # the page's today
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    table = page.due_soon.table
    table.setCurrentIndex(table.model().index(0, 0))
    table.setFocus()
    page.open_task_action.trigger()
    assert opened_dialog(qtbot, page, TaskEditorDialog).task_id == task_titled(demo, DUE_SOON_PREFIX).id


def test_an_agency_row_opens_the_tasks_page_filtered(qtbot: QtBot, demo_context: AppContext, tmp_path) -> None:
    window = MainWindow(demo_context, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    for spec in standard_pages():
        window.register_page(spec)
    window.show()
    qtbot.waitExposed(window)
    overview = window.current_page()
    assert isinstance(overview, OverviewPage)
    table = overview.by_agency.table
    row = next(r for r, values in enumerate(rows(table)) if values[0] == "Bưu điện tỉnh")
    double_click_row(qtbot, table, row)
    tasks = window.current_page()
    assert isinstance(tasks, TasksPage)
    assert tasks.agency_combo.currentText() == "Bưu điện tỉnh"
    assert tasks.presenter.proxy.rowCount() == 3  # leads one task and co-operates on two


def test_overdue_title_says_when_only_the_most_overdue_are_listed() -> None:
    from cchc_desktop.ui.pages.overview.presenter import overdue_title

    assert overdue_title(7, 7) == "Quá hạn (7)"
    assert overdue_title(500, 22671) == ("Quá hạn (22.671) — 500 nhiệm vụ quá hạn lâu nhất; bấm ô “Quá hạn” để xem "
                                         "tất cả")


def test_large_figures_group_thousands_with_a_dot(page: OverviewPage) -> None:
    page.set_figure("Tổng số", 50017)
    assert page.figures["Tổng số"].text() == "50.017"
