"""The meetings page on the demo database: list, search, filters, adding, validation, leaving, deleting."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cchc_desktop.core.enums import MeetingFormat, MeetingKind, TaskStatus
from cchc_desktop.core.services.meetings import MeetingInput, MeetingService
from cchc_desktop.core.services.tasks import TaskFilter, TaskService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.dialogs.person_dialog import PersonDialog
from cchc_desktop.ui.models.meeting_table_model import Column
from cchc_desktop.ui.pages.meetings import MeetingsPage
from cchc_desktop.ui.pages.meetings.attendees_view import AGENCY, PERSON
from cchc_desktop.ui.pages.meetings.editor_view import ATTENDEES, GENERAL, REPORTS
from cchc_desktop.ui.signals import AppSignals

from .conftest import FakePrompter, show_widget, type_text

LEFT = Qt.MouseButton.LeftButton
DATE_2024 = dt.date(2024, 4, 12)


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database, prompter: FakePrompter) -> MeetingsPage:
    widget = MeetingsPage(AppContext(demo_db, AppSignals(), prompter))
    show_widget(qtbot, widget, 1090, 760)
    return widget


def shown_dates(page: MeetingsPage) -> list[str]:
    proxy = page.list.proxy
    return [proxy.index(r, Column.DATE).data() for r in range(proxy.rowCount())]


def meeting_on(db: Database, date: dt.date) -> int:
    return next(r.id for r in MeetingService(db).list() if r.date == date)


def open_meeting(page: MeetingsPage, date: dt.date) -> None:
    assert page.list.select(meeting_on(page.list.context.db, date))
    page.list_view.open_action.trigger()
    assert page.editing()


def test_list_is_newest_first_with_the_newest_selected(page: MeetingsPage) -> None:
    assert shown_dates(page) == ["12/04/2024", "08/06/2022"]
    assert page.list.selected().date == DATE_2024
    assert page.list_view.count_label.text() == "Hiển thị 2/2 cuộc họp"
    years = [page.list_view.year_combo.itemText(i) for i in range(page.list_view.year_combo.count())]
    assert years == ["Tất cả các năm", "Năm 2024", "Năm 2022"]


def test_folded_search_and_filters(qtbot: QtBot, page: MeetingsPage) -> None:
    qtbot.keyClicks(page.list_view.search_edit, "so ket quy")
    assert shown_dates(page) == ["12/04/2024"]
    page.list_view.search_edit.clear()
    page.list_view.year_combo.setCurrentIndex(page.list_view.year_combo.findData(2022))
    assert shown_dates(page) == ["08/06/2022"]
    assert page.list_view.count_label.text() == "Hiển thị 1/2 cuộc họp"
    page.list_view.year_combo.setCurrentIndex(0)
    page.list_view.kind_combo.setCurrentIndex(page.list_view.kind_combo.findData(MeetingKind.QUARTERLY.value))
    assert shown_dates(page) == ["12/04/2024"]


def test_create_a_meeting_through_the_widgets(qtbot: QtBot, page: MeetingsPage, demo_db: Database) -> None:
    page.list_view.add_action.trigger()
    editor = page.editor_view
    general = editor.general
    assert page.editing() and editor.state_label.text() == "Chưa lưu"
    type_text(qtbot, general.date_field.edit, "12/04/2024")
    type_text(qtbot, general.title_edit, "Hội nghị trực tuyến triển khai nhiệm vụ cải cách hành chính quý II")
    general.format_combo.setCurrentIndex(general.format_combo.findText("trực tiếp kết hợp trực tuyến"))
    general.chair_combo.setCurrentIndex(general.chair_combo.findText("Hồ Tiến Thiệu", Qt.MatchFlag.MatchStartsWith))
    assert general.chair_title_edit.text() == "Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh"
    assert general.site_label_edit.text() == "huyện, thành phố"  # suggested for the district level
    general.site_count_spin.setValue(11)
    qtbot.mouseClick(general.add_site_button, LEFT)
    general.site_level_combo.setCurrentIndex(general.site_level_combo.findData("commune"))
    assert general.site_label_edit.text() == "xã, phường, thị trấn"
    general.site_count_spin.setValue(200)
    qtbot.mouseClick(general.add_site_button, LEFT)
    assert general.sites_preview.text().endswith(
        "trực tiếp kết hợp trực tuyến, kết nối với điểm cầu 11 huyện, thành phố và 200 xã, phường, thị trấn."
    )

    editor.tabs.setCurrentIndex(ATTENDEES)
    attendees = editor.attendees
    attendees.kind_combo.setCurrentIndex(attendees.kind_combo.findData(AGENCY))
    type_text(qtbot, attendees.agency_combo.lineEdit(), "so noi vu")
    type_text(qtbot, attendees.text_edit, "Đại diện Lãnh đạo")
    qtbot.mouseClick(attendees.add_button, LEFT)
    assert "Đại diện Lãnh đạo Sở Nội vụ" in attendees.preview.text()

    editor.tabs.setCurrentIndex(REPORTS)
    reports = editor.reports
    type_text(qtbot, reports.presenter_edit, "Lãnh đạo Sở Nội vụ")
    type_text(qtbot, reports.subject_edit, "Kết quả công tác cải cách hành chính quý I năm 2024")
    qtbot.mouseClick(reports.add_button, LEFT)
    assert editor.state_label.text() == "Chưa lưu"  # a new meeting is stored by Lưu or on leaving

    with qtbot.waitSignal(page.list.context.signals.data_changed):
        qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.error_label.isHidden() and editor.state_label.text().startswith("Đã lưu lúc ")
    meeting_id = page.editor.meeting_id
    stored = MeetingService(demo_db).get(meeting_id)
    assert stored.date == DATE_2024 and stored.format == MeetingFormat.HYBRID
    assert stored.title == "Hội nghị trực tuyến triển khai nhiệm vụ cải cách hành chính quý II"
    assert stored.chair_title == "Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh"
    assert [(s.level, s.count, s.label) for s in stored.sites] == [
        ("district", 11, "huyện, thành phố"), ("commune", 200, "xã, phường, thị trấn")
    ]
    assert [a.display for a in stored.attendees] == ["Đại diện Lãnh đạo Sở Nội vụ"]
    assert [(r.presenter, r.subject) for r in stored.reports] == [
        ("Lãnh đạo Sở Nội vụ", "Kết quả công tác cải cách hành chính quý I năm 2024")
    ]
    assert editor.conclusion.currentIndex() == 1  # saved: the conclusion can be written now

    qtbot.mouseClick(editor.back_button, LEFT)
    assert not page.editing()
    assert page.list.selected().id == meeting_id and len(shown_dates(page)) == 3


@pytest.mark.parametrize(
    ("date", "title", "message"),
    [
        ("31/02/2024", "Họp chuyên đề", "Ngày họp 31/02/2024 không phải là ngày hợp lệ."),
        ("12/04/2024", "", "Tên cuộc họp không được để trống."),
        ("", "Họp chuyên đề", "Cần nhập ngày họp."),
    ],
)
def test_invalid_meeting_shows_the_message_and_saves_nothing(
    qtbot: QtBot, page: MeetingsPage, demo_db: Database, date: str, title: str, message: str
) -> None:
    page.list.add()
    general = page.editor_view.general
    type_text(qtbot, general.date_field.edit, date)
    type_text(qtbot, general.title_edit, title)
    page.editor_view.tabs.setCurrentIndex(REPORTS)
    page.editor_view.save_action.trigger()
    assert page.editor_view.error_label.text() == message and page.editor_view.error_label.isVisible()
    assert page.editor_view.tabs.currentIndex() == GENERAL  # the tab holding the field is shown
    assert len(MeetingService(demo_db).list()) == 2 and page.editor.meeting_id is None


def test_leaving_saves_edits_without_asking(qtbot: QtBot, page: MeetingsPage, prompter: FakePrompter,
                                            demo_db: Database) -> None:
    open_meeting(page, DATE_2024)
    type_text(qtbot, page.editor_view.general.location_edit, "Hội trường UBND tỉnh")
    qtbot.mouseClick(page.editor_view.back_button, LEFT)
    assert not page.editing() and prompter.questions == []
    assert MeetingService(demo_db).get(meeting_on(demo_db, DATE_2024)).location == "Hội trường UBND tỉnh"


def test_edits_that_cannot_be_saved_ask_before_being_dropped(
    qtbot: QtBot, page: MeetingsPage, prompter: FakePrompter, demo_db: Database
) -> None:
    open_meeting(page, DATE_2024)
    page.editor_view.general.title_edit.clear()
    prompter.answers = [False]
    assert not page.commit_pending()  # "Ở lại để sửa"
    assert page.editing() and "Tên cuộc họp không được để trống." in prompter.questions[0]
    prompter.answers = [True]
    qtbot.mouseClick(page.editor_view.back_button, LEFT)  # "Bỏ thay đổi"
    assert not page.editing()
    assert MeetingService(demo_db).get(meeting_on(demo_db, DATE_2024)).title.startswith("Cuộc họp sơ kết")


def test_choosing_a_person_fills_the_position_on_the_meeting_date(qtbot: QtBot, page: MeetingsPage) -> None:
    open_meeting(page, DATE_2024)
    attendees = page.editor_view.attendees
    attendees.kind_combo.setCurrentIndex(attendees.kind_combo.findData(PERSON))
    attendees.person_combo.setCurrentIndex(
        attendees.person_combo.findText("Phạm Hùng Trường", Qt.MatchFlag.MatchStartsWith)
    )
    assert attendees.text_edit.text() == ""  # no longer Chief of Office on 12/4/2024
    page.editor_view.general.date_field.set_date(dt.date(2022, 6, 8))
    attendees.person_combo.setCurrentIndex(
        attendees.person_combo.findText("Phạm Hùng Trường", Qt.MatchFlag.MatchStartsWith)
    )
    assert attendees.text_edit.text() == "Chánh Văn phòng UBND tỉnh"
    qtbot.mouseClick(attendees.add_button, LEFT)
    model = page.editor.attendees.model
    assert model.rowCount() == 6
    assert model.index(5, 1).data() == "Phạm Hùng Trường"
    page.editor.attendees.rows.move(-1)
    assert model.index(4, 1).data() == "Phạm Hùng Trường"


def test_add_person_dialog_sets_the_chair(qtbot: QtBot, page: MeetingsPage) -> None:
    page.list.add()
    general = page.editor_view.general
    qtbot.mouseClick(general.add_person_button, LEFT)
    dialog = page.findChild(PersonDialog)
    assert dialog is not None
    dialog.submit()
    assert dialog.error_label.text() == "Họ và tên không được để trống."
    type_text(qtbot, dialog.name_edit, "Đoàn Thu Hà")
    type_text(qtbot, dialog.title_edit, "Phó Chủ tịch UBND tỉnh")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert general.chair_combo.currentText() == "Đoàn Thu Hà, Phó Chủ tịch UBND tỉnh"
    assert general.chair_title_edit.text() == "Phó Chủ tịch UBND tỉnh"


def test_deleting_a_meeting_with_tasks_keeps_them(
    qtbot: QtBot, page: MeetingsPage, prompter: FakePrompter, demo_db: Database
) -> None:
    meeting_id = meeting_on(demo_db, DATE_2024)
    task_ids = [t.id for t in TaskService(demo_db).list(TaskFilter(meeting_id=meeting_id))]
    assert len(task_ids) == 7
    page.list.select(meeting_id)
    prompter.answers = [False]
    page.list_view.delete_action.trigger()
    assert "có 7 nhiệm vụ được giao từ kết luận" in prompter.questions[0]
    assert "vẫn được giữ lại" in prompter.questions[0]
    assert shown_dates(page) == ["12/04/2024", "08/06/2022"]
    prompter.answers = [True]
    page.list_view.delete_action.trigger()
    assert shown_dates(page) == ["08/06/2022"]
    for task_id in task_ids:
        data = TaskService(demo_db).get(task_id).data
        assert data.meeting_id is None and "12/4/2024" in data.source_reference


def test_deleting_a_meeting_without_tasks_asks_plainly(page: MeetingsPage, prompter: FakePrompter,
                                                       demo_db: Database) -> None:
    MeetingService(demo_db).create(MeetingInput(date=dt.date(2025, 1, 10), title="Họp chuyên đề về chỉ số DTI"))
    page.reload()
    assert page.list.select(meeting_on(demo_db, dt.date(2025, 1, 10)))
    prompter.answers = [True]
    page.list_view.delete_action.trigger()
    assert prompter.questions[0].startswith("Xóa cuộc họp “Họp chuyên đề về chỉ số DTI” ngày 10/01/2025?")
    assert "nhiệm vụ" not in prompter.questions[0]
    assert shown_dates(page) == ["12/04/2024", "08/06/2022"]


def test_tasks_tab_lists_the_meetings_tasks(page: MeetingsPage) -> None:
    open_meeting(page, dt.date(2022, 6, 8))
    tasks = page.editor.tasks
    assert tasks.count() == 5 and page.editor_view.tabs.tabText(4) == "Nhiệm vụ (5)"
    statuses = {tasks.model.task(r).status for r in range(tasks.count())}
    assert statuses <= set(TaskStatus)


def test_keyboard_opens_saves_and_double_click_opens(qtbot: QtBot, page: MeetingsPage, demo_db: Database) -> None:
    page.activateWindow()
    page.list_view.table.setFocus()
    qtbot.keyClick(page.list_view.table, Qt.Key.Key_Return)
    assert page.editing() and page.editor.meeting_id == meeting_on(demo_db, DATE_2024)
    location = page.editor_view.general.location_edit
    location.setFocus()
    type_text(qtbot, location, "Trụ sở UBND tỉnh")
    qtbot.keyClick(location, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert MeetingService(demo_db).get(page.editor.meeting_id).location == "Trụ sở UBND tỉnh"
    qtbot.mouseClick(page.editor_view.back_button, LEFT)
    table = page.list_view.table
    centre = table.visualRect(page.list.proxy.index(1, Column.TITLE)).center()
    qtbot.mouseClick(table.viewport(), LEFT, pos=centre)
    qtbot.mouseDClick(table.viewport(), LEFT, pos=centre)
    assert page.editing() and page.editor.meeting_id == meeting_on(demo_db, dt.date(2022, 6, 8))


def test_a_site_row_needs_a_name(qtbot: QtBot, page: MeetingsPage) -> None:
    page.list.add()
    general = page.editor_view.general
    general.site_level_combo.setCurrentIndex(general.site_level_combo.findData("province"))
    assert general.site_label_edit.text() == ""
    qtbot.mouseClick(general.add_site_button, LEFT)
    assert general.site_error.isVisible() and "huyện, thành phố" in general.site_error.text()
    assert page.editor.general.sites.rowCount() == 0
    type_text(qtbot, general.site_label_edit, "Hội trường UBND tỉnh")
    qtbot.mouseClick(general.add_site_button, LEFT)
    assert general.site_error.isHidden() and page.editor.general.sites.rowCount() == 1
