"""The meeting editor's "Soạn thông báo kết luận…": pending edits are saved first, then the draft notice opens on
the notices page of the main window (the meetings page on its own just reports the draft)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cchc_desktop.core.services.issuing_bodies import IssuingBodyRow
from cchc_desktop.core.services.meetings import MeetingService
from cchc_desktop.core.services.notices import NoticeService
from cchc_desktop.core.services.recipients import GroupRow
from cchc_desktop.store.db import Database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.dialogs import notice_from_meeting as from_meeting
from cchc_desktop.ui.dialogs.notice_draft_dialog import DraftChoice
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages.meetings import MeetingsPage, notice_links
from cchc_desktop.ui.pages.notices.page import NoticesPage
from cchc_desktop.ui.signals import AppSignals

from .conftest import FakePrompter, show_widget, type_text

LEFT = Qt.MouseButton.LeftButton
DATE_2024 = dt.date(2024, 4, 12)


class FakeDraft:
    """Stands in for the notices page's drafting: records the calls and answers ``result``."""

    def __init__(self, result: int | None) -> None:
        self.result = result
        self.calls: list[tuple[QWidget, int]] = []

    def __call__(self, context: AppContext, parent: QWidget, meeting_id: int) -> int | None:
        self.calls.append((parent, meeting_id))
        return self.result


def open_meeting(page: MeetingsPage, db: Database) -> int:
    meeting_id = next(r.id for r in MeetingService(db).list() if r.date == DATE_2024)
    assert page.list.select(meeting_id)
    page.list_view.open_action.trigger()
    assert page.editing()
    return meeting_id


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database, prompter: FakePrompter) -> MeetingsPage:
    widget = MeetingsPage(AppContext(demo_db, AppSignals(), prompter))
    show_widget(qtbot, widget, 1090, 760)
    return widget


def test_pending_edits_are_saved_before_drafting(qtbot: QtBot, page: MeetingsPage, demo_db: Database,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeDraft(result=7)
    monkeypatch.setattr(notice_links, "draft_notice_for_meeting", fake)
    meeting_id = open_meeting(page, demo_db)
    view = page.editor_view
    assert view.notice_button.text() == "Soạn thông báo kết luận…"
    view.general.title_edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, view.general.title_edit, " (bản sửa)")
    assert view.state_label.text() == "Đang sửa…"
    status: list[str] = []
    page.editor.context.signals.status_message.connect(status.append)
    qtbot.mouseClick(view.notice_button, LEFT)
    assert fake.calls == [(view, meeting_id)]
    assert MeetingService(demo_db).get(meeting_id).title.endswith("cải cách hành chính tỉnh (bản sửa)")
    assert view.state_label.text().startswith("Đã lưu lúc ")
    assert status == ["Đã lưu cuộc họp ngày 12/04/2024.", notice_links.DRAFTED_ELSEWHERE]  # no main window here
    assert page.editing()


def test_a_meeting_that_cannot_be_saved_is_not_drafted(qtbot: QtBot, page: MeetingsPage, demo_db: Database,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeDraft(result=7)
    monkeypatch.setattr(notice_links, "draft_notice_for_meeting", fake)
    open_meeting(page, demo_db)
    page.editor_view.general.title_edit.clear()
    qtbot.mouseClick(page.editor_view.notice_button, LEFT)
    assert fake.calls == []
    assert page.editor_view.error_label.isVisible()
    assert page.editor.is_dirty()  # the edits stay for the clerk to correct


def test_cancelled_draft_changes_nothing(qtbot: QtBot, page: MeetingsPage, demo_db: Database,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeDraft(result=None)
    monkeypatch.setattr(notice_links, "draft_notice_for_meeting", fake)
    meeting_id = open_meeting(page, demo_db)
    assert page.editor.draft_notice() is None
    assert fake.calls == [(page.editor_view, meeting_id)] and page.editing()


@pytest.fixture
def context(demo_db: Database, prompter: FakePrompter) -> AppContext:
    """The main window of this module's last test opens the demo database."""
    return AppContext(demo_db, AppSignals(), prompter)


def test_the_draft_opens_on_the_notices_page_of_the_main_window(
    qtbot: QtBot, window: MainWindow, demo_db: Database, prompter: FakePrompter, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[list[str], int | None]] = []

    def choose(parent: QWidget | None, bodies: Sequence[IssuingBodyRow], groups: Sequence[GroupRow],
               meetings: object, meeting_id: int | None) -> DraftChoice:
        asked.append(([b.notice_symbol for b in bodies], meeting_id))
        group = next(g.id for g in groups if g.name == "Họp Ban Chỉ đạo CCHC quý")
        assert meeting_id is not None
        return DraftChoice(meeting_id, bodies[0].id, [group])

    real = from_meeting.draft_notice_for_meeting
    monkeypatch.setattr(notice_links, "draft_notice_for_meeting", partial(real, ask=choose))
    meetings = window.show_page("meetings")
    assert isinstance(meetings, MeetingsPage)
    meeting_id = open_meeting(meetings, demo_db)
    qtbot.mouseClick(meetings.editor_view.notice_button, LEFT)

    assert asked == [(["TB-UBND", "TB-VP"], meeting_id)]
    notices = window.current_page()
    assert isinstance(notices, NoticesPage) and notices.editing()
    assert window.nav.currentItem().text() == "Thông báo"
    notice = NoticeService(demo_db).get(notices.editor.notice_id)
    assert notice.meeting_id == meeting_id
    assert notice.summary.startswith("Kết luận của đồng chí Hồ Tiến Thiệu")
    assert notices.editor_view.general.body_combo.currentText() == "UBND tỉnh Lạng Sơn (TB-UBND)"
    assert prompter.errors == [] and len(NoticeService(demo_db).list()) == 3
