"""End to end, as the secretariat works: the April 2024 Q1 meeting and its conclusion are entered through the
widgets, three tasks are created from conclusion items, and the task list, the overview and the CLI show them."""

from __future__ import annotations

import json
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from cchc_desktop.core.body import Run, labels
from cchc_desktop.core.enums import BlockKind, MeetingFormat, TaskSource
from cchc_desktop.core.services.meetings import MeetingService
from cchc_desktop.core.services.people import PeopleService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.dialogs.task_editor import TaskEditorDialog
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages.meetings.editor_view import CONCLUSION

from .conftest import type_text

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
TITLE = "Cuộc họp sơ kết công tác cải cách hành chính quý I năm 2024 của Ban Chỉ đạo cải cách hành chính tỉnh"
CHAIR_TITLE = "Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh"
BULLET_A = "Bám sát các chỉ tiêu, nhiệm vụ cải cách hành chính năm 2024."
BULLET_B = "Rà soát, tham mưu hỗ trợ kinh phí hiện đại hóa Bộ phận Một cửa "
BULLET_C = "Chỉ đạo cấp xã tuyên truyền về các chỉ số "


def key(qtbot: QtBot, editor, which: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(editor, which, modifiers)


def enter_meeting(qtbot: QtBot, window: MainWindow) -> object:
    page = window.show_page("meetings")
    page.list_view.add_action.trigger()
    general = page.editor_view.general
    type_text(qtbot, general.date_field.edit, "12/04/2024")
    type_text(qtbot, general.title_edit, TITLE)
    general.format_combo.setCurrentIndex(general.format_combo.findText(MeetingFormat.HYBRID.label))
    general.chair_combo.setCurrentIndex(general.chair_combo.findText("Hồ Tiến Thiệu", Qt.MatchFlag.MatchStartsWith))
    general.site_count_spin.setValue(11)
    qtbot.mouseClick(general.add_site_button, LEFT)
    general.site_level_combo.setCurrentIndex(general.site_level_combo.findData("commune"))
    general.site_count_spin.setValue(200)
    qtbot.mouseClick(general.add_site_button, LEFT)
    qtbot.mouseClick(page.editor_view.save_button, LEFT)
    assert page.editor_view.error_label.isHidden()
    return page


def type_conclusion(qtbot: QtBot, editor) -> None:  # type: ignore[no-untyped-def]
    """Sections, a) b) c) groups, bullets and bold deadlines, with the keys a clerk uses."""
    editor.setFocus()
    key(qtbot, editor, Qt.Key.Key_1, CTRL)  # đề mục
    type_text(qtbot, editor, "Một số kết quả nổi bật đạt được trong quý I năm 2024")
    key(qtbot, editor, Qt.Key.Key_Return)
    key(qtbot, editor, Qt.Key.Key_Tab)
    key(qtbot, editor, Qt.Key.Key_5, CTRL)  # đoạn văn
    type_text(qtbot, editor, "Đã hoàn thành đạt và vượt 10/18 chỉ tiêu Nghị quyết số 60-NQ/TU.")
    key(qtbot, editor, Qt.Key.Key_Return)
    key(qtbot, editor, Qt.Key.Key_Tab, SHIFT)  # back to the section level: a heading like its sibling
    type_text(qtbot, editor, "Tồn tại, hạn chế, khó khăn")
    key(qtbot, editor, Qt.Key.Key_Return)
    key(qtbot, editor, Qt.Key.Key_Tab)
    key(qtbot, editor, Qt.Key.Key_5, CTRL)
    type_text(qtbot, editor, "Việc thực hiện tự chủ tài chính đối với các đơn vị sự nghiệp công lập còn chậm.")
    key(qtbot, editor, Qt.Key.Key_Return)
    key(qtbot, editor, Qt.Key.Key_Tab, SHIFT)
    type_text(qtbot, editor, "Phương hướng, nhiệm vụ trọng tâm trong thời gian tới")
    key(qtbot, editor, Qt.Key.Key_Return)
    key(qtbot, editor, Qt.Key.Key_Tab)
    key(qtbot, editor, Qt.Key.Key_3, CTRL)  # điểm a)
    type_text(qtbot, editor, "Thủ trưởng các Sở, Ban, ngành, Chủ tịch UBND các huyện, thành phố")
    key(qtbot, editor, Qt.Key.Key_Return)
    key(qtbot, editor, Qt.Key.Key_Tab)
    key(qtbot, editor, Qt.Key.Key_4, CTRL)  # gạch đầu dòng
    type_text(qtbot, editor, BULLET_A)
    key(qtbot, editor, Qt.Key.Key_Return)
    key(qtbot, editor, Qt.Key.Key_Return)  # an empty bullet: Enter moves out to the a) b) c) level
    type_text(qtbot, editor, "Sở Tài chính, Sở Kế hoạch và Đầu tư")
    key(qtbot, editor, Qt.Key.Key_Return)
    key(qtbot, editor, Qt.Key.Key_Tab)
    key(qtbot, editor, Qt.Key.Key_4, CTRL)
    type_text(qtbot, editor, BULLET_B)
    key(qtbot, editor, Qt.Key.Key_B, CTRL)
    type_text(qtbot, editor, "trong Quý III/2024")
    key(qtbot, editor, Qt.Key.Key_B, CTRL)
    type_text(qtbot, editor, ".")
    key(qtbot, editor, Qt.Key.Key_Return)
    key(qtbot, editor, Qt.Key.Key_Return)
    type_text(qtbot, editor, "Chủ tịch UBND các huyện, thành phố")
    key(qtbot, editor, Qt.Key.Key_Return)
    key(qtbot, editor, Qt.Key.Key_Tab)
    key(qtbot, editor, Qt.Key.Key_4, CTRL)
    type_text(qtbot, editor, BULLET_C)
    key(qtbot, editor, Qt.Key.Key_B, CTRL)
    type_text(qtbot, editor, "hằng tháng")
    key(qtbot, editor, Qt.Key.Key_B, CTRL)
    type_text(qtbot, editor, ".")


def cursor_to(editor, start: str) -> None:  # type: ignore[no-untyped-def]
    block = editor.document().firstBlock()
    while block.isValid() and not block.text().startswith(start):
        block = block.next()
    assert block.isValid(), start
    cursor = editor.textCursor()
    cursor.setPosition(block.position())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)


