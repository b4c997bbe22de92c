"""The "Nhóm nơi nhận" page on the demo database: duplicate names, deleting, switching between groups."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from cchc_desktop.core.services.recipients import RecipientGroupService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages import standard_pages
from cchc_desktop.ui.pages.recipients import RecipientGroupsPage
from cchc_desktop.ui.signals import AppSignals

from .conftest import FakePrompter, type_text
from .test_recipients_page import add_line, click, shown_lines

QUARTERLY = "Họp Ban Chỉ đạo CCHC quý"
GENERIC = "Lãnh đạo UBND tỉnh và các sở, ngành"


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database, prompter: FakePrompter, settings: QSettings) -> Iterator[RecipientGroupsPage]:
    window = MainWindow(AppContext(demo_db, AppSignals(), prompter), settings)
    qtbot.addWidget(window)
    for spec in standard_pages():
        window.register_page(spec)
    window.resize(1280, 800)
    window.show()
    current = window.show_page("recipients")
    assert isinstance(current, RecipientGroupsPage)
    yield current


def group_names(page: RecipientGroupsPage) -> list[str]:
    model = page.presenter.model
    return [model.group(r).name for r in range(model.rowCount())]


def select(page: RecipientGroupsPage, name: str) -> None:
    page.presenter.select(next(g.id for g in page.presenter.service.list() if g.name == name))


def test_first_group_opens_with_its_lines(page: RecipientGroupsPage) -> None:
    assert group_names(page) == [QUARTERLY, "Hội nghị phân tích các chỉ số CCHC", GENERIC]
    assert page.editor.name_edit.text() == QUARTERLY
    assert shown_lines(page)[0] == "Chủ tịch, các PCT UBND tỉnh"
    assert page.editor.state_label.text() == ""
    select(page, GENERIC)
    assert shown_lines(page)[0] == "Thường trực Tỉnh ủy (B/c)"
    assert page.editor.marker_check.isChecked()  # the selected first line carries "(B/c)"


def test_duplicate_name_is_refused_and_nothing_is_saved(qtbot: QtBot, demo_db: Database,
                                                        page: RecipientGroupsPage, prompter: FakePrompter) -> None:
    editor = page.editor
    click(qtbot, page, page.add_action)
    type_text(qtbot, editor.name_edit, "họp ban chỉ đạo cchc quý")
    add_line(qtbot, page, "Các sở, ban, ngành")
    click(qtbot, editor, editor.save_action)
    assert editor.error_label.isVisible()
    assert editor.error_label.text() == "Đã có nhóm nơi nhận “họp ban chỉ đạo cchc quý”."
    assert len(RecipientGroupService(demo_db).list()) == 3
    prompter.answers = [True]  # closing the window: drop the group that cannot be saved


def test_renaming_to_an_existing_name_is_refused(qtbot: QtBot, demo_db: Database, page: RecipientGroupsPage,
                                                 prompter: FakePrompter) -> None:
    select(page, GENERIC)
    click(qtbot, page, page.rename_action)
    assert page.editor.name_edit.hasSelectedText()
    type_text(qtbot, page.editor.name_edit, QUARTERLY)
    qtbot.keyClick(page.editor.name_edit, "\r")
    assert page.editor.error_label.text() == f"Đã có nhóm nơi nhận “{QUARTERLY}”."
    assert sorted(g.name for g in RecipientGroupService(demo_db).list()) == sorted(group_names(page))

    # Choosing another group asks what to do with the edits that cannot be saved; "Ở lại" keeps them.
    prompter.answers = [False]
    select(page, QUARTERLY)
    assert page.presenter.selected().name == GENERIC and page.editor.name_edit.text() == QUARTERLY
    prompter.answers = [True]
    select(page, QUARTERLY)
    assert page.editor.name_edit.text() == QUARTERLY and page.editor.state_label.text() == ""
    assert GENERIC in group_names(page)


def test_switching_groups_saves_the_edits(qtbot: QtBot, demo_db: Database, page: RecipientGroupsPage) -> None:
    select(page, GENERIC)
    add_line(qtbot, page, "Sở Nội vụ")
    assert page.editor.state_label.text() == "Đang sửa…"
    select(page, QUARTERLY)
    generic = next(g for g in RecipientGroupService(demo_db).list() if g.name == GENERIC)
    assert generic.line_count == 5
    assert [line.text for line in RecipientGroupService(demo_db).lines(generic.id)][1] == "Sở Nội vụ"


def test_deleting_asks_for_confirmation(qtbot: QtBot, demo_db: Database, page: RecipientGroupsPage,
                                        prompter: FakePrompter) -> None:
    select(page, GENERIC)
    prompter.answers = [False]
    click(qtbot, page, page.delete_action)
    assert prompter.questions[-1].startswith(f"Xóa nhóm nơi nhận “{GENERIC}” (4 dòng)?")
    assert len(RecipientGroupService(demo_db).list()) == 3

    prompter.answers = [True]
    click(qtbot, page, page.delete_action)
    assert GENERIC not in [g.name for g in RecipientGroupService(demo_db).list()]
    assert group_names(page) == [QUARTERLY, "Hội nghị phân tích các chỉ số CCHC"]
    assert page.editor.name_edit.text() == "Hội nghị phân tích các chỉ số CCHC"  # the neighbour is opened
    assert page.count_label.text() == "2 nhóm nơi nhận"
