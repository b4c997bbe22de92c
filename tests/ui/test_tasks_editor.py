"""The task editor: assigning through the widgets, validation shown inline, progress notes, cancelling."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cchc_desktop.core.deadlines import Deadline
from cchc_desktop.core.enums import DeadlineKind, TaskSource, TaskStatus
from cchc_desktop.core.services.agencies import AgencyService
from cchc_desktop.core.services.meetings import MeetingService
from cchc_desktop.core.services.tasks import TaskInput, TaskService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.dialogs.task_editor import UNSAVED_QUESTION, TaskEditorDialog
from cchc_desktop.ui.models.task_table_model import Column
from cchc_desktop.ui.pages.tasks import TasksPage, open_task_editor

from .conftest import FakePrompter, type_text
from .test_tasks_support import TODAY, opened_dialog, task_titled

LEFT = Qt.MouseButton.LeftButton
NEW_TITLE = "Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính của Sở"


@pytest.fixture
def page(qtbot: QtBot, demo_context: AppContext) -> Iterator[TasksPage]:
    tasks_page = TasksPage(demo_context, today=lambda: TODAY)
    qtbot.addWidget(tasks_page)
    tasks_page.show()
    qtbot.waitExposed(tasks_page)
    yield tasks_page


def new_task_dialog(qtbot: QtBot, page: TasksPage) -> TaskEditorDialog:
    page.add_action.trigger()
    dialog = opened_dialog(qtbot, page, TaskEditorDialog)
    assert dialog.windowTitle() == "Giao nhiệm vụ"
    return dialog


def edit_dialog(qtbot: QtBot, page: TasksPage, title_start: str) -> TaskEditorDialog:
    assert page.presenter.select(task_titled(page.presenter.context.db, title_start).id)
    page.edit_action.trigger()
    return opened_dialog(qtbot, page, TaskEditorDialog)


def test_assign_a_task_due_in_quarter_three(qtbot: QtBot, page: TasksPage, prompter: FakePrompter,
                                            demo: Database) -> None:
    dialog = new_task_dialog(qtbot, page)
    assert dialog.assigned_field.edit.text() == "20/11/2024"
    assert not dialog.progress_box.isVisibleTo(dialog)
    type_text(qtbot, dialog.title_edit, NEW_TITLE)
    type_text(qtbot, dialog.lead_combo.lineEdit(), "Sở Tư pháp")
    dialog.cooperators.set_checked(next(a.id for a in AgencyService(demo).list() if a.name == "Sở Nội vụ"))
    assert dialog.cooperators_summary.text() == "Đã chọn 1: Sở Nội vụ"
    deadline = dialog.deadline_input
    deadline.kind_combo.setCurrentIndex(deadline.kind_combo.findText("Trong quý"))
    deadline.quarter_combo.setCurrentIndex(deadline.quarter_combo.findText("Quý III"))
    deadline.quarter_year.setValue(2024)
    assert deadline.preview.text() == "Hạn xử lý: 30/09/2024"
    assert deadline.text_edit.placeholderText() == "trong Quý III/2024"
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    # Saved, then told about what did not block: the deadline falls before the day the task was assigned.
    assert prompter.infos == ["Nhiệm vụ đã được lưu.\n\nThời hạn 30/09/2024 sớm hơn ngày giao 20/11/2024."]
    stored = task_titled(demo, NEW_TITLE)
    assert (stored.lead_agency, stored.cooperators) == ("Sở Tư pháp", "Sở Nội vụ")
    assert stored.deadline == "trong Quý III/2024"
    assert page.presenter.selected().id == stored.id
    proxy = page.presenter.proxy
    row = page.table.selectionModel().selectedRows()[0].row()
    assert proxy.index(row, Column.DUE).data() == "30/09/2024"
    assert proxy.index(row, Column.STATUS).data() == "Chưa thực hiện (quá hạn)"
    assert page.count_label.text() == "Hiển thị 18/18 nhiệm vụ – 2 quá hạn"
    assert page.presenter.context.prompter is prompter


def test_a_task_needs_a_lead_agency(qtbot: QtBot, page: TasksPage, demo: Database) -> None:
    dialog = new_task_dialog(qtbot, page)
    type_text(qtbot, dialog.title_edit, NEW_TITLE)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Nhiệm vụ phải có cơ quan chủ trì."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.lead_combo)
    assert len(TaskService(demo).list()) == 17
    type_text(qtbot, dialog.lead_combo.lineEdit(), "Sở Không Có")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.error_label.text() == ("Không có cơ quan “Sở Không Có” trong danh mục; "
                                         "hãy chọn trong danh sách.")
    assert len(TaskService(demo).list()) == 17


def test_an_impossible_completion_date_is_refused(qtbot: QtBot, page: TasksPage, demo: Database) -> None:
    dialog = edit_dialog(qtbot, page, "Rà soát, khắc phục sai lệch số liệu")
    assert not dialog.completed_field.isEnabled()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findText("Hoàn thành"))
    assert dialog.completed_field.isEnabled() and dialog.completed_field.edit.text() == "20/11/2024"
    dialog.completed_field.edit.clear()
    qtbot.keyClicks(dialog.completed_field.edit, "31/02/2024")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Ngày hoàn thành 31/02/2024 không phải là ngày hợp lệ."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.completed_field.edit)
    stored = task_titled(demo, "Rà soát, khắc phục sai lệch số liệu")
    assert stored.status == TaskStatus.NOT_STARTED and stored.completed_on is None


def test_editing_keeps_the_source_and_saves_changes(qtbot: QtBot, page: TasksPage, demo: Database) -> None:
    dialog = edit_dialog(qtbot, page, "Rà soát, tham mưu UBND tỉnh hỗ trợ kinh phí")
    assert dialog.windowTitle() == "Sửa nhiệm vụ"
    assert dialog.source_label.text().startswith("Kết luận tại Cuộc họp sơ kết công tác cải cách hành chính quý I")
    assert not dialog.source_chooser.isVisibleTo(dialog)
    assert dialog.deadline_input.kind() == DeadlineKind.QUARTER
    assert dialog.deadline_input.preview.text() == "Hạn xử lý: 30/09/2024"
    assert dialog.status_combo.currentText() == "Hoàn thành chậm"
    assert dialog.criterion_combo.currentText() == "(Không)"
    type_text(qtbot, dialog.description_edit, "Ưu tiên các xã vùng sâu, vùng xa")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    detail = TaskService(demo).get(dialog.task_id)
    assert detail.data.description == "Ưu tiên các xã vùng sâu, vùng xa"
    assert detail.data.source == TaskSource.CONCLUSION and detail.data.meeting_id is not None
    assert page.window().isVisible()


def test_progress_notes_in_the_editor(qtbot: QtBot, page: TasksPage, prompter: FakePrompter,
                                      demo: Database) -> None:
    dialog = edit_dialog(qtbot, page, "Rà soát, khắc phục sai lệch số liệu")
    assert dialog.progress_model.rowCount() == 0
    assert dialog.progress_date.edit.text() == "20/11/2024"
    type_text(qtbot, dialog.progress_text, "Đã đối chiếu 120 hồ sơ với Cổng Dịch vụ công quốc gia")
    qtbot.mouseClick(dialog.add_progress_button, LEFT)
    assert dialog.progress_model.rowCount() == 1
    assert dialog.progress_model.index(0, 1).data() == "Đã đối chiếu 120 hồ sơ với Cổng Dịch vụ công quốc gia"
    assert dialog.progress_text.text() == ""
    assert dialog.status_combo.currentText() == "Đang thực hiện"  # as the service records a first note
    assert [n.note for n in TaskService(demo).get(dialog.task_id).progress] == [
        "Đã đối chiếu 120 hồ sơ với Cổng Dịch vụ công quốc gia"]
    assert dialog.progress_table.model().index(0, 0).data() == "20/11/2024"
    dialog.progress_table.selectRow(0)
    prompter.answers.append(True)
    qtbot.mouseClick(dialog.delete_progress_button, LEFT)
    assert prompter.questions[-1].startswith("Xóa ghi chú tiến độ ngày 20/11/2024?")
    assert dialog.progress_model.rowCount() == 0
    assert TaskService(demo).get(dialog.task_id).progress == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed since: closes without asking
    assert not dialog.isVisible()


def test_escape_asks_before_discarding_typed_text(qtbot: QtBot, page: TasksPage, prompter: FakePrompter,
                                                  demo: Database) -> None:
    dialog = new_task_dialog(qtbot, page)
    type_text(qtbot, dialog.title_edit, "Tổ chức")
    assert dialog.title_edit.document().isUndoAvailable()
    dialog.title_edit.undo()
    assert dialog.title_edit.toPlainText() == ""
    dialog.title_edit.redo()
    assert dialog.title_edit.toPlainText() == "Tổ chức"
    prompter.unsaved_answers.append("stay")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert prompter.questions == [UNSAVED_QUESTION]
    prompter.unsaved_answers.append("save")  # cannot be saved without a lead agency: stays open, says why
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.error_label.text() == "Nhiệm vụ phải có cơ quan chủ trì."
    prompter.unsaved_answers.append("discard")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert len(TaskService(demo).list()) == 17


def test_closing_with_save_stores_the_task(qtbot: QtBot, page: TasksPage, prompter: FakePrompter,
                                           demo: Database) -> None:
    dialog = new_task_dialog(qtbot, page)
    type_text(qtbot, dialog.title_edit, NEW_TITLE)
    type_text(qtbot, dialog.lead_combo.lineEdit(), "Văn phòng UBND tỉnh")
    prompter.unsaved_answers.append("save")
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    assert not dialog.isVisible()
    assert task_titled(demo, NEW_TITLE).lead_agency == "Văn phòng UBND tỉnh"


def test_open_task_editor_with_a_task_drafted_from_a_conclusion(qtbot: QtBot, page: TasksPage,
                                                                demo_context: AppContext, demo: Database) -> None:
    meeting = MeetingService(demo).list()[0]
    agencies = {a.name: a.id for a in AgencyService(demo).list()}
    initial = TaskInput(
        title="Chỉ đạo các cơ quan khắc phục tồn tại, hạn chế", lead_agency_id=agencies["Sở Nội vụ"],
        cooperator_ids=[agencies["Văn phòng UBND tỉnh"]], source=TaskSource.CONCLUSION, meeting_id=meeting.id,
        deadline=Deadline(DeadlineKind.BEFORE, date=meeting.date.replace(day=28)),
    )
    dialog = open_task_editor(demo_context, page, initial=initial)
    assert isinstance(dialog, TaskEditorDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Giao nhiệm vụ từ kết luận"
    assert dialog.source_label.text().startswith(f"Kết luận tại {meeting.title}")
    assert dialog.lead_combo.currentText() == "Sở Nội vụ"
    assert dialog.deadline_input.kind() == DeadlineKind.BEFORE
    with qtbot.waitSignals([dialog.saved, demo_context.signals.data_changed]):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    stored = task_titled(demo, "Chỉ đạo các cơ quan khắc phục tồn tại")
    assert (stored.meeting_id, stored.source, stored.cooperators) == (
        meeting.id, TaskSource.CONCLUSION, "Văn phòng UBND tỉnh")
    assert stored.title in [page.presenter.proxy.index(r, 0).data() for r in range(page.presenter.proxy.rowCount())]


def test_a_deadline_before_the_assignment_date_is_said_while_typing(qtbot: QtBot, page: TasksPage) -> None:
    dialog = new_task_dialog(qtbot, page)
    assert dialog.date_warning.isHidden()
    dialog.assigned_field.set_date(None)
    qtbot.keyClicks(dialog.assigned_field.edit, "05/03/2024")
    dialog.deadline_input.set_kind(DeadlineKind.EXACT)
    qtbot.keyClicks(dialog.deadline_input.date_field.edit, "01/03/202")
    assert dialog.date_warning.isHidden()  # not a date yet
    qtbot.keyClicks(dialog.deadline_input.date_field.edit, "4")
    assert dialog.date_warning.isVisible()
    assert dialog.date_warning.text() == "Thời hạn 01/03/2024 sớm hơn ngày giao 05/03/2024."
    dialog.deadline_input.date_field.edit.clear()
    qtbot.keyClicks(dialog.deadline_input.date_field.edit, "31/03/2024")
    assert dialog.date_warning.isHidden()
    dialog.assigned_field.edit.clear()
    qtbot.keyClicks(dialog.assigned_field.edit, "01/04/2024")
    assert dialog.date_warning.text() == "Thời hạn 31/03/2024 sớm hơn ngày giao 01/04/2024."


def test_a_refusal_goes_once_the_field_is_fixed(qtbot: QtBot, page: TasksPage) -> None:
    dialog = new_task_dialog(qtbot, page)
    type_text(qtbot, dialog.title_edit, NEW_TITLE)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.error_label.text() == "Nhiệm vụ phải có cơ quan chủ trì."
    assert dialog.error_label.isVisible()
    index = dialog.lead_combo.findText("Sở Nội vụ")
    assert index > 0
    dialog.lead_combo.setCurrentIndex(index)
    assert dialog.error_label.isHidden()
