"""The overview's figures open the task list they count, by mouse or from the keyboard, through the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cchc_desktop.core.enums import TaskStatus
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages import standard_pages
from cchc_desktop.ui.pages.overview import OverviewPage
from cchc_desktop.ui.pages.tasks import TasksPage
from cchc_desktop.ui.pages.tasks.view import OPEN_TASKS
from cchc_desktop.ui.topics import Topic

from .test_overview_page import rows
from .test_tasks_support import TODAY


@pytest.fixture
def window(qtbot: QtBot, demo_context: AppContext, settings: QSettings) -> MainWindow:
    """The main window over the demo, both pages on the demo's fixed today."""
    main = MainWindow(demo_context, settings)
    qtbot.addWidget(main)
    for spec in standard_pages():
        main.register_page(spec)
    main.show()
    qtbot.waitExposed(main)
    tasks = main.show_page("tasks")
    overview = main.show_page("overview")
    assert isinstance(tasks, TasksPage) and isinstance(overview, OverviewPage)
    tasks.today = overview.today = lambda: TODAY
    demo_context.signals.announce(Topic.TASKS)  # both reload for that day
    tasks.reload()
    return main


def overview_of(window: MainWindow) -> OverviewPage:
    page = window.current_page()
    assert isinstance(page, OverviewPage)
    return page


def shown_titles(tasks: TasksPage) -> set[str]:
    model = tasks.presenter.proxy
    return {model.index(r, 0).data() for r in range(model.rowCount())}


def test_clicking_quá_hạn_lists_the_overdue_tasks(qtbot: QtBot, window: MainWindow) -> None:
    overview = overview_of(window)
    expected = {row[0] for row in rows(overview.overdue.table)}
    assert overview.figures["Quá hạn"].text() == str(len(expected)) == "1"
    card = overview.cards["Quá hạn"]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    tasks = window.current_page()
    assert isinstance(tasks, TasksPage)
    assert tasks.overdue_check.isChecked() and tasks.status_combo.currentIndex() == 0
    assert shown_titles(tasks) == expected
    assert tasks.count_label.text() == "Hiển thị 1/17 nhiệm vụ – 1 quá hạn"


def test_a_status_figure_lists_that_status(qtbot: QtBot, window: MainWindow) -> None:
    overview = overview_of(window)
    qtbot.mouseClick(overview.cards[TaskStatus.IN_PROGRESS.label], Qt.MouseButton.LeftButton)
    tasks = window.current_page()
    assert isinstance(tasks, TasksPage)
    assert tasks.status_combo.currentText() == "Đang thực hiện"
    assert tasks.presenter.proxy.rowCount() == int(overview.figures["Đang thực hiện"].text()) == 4
    window.show_page("overview")
    qtbot.mouseClick(overview.cards["Tổng số"], Qt.MouseButton.LeftButton)
    assert tasks.status_combo.currentIndex() == 0 and not tasks.overdue_check.isChecked()
    assert tasks.presenter.proxy.rowCount() == 17


def test_tab_reaches_the_figures_and_enter_or_space_opens_them(qtbot: QtBot, window: MainWindow) -> None:
    overview = overview_of(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    cards = list(overview.cards.values())
    cards[0].setFocus()
    qtbot.waitUntil(cards[0].hasFocus)
    for card in cards[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is card
    due_soon = overview.cards["Sắp đến hạn"]
    expected = {row[0] for row in rows(overview.due_soon.table)}
    assert len(expected) == int(overview.figures["Sắp đến hạn"].text()) == 1
    qtbot.keyClick(due_soon, Qt.Key.Key_Return)
    tasks = window.current_page()
    assert isinstance(tasks, TasksPage)
    assert tasks.status_combo.currentText() == OPEN_TASKS
    assert (tasks.due_from.edit.text(), tasks.due_to.edit.text()) == ("20/11/2024", "04/12/2024")
    assert shown_titles(tasks) == expected
    window.show_page("overview")
    overview.cards["Quá hạn"].setFocus()
    qtbot.waitUntil(overview.cards["Quá hạn"].hasFocus)
    qtbot.keyClick(overview.cards["Quá hạn"], Qt.Key.Key_Space)
    assert window.current_page() is tasks and tasks.overdue_check.isChecked()
    assert tasks.due_from.date() is None


def test_the_due_soon_list_follows_the_horizon(window: MainWindow) -> None:
    overview = overview_of(window)
    overview.horizon_spin.setValue(4)  # the one due-soon task is five working days away
    assert overview.figures["Sắp đến hạn"].text() == "0"
    overview.presenter.open_figure("Sắp đến hạn")
    tasks = window.current_page()
    assert isinstance(tasks, TasksPage) and tasks.presenter.proxy.rowCount() == 0
