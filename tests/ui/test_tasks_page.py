"""The tasks page: filters, selection, progress, completion and deletion (demo data, fixed today)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cchc_desktop.core.enums import TaskStatus
from cchc_desktop.core.services.agencies import AgencyService
from cchc_desktop.core.services.tasks import TaskFilter, TaskService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.dialogs.task_editor import TaskEditorDialog
from cchc_desktop.ui.models.task_table_model import Column
from cchc_desktop.ui.pages.tasks import TasksPage
from cchc_desktop.ui.pages.tasks.quick_dialogs import CompleteDialog, ProgressNoteDialog
from cchc_desktop.ui.topics import Topic

from .conftest import FakePrompter, show_widget, type_text
from .test_tasks_support import (
    OVERDUE_TITLE,
    TODAY,
    opened_dialog,
    task_titled,
)

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot: QtBot, demo_context: AppContext) -> Iterator[TasksPage]:
    tasks_page = TasksPage(demo_context, today=lambda: TODAY)
    show_widget(qtbot, tasks_page, 1200, 700)
    yield tasks_page


def titles(page: TasksPage) -> list[str]:
    proxy = page.presenter.proxy
    return [proxy.index(r, Column.TITLE).data() for r in range(proxy.rowCount())]


def cell(page: TasksPage, title_start: str, column: Column) -> str:
    proxy = page.presenter.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, Column.TITLE).data().startswith(title_start))
    return proxy.index(row, column).data()


def choose(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_lists_every_task_with_the_overdue_one_first(page: TasksPage) -> None:
    assert page.count_label.text() == "Hiển thị 17/17 nhiệm vụ – 1 quá hạn"
    assert titles(page)[0] == OVERDUE_TITLE
    assert cell(page, OVERDUE_TITLE, Column.STATUS) == "Đang thực hiện (quá hạn)"
    assert not page.edit_action.isEnabled() and page.add_action.isEnabled()
    assert page.add_action.shortcut().toString() == "Ctrl+N"
    assert page.export_action.iconText() == "Xuất Excel…"


def test_status_filters(page: TasksPage) -> None:
    choose(page.status_combo, "Chưa hoàn thành")
    assert page.count_label.text() == "Hiển thị 5/17 nhiệm vụ – 1 quá hạn"
    assert {cell(page, t, Column.STATUS) for t in titles(page)} == {
        "Đang thực hiện (quá hạn)", "Chưa thực hiện", "Đang thực hiện"}
    choose(page.status_combo, "Hoàn thành chậm")
    assert len(titles(page)) == 4
    assert {cell(page, t, Column.STATUS) for t in titles(page)} == {"Hoàn thành chậm"}
    choose(page.status_combo, "Tất cả tình trạng")
    assert len(titles(page)) == 17


def test_agency_filter_covers_lead_and_cooperating_agencies(qtbot: QtBot, page: TasksPage) -> None:
    choose(page.agency_combo, "Bưu điện tỉnh")
    assert page.count_label.text() == "Hiển thị 3/17 nhiệm vụ"
    for title in titles(page):
        assert "Bưu điện tỉnh" in (cell(page, title, Column.LEAD), cell(page, title, Column.COOPERATORS))
    page.agency_combo.lineEdit().clear()
    assert len(titles(page)) == 17
    type_text(qtbot, page.agency_combo.lineEdit(), "so tai chinh")
    qtbot.keyClick(page.agency_combo.lineEdit(), Qt.Key.Key_Return)
    assert [cell(page, t, Column.LEAD) for t in titles(page)] == ["Sở Tài chính"]


def test_overdue_only_and_due_range(page: TasksPage) -> None:
    page.overdue_check.setChecked(True)
    assert titles(page) == [OVERDUE_TITLE]
    assert page.count_label.text() == "Hiển thị 1/17 nhiệm vụ – 1 quá hạn"
    page.overdue_check.setChecked(False)
    page.due_from.set_date(TODAY.replace(year=2024, month=1, day=1))
    page.due_to.edit.setText("30/06/20")  # still being typed: not applied yet
    assert len(titles(page)) == 10  # due in 2024 or later; undated tasks have no due date to compare
    page.due_to.edit.setText("30/06/2024")
    assert sorted(cell(page, t, Column.DUE) for t in titles(page)) == ["30/06/2024", "31/03/2024", "31/05/2024"]
    page.clear_filters_button.click()
    assert len(titles(page)) == 17 and page.due_from.edit.text() == ""


def test_a_due_range_that_cannot_match_is_named_while_typing(page: TasksPage) -> None:
    page.due_from.edit.setText("01/07/2024")
    page.due_to.edit.setText("30/06/20")  # still being typed
    assert page.date_error.isHidden()
    page.due_to.edit.setText("30/06/2024")
    assert page.date_error.isVisible()
    assert page.date_error.text() == "“Hạn đến” 30/06/2024 sớm hơn “Hạn từ” 01/07/2024."
    page.due_to.edit.setText("31/02/2025")
    assert page.date_error.text() == "Hạn đến 31/02/2025 không phải là ngày hợp lệ."
    page.due_to.edit.setText("31/12/2024")
    assert page.date_error.isHidden()


def test_search_without_diacritics(qtbot: QtBot, page: TasksPage, demo: Database) -> None:
    qtbot.keyClicks(page.search_edit, "ra soat")
    expected = {r.title for r in TaskService(demo).list(TaskFilter(text="ra soat"), today=TODAY)}
    qtbot.waitUntil(lambda: set(titles(page)) == expected)
    assert 0 < len(expected) < 17
    assert any(t.startswith("Rà soát, tham mưu UBND tỉnh") for t in titles(page))
    assert any(t.startswith("Tham mưu rà soát, kiện toàn") for t in titles(page))
    page.search_edit.clear()
    qtbot.waitUntil(lambda: len(titles(page)) == 17)


def test_filter_by_agency_clears_the_other_filters(page: TasksPage, demo: Database) -> None:
    page.overdue_check.setChecked(True)
    agency = next(a for a in AgencyService(demo).list() if a.name == "Sở Nội vụ")
    page.filter_by_agency(agency.id)
    assert not page.overdue_check.isChecked()
    assert page.agency_combo.currentText() == "Sở Nội vụ"
    assert page.presenter.current_filter().agency_id == agency.id
    assert len(titles(page)) == len(TaskService(demo).list(TaskFilter(agency_id=agency.id)))


def test_selection_survives_a_reload(page: TasksPage, demo_context: AppContext) -> None:
    task = task_titled(demo_context.db, "Công bố, công khai kịp thời")
    assert page.presenter.select(task.id)
    assert page.edit_action.isEnabled() and page.complete_action.isEnabled()
    demo_context.signals.announce(Topic.TASKS)
    assert page.presenter.selected().id == task.id


def test_delete_asks_first(page: TasksPage, prompter: FakePrompter, demo: Database) -> None:
    task = task_titled(demo, "Công bố, công khai kịp thời")
    page.presenter.select(task.id)
    prompter.answers.append(False)
    page.delete_action.trigger()
    assert len(TaskService(demo).list()) == 17
    prompter.answers.append(True)
    page.delete_action.trigger()
    assert "Xóa nhiệm vụ “Công bố, công khai kịp thời" in prompter.questions[-1]
    assert len(TaskService(demo).list()) == 16
    assert page.count_label.text() == "Hiển thị 16/16 nhiệm vụ – 1 quá hạn"
    assert task.title not in titles(page)


def test_progress_note_from_the_list(qtbot: QtBot, page: TasksPage, demo: Database) -> None:
    task = task_titled(demo, "Rà soát, khắc phục sai lệch số liệu")
    page.presenter.select(task.id)
    page.progress_action.trigger()
    dialog = opened_dialog(qtbot, page, ProgressNoteDialog)
    assert dialog.date_field.edit.text() == "20/11/2024"
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.error_label.text() == "Nội dung tiến độ không được để trống."
    type_text(qtbot, dialog.note_edit, "Đã làm việc với Sở Khoa học và Công nghệ")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    assert cell(page, task.title, Column.PROGRESS) == "20/11/2024: Đã làm việc với Sở Khoa học và Công nghệ"
    assert cell(page, task.title, Column.STATUS) == "Đang thực hiện"
    assert page.presenter.selected().id == task.id


def test_completing_after_the_due_date_is_done_late(qtbot: QtBot, page: TasksPage, demo: Database) -> None:
    task = task_titled(demo, OVERDUE_TITLE)
    page.presenter.select(task.id)
    page.complete_action.trigger()
    dialog = opened_dialog(qtbot, page, CompleteDialog)
    dialog.date_field.edit.setText("01/01/2020")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.error_label.text().startswith("Ngày hoàn thành 01/01/2020 sớm hơn ngày giao")
    dialog.date_field.set_date(TODAY)
    type_text(qtbot, dialog.evidence_edit, "Báo cáo số 312/BC-SNV")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert TaskService(demo).get(task.id).data.status == TaskStatus.DONE_LATE
    assert cell(page, task.title, Column.STATUS) == "Hoàn thành chậm"
    assert page.count_label.text() == "Hiển thị 17/17 nhiệm vụ"
    assert not page.complete_action.isEnabled()


def test_double_click_and_enter_open_the_editor(qtbot: QtBot, page: TasksPage) -> None:
    table = page.table
    rect = table.visualRect(page.presenter.proxy.index(1, Column.TITLE))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), LEFT, pos=rect.center())
    dialog = opened_dialog(qtbot, page, TaskEditorDialog)
    assert dialog.task_id == page.presenter.selected().id
    assert dialog.windowTitle() == "Sửa nhiệm vụ"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    table.setFocus()
    page.edit_action.trigger()
    dialog = opened_dialog(qtbot, page, TaskEditorDialog)
    assert dialog.task_id == page.presenter.selected().id
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_reload_lists_the_tasks_once(page: TasksPage, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[TaskFilter | None] = []
    real = TaskService.list

    def counting(self: TaskService, flt: TaskFilter | None = None, today: object = None, **kw: object) -> object:
        calls.append(flt)
        return real(self, flt, today, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(TaskService, "list", counting)
    page.presenter.reload()
    assert len(calls) == 1
    assert page.presenter._total == len(real(page.presenter.service, TaskFilter(), TODAY))
