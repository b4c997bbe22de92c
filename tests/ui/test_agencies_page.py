"""The agencies page inside the main window: search, filters, add, edit, deactivate, delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cchc_desktop.core.enums import AgencyKind
from cchc_desktop.core.services.agencies import AgencyRow, AgencyService
from cchc_desktop.store.db import Database
from cchc_desktop.store.models import Task
from cchc_desktop.ui.dialogs.agency_dialog import AgencyDialog
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.models.agency_table_model import Column
from cchc_desktop.ui.models.row_table import SORT_ROLE
from cchc_desktop.ui.pages.agencies import AgenciesPage
from cchc_desktop.ui.pages.agencies.view import SEARCH_PLACEHOLDER
from cchc_desktop.ui.topics import Topic

from .conftest import FakePrompter, type_text

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(window: MainWindow) -> AgenciesPage:
    current = window.show_page("agencies")
    assert isinstance(current, AgenciesPage)
    return current


def visible_names(page: AgenciesPage) -> list[str]:
    proxy = page.presenter.proxy
    return [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]


def agency_named(db: Database, name: str) -> AgencyRow:
    return next(r for r in AgencyService(db).list() if r.name == name)


def open_dialog(qtbot: QtBot, page: AgenciesPage, button_action) -> AgencyDialog:  # type: ignore[no-untyped-def]
    button_action()
    dialog = page.findChild(AgencyDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def select(page: AgenciesPage, name: str) -> None:
    page.inactive_check.setChecked(True)
    assert page.presenter.select(agency_named(page.presenter.context.db, name).id)


def test_page_shows_active_agencies_in_vietnamese_order(page: AgenciesPage) -> None:
    assert page.search_edit.placeholderText() == SEARCH_PLACEHOLDER
    assert page.presenter.model.rowCount() == 33
    assert page.count_label.text() == "Hiển thị 26/33 cơ quan, đơn vị"
    names = visible_names(page)
    assert names[0] == "Ban Pháp chế HĐND tỉnh"  # "Ban Dân tộc tỉnh" comes first but is inactive
    assert names[-1] == "Viện Nghiên cứu khoa học hành chính - Học viện Hành chính Quốc gia"
    page.inactive_check.click()
    assert page.count_label.text() == "Hiển thị 33/33 cơ quan, đơn vị"


def test_typing_without_diacritics_finds_so_noi_vu(qtbot: QtBot, page: AgenciesPage) -> None:
    qtbot.keyClicks(page.search_edit, "so noi vu")
    assert visible_names(page) == ["Sở Nội vụ"]
    assert page.count_label.text() == "Hiển thị 1/33 cơ quan, đơn vị"
    page.search_edit.clear()
    assert len(visible_names(page)) == 26


def test_kind_filter(page: AgenciesPage) -> None:
    page.kind_combo.setCurrentIndex(page.kind_combo.findText(AgencyKind.PARTY.label))
    assert visible_names(page) == ["Ban Thường vụ Tỉnh ủy", "Thường trực Tỉnh ủy"]
    page.kind_combo.setCurrentIndex(0)
    assert page.kind_combo.currentText() == "Tất cả loại"
    assert len(visible_names(page)) == 26


def test_clicking_a_header_sorts(qtbot: QtBot, page: AgenciesPage) -> None:
    header = page.table.horizontalHeader()
    name_header = QPoint(header.sectionViewportPosition(Column.NAME) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), LEFT, pos=name_header)
    names = visible_names(page)
    assert names[0].startswith("Viện Nghiên cứu") and names[-1] == "Ban Pháp chế HĐND tỉnh"
    tasks_header = QPoint(header.sectionViewportPosition(Column.TASKS) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), LEFT, pos=tasks_header)
    assert header.sortIndicatorSection() == Column.TASKS
    proxy = page.presenter.proxy
    counts = [proxy.index(r, Column.TASKS).data(SORT_ROLE) for r in range(proxy.rowCount())]
    ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert counts == sorted(counts, reverse=not ascending)


def test_add_agency_through_the_dialog(qtbot: QtBot, page: AgenciesPage, db: Database) -> None:
    dialog = open_dialog(qtbot, page, page.add_action.trigger)
    assert dialog.windowTitle() == "Thêm cơ quan, đơn vị"
    assert dialog.parent_combo.itemText(0) == "(Không)"
    type_text(qtbot, dialog.name_edit, "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn")
    qtbot.keyClicks(dialog.short_name_edit, "BQL KKT")
    qtbot.keyClicks(dialog.code_edit, "BQLKKT")
    dialog.parent_combo.setCurrentIndex(dialog.parent_combo.findText("Ủy ban nhân dân tỉnh"))
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    stored = agency_named(db, "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn")
    assert (stored.short_name, stored.code, stored.parent_name) == ("BQL KKT", "BQLKKT", "Ủy ban nhân dân tỉnh")
    assert page.presenter.selected() == stored
    assert "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn" in visible_names(page)
    assert page.count_label.text() == "Hiển thị 27/34 cơ quan, đơn vị"
    assert page.window().statusBar().currentMessage() == f"Đã lưu “{stored.name}”."


def test_empty_name_is_refused_in_the_dialog(qtbot: QtBot, page: AgenciesPage, db: Database) -> None:
    dialog = open_dialog(qtbot, page, page.add_action.trigger)
    qtbot.keyClicks(dialog.short_name_edit, "ABC")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Tên cơ quan, đơn vị không được để trống."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name_edit)
    assert len(AgencyService(db).list()) == 33
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert len(AgencyService(db).list()) == 33


def test_duplicate_code_error_focuses_the_code_field(qtbot: QtBot, page: AgenciesPage) -> None:
    dialog = open_dialog(qtbot, page, page.add_action.trigger)
    type_text(qtbot, dialog.name_edit, "Ban Quản lý dự án")
    type_text(qtbot, dialog.code_edit, "có dấu cách")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert "Mã đơn vị “có dấu cách”" in dialog.error_label.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.code_edit)
    dialog.reject()


def test_edit_with_enter_key(qtbot: QtBot, window: MainWindow, page: AgenciesPage, db: Database) -> None:
    select(page, "Sở Tư pháp")
    window.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(lambda: page.table.hasFocus())
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.findChild(AgencyDialog)
    assert dialog is not None and dialog.windowTitle() == "Sửa cơ quan, đơn vị"
    assert dialog.name_edit.text() == "Sở Tư pháp"
    assert dialog.parent_combo.findText("Sở Tư pháp") == -1  # cannot be its own parent
    dialog.notes_edit.setFocus()
    type_text(qtbot, dialog.notes_edit, "Đầu mối kiểm soát TTHC")
    dialog.notes_edit.undo()
    assert dialog.notes_edit.toPlainText() == ""
    dialog.notes_edit.redo()
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert agency_named(db, "Sở Tư pháp").notes == "Đầu mối kiểm soát TTHC"


def test_keyboard_shortcuts(qtbot: QtBot, window: MainWindow, page: AgenciesPage) -> None:
    window.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(lambda: page.table.hasFocus())
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    qtbot.keyClicks(page.search_edit, "tu phap")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.table.hasFocus() and page.presenter.selected().name == "Sở Tư pháp"
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    dialog = page.findChild(AgencyDialog)
    assert dialog is not None and dialog.windowTitle() == "Thêm cơ quan, đơn vị"
    dialog.reject()


def test_agency_with_tasks_cannot_be_deleted_but_can_be_deactivated(
    qtbot: QtBot, window: MainWindow, page: AgenciesPage, prompter: FakePrompter, db: Database
) -> None:
    home_affairs = agency_named(db, "Sở Nội vụ")
    with db.session() as session:
        session.add(Task(title="Rà soát thủ tục hành chính", lead_agency_id=home_affairs.id))
    window.context.signals.announce(Topic.TASKS)
    select(page, "Sở Nội vụ")
    assert page.presenter.selected().task_count == 1

    window.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(lambda: page.table.hasFocus())
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert prompter.questions == []  # refused straight away: no "không hoàn tác được" question first
    assert len(prompter.errors) == 1
    assert prompter.errors[0].startswith("Không thể xóa “Sở Nội vụ” vì đang được dùng (1 nhiệm vụ chủ trì)")
    assert "Ngừng hoạt động" in prompter.errors[0]
    assert agency_named(db, "Sở Nội vụ").active

    assert page.toggle_action.text() == "Ngừng hoạt động"
    page.toggle_action.trigger()
    assert not agency_named(db, "Sở Nội vụ").active
    assert page.presenter.selected().name == "Sở Nội vụ"  # still shown: inactive ones are visible here
    assert page.toggle_action.text() == "Kích hoạt lại"
    page.toggle_action.trigger()
    assert agency_named(db, "Sở Nội vụ").active


def test_deactivated_row_leaves_the_default_list(page: AgenciesPage, db: Database) -> None:
    assert page.presenter.select(agency_named(db, "Bưu điện tỉnh").id)
    page.toggle_action.trigger()
    assert "Bưu điện tỉnh" not in visible_names(page)
    assert page.count_label.text() == "Hiển thị 25/33 cơ quan, đơn vị"
    assert page.presenter.selected() is not None  # selection moved to a neighbouring row


def test_delete_unused_agency_after_confirmation(page: AgenciesPage, prompter: FakePrompter, db: Database) -> None:
    select(page, "Bưu điện tỉnh")
    prompter.answers.append(False)
    page.delete_action.trigger()
    assert any(r.name == "Bưu điện tỉnh" for r in AgencyService(db).list())
    prompter.answers.append(True)
    page.delete_action.trigger()
    assert all(r.name != "Bưu điện tỉnh" for r in AgencyService(db).list())
    assert page.presenter.model.rowCount() == 32 and not prompter.errors


def test_commands_need_a_selection(page: AgenciesPage) -> None:
    page.table.clearSelection()
    assert not page.edit_action.isEnabled() and not page.delete_action.isEnabled()
    assert page.add_action.isEnabled()
