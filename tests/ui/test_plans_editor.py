"""The plan editor driven through its widgets: targets, attainment, validation, unsaved edits, the plan's tasks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from cchc_desktop.core.enums import PlanKind, TargetStatus, TaskSource
from cchc_desktop.core.services.plans import PlanService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.models.plan_table_model import Column
from cchc_desktop.ui.models.plan_target_model import TargetColumn
from cchc_desktop.ui.pages.plans import PlansPage
from cchc_desktop.ui.pages.plans.editor import PlanEditor
from cchc_desktop.ui.topics import Topic
from cchc_desktop.ui.widgets.agency_picker import AgencyCombo

from . import test_plans_page as page_tests
from .conftest import FakePrompter, type_text
from .test_plans_page import LEFT, TaskEditorCall, open_editor, plan_named, references, select

# The page's fixtures, shared with this module.
page = page_tests.page
statuses = page_tests.statuses
task_editor_calls = page_tests.task_editor_calls


def cell_editor(qtbot: QtBot, editor: PlanEditor, row: int, column: TargetColumn) -> QWidget:
    """Open the cell's editor as a double click would and return the widget that has the focus in it."""
    table = editor.targets_table
    index = editor.targets.index(row, column)
    editor.activateWindow()  # the offscreen platform does not give it back after a completion popup closed
    qtbot.waitUntil(editor.isActiveWindow)
    table.setCurrentIndex(index)
    table.setFocus()
    table.edit(index)
    viewport = table.viewport()
    qtbot.waitUntil(lambda: viewport.isAncestorOf(QApplication.focusWidget()))
    return QApplication.focusWidget()


def press_enter(qtbot: QtBot, editor: PlanEditor, line: QLineEdit) -> None:
    """Enter ends the cell edit; the view stores the value from the event loop, so wait for it."""
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.targets_table.state() != QAbstractItemView.State.EditingState)


def type_in_cell(qtbot: QtBot, editor: PlanEditor, row: int, column: TargetColumn, text: str) -> None:
    line = cell_editor(qtbot, editor, row, column)
    assert isinstance(line, QLineEdit)
    line.selectAll()
    type_text(qtbot, line, text)
    press_enter(qtbot, editor, line)


def choose_status(qtbot: QtBot, editor: PlanEditor, row: int, status: TargetStatus) -> None:
    """Pick a status with the arrow keys; every step is stored as soon as it is made (as the user sees)."""
    order = list(TargetStatus)
    while editor.targets.target(row).status != status:
        combo = cell_editor(qtbot, editor, row, TargetColumn.STATUS)
        assert isinstance(combo, QComboBox)
        step = order.index(status) - order.index(editor.targets.target(row).status)
        qtbot.keyClick(combo, Qt.Key.Key_Down if step > 0 else Qt.Key.Key_Up)


def add_target(qtbot: QtBot, editor: PlanEditor, text: str) -> int:
    qtbot.mouseClick(editor.add_target_button, LEFT)
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)  # the new target's text is open for typing
    type_text(qtbot, line, text)
    press_enter(qtbot, editor, line)
    return editor.targets.rowCount() - 1


def new_plan(qtbot: QtBot, page: PlansPage, reference: str, title: str) -> PlanEditor:
    qtbot.mouseClick(page.add_button, LEFT)
    editor = open_editor(qtbot, page)
    assert editor.windowTitle() == "Thêm kế hoạch, nghị quyết"
    if reference:
        type_text(qtbot, editor.reference_edit, reference)
    type_text(qtbot, editor.title_edit, title)
    return editor