def task_from_item(qtbot: QtBot, page, start: str, lead: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """Put the cursor in an item, ask for a task, complete the suggested form and save it."""
    panel = page.editor.conclusion.panel
    cursor_to(panel.editor, start)
    panel.request_task()
    dialogs = [w for w in page.window().findChildren(TaskEditorDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitExposed(dialog)
    if lead is not None:
        dialog.lead_combo.setEditText("")
        type_text(qtbot, dialog.lead_combo.lineEdit(), lead)
    with qtbot.waitSignal(page.editor.context.signals.data_changed):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_q1_2024_meeting_conclusion_and_tasks_end_to_end(qtbot: QtBot, window: MainWindow, db: Database,
                                                         tmp_path) -> None:  # type: ignore[no-untyped-def]
    PeopleService(db).create("Hồ Tiến Thiệu", CHAIR_TITLE)
    page = enter_meeting(qtbot, window)
    page.editor_view.tabs.setCurrentIndex(CONCLUSION)
    editor = page.editor.conclusion.panel.editor
    type_conclusion(qtbot, editor)
    assert page.editor.conclusion.panel.save_now()

    meeting_id = page.editor.meeting_id
    blocks = MeetingService(db).get_conclusion(meeting_id)
    assert [b.kind for b in blocks] == [BlockKind.HEADING] * 3 and labels(blocks) == ["1.", "2.", "3."]
    assert blocks[0].children[0].kind == BlockKind.PARAGRAPH
    groups = blocks[2].children
    assert [g.kind for g in groups] == [BlockKind.LETTERED] * 3 and labels(groups) == ["a)", "b)", "c)"]
    assert [[c.kind for c in g.children] for g in groups] == [[BlockKind.BULLET]] * 3
    assert groups[1].children[0].runs == [Run(BULLET_B), Run("trong Quý III/2024", bold=True), Run(".")]

    task_from_item(qtbot, page, BULLET_B)  # lead and co-operator come from the group "b) Sở Tài chính, …"
    task_from_item(qtbot, page, BULLET_A, lead="so noi vu")
    task_from_item(qtbot, page, BULLET_C, lead="van phong ubnd tinh")

    tasks_page = window.show_page("tasks")
    model = tasks_page.presenter.model
    titles = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert {BULLET_A.strip(), f"{BULLET_B}trong Quý III/2024.", f"{BULLET_C}hằng tháng."} <= {t.strip() for t in titles}

    overview = window.show_page("overview")
    overview.reload()
    assert overview.presenter.overview.total == 3

    result = subprocess.run(
        [sys.executable, "-m", "cchc_desktop.cli", "tasks", "list", "--format", "json", "--db", str(db.path)],
        capture_output=True, text=True, encoding="utf-8",
    )
    assert result.returncode == 0, result.stderr
    listed = {row["title"]: row for row in json.loads(result.stdout)}
    money = listed[f"{BULLET_B}trong Quý III/2024."]
    assert (money["lead_agency"], money["cooperators"]) == ("Sở Tài chính", ["Sở Kế hoạch và Đầu tư"])
    assert (money["deadline"], money["due_date"], money["source"]) == ("trong Quý III/2024", "2024-09-30",
                                                                        TaskSource.CONCLUSION.value)
    assert TITLE in money["source_label"]
    assert listed[BULLET_A]["lead_agency"] == "Sở Nội vụ" and listed[BULLET_A]["due_date"] is None
    monthly = listed[f"{BULLET_C}hằng tháng."]
    assert monthly["lead_agency"] == "Văn phòng UBND tỉnh" and monthly["deadline"] == "hằng tháng"  # as written
    assert monthly["due_date"] is None  # a recurring task has no due date
