"""The "Kết luận" and "Nhiệm vụ" tabs: the demo conclusion, saving on leave, tasks from items, the task list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from cchc_desktop.core.body import labels
from cchc_desktop.core.enums import BlockKind, TaskSource
from cchc_desktop.core.services.agencies import AgencyService
from cchc_desktop.core.services.meetings import MeetingService
from cchc_desktop.core.services.tasks import TaskInput, TaskService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages.meetings import MeetingsPage, task_links
from cchc_desktop.ui.pages.meetings.editor_view import CONCLUSION, TASKS
from cchc_desktop.ui.signals import AppSignals
from cchc_desktop.ui.topics import Topic

from .conftest import FakePrompter, show_widget, type_text

DATE_2024 = dt.date(2024, 4, 12)
GROUP_B = "Sở Tài chính, Sở Kế hoạch và Đầu tư"


@dataclass
class FakeTaskEditor:
    """Stands in for the tasks page's ``open_task_editor``: records what it was asked to open."""

    calls: list[tuple[int | None, TaskInput | None]] = field(default_factory=list)

    def __call__(self, context: AppContext, parent: object, *, task_id: int | None = None,
                 initial: TaskInput | None = None) -> None:
        self.calls.append((task_id, initial))


@pytest.fixture
def task_editor(monkeypatch: pytest.MonkeyPatch) -> FakeTaskEditor:
    fake = FakeTaskEditor()
    monkeypatch.setattr(task_links, "open_task_editor", fake)
    return fake


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database, prompter: FakePrompter) -> MeetingsPage:
    widget = MeetingsPage(AppContext(demo_db, AppSignals(), prompter))
    show_widget(qtbot, widget, 1090, 760)
    meeting_id = next(r.id for r in MeetingService(demo_db).list() if r.date == DATE_2024)
    widget.list.select(meeting_id)
    widget.list_view.open_action.trigger()
    widget.editor_view.tabs.setCurrentIndex(CONCLUSION)
    return widget


def put_cursor_in(page: MeetingsPage, text: str) -> None:
    editor = page.editor.conclusion.panel.editor
    block = editor.document().firstBlock()
    while block.isValid() and not block.text().startswith(text):
        block = block.next()
    assert block.isValid(), text
    cursor = editor.textCursor()
    cursor.setPosition(block.position())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)


def agency_id(db: Database, name: str) -> int:
    return next(a.id for a in AgencyService(db).list() if a.name == name)


def test_conclusion_tab_loads_the_demo_conclusion(page: MeetingsPage) -> None:
    assert page.editor_view.conclusion.currentIndex() == 1
    blocks = page.editor.conclusion.panel.editor.blocks()
    assert [b.kind for b in blocks] == [BlockKind.HEADING] * 3
    assert blocks[0].text == "Một số kết quả nổi bật đạt được trong quý I năm 2024"
    directions = blocks[2].children
    assert labels(directions) == ["a)", "b)", "c)"]
    assert directions[1].text == GROUP_B


def test_an_edit_is_saved_when_the_page_is_left(qtbot: QtBot, page: MeetingsPage, demo_db: Database) -> None:
    put_cursor_in(page, "Tồn tại, hạn chế")
    type_text(qtbot, page.editor.conclusion.panel.editor, " trong quý I")
    assert page.commit_pending()
    stored = MeetingService(demo_db).get_conclusion(page.editor.meeting_id)
    assert stored[1].text == "Tồn tại, hạn chế, khó khăn trong quý I"
    assert [b.id for b in stored] == [b.id for b in page.editor.conclusion.panel.editor.blocks()]


def test_an_edit_is_saved_when_the_main_window_switches_page(
    qtbot: QtBot, window: MainWindow, demo_db: Database, task_editor: FakeTaskEditor
) -> None:
    meetings = window.show_page("meetings")
    assert isinstance(meetings, MeetingsPage)
    meetings.list.add()
    type_text(qtbot, meetings.editor_view.general.date_field.edit, "15/07/2024")
    type_text(qtbot, meetings.editor_view.general.title_edit, "Họp sơ kết quý II")
    window.show_page("agencies")
    assert [m.title for m in MeetingService(window.context.db).list()] == ["Họp sơ kết quý II"]


def test_new_meeting_must_be_saved_before_the_conclusion(qtbot: QtBot, page: MeetingsPage) -> None:
    qtbot.mouseClick(page.editor_view.back_button, Qt.MouseButton.LeftButton)
    page.list.add()
    conclusion = page.editor_view.conclusion
    assert conclusion.currentIndex() == 0 and "Hãy lưu cuộc họp" in conclusion.unsaved_note.text()
    assert page.editor_view.tasks.currentIndex() == 0


def test_create_task_from_the_group_b_item(page: MeetingsPage, demo_db: Database,
                                           task_editor: FakeTaskEditor) -> None:
    put_cursor_in(page, GROUP_B)
    page.editor.conclusion.panel.request_task()
    stored = MeetingService(demo_db).get_conclusion(page.editor.meeting_id)
    group_b = stored[2].children[1]
    [(task_id, initial)] = task_editor.calls
    assert task_id is None and initial is not None
    assert initial.title == GROUP_B
    assert initial.lead_agency_id == agency_id(demo_db, "Sở Tài chính")
    assert initial.cooperator_ids == [agency_id(demo_db, "Sở Kế hoạch và Đầu tư")]
    assert initial.source == TaskSource.CONCLUSION
    assert initial.meeting_id == page.editor.meeting_id and initial.source_block_id == group_b.id
    assert initial.assigned_on == DATE_2024