def test_create_a_plan_with_three_targets(
    qtbot: QtBot, page: PlansPage, demo_db: Database, statuses: list[str]
) -> None:
    editor = new_plan(qtbot, page, "12/KH-UBND", "Kế hoạch chuyển đổi số trong cải cách hành chính năm 2025")
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findText("Kế hoạch"))
    type_text(qtbot, editor.issued_field.edit, "15/01/2025")
    type_text(qtbot, editor.issuer_edit, "UBND tỉnh")
    assert editor.summary_label.text() == "Chưa có chỉ tiêu"
    assert not editor.assign_button.isEnabled()
    assert editor.tasks_hint.text() == "Lưu văn bản trước khi giao nhiệm vụ theo văn bản này."

    add_target(qtbot, editor, "Tỷ lệ hồ sơ TTHC xử lý trực tuyến đạt trên 60%")
    add_target(qtbot, editor, "100% TTHC đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình")
    add_target(qtbot, editor, "Tỷ lệ thanh toán trực tuyến đạt trên 40%")
    assert editor.summary_label.text() == "Đã hoàn thành đạt và vượt 0/3 chỉ tiêu"
    assert editor.tabs.tabText(0) == "Chỉ tiêu (3)"
    type_in_cell(qtbot, editor, 0, TargetColumn.TARGET, "> 60%")
    type_in_cell(qtbot, editor, 0, TargetColumn.ACHIEVED, "72,5%")
    choose_status(qtbot, editor, 0, TargetStatus.EXCEEDED)
    assert editor.summary_label.text() == "Đã hoàn thành đạt và vượt 1/3 chỉ tiêu"
    choose_status(qtbot, editor, 1, TargetStatus.MET)
    choose_status(qtbot, editor, 2, TargetStatus.NOT_MET)
    assert editor.summary_label.text() == "Đã hoàn thành đạt và vượt 2/3 chỉ tiêu"
    lead = cell_editor(qtbot, editor, 2, TargetColumn.LEAD)
    type_text(qtbot, lead, "so tai chinh")
    type_in_cell(qtbot, editor, 2, TargetColumn.ASSESSED_ON, "31/12/2025")  # leaving the agency cell stores it

    qtbot.mouseClick(editor.ok_button, LEFT)
    assert not editor.isVisible()
    stored = plan_named(demo_db, "12/KH-UBND")
    assert (stored.targets_attained, stored.targets_total) == (2, 3)
    assert references(page) == ["12/KH-UBND", "04/KH-UBND", "60-NQ/TU"]
    assert page.presenter.selected() == stored
    assert page.presenter.proxy.index(0, Column.TARGETS).data() == "đạt và vượt 2/3 chỉ tiêu"
    assert statuses == ["Đã lưu Kế hoạch số 12/KH-UBND."]
    targets = PlanService(demo_db).get(stored.id).targets
    assert [(t.code, t.status) for t in targets] == [
        ("1", TargetStatus.EXCEEDED), ("2", TargetStatus.MET), ("3", TargetStatus.NOT_MET),
    ]
    assert (targets[0].target_value, targets[0].achieved_value) == ("> 60%", "72,5%")
    assert editor.targets.agency_name(targets[2].lead_agency_id) == "Sở Tài chính"
    assert targets[2].assessed_on is not None and targets[2].assessed_on.isoformat() == "2025-12-31"


def test_changing_a_status_updates_the_summary_and_after_saving_the_list(
    qtbot: QtBot, page: PlansPage, demo_db: Database
) -> None:
    select(page, "60-NQ/TU")
    page.edit_action.trigger()
    editor = open_editor(qtbot, page)
    assert editor.targets.target(1).status == TargetStatus.IN_PROGRESS
    choose_status(qtbot, editor, 1, TargetStatus.MET)
    assert editor.summary_label.text() == "Đã hoàn thành đạt và vượt 11/18 chỉ tiêu"
    choose_status(qtbot, editor, 2, TargetStatus.NOT_MET)  # already "Chưa đạt": nothing to change
    qtbot.mouseClick(editor.ok_button, LEFT)
    assert not editor.isVisible()
    row = references(page).index("60-NQ/TU")
    assert page.presenter.proxy.index(row, Column.TARGETS).data() == "đạt và vượt 11/18 chỉ tiêu"
    assert plan_named(demo_db, "60-NQ/TU").targets_attained == 11


def test_empty_reference_is_refused_and_nothing_is_saved(qtbot: QtBot, page: PlansPage, demo_db: Database) -> None:
    editor = new_plan(qtbot, page, "", "Kế hoạch kiểm tra công tác cải cách hành chính năm 2025")
    qtbot.mouseClick(editor.ok_button, LEFT)
    assert editor.isVisible() and editor.error_label.isVisible()
    assert editor.error_label.text() == "Cần nhập số, ký hiệu văn bản (ví dụ 04/KH-UBND)."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.reference_edit)
    assert len(PlanService(demo_db).list()) == 2

    editor.title_edit.clear()
    type_text(qtbot, editor.reference_edit, "20/KH-UBND")
    qtbot.mouseClick(editor.ok_button, LEFT)
    assert editor.error_label.text() == "Cần nhập trích yếu của văn bản."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.title_edit)
    assert len(PlanService(demo_db).list()) == 2
    editor.done(0)


