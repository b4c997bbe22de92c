"""One editing model: a failed save keeps the database, the page and the edits; a page's own navigation entry
clicked again goes back to its list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from cchc_desktop.store.db import Database, open_database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages import standard_pages
from cchc_desktop.ui.pages.meetings import MeetingsPage
from cchc_desktop.ui.pages.notices.page import NoticesPage

from .conftest import FakePrompter, type_text

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