def test_create_task_from_a_new_item_uses_its_group_and_deadline(
    qtbot: QtBot, page: MeetingsPage, demo_db: Database, task_editor: FakeTaskEditor
) -> None:
    put_cursor_in(page, "Chủ động rà soát, tham mưu UBND tỉnh")
    editor = page.editor.conclusion.panel.editor
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(qtbot, editor, "Báo cáo kết quả thực hiện trước ngày 30/6/2024.")
    page.editor.conclusion.panel.request_task()  # saves first, so the new item has an id
    new_item = MeetingService(demo_db).get_conclusion(page.editor.meeting_id)[2].children[1].children[1]
    [(_, initial)] = task_editor.calls
    assert initial.title == "Báo cáo kết quả thực hiện trước ngày 30/6/2024."
    assert initial.source_block_id == new_item.id is not None
    assert initial.lead_agency_id == agency_id(demo_db, "Sở Tài chính")  # named by its group, b)
    assert initial.cooperator_ids == [agency_id(demo_db, "Sở Kế hoạch và Đầu tư")]
    assert initial.deadline.due_date == dt.date(2024, 6, 30) and initial.deadline_text == "trước ngày 30/6/2024"


def test_responsibility_sentence_uses_the_agency_chooser(page: MeetingsPage) -> None:
    conclusion = page.editor.conclusion
    asked = []
    conclusion.ask_agency = lambda agencies, parent: asked.append(len(agencies)) or "Sở Nội vụ"
    put_cursor_in(page, "Một số cơ quan chủ trì soạn thảo")
    conclusion.panel.insert_responsibility()
    assert asked and conclusion.panel.editor.textCursor().block().text().endswith(
        "(Trách nhiệm thuộc về cơ quan chủ trì là Sở Nội vụ)"
    )


def test_tasks_tab_opens_a_task_and_reloads(qtbot: QtBot, page: MeetingsPage, demo_db: Database,
                                            task_editor: FakeTaskEditor) -> None:
    editor_view = page.editor_view
    editor_view.tabs.setCurrentIndex(TASKS)
    tasks = page.editor.tasks
    assert tasks.count() == 7 and editor_view.tabs.tabText(TASKS) == "Nhiệm vụ (7)"
    table = editor_view.tasks.table
    index = tasks.proxy.index(0, 0)
    centre = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # a view only double-clicks what
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # was pressed first
    assert task_editor.calls == [(tasks.model.task(tasks.proxy.mapToSource(index).row()).id, None)]

    TaskService(demo_db).create(TaskInput(
        title="Báo cáo kết quả rà soát thủ tục hành chính", lead_agency_id=agency_id(demo_db, "Sở Nội vụ"),
        source=TaskSource.CONCLUSION, meeting_id=page.editor.meeting_id,
    ))
    page.list.context.signals.announce(Topic.TASKS)
    assert tasks.count() == 8 and editor_view.tabs.tabText(TASKS) == "Nhiệm vụ (8)"
    qtbot.mouseClick(editor_view.tasks.add_button, Qt.MouseButton.LeftButton)
    assert task_editor.calls[-1][1].meeting_id == page.editor.meeting_id


def test_autosave_is_announced_once_when_the_meeting_is_left(qtbot: QtBot, page: MeetingsPage) -> None:
    changes: list[Topic] = []
    page.list.context.signals.data_changed.connect(changes.append)
    panel = page.editor.conclusion.panel
    panel.timer.setInterval(20)
    put_cursor_in(page, "Tồn tại, hạn chế")
    type_text(qtbot, panel.editor, " trong quý I")
    qtbot.waitUntil(lambda: panel.status.text().startswith("Đã lưu lúc"))
    assert changes == []  # the other pages do not reload after every pause in typing
    qtbot.mouseClick(page.editor_view.back_button, Qt.MouseButton.LeftButton)
    assert changes == [Topic.MEETINGS]


def test_first_conclusion_of_a_new_meeting_shows_in_the_list(qtbot: QtBot, page: MeetingsPage) -> None:
    qtbot.mouseClick(page.editor_view.back_button, Qt.MouseButton.LeftButton)
    page.list.add()
    type_text(qtbot, page.editor_view.general.date_field.edit, "05/07/2024")
    type_text(qtbot, page.editor_view.general.title_edit, "Họp chuyên đề về Chỉ số PAPI")
    assert page.editor.save()
    page.editor_view.tabs.setCurrentIndex(CONCLUSION)
    panel = page.editor.conclusion.panel
    panel.timer.setInterval(20)
    type_text(qtbot, panel.editor, "Giao Sở Nội vụ tổng hợp kết quả khắc phục.")
    model, meeting_id = page.list.model, page.editor.meeting_id
    qtbot.waitUntil(lambda: model.meeting(model.row_of(meeting_id)).has_conclusion)  # the list's ✓
