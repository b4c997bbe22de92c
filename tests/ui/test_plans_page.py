"""The "Kế hoạch, nghị quyết" page on the demo database: list, search, delete, assign a task from a plan."""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from cchc_desktop.core.enums import TaskSource
from cchc_desktop.core.services.plans import PlanRow, PlanService
from cchc_desktop.core.services.tasks import TaskInput
from cchc_desktop.store.db import Database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.models.plan_table_model import Column
from cchc_desktop.ui.pages.plans import PlansPage
from cchc_desktop.ui.pages.plans.editor import PlanEditor
from cchc_desktop.ui.signals import AppSignals

from .conftest import FakePrompter, show_widget

LEFT = Qt.MouseButton.LeftButton
TASK_EDITOR_MODULE = "cchc_desktop.ui.dialogs.task_editor.editor_dialog"


@dataclass
class TaskEditorCall:
    parent: QWidget
    task_id: int | None
    initial: TaskInput | None


@pytest.fixture
def task_editor_calls(monkeypatch: pytest.MonkeyPatch) -> list[TaskEditorCall]:
    """Stands in for the tasks page's ``open_task_editor`` and records how it was called."""
    calls: list[TaskEditorCall] = []

    def open_task_editor(context: AppContext, parent: QWidget, *, task_id: int | None = None,
                         initial: TaskInput | None = None) -> QDialog:
        calls.append(TaskEditorCall(parent, task_id, initial))
        dialog = QDialog(parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    fake = types.ModuleType(TASK_EDITOR_MODULE)
    fake.open_task_editor = open_task_editor  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, TASK_EDITOR_MODULE, fake)
    return calls


@pytest.fixture
def statuses() -> list[str]:
    return []


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database, prompter: FakePrompter, statuses: list[str]) -> PlansPage:
    signals = AppSignals()
    signals.status_message.connect(statuses.append)
    plans = PlansPage(AppContext(demo_db, signals, prompter))
    show_widget(qtbot, plans, 1100, 700)
    plans.activateWindow()
    return plans


def plan_named(db: Database, reference: str) -> PlanRow:
    return next(row for row in PlanService(db).list() if row.reference == reference)


def references(page: PlansPage) -> list[str]:
    proxy = page.presenter.proxy
    return [proxy.index(r, Column.REFERENCE).data() for r in range(proxy.rowCount())]


def select(page: PlansPage, reference: str) -> PlanRow:
    plan = plan_named(page.presenter.context.db, reference)
    assert page.presenter.select(plan.id)
    return plan


def press_in_table(qtbot: QtBot, page: PlansPage, key: Qt.Key) -> None:
    page.table.setFocus()
    qtbot.waitUntil(lambda: page.table.hasFocus())
    qtbot.keyClick(page.table, key)


def open_editor(qtbot: QtBot, page: PlansPage) -> PlanEditor:
    editors = [editor for editor in page.findChildren(PlanEditor) if editor.isVisible()]
    assert len(editors) == 1
    qtbot.waitExposed(editors[0])
    editors[0].activateWindow()  # what the window system does for a newly shown dialog
    qtbot.waitUntil(editors[0].isActiveWindow)
    return editors[0]


def test_page_lists_plans_newest_first_with_attainment(page: PlansPage) -> None:
    assert references(page) == ["04/KH-UBND", "60-NQ/TU"]
    assert page.count_label.text() == "Hiển thị 2/2 kế hoạch, nghị quyết"
    assert page.presenter.selected().reference == "04/KH-UBND"  # the first row is ready for Enter
    proxy = page.presenter.proxy
    assert proxy.index(1, Column.TARGETS).data() == "đạt và vượt 10/18 chỉ tiêu"
    assert page.assign_button.text() == "Giao nhiệm vụ theo văn bản này…"


def test_search_without_diacritics(qtbot: QtBot, page: PlansPage) -> None:
    qtbot.keyClicks(page.search_edit, "nghi quyet")
    assert references(page) == ["60-NQ/TU"]
    assert page.count_label.text() == "Hiển thị 1/2 kế hoạch, nghị quyết"
    page.search_edit.clear()
    page.kind_combo.setCurrentIndex(page.kind_combo.findText("Kế hoạch"))
    assert references(page) == ["04/KH-UBND"]
    page.kind_combo.setCurrentIndex(0)
    assert page.kind_combo.currentText() == "Tất cả loại văn bản" and len(references(page)) == 2