def test_period_ending_before_it_starts_is_refused(qtbot: QtBot, page: PlansPage, demo_db: Database) -> None:
    editor = new_plan(qtbot, page, "05-CTr/TU", "Chương trình hành động thực hiện Nghị quyết 60-NQ/TU")
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findText(PlanKind.PROGRAMME.label))
    for spin, year in ((editor.start_spin, "2030"), (editor.end_spin, "2021")):
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin.lineEdit(), year)
    assert (editor.start_spin.year(), editor.end_spin.year()) == (2030, 2021)
    assert editor.error_label.isVisible()  # said while typing, before any save
    assert editor.error_label.text() == "Giai đoạn 2030–2021 có năm kết thúc trước năm bắt đầu."
    qtbot.mouseClick(editor.ok_button, LEFT)
    assert editor.error_label.text() == "Giai đoạn 2030–2021 có năm kết thúc trước năm bắt đầu."
    qtbot.waitUntil(lambda: editor.start_spin.hasFocus())
    assert len(PlanService(demo_db).list()) == 2
    editor.end_spin.setValue(2035)
    assert editor.error_label.isHidden()
    editor.done(0)


def test_a_target_without_text_is_pointed_out(qtbot: QtBot, page: PlansPage, demo_db: Database) -> None:
    editor = new_plan(qtbot, page, "07/KH-BCĐ", "Kế hoạch hoạt động của Ban Chỉ đạo năm 2025")
    add_target(qtbot, editor, "Tổ chức 04 cuộc họp sơ kết quý")
    add_target(qtbot, editor, "")
    editor.tabs.setCurrentIndex(1)
    qtbot.mouseClick(editor.ok_button, LEFT)
    assert editor.error_label.text() == "Chỉ tiêu thứ 2 chưa có nội dung."
    assert editor.tabs.currentIndex() == 0
    assert editor.targets_table.currentIndex().row() == 1
    type_in_cell(qtbot, editor, 1, TargetColumn.ASSESSED_ON, "30/02/2025")
    assert editor.error_label.text() == "Chỉ tiêu thứ 2: Ngày đánh giá 30/02/2025 không phải là ngày hợp lệ."
    assert len(PlanService(demo_db).list()) == 2
    type_in_cell(qtbot, editor, 1, TargetColumn.TEXT, "Ban hành báo cáo CCHC 6 tháng đúng hạn")
    assert not editor.error_label.isVisible()  # the cell took a value: the old complaint goes away
    qtbot.mouseClick(editor.ok_button, LEFT)
    assert plan_named(demo_db, "07/KH-BCĐ").targets_total == 2


def test_targets_move_and_are_removed_with_the_buttons(qtbot: QtBot, page: PlansPage) -> None:
    editor = new_plan(qtbot, page, "08/KH-UBND", "Kế hoạch tuyên truyền cải cách hành chính")
    for text in ("Một", "Hai", "Ba"):
        add_target(qtbot, editor, text)
    editor.targets_table.setCurrentIndex(editor.targets.index(2, TargetColumn.TEXT))
    assert editor.up_button.isEnabled() and not editor.down_button.isEnabled()
    qtbot.mouseClick(editor.up_button, LEFT)
    qtbot.mouseClick(editor.up_button, LEFT)
    assert [t.text for t in editor.targets.targets()] == ["Ba", "Một", "Hai"]
    assert editor.targets_table.currentIndex().row() == 0 and not editor.up_button.isEnabled()
    qtbot.mouseClick(editor.down_button, LEFT)
    assert [t.text for t in editor.targets.targets()] == ["Một", "Ba", "Hai"]
    qtbot.mouseClick(editor.remove_target_button, LEFT)
    assert [t.text for t in editor.targets.targets()] == ["Một", "Hai"]
    assert editor.tabs.tabText(0) == "Chỉ tiêu (2)"
    qtbot.mouseClick(editor.ok_button, LEFT)
    assert not editor.isVisible()


def test_unsaved_edits_are_not_dropped_without_asking(
    qtbot: QtBot, page: PlansPage, prompter: FakePrompter, demo_db: Database
) -> None:
    select(page, "60-NQ/TU")
    page.edit_action.trigger()
    editor = open_editor(qtbot, page)
    choose_status(qtbot, editor, 1, TargetStatus.MET)
    prompter.answers.append(False)  # "Ở lại"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible()
    assert prompter.questions == [
        "Nghị quyết số 60-NQ/TU có thay đổi chưa lưu.\n\nBỏ các thay đổi này? Chọn “Ở lại” rồi bấm “Lưu” để giữ lại."
    ]
    prompter.answers.append(True)  # "Bỏ thay đổi"
    qtbot.mouseClick(editor.cancel_button, LEFT)
    assert not editor.isVisible()
    assert plan_named(demo_db, "60-NQ/TU").targets_attained == 10


