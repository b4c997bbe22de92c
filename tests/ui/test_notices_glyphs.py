"""The notice editor warns about characters the PDF fonts cannot draw; issuing asks first, defaulting to No."""

import dataclasses
import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from cchc_desktop.core.enums import DocumentStatus
from cchc_desktop.core.services.notices import NoticeService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.pages.notices.page import NoticesPage
from cchc_desktop.ui.signals import AppSignals

from .conftest import FakePrompter, show_widget

NOTICE_2024 = 2


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database, prompter: FakePrompter) -> NoticesPage:
    notices = NoticeService(demo_db)
    data = notices.get(NOTICE_2024)
    notices.update(NOTICE_2024, dataclasses.replace(data, recipients=[*data.recipients, "Tổ công tác 😀"]))
    widget = NoticesPage(AppContext(demo_db, AppSignals(), prompter))
    show_widget(qtbot, widget, 1100, 760)
    return widget


def test_the_editor_names_missing_characters_and_issuing_asks_with_no_as_default(
        page: NoticesPage, demo_db: Database, prompter: FakePrompter, monkeypatch: pytest.MonkeyPatch) -> None:
    page.open_notice(NOTICE_2024)
    label = page.editor_view.glyph_label
    assert not label.isHidden()
    assert "Ký tự “😀” (U+1F600) trong Nơi nhận không có trong phông chữ" in label.text()

    defaults: list[bool] = []
    real_confirm = prompter.confirm

    def confirm(title: str, text: str, **options: object) -> bool:
        defaults.append(bool(options.get("default_yes")))
        return real_confirm(title, text, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(prompter, "confirm", confirm)
    page.editor.commands.ask_issue_date = lambda parent, summary: dt.date(2024, 4, 19)
    notices = NoticeService(demo_db)

    prompter.answers = [False]
    page.editor.issue()
    assert "Ký tự “😀” (U+1F600) trong Nơi nhận" in prompter.questions[-1] and defaults == [False]
    assert notices.status(NOTICE_2024) == DocumentStatus.DRAFT and prompter.errors == []

    prompter.answers = [True]
    page.editor.issue()
    assert notices.status(NOTICE_2024) == DocumentStatus.ISSUED
    assert label.isHidden()  # an issued notice shows its archived PDF; nothing is left to fix
