"""A long task list: its first rows are shown at once and the rest is read on the worker thread, with the page
usable meanwhile and the same list in the end (the first-rows limit made small so the demo's tasks are "long")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from cchc_desktop.core.services.tasks import TaskFilter
from cchc_desktop.ui import background
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.models.task_table_model import Column
from cchc_desktop.ui.pages.tasks import TasksPage
from cchc_desktop.ui.pages.tasks import presenter as tasks_presenter

from .conftest import show_widget
from .test_tasks_support import TODAY

FIRST = 5


@pytest.fixture
def threaded(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Jobs on the real worker thread, as in the application."""
    monkeypatch.setattr(tasks_presenter, "FIRST_ROWS", FIRST)
    previous = background.set_synchronous(False)
    yield
    background.shut_down()
    background.set_synchronous(previous)


def titles(page: TasksPage) -> list[str]:
    proxy = page.presenter.proxy
    return [proxy.index(r, Column.TITLE).data() for r in range(proxy.rowCount())]


def whole_list(qtbot: QtBot, context: AppContext) -> list[str]:
    """The titles as a page shows them when every row is read at once."""
    page = TasksPage(context, today=lambda: TODAY)
    qtbot.addWidget(page)
    return titles(page)


def test_the_first_rows_come_first_then_the_rest_in_the_same_order(qtbot: QtBot, demo_context: AppContext,
                                                                   threaded: None) -> None:
    background.set_synchronous(True)
    expected = whole_list(qtbot, demo_context)
    background.set_synchronous(False)
    assert len(expected) == 17

    page = TasksPage(demo_context, today=lambda: TODAY)  # no event handled yet: the rest cannot have arrived
    assert page.presenter.loading
    assert titles(page) == expected[:FIRST]  # the head of the final list, not some other rows
    assert page.count_label.text() == "Hiển thị 5 nhiệm vụ đầu tiên/17 – đang tải các nhiệm vụ còn lại…"
    show_widget(qtbot, page, 1200, 700)
    qtbot.waitUntil(lambda: not page.presenter.loading)
    assert titles(page) == expected
    assert page.count_label.text() == "Hiển thị 17/17 nhiệm vụ – 1 quá hạn"


def test_a_selected_task_beyond_the_first_rows_is_selected_again_when_the_rest_arrives(
        qtbot: QtBot, demo_context: AppContext, threaded: None) -> None:
    page = TasksPage(demo_context, today=lambda: TODAY)
    show_widget(qtbot, page, 1200, 700)
    qtbot.waitUntil(lambda: not page.presenter.loading)
    last = titles(page)[-1]
    page.presenter.selection.select_row(16)
    assert page.presenter.selected().title == last

    page.presenter.reload()  # e.g. another page changed a task
    assert page.presenter.loading
    assert page.presenter.selected() is None  # not the row that took its place meanwhile
    qtbot.waitUntil(lambda: not page.presenter.loading)
    assert page.presenter.selected().title == last


def test_typing_a_search_while_the_rest_is_read_filters_the_whole_list(qtbot: QtBot, demo_context: AppContext,
                                                                       threaded: None) -> None:
    background.set_synchronous(True)
    expected = [title for title in whole_list(qtbot, demo_context) if "PAPI" in title]
    background.set_synchronous(False)
    assert expected

    page = TasksPage(demo_context, today=lambda: TODAY)
    assert page.presenter.loading
    page.search_edit.setText("papi")
    page.presenter.apply_filters()
    show_widget(qtbot, page, 1200, 700)
    qtbot.waitUntil(lambda: not page.presenter.loading)
    assert titles(page) == expected


def test_changing_a_filter_while_the_rest_is_read_shows_only_the_new_filters_rows(
        qtbot: QtBot, demo_context: AppContext, threaded: None) -> None:
    page = TasksPage(demo_context, today=lambda: TODAY)
    assert page.presenter.loading
    page.presenter.show_filter(TaskFilter(overdue_only=True))
    show_widget(qtbot, page, 1200, 700)
    qtbot.waitUntil(lambda: background.loads_pending() == 0)  # the dropped read has delivered (and been ignored)
    assert len(titles(page)) == 1
    assert page.count_label.text() == "Hiển thị 1/17 nhiệm vụ – 1 quá hạn"
