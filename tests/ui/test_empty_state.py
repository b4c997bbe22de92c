"""A fresh database: empty lists say what to do first with a button for it; the demo is marked as sample data;
a new meeting suggests present-day sites (cấp xã, no cấp huyện after 1 July 2025)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from cchc_desktop.core.services.settings import OWN_PROVINCE, SettingsService
from cchc_desktop.core.services.tasks import TaskInput, TaskService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.dialogs.first_start_wizard import FirstStartWizard
from cchc_desktop.ui.dialogs.task_editor import TaskEditorDialog
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages import standard_pages
from cchc_desktop.ui.topics import Topic
from cchc_desktop.ui.widgets.empty_state import EmptyState

from .conftest import FakePrompter, show_widget, type_text

LEFT = Qt.MouseButton.LeftButton


def empty_state(window: MainWindow, key: str) -> EmptyState:
    page = window.show_page(key)
    states = page.findChildren(EmptyState)
    assert len(states) == 1, key
    return states[0]


def test_each_empty_list_says_what_to_do_first(window: MainWindow) -> None:
    expected = {
        "meetings": ("Chưa có cuộc họp nào. Bấm “Thêm cuộc họp”", "Thêm cuộc họp"),
        "tasks": ("Chưa có nhiệm vụ nào. Bấm “Giao nhiệm vụ”", "Giao nhiệm vụ"),
        "notices": ("Chưa có thông báo nào. Bấm “Soạn từ cuộc họp…”", "Soạn mới"),
        "results": ("Chưa có bảng kết quả nào của chỉ số này", "Nhập bảng kết quả…"),
        "recipients": ("Chưa có nhóm nơi nhận nào. Bấm “Thêm nhóm”", "Thêm nhóm"),
        "plans": ("Chưa có kế hoạch, nghị quyết nào. Bấm “Thêm”", "Thêm"),
    }
    for key, (message, button) in expected.items():
        state = empty_state(window, key)
        assert state.isVisible(), key
        assert state.label.text().startswith(message) and state.button.text() == button, key
        assert state.button.isVisible() and state.button.isEnabled(), key
    register = empty_state(window, "register")
    assert register.isVisible() and "khi bấm “Ban hành…”" in register.label.text() and register.button.isHidden()
    assert not empty_state(window, "agencies").isVisible()  # the reference agencies are there from the start


def test_the_button_does_what_it_says(qtbot: QtBot, window: MainWindow) -> None:
    state = empty_state(window, "meetings")
    qtbot.mouseClick(state.button, LEFT)
    page = window.current_page()
    assert page.editing() and page.editor_view.state_label.text() == "Chưa lưu"


def test_the_hint_goes_when_a_record_comes_and_not_for_hidden_rows(window: MainWindow, db: Database) -> None:
    state = empty_state(window, "tasks")
    TaskService(db).create(TaskInput(title="Rà soát thủ tục hành chính cấp xã", lead_agency_id=1))
    window.context.signals.announce(Topic.TASKS)
    assert not state.isVisible()
    page = window.current_page()
    page.search_edit.setText("không có nhiệm vụ nào như thế")
    page.presenter.refresh()
    assert page.presenter.model.rowCount() == 0 and not state.isVisible()  # filtered out, not an empty list


def test_demo_is_marked_as_sample_data_and_shows_no_hints(qtbot: QtBot, demo_context: AppContext,
                                                        settings: QSettings) -> None:
    window = MainWindow(demo_context, settings)
    for spec in standard_pages():
        window.register_page(spec)
    show_widget(qtbot, window, 1366, 768)
    assert window.windowTitle() == "CCHC Desktop – demo.db – Dữ liệu mẫu"
    assert window.database_label.text().endswith("(Dữ liệu mẫu)")
    assert not empty_state(window, "meetings").isVisible()


def test_a_fresh_database_is_not_marked_as_sample_data(window: MainWindow) -> None:
    assert "Dữ liệu mẫu" not in window.windowTitle() and "Dữ liệu mẫu" not in window.database_label.text()


def test_a_new_meeting_suggests_communes_and_districts_only_before_july_2025(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    page = window.show_page("meetings")
    page.list_view.add_action.trigger()
    general = page.editor_view.general
    assert general.site_level_combo.currentText() == "cấp xã" and general.site_label_edit.text() == "xã, phường"
    type_text(qtbot, general.date_field.edit, "15/01/2026")
    assert general.site_level_combo.currentText() == "cấp xã" and general.site_label_edit.text() == "xã, phường"
    general.date_field.edit.clear()
    type_text(qtbot, general.date_field.edit, "12/04/2024")  # an older meeting recorded now: districts existed
    assert general.site_level_combo.currentText() == "cấp huyện"
    assert general.site_label_edit.text() == "huyện, thành phố"
    prompter.answers.append(True)  # closing the window: drop the untitled meeting


def test_an_overview_without_tasks_offers_the_first_steps(qtbot: QtBot, window: MainWindow,
                                                         prompter: FakePrompter) -> None:
    page = window.show_page("overview")
    panel = page.start_panel
    assert panel.isVisible() and panel.title.text() == "Bắt đầu" and "Chưa có nhiệm vụ nào" in panel.label.text()
    assert [b.text() for b in (panel.setup_button, panel.meeting_button, panel.task_button)] == [
        "Thiết lập ban đầu…", "Thêm cuộc họp", "Giao nhiệm vụ"]
    assert panel.setup_button.isVisible()  # the own province is not set yet
    qtbot.mouseClick(panel.setup_button, LEFT)
    wizards = [w for w in window.findChildren(FirstStartWizard) if w.isVisible()]
    assert len(wizards) == 1
    wizards[0].reject()
    qtbot.mouseClick(panel.task_button, LEFT)
    assert type(window.current_page()).__name__ == "TasksPage"
    dialogs = [d for d in window.findChildren(TaskEditorDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()
    window.show_page("overview")
    qtbot.mouseClick(panel.meeting_button, LEFT)
    meetings = window.current_page()
    assert type(meetings).__name__ == "MeetingsPage" and meetings.editing()
    prompter.answers.append(True)  # closing the window: drop the untitled meeting


def test_the_first_steps_go_once_there_is_a_task_and_setup_once_the_province_is_set(
        window: MainWindow, db: Database) -> None:
    page = window.show_page("overview")
    SettingsService(db).set(OWN_PROVINCE, "Tỉnh Quảng Ninh")
    window.context.signals.announce(Topic.SETTINGS)
    assert page.start_panel.isVisible() and not page.start_panel.setup_button.isVisible()
    TaskService(db).create(TaskInput(title="Rà soát thủ tục hành chính cấp xã", lead_agency_id=1))
    window.context.signals.announce(Topic.TASKS)
    assert not page.start_panel.isVisible()


def test_charts_without_own_province_open_the_assistant(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("charts")
    assert page.message.isVisible() and page.message.text().startswith("Chưa chọn tỉnh của mình")
    assert page.setup_button.isVisible() and page.setup_button.text() == "Thiết lập ban đầu…"
    qtbot.mouseClick(page.setup_button, LEFT)
    assert any(w.isVisible() for w in window.findChildren(FirstStartWizard))
