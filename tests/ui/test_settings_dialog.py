"""Tệp › Cài đặt…: own province and drafter initials."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cchc_desktop.core.services.settings import (
    DRAFTER_INITIALS,
    OWN_PROVINCE,
    OWN_PROVINCE_BEFORE_2025,
    SettingsService,
)
from cchc_desktop.store.db import Database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.dialogs.settings_dialog import BEFORE_PLACEHOLDER, PLACEHOLDER, SettingsDialog
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.topics import Topic

from .conftest import FakePrompter, type_text
from .tab_order import assert_mnemonics, assert_tab_order


def open_dialog(qtbot: QtBot, context: AppContext, year: int = 2026) -> SettingsDialog:
    dialog = SettingsDialog(context, year=year)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_lists_the_provinces_of_the_year_in_vietnamese_order(qtbot: QtBot, context: AppContext) -> None:
    dialog = open_dialog(qtbot, context)
    combo = dialog.province_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[0] == PLACEHOLDER and combo.currentIndex() == 0
    assert len(names) == 1 + 34 and "Hà Giang" not in names
    assert names.index("Thành phố Cần Thơ") < names.index("Đắk Lắk") < names.index("Lạng Sơn")
    older = open_dialog(qtbot, context, year=2024)
    assert older.province_combo.count() == 1 + 63 and older.province_combo.findText("Hà Giang") > 0


def test_saves_both_values_and_tells_the_window(qtbot: QtBot, context: AppContext, db: Database) -> None:
    dialog = open_dialog(qtbot, context)
    dialog.province_combo.setCurrentIndex(dialog.province_combo.findText("Lạng Sơn"))
    dialog.initials_edit.setFocus()
    type_text(qtbot, dialog.initials_edit, "đth")
    assert dialog.initials_edit.text() == "ĐTH"
    messages: list[str] = []
    context.signals.status_message.connect(messages.append)
    with qtbot.waitSignal(context.signals.data_changed) as changed:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert changed.args == [Topic.SETTINGS]
    assert messages == ["Đã lưu cài đặt."]
    assert not dialog.isVisible()
    settings = SettingsService(db)
    assert settings.get(OWN_PROVINCE) == "Lạng Sơn" and settings.get(DRAFTER_INITIALS) == "ĐTH"


def test_refusals_show_in_the_dialog_and_store_nothing(qtbot: QtBot, context: AppContext, db: Database) -> None:
    dialog = open_dialog(qtbot, context)
    changes: list[Topic] = []
    context.signals.data_changed.connect(changes.append)
    type_text(qtbot, dialog.initials_edit, "LTH")
    dialog.submit()
    assert dialog.isVisible() and dialog.error_label.text() == "Hãy chọn tỉnh của mình."
    assert dialog.focusWidget() is dialog.province_combo
    dialog.province_combo.setCurrentIndex(dialog.province_combo.findText("Thành phố Hà Nội"))
    dialog.initials_edit.clear()
    type_text(qtbot, dialog.initials_edit, "Lê 2")
    dialog.submit()
    assert dialog.isVisible()
    assert dialog.error_label.text().startswith("Chữ viết tắt người soạn chỉ gồm chữ cái in hoa")
    assert changes == [] and SettingsService(db).get(OWN_PROVINCE) is None


def test_shows_the_stored_values_and_clears_empty_initials(qtbot: QtBot, context: AppContext, db: Database) -> None:
    SettingsService(db).set(OWN_PROVINCE, "TP. Hồ Chí Minh")
    SettingsService(db).set(DRAFTER_INITIALS, "LTH")
    dialog = open_dialog(qtbot, context)
    assert dialog.province_combo.currentText() == "Thành phố Hồ Chí Minh"
    assert dialog.province_combo.findText(PLACEHOLDER) == -1
    assert dialog.initials_edit.text() == "LTH"
    dialog.initials_edit.clear()
    dialog.submit()
    assert not dialog.isVisible()
    assert SettingsService(db).get(OWN_PROVINCE) == "Thành phố Hồ Chí Minh"
    assert SettingsService(db).get(DRAFTER_INITIALS) is None


def test_cancel_changes_nothing(qtbot: QtBot, context: AppContext, db: Database) -> None:
    dialog = open_dialog(qtbot, context)
    dialog.province_combo.setCurrentIndex(3)
    dialog.buttons.rejected.emit()
    assert not dialog.isVisible() and SettingsService(db).get(OWN_PROVINCE) is None


def test_file_menu_opens_the_dialog(window: MainWindow, prompter: FakePrompter, db: Database) -> None:
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Cài đặt"
    dialog.province_combo.setCurrentIndex(dialog.province_combo.findText("Lạng Sơn"))
    dialog.submit()
    assert SettingsService(db).get(OWN_PROVINCE) == "Lạng Sơn"
    assert window.statusBar().currentMessage() == "Đã lưu cài đặt."
    assert not prompter.errors and not prompter.questions


def test_the_province_before_2025_is_shown_and_saved(qtbot: QtBot, context: AppContext, db: Database) -> None:
    SettingsService(db).set(OWN_PROVINCE, "Tuyên Quang")
    SettingsService(db).set(OWN_PROVINCE_BEFORE_2025, "Hà Giang")
    dialog = open_dialog(qtbot, context)
    before = dialog.before_combo
    assert before.isEnabled() and before.currentText() == "Hà Giang"
    assert [before.itemText(i) for i in range(before.count())] == [BEFORE_PLACEHOLDER, "Tuyên Quang", "Hà Giang"]
    assert_tab_order(qtbot, [dialog.province_combo, before, dialog.initials_edit, dialog.ok_button,
                             dialog.cancel_button], wraps=True)
    assert_mnemonics(qtbot, dialog, [dialog.province_combo, before, dialog.initials_edit])
    before.setCurrentIndex(before.findText("Tuyên Quang"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert SettingsService(db).get(OWN_PROVINCE_BEFORE_2025) == "Tuyên Quang"
    again = open_dialog(qtbot, context)
    again.province_combo.setCurrentIndex(again.province_combo.findText("Lạng Sơn"))  # unchanged on 1 July 2025
    assert not again.before_combo.isEnabled() and again.before_combo.currentText() == "Lạng Sơn"
    qtbot.mouseClick(again.ok_button, Qt.MouseButton.LeftButton)
    assert SettingsService(db).get(OWN_PROVINCE_BEFORE_2025) == "Lạng Sơn"
