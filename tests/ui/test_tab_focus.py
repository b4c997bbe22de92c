"""Switching to a tab whose page is a text editor puts the cursor in that editor, so what is typed lands there."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cchc_desktop.core.services.meetings import MeetingService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.conclusion.editor import ConclusionEditor
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.pages.meetings import MeetingsPage
from cchc_desktop.ui.pages.meetings.editor_view import CONCLUSION, GENERAL
from cchc_desktop.ui.signals import AppSignals

from .conftest import FakePrompter, show_widget, type_text


def test_the_conclusion_tab_takes_the_typing_not_the_kind_box(
    qtbot: QtBot, demo_db: Database, prompter: FakePrompter
) -> None:
    page = MeetingsPage(AppContext(demo_db, AppSignals(), prompter))
    show_widget(qtbot, page, 1366, 760)
    meeting_id = next(r.id for r in MeetingService(demo_db).list() if r.date == dt.date(2024, 4, 12))
    page.list.select(meeting_id)
    page.list_view.open_action.trigger()
    view = page.editor_view
    view.tabs.setCurrentIndex(GENERAL)
    view.general.chair_combo.setFocus()
    qtbot.waitUntil(view.general.chair_combo.hasFocus)
    view.tabs.setCurrentIndex(CONCLUSION)
    editor = view.conclusion.findChild(ConclusionEditor)
    assert editor is not None
    qtbot.waitUntil(editor.hasFocus)
    before = editor.toPlainText()
    type_text(qtbot, QApplication.focusWidget(), "Ghi thêm")
    assert editor.toPlainText() != before and "Ghi thêm" in editor.toPlainText()
