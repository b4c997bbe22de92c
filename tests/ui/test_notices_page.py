"""The notices page: list, opening, saving on leave, validation, issuing, new versions, deleting."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cchc_desktop.core.enums import DocumentStatus
from cchc_desktop.core.services.notices import NoticeService
from cchc_desktop.core.services.register import RegisterService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.dialogs.notice_draft_dialog import DraftChoice
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages.notices.page import NoticesPage
from cchc_desktop.ui.signals import AppSignals

from .conftest import FakePrompter, show_widget, type_text

NOTICE_2024, NOTICE_2022 = 2, 1


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database, prompter: FakePrompter) -> NoticesPage:
    widget = NoticesPage(AppContext(demo_db, AppSignals(), prompter))
    show_widget(qtbot, widget, 1100, 760)
    return widget


def _open(qtbot: QtBot, page: NoticesPage, notice_id: int) -> None:
    """Select the notice in the list and press Enter, as a clerk would."""
    assert page.list.select(notice_id)
    page.list_view.table.setFocus()
    qtbot.keyClick(page.list_view.table, Qt.Key.Key_Return)
    assert page.editing()


def test_page_lists_the_demo_drafts(page: NoticesPage) -> None:
    assert page.list_view.count_label.text() == "Hiển thị 2/2 thông báo"
    assert not page.editing()
    page.list.select(NOTICE_2024)
    assert page.list_view.issue_action.isEnabled()
    assert not page.list_view.new_version_action.isEnabled()


def test_opening_the_2024_draft_shows_its_summary_and_body(qtbot: QtBot, page: NoticesPage) -> None:
    _open(qtbot, page, NOTICE_2024)
    view = page.editor_view
    assert view.general.summary_edit.toPlainText().startswith("Kết luận của đồng chí Hồ Tiến Thiệu")
    assert view.general.reference_label.text().startswith("…/TB-UBND")
    assert "Ngày 12/4/2024" in view.body.editor.toPlainText()
    assert view.general.date_line.text() == "Lạng Sơn, ngày … tháng 4 năm 2024"
    assert view.heading.text() == "Thông báo …/TB-UBND · Dự thảo"
    assert not view.banner.isVisible() and not view.general.summary_edit.isReadOnly()


def test_edited_summary_is_saved_when_the_notice_is_left(qtbot: QtBot, page: NoticesPage, demo_db: Database) -> None:
    _open(qtbot, page, NOTICE_2024)
    summary = page.editor_view.general.summary_edit
    summary.moveCursor(summary.textCursor().MoveOperation.End)
    type_text(qtbot, summary, " (sửa lần 2)")
    assert page.editor.is_dirty()
    qtbot.mouseClick(page.editor_view.back_button, Qt.MouseButton.LeftButton)
    assert not page.editing()
    assert NoticeService(demo_db).get(NOTICE_2024).summary.endswith("Lạng Sơn (sửa lần 2)")


def test_leaving_the_page_saves_too(qtbot: QtBot, page: NoticesPage, demo_db: Database) -> None:
    _open(qtbot, page, NOTICE_2022)
    place = page.editor_view.general.place_edit
    place.selectAll()
    type_text(qtbot, place, "Thành phố Lạng Sơn")
    assert page.commit_pending()
    assert NoticeService(demo_db).get(NOTICE_2022).place == "Thành phố Lạng Sơn"


def test_empty_summary_is_refused_inline_and_nothing_is_saved(
    qtbot: QtBot, page: NoticesPage, demo_db: Database, prompter: FakePrompter
) -> None:
    before = NoticeService(demo_db).get(NOTICE_2024)
    _open(qtbot, page, NOTICE_2024)
    general = page.editor_view.general
    general.summary_edit.selectAll()
    qtbot.keyClick(general.summary_edit, Qt.Key.Key_Delete)
    type_text(qtbot, general.place_edit, " mới")
    page.editor_view.save_action.trigger()
    error = page.editor_view.error_label
    assert error.isVisible() and error.text() == "Trích yếu không được để trống."
    assert general.summary_edit.hasFocus() and "b3261e" in general.summary_edit.styleSheet()
    assert page.editor_view.state_label.full_text() == "Chưa lưu được: Trích yếu không được để trống."
    prompter.answers.append(False)  # "Ở lại để sửa"
    assert not page.commit_pending()
    assert "Trích yếu không được để trống." in prompter.questions[0]
    assert page.editing()
    assert NoticeService(demo_db).get(NOTICE_2024) == before
    type_text(qtbot, general.summary_edit, "Kết luận mới")
    assert page.commit_pending()
    assert not error.isVisible()
    assert NoticeService(demo_db).get(NOTICE_2024).summary == "Kết luận mới"


def test_issuing_locks_the_notice_and_a_new_version_is_editable(
    qtbot: QtBot, page: NoticesPage, demo_db: Database, prompter: FakePrompter
) -> None:
    page.list.commands.ask_issue_date = lambda parent, summary: dt.date(2024, 4, 15)
    page.list.select(NOTICE_2024)
    page.list_view.issue_action.trigger()
    assert prompter.infos[0].startswith("Đã ban hành Thông báo số 01/TB-UBND ngày 15/04/2024.")
    assert page.list.selected().reference == "01/TB-UBND"
    assert page.list.selected().status == DocumentStatus.ISSUED
    assert not page.list_view.issue_action.isEnabled() and page.list_view.new_version_action.isEnabled()

    _open(qtbot, page, NOTICE_2024)
    view = page.editor_view
    assert view.banner.isVisible()
    assert view.banner_label.text() == ("Thông báo đã ban hành số 01/TB-UBND — chỉ xem, không sửa được. Muốn sửa, "
                                        "hãy tạo phiên bản mới (một dự thảo chép từ bản này).")
    assert view.general.summary_edit.isReadOnly() and view.body.editor.isReadOnly()
    assert not view.general.body_combo.isEnabled() and not view.recipients.add_button.isEnabled()
    assert not view.save_action.isEnabled() and not view.issue_action.isEnabled()
    assert view.general.date_line.text() == "Lạng Sơn, ngày 15 tháng 4 năm 2024"

    view.banner_button.click()
    new_id = page.editor.notice_id
    assert new_id != NOTICE_2024
    assert page.editor.row.version == 2 and page.editor.row.status == DocumentStatus.DRAFT
    assert not view.banner.isVisible() and not view.general.summary_edit.isReadOnly()
    assert view.heading.text() == "Thông báo …/TB-UBND · Dự thảo, phiên bản 2"
    summary = view.general.summary_edit
    summary.moveCursor(summary.textCursor().MoveOperation.End)
    type_text(qtbot, summary, " (bản sửa)")
    assert page.commit_pending()
    assert NoticeService(demo_db).get(new_id).summary.endswith("(bản sửa)")
    assert NoticeService(demo_db).status(NOTICE_2024) == DocumentStatus.ISSUED


def test_issuing_from_the_editor_saves_first(qtbot: QtBot, page: NoticesPage, demo_db: Database,
                                             prompter: FakePrompter) -> None:
    _open(qtbot, page, NOTICE_2022)
    page.editor.commands.ask_issue_date = lambda parent, summary: dt.date(2022, 6, 20)
    summary = page.editor_view.general.summary_edit
    summary.moveCursor(summary.textCursor().MoveOperation.End)
    type_text(qtbot, summary, " (đã duyệt)")
    page.editor_view.issue_action.trigger()
    assert prompter.infos == [prompter.infos[0]] and "01/TB-UBND ngày 20/06/2022" in prompter.infos[0]
    assert page.editor.read_only() and page.editor_view.banner.isVisible()
    assert RegisterService(demo_db).issued_pdf(NOTICE_2022).startswith(b"%PDF")
    assert NoticeService(demo_db).get(NOTICE_2022).summary.endswith("(đã duyệt)")


def test_cancelled_issue_changes_nothing(page: NoticesPage, demo_db: Database) -> None:
    page.list.commands.ask_issue_date = lambda parent, summary: None
    page.list.select(NOTICE_2024)
    page.list_view.issue_action.trigger()
    assert NoticeService(demo_db).status(NOTICE_2024) == DocumentStatus.DRAFT


def test_deleting_a_draft_asks_and_an_issued_notice_is_refused(
    page: NoticesPage, demo_db: Database, prompter: FakePrompter
) -> None:
    page.list.commands.ask_issue_date = lambda parent, summary: dt.date(2024, 4, 15)
    page.list.select(NOTICE_2024)
    page.list_view.issue_action.trigger()
    page.list_view.delete_action.trigger()
    assert prompter.errors == ["Thông báo đã ban hành được lưu trong sổ văn bản đi, không xóa được."]
    page.list.select(NOTICE_2022)
    prompter.answers.append(True)
    page.list_view.delete_action.trigger()
    assert prompter.questions[-1].startswith("Xóa dự thảo thông báo “Kết luận của đồng chí Hồ Tiến Thiệu")
    assert [r.id for r in NoticeService(demo_db).list()] == [NOTICE_2024]
    assert page.list_view.count_label.text() == "Hiển thị 1/1 thông báo"


def test_drafting_from_a_meeting_opens_the_new_draft(qtbot: QtBot, page: NoticesPage, demo_db: Database) -> None:
    asked = []

    def ask(parent, bodies, groups, meetings, meeting_id):
        asked.append(([b.name for b in bodies], [m.id for m in meetings], meeting_id))
        return DraftChoice(meetings[-1].id, bodies[1].id, [groups[0].id])

    page.list.ask_draft = ask
    page.list_view.from_meeting_action.trigger()
    assert asked == [(["UBND tỉnh Lạng Sơn", "Văn phòng UBND tỉnh"], [2, 1], None)]
    assert page.editing()
    view = page.editor_view
    assert view.general.summary_edit.toPlainText().startswith("Kết luận của đồng chí Hồ Tiến Thiệu")
    assert view.general.reference_label.text().startswith("…/TB-VP")
    assert page.list_view.count_label.text() == "Hiển thị 3/3 thông báo"


def test_a_new_notice_is_created_when_it_can_be_saved(qtbot: QtBot, page: NoticesPage, demo_db: Database,
                                                      prompter: FakePrompter) -> None:
    page.list_view.new_action.trigger()
    view = page.editor_view
    assert page.editing() and view.heading.text() == "Thông báo mới"
    assert view.general.authority_edit.text() == "TL. CHỦ TỊCH"
    assert view.general.signer_combo.currentText() == "Trịnh Tiến Duy"
    assert view.recipients.archive_line().startswith("VT, NC")
    assert page.commit_pending()  # nothing written yet: nothing to save, nothing asked
    type_text(qtbot, view.general.summary_edit, "Kết luận về công tác chuyển đổi số")
    view.save_action.trigger()
    assert view.error_label.text() == "Thông báo cần có ít nhất một nơi nhận."
    view.recipients.insert_lines(["Các sở, ban, ngành;", "- UBND các huyện, thành phố"])
    view.save_action.trigger()
    assert not view.error_label.isVisible()
    created = NoticeService(demo_db).get(page.editor.notice_id)
    assert created.summary == "Kết luận về công tác chuyển đổi số"
    assert created.recipients == ["Các sở, ban, ngành", "UBND các huyện, thành phố"]
    assert created.signing_authority == "TL. CHỦ TỊCH" and created.signer_name == "Trịnh Tiến Duy"
    assert not prompter.questions


def test_a_fresh_database_explains_why_nothing_can_be_drafted(window: MainWindow, prompter: FakePrompter) -> None:
    page = window.show_page("notices")
    assert isinstance(page, NoticesPage)
    assert page.list_view.count_label.text() == "Hiển thị 0/0 thông báo"
    page.list_view.new_action.trigger()
    page.list_view.from_meeting_action.trigger()
    assert prompter.errors == ["Chưa khai báo cơ quan ban hành nào nên chưa soạn được thông báo. "
                               "Hãy khai báo ở Tệp › Thiết lập ban đầu… hoặc ở trang “Cơ quan ban hành”."] * 2
    assert not page.editing() and window.commit_pending()
