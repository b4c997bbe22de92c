"""Tab walks every form's fields in the order they are read on screen, and never gets stuck in a date field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cchc_desktop.ui.pages.meetings.general_view import GeneralTab

from cchc_desktop.ui.widgets.date_field import DateField

from .conftest import show_widget
from .tab_order import assert_back_tab_order, assert_tab_order, focus_on

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


def test_alt_down_or_f4_in_a_date_field_opens_its_calendar_and_a_picked_day_fills_it(qtbot: QtBot) -> None:
    field = DateField()
    show_widget(qtbot, field, 300, 60)
    focus_on(qtbot, field)
    assert field.button.focusPolicy() == Qt.FocusPolicy.NoFocus
    for key, modifier in ((Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier), (Qt.Key.Key_F4, NO_MODIFIER)):
        qtbot.keyClick(field.edit, key, modifier)
        menu = field.button.menu()
        qtbot.waitUntil(menu.isVisible)
        field.calendar.setSelectedDate(QDate(2025, 7, 1))
        field.calendar.activated.emit(QDate(2025, 7, 1))
        qtbot.waitUntil(lambda: not menu.isVisible())
        assert field.date() == dt.date(2025, 7, 1)
        field.set_date(None)
