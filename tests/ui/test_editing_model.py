"""One editing model: a failed save keeps the database, the page and the edits; a page's own navigation entry
clicked again goes back to its list."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from cchc_desktop.core.services.issuing_bodies import IssuingBodyService
from cchc_desktop.core.services.meetings import MeetingService
from cchc_desktop.core.services.notices import NoticeService
from cchc_desktop.core.services.recipients import RecipientGroupService
from cchc_desktop.core.services.register import RegisterService
from cchc_desktop.store.db import Database, open_database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages import standard_pages
from cchc_desktop.ui.pages.issuing_bodies.page import IssuingBodiesPage
from cchc_desktop.ui.pages.meetings import MeetingsPage
from cchc_desktop.ui.pages.notices.page import NoticesPage
from cchc_desktop.ui.pages.recipients import RecipientGroupsPage
from cchc_desktop.ui.signals import AppSignals
from cchc_desktop.ui.topics import Topic
from cchc_desktop.ui.widgets.save_state import SaveStateLabel

from .conftest import FakePrompter, show_widget, type_text

LEFT = Qt.MouseButton.LeftButton
NOTICE_2024 = 2


def nav_click(qtbot: QtBot, window: MainWindow, key: str) -> None:
    row = next(i for i in range(window.nav.count()) if window._specs[i].key == key)
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), LEFT, pos=rect.center())


def unsavable_meeting(qtbot: QtBot, window: MainWindow) -> MeetingsPage:
    """A new meeting with a title but no date: leaving cannot save it."""
    page = window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    page.list.add()
    type_text(qtbot, page.editor_view.general.title_edit, "Họp Tổ Thư ký")
    return page


def test_staying_with_unsaved_edits_keeps_the_open_database(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, db: Database, tmp_path: Path
) -> None:
    page = unsavable_meeting(qtbot, window)
    other_path = tmp_path / "khac.db"
    open_database(other_path).dispose()
    prompter.answers = [False]  # another page: "Ở lại để sửa"
    window.nav.setCurrentRow(0)
    assert window.current_page() is page
    prompter.answers = [False]
    prompter.files.append(other_path)
    window.open_action.trigger()
    assert "Chưa lưu được các thay đổi của cuộc họp" in prompter.questions[-1]
    assert window.context.db is db and window.database_label.text() == f"Cơ sở dữ liệu: {db.path}"
    assert window.current_page() is page and page.editing()
    assert page.editor_view.general.title_edit.text() == "Họp Tổ Thư ký"
    with db.session():  # the database the window keeps was not disposed of
        pass
    assert window.nav.currentItem().text() == "Cuộc họp, kết luận"
    prompter.answers = [True]  # closing the window at the end of the test: "Bỏ thay đổi"


def test_a_hidden_page_that_cannot_save_is_shown_when_the_database_changes(
    window: MainWindow, prompter: FakePrompter, db: Database, tmp_path: Path
) -> None:
    page = window.show_page("agencies")
    page.commit_pending = lambda: False  # type: ignore[attr-defined]  # (it has told the user why)
    window.show_page("overview")
    other_path = tmp_path / "khac.db"
    open_database(other_path).dispose()
    prompter.files.append(other_path)
    window.open_action.trigger()
    assert window.context.db is db and window.current_page() is page
    assert window.nav.currentItem().text() == "Cơ quan, đơn vị"
    page.commit_pending = lambda: True  # type: ignore[attr-defined]


def test_restore_is_not_started_while_edits_cannot_be_saved(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter, db: Database, tmp_path: Path
) -> None:
    page = unsavable_meeting(qtbot, window)
    backup = tmp_path / "sao-luu.db"
    open_database(backup).dispose()
    prompter.files.append(backup)
    prompter.answers = [True, False]  # "Khôi phục", then "Ở lại để sửa"
    window.restore_action.trigger()
    assert window.context.db is db and page.editing() and prompter.infos == []
    assert page.editor_view.general.title_edit.text() == "Họp Tổ Thư ký"
    prompter.answers = [True]  # closing the window at the end of the test: "Bỏ thay đổi"


def test_closing_with_edits_that_cannot_be_saved_may_stay(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    page = unsavable_meeting(qtbot, window)
    prompter.answers = [False, False]  # "Ở lại để sửa", then "Vẫn đóng chương trình?" — "Ở lại"
    window.close()
    assert window.isVisible() and window.current_page() is page and page.editing()
    assert page.editor_view.general.title_edit.text() == "Họp Tổ Thư ký"
    assert prompter.questions[-1] == "Một số thay đổi chưa lưu được. Vẫn đóng chương trình?"
    prompter.answers = [True]  # closing the window at the end of the test: "Bỏ thay đổi"


@pytest.fixture
def demo_window(qtbot: QtBot, demo_context: AppContext, settings: QSettings) -> MainWindow:
    window = MainWindow(demo_context, settings)
    qtbot.addWidget(window)
    for spec in standard_pages():
        window.register_page(spec)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_clicking_thong_bao_again_goes_back_to_the_list(qtbot: QtBot, demo_window: MainWindow) -> None:
    page = demo_window.show_page("notices")
    assert isinstance(page, NoticesPage)
    assert page.open_notice(NOTICE_2024)
    summary = page.editor_view.general.summary_edit
    summary.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, summary, " (bổ sung)")
    nav_click(qtbot, demo_window, "notices")
    assert not page.editing() and page.list_view.table.hasFocus()
    selected = page.list.selected()  # the notice just left, saved on the way back
    assert selected is not None and selected.id == NOTICE_2024 and selected.summary.endswith(" (bổ sung)")
    nav_click(qtbot, demo_window, "notices")  # already on the list: stays there
    assert not page.editing()


def test_a_meeting_that_cannot_save_stays_open_when_its_entry_is_clicked(
    qtbot: QtBot, demo_window: MainWindow, prompter: FakePrompter
) -> None:
    page = unsavable_meeting(qtbot, demo_window)
    prompter.answers = [False]  # "Ở lại để sửa"
    nav_click(qtbot, demo_window, "meetings")
    assert page.editing() and page.editor_view.general.title_edit.text() == "Họp Tổ Thư ký"
    prompter.answers = [True]  # "Bỏ thay đổi"
    nav_click(qtbot, demo_window, "meetings")
    assert not page.editing()


def test_switching_to_a_page_keeps_its_open_editor(qtbot: QtBot, demo_window: MainWindow) -> None:
    page = demo_window.show_page("notices")
    assert isinstance(page, NoticesPage) and page.open_notice(NOTICE_2024)
    nav_click(qtbot, demo_window, "overview")
    nav_click(qtbot, demo_window, "notices")  # another page's entry first: the notice is still open
    assert demo_window.current_page() is page and page.editing()


# -- the shared model in each in-page editor ---------------------------------------------------------------------

@pytest.fixture
def meetings(qtbot: QtBot, demo: Database, prompter: FakePrompter) -> MeetingsPage:
    page = MeetingsPage(AppContext(demo, AppSignals(), prompter))
    show_widget(qtbot, page, 1366, 768)
    return page


def open_first_meeting(page: MeetingsPage) -> int:
    meeting_id = MeetingService(page.list.context.db).list()[0].id
    assert page.list.select(meeting_id)
    page.list_view.open_action.trigger()
    assert page.editing()
    return meeting_id


def test_a_meeting_saves_itself_and_says_so(qtbot: QtBot, meetings: MeetingsPage, demo: Database) -> None:
    heard: list[Topic] = []
    meetings.list.context.signals.data_changed.connect(heard.append)
    meeting_id = open_first_meeting(meetings)
    meetings.editor.autosave.timer.setInterval(50)
    view = meetings.editor_view
    assert view.state_label.text() == "" and not view.revert_button.isEnabled()
    type_text(qtbot, view.general.location_edit, "Hội trường A")
    assert view.state_label.text() == "Đang sửa…"
    qtbot.waitUntil(lambda: MeetingService(demo).get(meeting_id).location == "Hội trường A")
    assert re.fullmatch(r"Đã lưu lúc \d\d:\d\d", view.state_label.text())
    assert heard == [] and view.revert_button.text() == "Hoàn tác thay đổi" and view.revert_button.isEnabled()
    view.general.title_edit.clear()  # required: the autosave is refused and says why
    view.general.location_edit.setFocus()
    qtbot.waitUntil(lambda: view.state_label.text() != "Đang sửa…")
    assert view.general.location_edit.hasFocus()  # the autosave did not move the cursor
    assert view.error_label.text() == "Tên cuộc họp không được để trống."
    refused = "Chưa lưu được: Tên cuộc họp không được để trống."
    assert view.state_label.full_text() == view.state_label.toolTip() == refused
    assert view.state_label.text().startswith("Chưa lưu được: Tên cuộc họp")
    assert "b3261e" in view.state_label.styleSheet()
    assert MeetingService(demo).get(meeting_id).title  # nothing stored


def test_hoan_tac_puts_the_meeting_back_as_opened(qtbot: QtBot, meetings: MeetingsPage, demo: Database,
                                                  prompter: FakePrompter) -> None:
    meeting_id = open_first_meeting(meetings)
    before = MeetingService(demo).get(meeting_id)
    view = meetings.editor_view
    type_text(qtbot, view.general.location_edit, "Hội trường B")
    qtbot.mouseClick(view.save_button, LEFT)
    assert MeetingService(demo).get(meeting_id).location == "Hội trường B"
    prompter.answers = [True]  # "Hoàn tác"
    qtbot.mouseClick(view.revert_button, LEFT)
    assert "Trả cuộc họp về như lúc mở" in prompter.questions[-1]
    assert MeetingService(demo).get(meeting_id).location == before.location
    assert view.general.location_edit.text() == (before.location or "") and not view.revert_button.isEnabled()


@pytest.fixture
def notices(qtbot: QtBot, demo: Database, prompter: FakePrompter) -> NoticesPage:
    page = NoticesPage(AppContext(demo, AppSignals(), prompter))
    show_widget(qtbot, page, 1366, 768)
    return page


def test_hoan_tac_puts_the_notice_back_as_opened(qtbot: QtBot, notices: NoticesPage, demo: Database,
                                                 prompter: FakePrompter) -> None:
    before = NoticeService(demo).get(NOTICE_2024).summary
    assert notices.open_notice(NOTICE_2024)
    view = notices.editor_view
    assert view.revert_button.text() == "Hoàn tác thay đổi" and not view.revert_action.isEnabled()
    summary = view.general.summary_edit
    summary.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, summary, " (sửa)")
    assert view.state_label.text() == "Đang sửa…" and view.revert_action.isEnabled()
    view.save_action.trigger()
    assert re.fullmatch(r"Đã lưu lúc \d\d:\d\d", view.state_label.text())
    prompter.answers = [True]  # "Hoàn tác"
    view.revert_action.trigger()
    assert NoticeService(demo).get(NOTICE_2024).summary == before == summary.toPlainText()
    assert not view.revert_action.isEnabled()


def test_an_issued_notice_looks_read_only(qtbot: QtBot, notices: NoticesPage, demo: Database) -> None:
    RegisterService(demo).issue(NOTICE_2024, dt.date(2024, 4, 15))
    notices.list.reload()
    assert notices.open_notice(NOTICE_2024)
    view = notices.editor_view
    assert view.banner.isVisible() and view.banner_label.text().startswith(
        "Thông báo đã ban hành số 01/TB-UBND — chỉ xem, không sửa được. Muốn sửa, hãy tạo phiên bản mới")
    assert view.general.summary_edit.isReadOnly() and "background: palette(window)" in view.tabs.styleSheet()
    assert not view.save_button.isVisible() and not view.revert_button.isVisible()
    assert not view.state_label.isVisible()
    view.banner_button.click()  # "Tạo phiên bản mới": an editable draft, fields look editable again
    assert not view.banner.isVisible() and view.tabs.styleSheet() == "" and view.save_button.isVisible()


def test_an_issuing_body_saves_itself_and_hoan_tac_puts_it_back(
    qtbot: QtBot, demo: Database, prompter: FakePrompter
) -> None:
    heard: list[Topic] = []
    context = AppContext(demo, AppSignals(), prompter)
    context.signals.data_changed.connect(heard.append)
    page = IssuingBodiesPage(context)
    show_widget(qtbot, page, 1366, 768)
    editor, presenter = page.editor, page.editor_presenter
    presenter.autosave.timer.setInterval(50)
    body_id = presenter.body_id
    assert body_id is not None
    before = IssuingBodyService(demo).get(body_id).archive_unit
    editor.archive_edit.setFocus()
    editor.archive_edit.end(False)
    type_text(qtbot, editor.archive_edit, "X")
    assert editor.state_label.text() == "Đang sửa…"
    qtbot.waitUntil(lambda: IssuingBodyService(demo).get(body_id).archive_unit == before + "X")
    assert editor.state_label.text().startswith("Đã lưu lúc ") and heard == []
    assert editor.archive_edit.hasFocus() and editor.archive_edit.cursorPosition() == len(before) + 1
    prompter.answers = [True]  # "Hoàn tác"
    editor.revert_action.trigger()
    assert IssuingBodyService(demo).get(body_id).archive_unit == before == editor.archive_edit.text()
    assert heard == [Topic.ISSUING_BODIES]


def test_a_recipient_group_saves_itself_and_hoan_tac_puts_it_back(
    qtbot: QtBot, demo: Database, prompter: FakePrompter
) -> None:
    page = RecipientGroupsPage(AppContext(demo, AppSignals(), prompter))
    show_widget(qtbot, page, 1366, 768)
    editor, presenter = page.editor, page.editor_presenter
    presenter.autosave.timer.setInterval(50)
    group_id = presenter.group_id
    assert group_id is not None
    service = RecipientGroupService(demo)
    before = service.lines(group_id)
    type_text(qtbot, editor.new_line_edit, "Sở Nội vụ")
    editor.add_line_action.trigger()
    assert editor.state_label.text() == "Đang sửa…"
    qtbot.waitUntil(lambda: len(service.lines(group_id)) == len(before) + 1)
    assert editor.state_label.text().startswith("Đã lưu lúc ")
    prompter.answers = [True]  # "Hoàn tác"
    editor.revert_action.trigger()
    assert service.lines(group_id) == before and presenter.model.rowCount() == len(before)


def test_every_in_page_editor_uses_the_same_state_widget_and_words(
    qtbot: QtBot, demo: Database, prompter: FakePrompter
) -> None:
    context = AppContext(demo, AppSignals(), prompter)
    meetings, notices = MeetingsPage(context), NoticesPage(context)
    bodies, groups = IssuingBodiesPage(context), RecipientGroupsPage(context)
    for widget in (meetings, notices, bodies, groups):
        qtbot.addWidget(widget)
    labels = [meetings.editor_view.state_label, notices.editor_view.state_label, bodies.editor.state_label,
              groups.editor.state_label, meetings.editor_view.conclusion.findChild(SaveStateLabel)]
    assert all(isinstance(label, SaveStateLabel) for label in labels)
    reverts = [meetings.editor_view.revert_button.text(), notices.editor_view.revert_action.text(),
               bodies.editor.revert_action.text(), groups.editor.revert_action.text()]
    assert reverts == ["Hoàn tác thay đổi"] * 4
    assert all(hasattr(page, "commit_pending") for page in (meetings, notices, bodies, groups))
