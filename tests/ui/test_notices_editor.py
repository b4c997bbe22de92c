"""The notice editor's parts: issuing body defaults, the date, recipients, attachments, the body toolbar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cchc_desktop.core.body import Run
from cchc_desktop.core.services.notices import NoticeService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.pages.notices.page import NoticesPage
from cchc_desktop.ui.signals import AppSignals

from .conftest import FakePrompter, show_widget, type_text

NOTICE_2024, NOTICE_2022 = 2, 1


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database, prompter: FakePrompter) -> NoticesPage:
    widget = NoticesPage(AppContext(demo_db, AppSignals(), prompter))
    show_widget(qtbot, widget, 1100, 760)
    return widget


def test_changing_the_issuing_body_changes_symbol_and_signature(page: NoticesPage, demo_db: Database) -> None:
    page.open_notice(NOTICE_2024)
    general = page.editor_view.general
    general.body_combo.setCurrentIndex(general.body_combo.findText("Văn phòng UBND tỉnh (TB-VP)"))
    assert general.reference_label.text().startswith("…/TB-VP")
    assert general.authority_edit.text() == "" and general.signer_title_edit.text() == "CHÁNH VĂN PHÒNG"
    assert general.signer_combo.currentText() == "Trịnh Tiến Duy"
    assert page.editor_view.recipients.archive_line() == "VT, NC (TPT)"  # a custom line is kept
    assert page.commit_pending()
    assert [r.symbol for r in NoticeService(demo_db).list() if r.id == NOTICE_2024] == ["TB-VP"]


def test_the_day_may_stay_blank_and_the_date_line_shows_it(page: NoticesPage, demo_db: Database) -> None:
    page.open_notice(NOTICE_2022)
    general = page.editor_view.general
    assert general.date_line.text() == "Lạng Sơn, ngày … tháng 6 năm 2022"
    general.day_spin.setValue(8)
    assert general.date_line.text() == "Lạng Sơn, ngày 08 tháng 6 năm 2022"
    assert page.commit_pending()
    assert NoticeService(demo_db).get(NOTICE_2022).date.day == 8


def test_signer_typed_by_hand_is_kept_without_a_person(qtbot: QtBot, page: NoticesPage, demo_db: Database) -> None:
    page.open_notice(NOTICE_2024)
    combo = page.editor_view.general.signer_combo
    combo.lineEdit().selectAll()
    type_text(qtbot, combo.lineEdit(), "Nguyễn Văn An")
    assert page.commit_pending()
    saved = NoticeService(demo_db).get(NOTICE_2024)
    assert (saved.signer_name, saved.signer_id) == ("Nguyễn Văn An", None)


def test_recipients_list_editing(qtbot: QtBot, page: NoticesPage, demo_db: Database) -> None:
    page.open_notice(NOTICE_2024)
    page.editor.ask_group = lambda groups, parent: next(g.id for g in groups if g.name.startswith("Lãnh đạo"))
    page.editor.ask_agency = lambda agencies, prompt, parent: "Sở Nội vụ"
    recipients = page.editor_view.recipients
    qtbot.mouseClick(recipients.group_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(recipients.agency_button, Qt.MouseButton.LeftButton)
    lines = recipients.lines()
    assert lines[5:] == ["Thường trực Tỉnh ủy (B/c)", "Chủ tịch, các Phó Chủ tịch UBND tỉnh", "Các sở, ban, ngành",
                         "C, PCVP UBND tỉnh", "Sở Nội vụ"]
    assert page.editor_view.tabs.tabText(2) == "Nơi nhận (10)"
    recipients.list.setCurrentIndex(recipients.model.index(5))
    qtbot.mouseClick(recipients.up_button, Qt.MouseButton.LeftButton)
    assert recipients.lines()[4:6] == ["Thường trực Tỉnh ủy (B/c)", "C, PCVP UBND tỉnh, các phòng, đơn vị trực thuộc"]
    qtbot.mouseClick(recipients.down_button, Qt.MouseButton.LeftButton)
    assert recipients.lines()[5] == "Thường trực Tỉnh ủy (B/c)"
    recipients.list.setCurrentIndex(recipients.model.index(0))
    qtbot.mouseClick(recipients.remove_button, Qt.MouseButton.LeftButton)
    recipients.list.setCurrentIndex(recipients.model.index(0))
    recipients.add_line("Ban Thường vụ Tỉnh ủy (B/c);")
    recipients.archive_edit.setText("Lưu: VT, NC (TPT).")
    assert page.commit_pending()
    saved = NoticeService(demo_db).get(NOTICE_2024)
    assert saved.recipients[:2] == ["Các Sở, Ban, ngành", "Ban Thường vụ Tỉnh ủy (B/c)"]
    assert saved.recipients[-1] == "Sở Nội vụ" and len(saved.recipients) == 10
    assert saved.archive_line == "VT, NC (TPT)"


def test_attachments_are_added_titled_and_saved(qtbot: QtBot, page: NoticesPage, demo_db: Database) -> None:
    page.open_notice(NOTICE_2024)
    attachments = page.editor_view.attachments
    assert attachments.empty_hint.isVisibleTo(attachments) and not attachments.details.isVisibleTo(attachments)
    qtbot.mouseClick(attachments.add_button, Qt.MouseButton.LeftButton)
    attachments.title_edit.selectAll()
    type_text(qtbot, attachments.title_edit, "Danh sách đơn vị chậm tiến độ")
    attachments.body.editor.setFocus()
    type_text(qtbot, attachments.body.editor, "Sở Xây dựng")
    assert attachments.list.item(0).text() == "Danh sách đơn vị chậm tiến độ"
    assert page.editor_view.tabs.tabText(3) == "Phụ lục (1)"
    assert page.commit_pending()
    title, blocks = NoticeService(demo_db).get(NOTICE_2024).attachments[0]
    assert title == "Danh sách đơn vị chậm tiến độ" and blocks[0].text == "Sở Xây dựng"
    page.open_notice(NOTICE_2024)
    assert attachments.title_edit.text() == "Danh sách đơn vị chậm tiến độ"
    qtbot.mouseClick(attachments.remove_button, Qt.MouseButton.LeftButton)
    assert page.commit_pending()
    assert NoticeService(demo_db).get(NOTICE_2024).attachments == []


def test_body_edits_and_the_responsibility_sentence_are_saved(qtbot: QtBot, page: NoticesPage,
                                                             demo_db: Database) -> None:
    page.open_notice(NOTICE_2024)
    page.editor.ask_agency = lambda agencies, prompt, parent: "Sở Nội vụ"
    editor = page.editor_view.body.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(qtbot, editor, "Tổ chức kiểm tra cải cách hành chính ")
    page.editor_view.body.insert_responsibility()
    assert page.commit_pending()
    last = NoticeService(demo_db).get(NOTICE_2024).blocks[-1]
    assert Run("Trách nhiệm thuộc về cơ quan chủ trì là Sở Nội vụ", bold=True, italic=True) in last.runs


def test_autosave_after_a_pause(qtbot: QtBot, page: NoticesPage, demo_db: Database) -> None:
    page.open_notice(NOTICE_2024)
    page.editor.autosave.setInterval(50)
    authority = page.editor_view.general.authority_edit
    authority.setFocus()
    authority.end(False)
    type_text(qtbot, authority, "X")
    assert page.editor_view.state_label.text() == "Đang sửa…"
    qtbot.waitUntil(lambda: NoticeService(demo_db).get(NOTICE_2024).signing_authority == "TL. CHỦ TỊCHX")
    assert page.editor_view.state_label.text().startswith("Đã lưu lúc")


def test_a_two_line_signing_authority_shows_its_lines_and_is_stored_as_typed(
        qtbot: QtBot, page: NoticesPage, demo_db: Database) -> None:
    page.open_notice(NOTICE_2024)
    authority = page.editor_view.general.authority_edit
    authority.setFocus()
    authority.selectAll()
    type_text(qtbot, authority, "TM. ỦY BAN NHÂN DÂN")
    qtbot.keyClick(authority, Qt.Key.Key_Return)
    type_text(qtbot, authority, "KT. CHỦ TỊCH")
    assert authority.document().blockCount() == 2
    second = authority.document().findBlockByNumber(1)
    assert authority.blockBoundingGeometry(second).bottom() <= authority.viewport().height()  # both lines in view
    assert page.editor.save()
    stored = NoticeService(demo_db).get(NOTICE_2024).signing_authority
    assert stored == "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"
    page.editor_view.back_button.click()
    page.open_notice(NOTICE_2024)
    assert page.editor_view.general.authority_edit.text() == stored
    assert NoticeService(demo_db).document(NOTICE_2024).authority_lines[:2] == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
