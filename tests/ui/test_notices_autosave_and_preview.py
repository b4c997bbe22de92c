"""The preview prints what saving prints (one builder), and autosaves do not broadcast ``data_changed``."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from cchc_desktop.core.services.notices import NoticeService
from cchc_desktop.documents.notice_snapshot import snapshot_json
from cchc_desktop.store.db import Database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.pages.notices.page import NoticesPage
from cchc_desktop.ui.signals import AppSignals
from cchc_desktop.ui.topics import Topic

from .conftest import FakePrompter, show_widget, type_text

NOTICE_2024 = 2


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database, prompter: FakePrompter) -> NoticesPage:
    widget = NoticesPage(AppContext(demo_db, AppSignals(), prompter))
    show_widget(qtbot, widget, 1100, 760)
    assert widget.open_notice(NOTICE_2024)
    return widget


@pytest.fixture
def broadcasts(page: NoticesPage) -> list[str]:
    heard: list[Topic] = []
    page.context.signals.data_changed.connect(heard.append)
    return heard


def test_the_preview_document_is_the_saved_notices_document(page: NoticesPage, demo_db: Database) -> None:
    view, editor = page.editor_view, page.editor
    view.general.summary_edit.setPlainText("  Ke\u0302\u0301t luận thử nghiệm xem trước  ")
    view.general.place_edit.setText(" Lạng Sơn ")
    view.general.authority_edit.setText(" TL. CHỦ TỊCH ")
    view.recipients.set_lines(["- Sở Nội vụ;", "Như trên."], "Lưu: VT, NC (TPT).")
    previewed = editor.service.draft_document(editor.notice_id, editor.form.read())
    assert editor.save()
    assert snapshot_json(previewed) == snapshot_json(NoticeService(demo_db).document(NOTICE_2024))
    assert previewed.summary == "Kết luận thử nghiệm xem trước"


def test_autosave_does_not_broadcast_and_leaving_announces_once(qtbot: QtBot, page: NoticesPage, demo_db: Database,
                                                                 broadcasts: list[str]) -> None:
    page.editor.autosave.setInterval(50)
    authority = page.editor_view.general.authority_edit
    authority.setFocus()
    authority.end(False)
    for text in ("X", "Y"):
        type_text(qtbot, authority, text)
        qtbot.waitUntil(lambda text=text: NoticeService(demo_db).get(NOTICE_2024).signing_authority.endswith(text))
    assert page.editor_view.state_label.text().startswith("Đã lưu lúc")
    assert broadcasts == []
    page.editor_view.back_button.click()
    assert broadcasts == [Topic.NOTICES]
    assert not page.editing()
    page.editor_view.back_button.click()  # nothing more to announce
    assert broadcasts == [Topic.NOTICES]


def test_an_explicit_save_broadcasts(page: NoticesPage, broadcasts: list[str]) -> None:
    page.editor_view.general.summary_edit.setPlainText("Kết luận đã sửa")
    page.editor_view.save_action.trigger()
    assert broadcasts == [Topic.NOTICES]
    assert page.commit_pending()  # nothing saved since: no second broadcast
    assert broadcasts == [Topic.NOTICES]
