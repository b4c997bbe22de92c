"""Tab walks every form's fields in the order they are read on screen, and never gets stuck in a date field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from cchc_desktop.core.enums import DeadlineKind
from cchc_desktop.core.services.criteria import CriteriaService, VersionRow
from cchc_desktop.store.db import Database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.dialogs.agency_dialog import AgencyDialog
from cchc_desktop.ui.dialogs.notice_draft_dialog import NoticeDraftDialog
from cchc_desktop.ui.dialogs.notice_issue_dialog import NoticeIssueDialog
from cchc_desktop.ui.dialogs.person_dialog import PersonDialog
from cchc_desktop.ui.dialogs.settings_dialog import SettingsDialog
from cchc_desktop.ui.dialogs.task_editor import TaskEditorDialog
from cchc_desktop.ui.pages.criteria.node_dialog import NodeDialog
from cchc_desktop.ui.pages.criteria.version_dialog import VersionDialog
from cchc_desktop.ui.pages.issuing_bodies.editor_view import BodyEditorView
from cchc_desktop.ui.pages.meetings.general_view import GeneralTab
from cchc_desktop.ui.pages.plans.editor import PlanEditor
from cchc_desktop.ui.pages.recipients.editor_view import GroupEditorView
from cchc_desktop.ui.pages.tasks.quick_dialogs import ProgressNoteDialog
from cchc_desktop.ui.pages.tasks.view import TasksView
from cchc_desktop.ui.widgets.date_field import DateField

from .conftest import FakePrompter, show_widget
from .tab_order import assert_back_tab_order, assert_mnemonics, assert_tab_order, focus_on
from .test_tasks_support import TODAY

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def test_meeting_form_tabs_from_the_date_to_kind_title_and_on(qtbot: QtBot) -> None:
    tab = GeneralTab()
    show_widget(qtbot, tab, 1366, 900)
    stops: list[QWidget] = [
        tab.date_field, tab.kind_combo, tab.title_edit, tab.format_combo, tab.organiser_edit, tab.location_edit,
        tab.chair_combo, tab.add_person_button, tab.chair_title_edit, tab.notes_edit, tab.site_level_combo,
        tab.site_count_spin, tab.site_label_edit, tab.add_site_button, tab.sites_table,
    ]
    assert_tab_order(qtbot, stops)
    assert_back_tab_order(qtbot, stops)
    assert_mnemonics(qtbot, tab, [tab.date_field, tab.kind_combo, tab.title_edit, tab.site_count_spin])


def test_alt_down_or_f4_in_a_date_field_opens_its_calendar_and_a_picked_day_fills_it(qtbot: QtBot) -> None:
    field = DateField()
    show_widget(qtbot, field, 300, 60)
    focus_on(qtbot, field)
    assert field.button.focusPolicy() == Qt.FocusPolicy.NoFocus
    menu = field.menu
    for key, modifier in ((Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier), (Qt.Key.Key_F4, NO_MODIFIER)):
        qtbot.keyClick(field.edit, key, modifier)
        qtbot.waitUntil(menu.isVisible)
        field.calendar.setSelectedDate(QDate(2025, 7, 1))
        field.calendar.activated.emit(QDate(2025, 7, 1))
        qtbot.waitUntil(lambda: not menu.isVisible())
        assert field.date() == dt.date(2025, 7, 1)
        field.set_date(None)
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)  # the ▾ button drops the same calendar down
    qtbot.waitUntil(menu.isVisible)
    field.calendar.clicked.emit(QDate(2025, 7, 2))
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert field.date() == dt.date(2025, 7, 2) and field.button.menu() is None  # one arrow: no menu indicator


def test_every_dialog_walks_its_fields_then_its_buttons_and_wraps(qtbot: QtBot, demo_context: AppContext) -> None:
    agency = AgencyDialog(lambda data: 1, [])
    person = PersonDialog(lambda name, title, agency_id: 1, [])
    settings = SettingsDialog(demo_context, year=2024)
    draft = NoticeDraftDialog([], [], meetings=[])
    issue = NoticeIssueDialog("Thông báo số …", dt.date(2024, 4, 12))
    forms: list[tuple[QDialog, list[QWidget]]] = [
        (agency, [agency.name_edit, agency.short_name_edit, agency.kind_combo, agency.parent_combo,
                  agency.code_edit, agency.notes_edit]),
        (person, [person.name_edit, person.title_edit, person.agency_combo]),
        (settings, [settings.province_combo, settings.initials_edit]),
        (draft, [draft.meeting_combo, draft.body_combo, draft.group_list]),
        (issue, [issue.date_field]),
    ]
    for dialog, fields in forms:
        show_widget(qtbot, dialog, 640, 400)
        stops = [*fields, dialog.ok_button, dialog.cancel_button]  # type: ignore[attr-defined]
        assert_tab_order(qtbot, stops, wraps=True)
        assert_mnemonics(qtbot, dialog, fields)
        dialog.close()


def test_task_editor_tabs_down_the_left_column_then_the_right(
    qtbot: QtBot, demo_context: AppContext, prompter: FakePrompter
) -> None:
    dialog = TaskEditorDialog(demo_context, today=lambda: TODAY)
    show_widget(qtbot, dialog, 1040, 700)
    deadline = dialog.deadline_input
    deadline.set_kind(DeadlineKind.EXACT)
    prompter.unsaved_answers.append("discard")  # the deadline kind changed; closing drops it
    fields: list[QWidget] = [
        dialog.title_edit, dialog.description_edit, dialog.lead_combo, dialog.cooperators.search,
        dialog.cooperators.view, dialog.source_combo, dialog.reference_edit, dialog.criterion_combo,
        dialog.assigned_field, deadline.kind_combo, deadline.date_field, deadline.text_edit, dialog.status_combo,
        dialog.evidence_edit,  # "Ngày hoàn thành" is disabled until the status says done
    ]
    assert_tab_order(qtbot, [*fields, dialog.ok_button, dialog.cancel_button], wraps=True)
    assert_mnemonics(qtbot, dialog, [dialog.title_edit, dialog.lead_combo, dialog.assigned_field])


def test_plan_dialog_tabs_along_its_rows_into_the_targets(qtbot: QtBot, demo_context: AppContext) -> None:
    dialog = PlanEditor(demo_context)
    show_widget(qtbot, dialog, 1180, 720)
    fields: list[QWidget] = [
        dialog.kind_combo, dialog.reference_edit, dialog.issued_field, dialog.issuer_edit, dialog.start_spin,
        dialog.end_spin, dialog.title_edit,
    ]
    assert_tab_order(qtbot, fields)
    assert_back_tab_order(qtbot, fields)
    assert_mnemonics(qtbot, dialog, [dialog.kind_combo, dialog.reference_edit, dialog.issued_field])


def test_task_filters_tab_from_search_to_the_dates_and_on(qtbot: QtBot) -> None:
    view = TasksView()
    show_widget(qtbot, view, 1366, 700)
    stops: list[QWidget] = [
        view.search_edit, view.agency_combo, view.status_combo, view.source_combo, view.due_from, view.due_to,
        view.overdue_check, view.clear_filters_button, view.table,
    ]
    assert_tab_order(qtbot, stops)
    assert_mnemonics(qtbot, view, [view.due_from, view.due_to])
    view.table.setModel(QStandardItemModel(3, 3))
    view.table.setCurrentIndex(view.table.model().index(0, 0))
    focus_on(qtbot, view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)  # a list is one stop: Tab leaves it instead of walking its cells
    assert not view.table.hasFocus()


def test_issuing_body_editor_tabs_down_its_form(qtbot: QtBot) -> None:
    view = BodyEditorView()
    show_widget(qtbot, view, 1366, 700)
    stops: list[QWidget] = [
        view.name_edit, view.parent_edit, view.body_lines_edit, view.symbol_edit, view.place_edit,
        view.authority_combo, view.signer_title_edit, view.signer_combo, view.add_person_button, view.archive_edit,
        view.agency_combo,
    ]
    assert_tab_order(qtbot, stops)
    assert_mnemonics(qtbot, view, [view.name_edit, view.symbol_edit, view.agency_combo])


def test_recipient_group_editor_tabs_from_its_name_to_the_new_line(qtbot: QtBot) -> None:
    view = GroupEditorView()
    show_widget(qtbot, view, 1366, 700)
    assert_tab_order(qtbot, [view.name_edit, view.notes_edit, view.new_line_edit])
    assert_mnemonics(qtbot, view, [view.name_edit, view.notes_edit])


def test_criteria_version_and_quick_task_dialogs_tab_through_their_rows(qtbot: QtBot, demo: Database) -> None:
    criteria = CriteriaService(demo)
    version = VersionDialog(criteria, "PAR INDEX", [], None)
    node = NodeDialog(criteria, VersionRow(1, "PAR INDEX", "Bộ tiêu chí thử", 2024, None), [], None, None)
    progress = ProgressNoteDialog("Rà soát thủ tục hành chính", TODAY, lambda day, text: None)
    dialogs: list[tuple[QDialog, list[QWidget]]] = [
        (version, [version.name_edit, version.from_spin, version.to_spin, version.copy_combo]),
        (node, [node.code_edit, node.name_edit, node.max_edit, node.agency_combo, node.survey_check]),
        (progress, [progress.date_field, progress.note_edit]),
    ]
    for dialog, fields in dialogs:
        show_widget(qtbot, dialog, 600, 360)
        assert_tab_order(qtbot, [*fields, dialog.ok_button, dialog.cancel_button], wraps=True)
        assert_mnemonics(qtbot, dialog, [f for f in fields if f is not getattr(dialog, "survey_check", None)])
        dialog.close()


def test_enter_saves_and_escape_cancels_a_dialog(qtbot: QtBot) -> None:
    saved: list[str] = []
    dialog = AgencyDialog(lambda data: saved.append(data.name) or 1, [])
    show_widget(qtbot, dialog, 600, 400)
    assert dialog.ok_button.isDefault()
    focus_on(qtbot, dialog.name_edit)
    qtbot.keyClicks(dialog.name_edit, "So Thu nghiem")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert saved == ["So Thu nghiem"]

    other = AgencyDialog(lambda data: saved.append(data.name) or 2, [])
    show_widget(qtbot, other, 600, 400)
    focus_on(qtbot, other.short_name_edit)
    qtbot.keyClicks(other.short_name_edit, "STN")
    with qtbot.waitSignal(other.rejected):
        qtbot.keyClick(other.short_name_edit, Qt.Key.Key_Escape)
    assert saved == ["So Thu nghiem"]
