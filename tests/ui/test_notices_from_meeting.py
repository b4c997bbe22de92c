"""Drafting a notice from a meeting (for the meetings page), and the small dialogs of the notices page."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cchc_desktop.core.services.issuing_bodies import IssuingBodyService
from cchc_desktop.core.services.meetings import MeetingService
from cchc_desktop.core.services.notices import NoticeService
from cchc_desktop.core.services.recipients import RecipientGroupService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.dialogs.notice_draft_dialog import DraftChoice, NoticeDraftDialog
from cchc_desktop.ui.dialogs.notice_from_meeting import draft_notice_for_meeting
from cchc_desktop.ui.dialogs.notice_issue_dialog import QUESTION, NoticeIssueDialog
from cchc_desktop.ui.signals import AppSignals
from cchc_desktop.ui.topics import Topic

from .conftest import FakePrompter, type_text

MEETING_2024 = 2


@pytest.fixture
def context(demo_db: Database, prompter: FakePrompter) -> AppContext:
    return AppContext(demo_db, AppSignals(), prompter)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_draft_notice_for_meeting_with_a_scripted_choice(qtbot: QtBot, context: AppContext, parent: QWidget,
                                                        demo_db: Database) -> None:
    asked = []
    groups = {g.name: g.id for g in RecipientGroupService(demo_db).list()}

    def ask(parent_, bodies, groups_, meetings, meeting_id):
        asked.append((parent_, [b.symbol for b in bodies], len(groups_), meetings, meeting_id))
        return DraftChoice(meeting_id, bodies[0].id, [groups["Họp Ban Chỉ đạo CCHC quý"]])

    with qtbot.waitSignal(context.signals.data_changed) as changed:
        notice_id = draft_notice_for_meeting(context, parent, MEETING_2024, ask=ask)
    assert changed.args == [Topic.NOTICES]
    assert asked == [(parent, ["UBND", "VP"], 3, None, MEETING_2024)]
    notice = NoticeService(demo_db).get(notice_id)
    assert notice.summary.startswith("Kết luận của đồng chí Hồ Tiến Thiệu")
    assert notice.meeting_id == MEETING_2024
    assert notice.recipients[0] == "Chủ tịch, các PCT UBND tỉnh"
    assert notice.signing_authority == "TL. CHỦ TỊCH"


def test_cancelling_the_choice_creates_nothing(context: AppContext, parent: QWidget, demo_db: Database) -> None:
    assert draft_notice_for_meeting(context, parent, MEETING_2024, ask=lambda *args: None) is None
    assert len(NoticeService(demo_db).list()) == 2


def test_a_refused_draft_is_explained(context: AppContext, parent: QWidget, prompter: FakePrompter) -> None:
    choice = DraftChoice(999, 1, [])
    assert draft_notice_for_meeting(context, parent, 999, ask=lambda *args: choice) is None
    assert prompter.errors == ["Không tìm thấy cuộc họp có mã 999."]


def test_draft_dialog_returns_what_is_ticked(qtbot: QtBot, demo_db: Database) -> None:
    bodies = IssuingBodyService(demo_db).list()
    groups = RecipientGroupService(demo_db).list()
    meetings = MeetingService(demo_db).list()
    dialog = NoticeDraftDialog(bodies, groups, meetings, None)
    qtbot.addWidget(dialog)
    assert dialog.meeting_combo.count() == 2
    assert dialog.meeting_combo.currentText().startswith("12/04/2024 · Cuộc họp sơ kết")
    dialog.body_combo.setCurrentIndex(1)
    dialog.set_group_checked(groups[2].id)
    dialog.set_group_checked(groups[0].id)
    assert dialog.choice() == DraftChoice(meetings[0].id, bodies[1].id, [groups[0].id, groups[2].id])
    known = NoticeDraftDialog(bodies, groups, None, MEETING_2024)
    qtbot.addWidget(known)
    assert known.choice() == DraftChoice(MEETING_2024, bodies[0].id, [])
    assert known.empty_hint.isHidden()


def test_draft_dialog_without_recipient_groups_says_what_to_do(qtbot: QtBot, demo_db: Database) -> None:
    dialog = NoticeDraftDialog(IssuingBodyService(demo_db).list(), [], None, MEETING_2024)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.group_list.count() == 0 and dialog.empty_hint.isVisible()
    assert "trang “Nhóm nơi nhận”" in dialog.empty_hint.text()
    assert dialog.choice() == DraftChoice(MEETING_2024, IssuingBodyService(demo_db).list()[0].id, [])


def test_issue_dialog_defaults_to_today_and_checks_the_date(qtbot: QtBot) -> None:
    dialog = NoticeIssueDialog("Kết luận …", today=dt.date(2024, 4, 15))
    qtbot.addWidget(dialog)
    assert dialog.question.text() == QUESTION
    assert dialog.date_field.edit.text() == "15/04/2024"
    dialog.date_field.edit.clear()
    type_text(qtbot, dialog.date_field.edit, "31/02/2024")
    dialog.submit()
    assert dialog.error_label.text() == "Ngày ban hành 31/02/2024 không phải là ngày hợp lệ."
    assert dialog.result() == 0
    dialog.date_field.edit.clear()
    type_text(qtbot, dialog.date_field.edit, "16/04/2024")
    dialog.submit()
    assert dialog.issue_date() == dt.date(2024, 4, 16) and dialog.result() == 1
