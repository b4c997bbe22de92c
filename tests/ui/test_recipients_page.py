"""The "Nhóm nơi nhận" page in the main window: adding a group through the widgets, ordering, saving, errors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from cchc_desktop.core.services.agencies import AgencyService
from cchc_desktop.core.services.recipients import LineInput, RecipientGroupService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages.recipients import RecipientGroupsPage

from .conftest import FakePrompter, type_text

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(window: MainWindow) -> RecipientGroupsPage:
    current = window.show_page("recipients")
    assert isinstance(current, RecipientGroupsPage)
    return current


def click(qtbot: QtBot, parent: QWidget, action: QAction) -> None:
    """Click the button that shows ``action`` (as the user does)."""
    button = next(b for b in parent.findChildren(QToolButton) if b.defaultAction() is action)
    assert button.isEnabled(), f"“{action.text()}” is disabled"
    qtbot.mouseClick(button, LEFT)


def shown_lines(page: RecipientGroupsPage) -> list[str]:
    model = page.editor_presenter.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def cell_editor(table: QWidget) -> QLineEdit:
    """The in-place editor the delegate opened in ``table``."""
    editors = [e for e in table.findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def add_line(qtbot: QtBot, page: RecipientGroupsPage, text: str) -> None:
    type_text(qtbot, page.editor.new_line_edit, text)
    qtbot.keyClick(page.editor.new_line_edit, Qt.Key.Key_Return)


def test_empty_database_asks_to_choose_or_add_a_group(page: RecipientGroupsPage) -> None:
    assert page.count_label.text() == "Chưa có nhóm nơi nhận nào."
    assert not page.editor.isEnabled()
    assert page.editor.state_label.text() == "Chọn một nhóm ở danh sách bên trái hoặc bấm “Thêm nhóm”."


def test_add_a_group_with_two_typed_lines_reorder_mark_and_save(qtbot: QtBot, db: Database,
                                                                 page: RecipientGroupsPage) -> None:
    editor = page.editor
    click(qtbot, page, page.add_action)
    assert editor.isEnabled() and editor.state_label.text() == "Chưa lưu"
    type_text(qtbot, editor.name_edit, "Hội nghị sơ kết quý")
    add_line(qtbot, page, "- UBND các huyện, thành phố;")
    type_text(qtbot, editor.new_line_edit, "Thường trực Tỉnh ủy")
    click(qtbot, editor, editor.add_line_action)
    assert shown_lines(page) == ["UBND các huyện, thành phố", "Thường trực Tỉnh ủy"]  # "- " and ";" are printed

    assert page.editor_presenter.current_row() == 1  # the line just added
    qtbot.mouseClick(editor.marker_check, LEFT)
    click(qtbot, editor, editor.up_action)
    assert shown_lines(page) == ["Thường trực Tỉnh ủy (B/c)", "UBND các huyện, thành phố"]
    assert " ".join(editor.preview.toPlainText().split()) == (
        "Nơi nhận: - Thường trực Tỉnh ủy (B/c); - UBND các huyện, thành phố; - Lưu: VT, …."
    )

    click(qtbot, editor, editor.save_action)
    groups = RecipientGroupService(db).list()
    assert [(g.name, g.line_count) for g in groups] == [("Hội nghị sơ kết quý", 2)]
    assert RecipientGroupService(db).lines(groups[0].id) == [
        LineInput("Thường trực Tỉnh ủy (B/c)", None), LineInput("UBND các huyện, thành phố", None),
    ]
    assert editor.state_label.text().startswith("Đã lưu lúc ")
    assert not editor.error_label.isVisible()
    assert page.presenter.selected() is not None and page.presenter.selected().name == "Hội nghị sơ kết quý"
    assert page.count_label.text() == "1 nhóm nơi nhận"


def test_keyboard_reorders_and_undo_restores_edits(qtbot: QtBot, page: RecipientGroupsPage) -> None:
    editor = page.editor
    click(qtbot, page, page.add_action)
    type_text(qtbot, editor.name_edit, "Nhóm thử")
    for text in ("Một", "Hai", "Ba"):
        add_line(qtbot, page, text)
    page.editor_presenter.select_row(2)
    editor.table.setFocus()  # the keys act on the list of lines, as after a click in it
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, CTRL)
    assert shown_lines(page) == ["Ba", "Một", "Hai"]
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, CTRL)
    assert shown_lines(page) == ["Một", "Ba", "Hai"]

    # Edit the selected line in place, as a double click or F2 does.
    editor.table.edit(editor.table.currentIndex())
    cell = cell_editor(editor.table)
    cell.selectAll()
    type_text(qtbot, cell, "Bốn")
    qtbot.keyClick(cell, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: shown_lines(page) == ["Một", "Bốn", "Hai"])

    click(qtbot, editor, editor.undo_action)
    assert shown_lines(page) == ["Một", "Ba", "Hai"]
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, CTRL)
    assert shown_lines(page) == ["Ba", "Một", "Hai"]
    click(qtbot, editor, editor.redo_action)
    assert shown_lines(page) == ["Một", "Ba", "Hai"]
    click(qtbot, editor, editor.remove_action)
    assert shown_lines(page) == ["Một", "Hai"]
    click(qtbot, editor, editor.undo_action)
    assert shown_lines(page) == ["Một", "Ba", "Hai"]


def test_saving_takes_a_line_still_being_edited(qtbot: QtBot, db: Database, page: RecipientGroupsPage) -> None:
    editor = page.editor
    click(qtbot, page, page.add_action)
    type_text(qtbot, editor.name_edit, "Nhóm đang sửa")
    add_line(qtbot, page, "Các sở")
    editor.table.setFocus()
    editor.table.edit(editor.table.currentIndex())
    cell = cell_editor(editor.table)
    qtbot.keyClick(cell, Qt.Key.Key_End)
    type_text(qtbot, cell, ", ban, ngành")
    click(qtbot, editor, editor.save_action)  # a tool button: the cell editor keeps the focus
    group = RecipientGroupService(db).list()[0]
    assert [line.text for line in RecipientGroupService(db).lines(group.id)] == ["Các sở, ban, ngành"]
    assert editor.state_label.text().startswith("Đã lưu lúc ")


def test_adding_an_agency_from_the_catalogue_links_the_line(qtbot: QtBot, db: Database,
                                                              page: RecipientGroupsPage) -> None:
    editor = page.editor
    click(qtbot, page, page.add_action)
    type_text(qtbot, editor.name_edit, "Gửi Sở Nội vụ")
    type_text(qtbot, editor.agency_combo.lineEdit(), "so noi vu")
    click(qtbot, editor, editor.add_agency_action)
    assert shown_lines(page) == ["Sở Nội vụ"]
    click(qtbot, editor, editor.save_action)
    group = RecipientGroupService(db).list()[0]
    agency = next(a for a in AgencyService(db).list() if a.name == "Sở Nội vụ")
    assert RecipientGroupService(db).lines(group.id) == [LineInput("Sở Nội vụ", agency.id)]


def test_empty_name_and_empty_group_are_refused_in_red(qtbot: QtBot, db: Database, page: RecipientGroupsPage,
                                                        prompter: FakePrompter) -> None:
    editor = page.editor
    click(qtbot, page, page.add_action)
    add_line(qtbot, page, "Các sở, ban, ngành")
    click(qtbot, editor, editor.save_action)
    assert editor.error_label.isVisible()
    assert editor.error_label.text() == "Tên nhóm nơi nhận không được để trống."
    assert "b3261e" in editor.error_label.styleSheet()

    type_text(qtbot, editor.name_edit, "Nhóm trống")
    assert not editor.error_label.isVisible()  # the error went with the edit that fixed it
    click(qtbot, editor, editor.remove_action)
    click(qtbot, editor, editor.save_action)
    assert editor.error_label.text() == "Nhóm cần có ít nhất một dòng nơi nhận."
    assert RecipientGroupService(db).list() == []
    prompter.answers = [True]  # closing the window: drop the group that cannot be saved


def test_leaving_edits_that_cannot_be_saved_asks_before_dropping_them(
    qtbot: QtBot, db: Database, page: RecipientGroupsPage, prompter: FakePrompter
) -> None:
    click(qtbot, page, page.add_action)
    add_line(qtbot, page, "Các sở, ban, ngành")
    prompter.answers = [False]  # "Ở lại để sửa"
    assert page.commit_pending() is False
    assert prompter.questions[-1].startswith("Tên nhóm nơi nhận không được để trống.")
    assert shown_lines(page) == ["Các sở, ban, ngành"]
    prompter.answers = [True]  # "Bỏ thay đổi"
    assert page.commit_pending() is True
    assert shown_lines(page) == [] and not page.editor.isEnabled()
    assert RecipientGroupService(db).list() == []


def test_commit_pending_saves_on_leaving_the_page(qtbot: QtBot, db: Database, window: MainWindow,
                                                  page: RecipientGroupsPage) -> None:
    click(qtbot, page, page.add_action)
    type_text(qtbot, page.editor.name_edit, "Lưu khi rời trang")
    add_line(qtbot, page, "Các sở, ban, ngành")
    window.show_page("agencies")
    assert [g.name for g in RecipientGroupService(db).list()] == ["Lưu khi rời trang"]