def test_enter_and_double_click_open_the_editor(qtbot: QtBot, page: PlansPage) -> None:
    select(page, "60-NQ/TU")
    press_in_table(qtbot, page, Qt.Key.Key_Return)
    editor = open_editor(qtbot, page)
    assert editor.windowTitle() == "Sửa Nghị quyết số 60-NQ/TU"
    assert editor.reference_edit.text() == "60-NQ/TU"
    assert editor.summary_label.text() == "Đã hoàn thành đạt và vượt 10/18 chỉ tiêu"
    assert (editor.start_spin.year(), editor.end_spin.year()) == (2021, 2030)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # nothing changed: closes without a question
    assert not editor.isVisible()

    row = references(page).index("04/KH-UBND")
    rect = page.table.visualRect(page.presenter.proxy.index(row, Column.TITLE))
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())  # a double click starts with a press
    qtbot.mouseDClick(page.table.viewport(), LEFT, pos=rect.center())
    editor = open_editor(qtbot, page)
    assert editor.windowTitle() == "Sửa Kế hoạch số 04/KH-UBND"
    assert editor.tabs.tabText(1) == "Nhiệm vụ giao theo văn bản (5)"
    editor.reject()


def test_deleting_a_plan_with_tasks_is_refused(
    qtbot: QtBot, page: PlansPage, prompter: FakePrompter, demo_db: Database
) -> None:
    select(page, "04/KH-UBND")
    prompter.answers.append(True)
    press_in_table(qtbot, page, Qt.Key.Key_Delete)
    assert prompter.questions[0].startswith("Xóa Kế hoạch số 04/KH-UBND?")
    assert prompter.errors == ["Không thể xóa Kế hoạch số 04/KH-UBND vì có 5 nhiệm vụ giao từ văn bản này."]
    assert references(page) == ["04/KH-UBND", "60-NQ/TU"]
    assert plan_named(demo_db, "04/KH-UBND").task_count == 5


def test_deleting_a_plan_without_tasks_asks_first(
    qtbot: QtBot, page: PlansPage, prompter: FakePrompter, demo_db: Database, statuses: list[str]
) -> None:
    select(page, "60-NQ/TU")
    prompter.answers.append(False)
    page.delete_action.trigger()
    assert references(page) == ["04/KH-UBND", "60-NQ/TU"]
    assert prompter.questions == [(
        "Xóa Nghị quyết số 60-NQ/TU?\n\n“Nghị quyết về đẩy mạnh cải cách hành chính trên địa bàn tỉnh Lạng Sơn "
        "giai đoạn 2021 - 2030”\n\n18 chỉ tiêu của văn bản cũng bị xóa. Việc xóa không hoàn tác được."
    )]
    prompter.answers.append(True)
    page.delete_action.trigger()
    assert references(page) == ["04/KH-UBND"]
    assert [row.reference for row in PlanService(demo_db).list()] == ["04/KH-UBND"]
    assert statuses == ["Đã xóa Nghị quyết số 60-NQ/TU."]
    assert page.presenter.selected().reference == "04/KH-UBND"


def test_assign_task_from_the_selected_plan(
    qtbot: QtBot, page: PlansPage, task_editor_calls: list[TaskEditorCall]
) -> None:
    plan = select(page, "04/KH-UBND")
    qtbot.mouseClick(page.assign_button, LEFT)
    assert len(task_editor_calls) == 1
    call = task_editor_calls[0]
    assert call.parent is page and call.task_id is None
    assert call.initial is not None
    assert (call.initial.source, call.initial.plan_id) == (TaskSource.PLAN, plan.id)
    assert (call.initial.title, call.initial.lead_agency_id) == ("", None)
    assert call.initial.source_reference == "Kế hoạch số 04/KH-UBND ngày 09/01/2024 của UBND tỉnh"


def test_commands_need_a_selection(page: PlansPage) -> None:
    page.table.clearSelection()
    page.presenter.refresh_state()
    assert not page.edit_action.isEnabled()
    assert not page.delete_action.isEnabled()
    assert not page.assign_action.isEnabled()
    assert page.add_action.isEnabled()


def test_keyboard_shortcuts(qtbot: QtBot, page: PlansPage) -> None:
    page.table.setFocus()
    qtbot.waitUntil(lambda: page.table.hasFocus())
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    qtbot.keyClicks(page.search_edit, "60-nq")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.table.hasFocus() and page.presenter.selected().reference == "60-NQ/TU"
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = open_editor(qtbot, page)
    assert editor.windowTitle() == "Thêm kế hoạch, nghị quyết"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