def test_leaving_the_page_saves_an_open_editor(qtbot: QtBot, page: PlansPage, demo_db: Database) -> None:
    select(page, "04/KH-UBND")
    page.edit_action.trigger()
    editor = open_editor(qtbot, page)
    type_text(qtbot, editor.issuer_edit, " Lạng Sơn")
    assert page.commit_pending()
    assert not editor.isVisible()
    assert plan_named(demo_db, "04/KH-UBND").issuer == "UBND tỉnh Lạng Sơn"

    page.edit_action.trigger()
    editor = open_editor(qtbot, page)
    editor.reference_edit.clear()
    assert not page.commit_pending()  # cannot be saved: the editor stays open and says why
    assert editor.isVisible() and editor.error_label.text().startswith("Cần nhập số, ký hiệu")
    editor.done(0)


def test_the_plans_tasks_open_in_the_task_editor(
    qtbot: QtBot, page: PlansPage, task_editor_calls: list[TaskEditorCall]
) -> None:
    plan = select(page, "04/KH-UBND")
    page.edit_action.trigger()
    editor = open_editor(qtbot, page)
    editor.tabs.setCurrentIndex(1)
    assert editor.tasks.rowCount() == 5
    assert editor.tasks_hint.text() == "Nhấp đúp vào một nhiệm vụ để mở."
    first = editor.tasks.task(0)
    rect = editor.tasks_table.visualRect(editor.tasks.index(0, 0))
    qtbot.mouseClick(editor.tasks_table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(editor.tasks_table.viewport(), LEFT, pos=rect.center())
    assert [(c.parent, c.task_id, c.initial) for c in task_editor_calls] == [(editor, first.id, None)]

    qtbot.mouseClick(editor.assign_button, LEFT)
    initial = task_editor_calls[1].initial
    assert initial is not None and (initial.source, initial.plan_id) == (TaskSource.PLAN, plan.id)
    assert task_editor_calls[1].parent is editor

    page.presenter.context.signals.announce(Topic.TASKS)  # a task saved in the task editor shows here
    assert editor.tasks.rowCount() == 5
    editor.reject()


def test_lead_agency_is_typed_without_diacritics(qtbot: QtBot, page: PlansPage) -> None:
    editor = new_plan(qtbot, page, "09/KH-UBND", "Kế hoạch cải cách thủ tục hành chính năm 2025")
    add_target(qtbot, editor, "100% TTHC được công bố đúng hạn")
    combo = cell_editor(qtbot, editor, 0, TargetColumn.LEAD)
    qtbot.keyClicks(combo, "van phong ubnd")
    press_enter(qtbot, editor, combo)
    assert editor.targets.index(0, TargetColumn.LEAD).data() == "Văn phòng UBND tỉnh"
    combo = cell_editor(qtbot, editor, 0, TargetColumn.LEAD)
    assert isinstance(combo, AgencyCombo)
    assert combo.currentText() == "Văn phòng UBND tỉnh"  # the cell opens on the agency it shows
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo, "so khong co")
    press_enter(qtbot, editor, combo)
    assert editor.error_label.text() == (
        "Chỉ tiêu thứ 1: cơ quan chủ trì “so khong co” không có trong danh mục cơ quan, đơn vị."
    )
    assert editor.targets.index(0, TargetColumn.LEAD).data() == "Văn phòng UBND tỉnh"
    qtbot.mouseClick(editor.ok_button, LEFT)
    assert editor.isVisible() and editor.error_label.text().endswith(
        "danh mục cơ quan, đơn vị. Sửa lại ô đó, hoặc bấm “Lưu” lần nữa để giữ giá trị cũ."
    )
    qtbot.mouseClick(editor.ok_button, LEFT)
    assert not editor.isVisible()


def test_a_refused_cell_value_stops_the_first_save(qtbot: QtBot, page: PlansPage, demo_db: Database) -> None:
    select(page, "60-NQ/TU")
    page.edit_action.trigger()
    editor = open_editor(qtbot, page)
    line = cell_editor(qtbot, editor, 0, TargetColumn.ASSESSED_ON)
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, "31/02/2025")
    qtbot.mouseClick(editor.ok_button, LEFT)  # leaving the cell hands the date over; the model refuses it
    assert editor.isVisible()
    assert editor.error_label.text() == (
        "Chỉ tiêu thứ 1: Ngày đánh giá 31/02/2025 không phải là ngày hợp lệ. "
        "Sửa lại ô đó, hoặc bấm “Lưu” lần nữa để giữ giá trị cũ."
    )
    assert editor.targets.index(0, TargetColumn.ASSESSED_ON).data() == "12/04/2024"
    assert not editor.is_dirty()  # the cell kept its date; nothing else changed
    qtbot.mouseClick(editor.ok_button, LEFT)  # told once: saving again keeps the previous date
    assert not editor.isVisible()
    resolution = plan_named(demo_db, "60-NQ/TU")
    assert PlanService(demo_db).get(resolution.id).targets[0].assessed_on.isoformat() == "2024-04-12"
