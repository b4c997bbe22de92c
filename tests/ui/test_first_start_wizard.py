"""The first-start assistant walked as a user does: fill, Hoàn tất stores everything; Hủy stores nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from cchc_desktop.core.services.issuing_bodies import IssuingBodyService
from cchc_desktop.core.services.notices import NoticeService
from cchc_desktop.core.services.settings import SettingsService
from cchc_desktop.store.db import Database
from cchc_desktop.store.models import AuditEntry, IssuingBody, Person, Setting, Task
from cchc_desktop.ui import background
from cchc_desktop.ui.dialogs.first_start_wizard import FirstStartWizard
from cchc_desktop.ui.first_start import needs_first_start
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages.notices.page import NoticesPage

from .conftest import FakePrompter, show_widget, type_text
from .test_first_start import builds  # noqa: F401  (fixture: a small demo builder)

LEFT = Qt.MouseButton.LeftButton


def press(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def walk(qtbot: QtBot, wizard: FirstStartWizard) -> None:
    """Choose Tuyên Quang (older results: Hà Giang), sign for the UBND tỉnh, add the office, initials "lth"."""
    assert wizard.currentId() == 0 and wizard.choice_page.setup_radio.isChecked()
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    province = wizard.province_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # a province must be chosen first
    assert province.province_combo.count() == 35  # the placeholder and the 34 units from 1 July 2025
    province.province_combo.setCurrentIndex(province.province_combo.findData("Tuyên Quang"))
    assert province.before_combo.isEnabled() and province.before() == "Tuyên Quang"
    province.before_combo.setCurrentIndex(province.before_combo.findData("Hà Giang"))
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    bodies = wizard.bodies_page
    type_text(qtbot, bodies.province_box.signer_edit, "Nguyễn Văn An")
    type_text(qtbot, bodies.province_box.title_edit, "Phó Chủ tịch UBND tỉnh")
    bodies.office_box.setChecked(True)
    bodies.office_box.formula_combo.setCurrentIndex(1)
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    type_text(qtbot, wizard.initials_page.initials_edit, "lth")
    assert wizard.initials_page.initials_edit.text() == "LTH"
    assert "UBND tỉnh Tuyên Quang (TB-UBND), người ký Nguyễn Văn An" in wizard.initials_page.summary.text()


def stored(db: Database) -> tuple[dict[str, str | None], int, int, int]:
    with db.session() as session:
        settings = {s.key: s.value for s in session.scalars(select(Setting))}
        return (settings, *(session.scalar(select(func.count(m.id))) or 0 for m in (IssuingBody, Person, AuditEntry)))


@pytest.fixture
def wizard(qtbot: QtBot, db: Database) -> FirstStartWizard:
    dialog = FirstStartWizard(db, year=2026)
    show_widget(qtbot, dialog, 700, 520)
    return dialog


def test_finish_stores_province_bodies_signer_and_initials(qtbot: QtBot, wizard: FirstStartWizard,
                                                          db: Database) -> None:
    assert needs_first_start(db)
    walk(qtbot, wizard)
    with qtbot.waitSignal(wizard.accepted):
        press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    settings = SettingsService(db)
    assert (settings.get("own_province"), settings.get("own_province_before_2025"), settings.get("drafter_initials")) \
        == ("Tuyên Quang", "Hà Giang", "LTH")
    rows = IssuingBodyService(db).list()
    assert [(b.name, b.notice_symbol, b.default_signer) for b in rows] == [
        ("UBND tỉnh Tuyên Quang", "TB-UBND", "Nguyễn Văn An"),
        ("Văn phòng UBND tỉnh Tuyên Quang", "TB-VPUBND", ""),
    ]
    assert (rows[0].signing_authority, rows[0].signer_title) == ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert (rows[1].signing_authority, rows[1].signer_title) == ("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG")
    assert not needs_first_start(db)  # shown once per database


def test_cancel_leaves_the_database_untouched(qtbot: QtBot, wizard: FirstStartWizard, db: Database) -> None:
    before = stored(db)
    walk(qtbot, wizard)
    with qtbot.waitSignal(wizard.rejected):
        press(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert stored(db) == before
    assert needs_first_start(db)  # so it is offered again at the next start


def test_bad_initials_keep_the_assistant_open_and_store_nothing(qtbot: QtBot, wizard: FirstStartWizard,
                                                                db: Database) -> None:
    before = stored(db)
    walk(qtbot, wizard)
    type_text(qtbot, wizard.initials_page.initials_edit, "1")
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible() and "chỉ gồm chữ cái in hoa" in wizard.initials_page.error.text()
    assert stored(db) == before


def test_the_demo_choice_finishes_at_once_and_stores_nothing(qtbot: QtBot, wizard: FirstStartWizard,
                                                             db: Database) -> None:
    before = stored(db)
    wizard.choice_page.demo_radio.setChecked(True)
    assert not wizard.button(QWizard.WizardButton.NextButton).isVisible()
    with qtbot.waitSignal(wizard.accepted):
        press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.use_demo and stored(db) == before


def test_a_database_with_data_or_a_province_is_not_set_up_again(db: Database) -> None:
    SettingsService(db).set("own_province", "Lạng Sơn")
    assert not needs_first_start(db)
    SettingsService(db).set("own_province", None)
    with db.session() as session:
        session.add(Task(title="Nhiệm vụ thật", lead_agency_id=1))
    assert not needs_first_start(db)


def test_menu_item_opens_the_assistant_and_finishing_updates_the_window(qtbot: QtBot, window: MainWindow,
                                                                         db: Database) -> None:
    assert window.first_start_action.text() == "Thiết lập &ban đầu…"
    bodies_page = window.show_page("issuing_bodies")
    window.first_start_action.trigger()
    wizard = window.findChild(FirstStartWizard)
    assert isinstance(wizard, FirstStartWizard) and wizard.isVisible()
    walk(qtbot, wizard)
    with qtbot.waitSignal(window.context.signals.status_message) as message:
        press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert message.args == ["Đã lưu thiết lập ban đầu."]
    assert bodies_page.presenter.model.rowCount() == 2  # the page on screen reloaded


def test_menu_demo_choice_opens_the_demo_marked_as_sample_data(
    qtbot: QtBot, window: MainWindow, db: Database, builds: list[Path]  # noqa: F811
) -> None:
    window.first_start_action.trigger()
    wizard = window.findChild(FirstStartWizard)
    assert isinstance(wizard, FirstStartWizard)
    wizard.choice_page.demo_radio.setChecked(True)
    started: list[tuple[str, str, bool]] = []

    def record(task: background.BackgroundTask) -> None:
        started.append((task.dialog.windowTitle(), task.dialog.labelText(), task.dialog.parent() is window))

    background.events.started.connect(record)
    try:
        press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    finally:
        background.events.started.disconnect(record)
    # Built off the GUI thread behind a progress dialog over the window, not under a wait cursor.
    assert started == [("Dữ liệu mẫu", "Đang tạo dữ liệu mẫu…", True)]
    assert QGuiApplication.overrideCursor() is None
    assert db.path is not None and builds == [db.path.with_name("demo.db")]
    assert window.context.db.path == db.path.with_name("demo.db")


def test_new_database_to_a_first_issued_notice_without_settings(qtbot: QtBot, window: MainWindow,
                                                                 prompter: FakePrompter) -> None:
    window.first_start_action.trigger()
    wizard = window.findChild(FirstStartWizard)
    assert isinstance(wizard, FirstStartWizard)
    walk(qtbot, wizard)
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)

    page = window.show_page("notices")
    assert isinstance(page, NoticesPage)
    page.list_view.new_action.trigger()
    view = page.editor_view
    assert view.general.body_combo.currentText().startswith("UBND tỉnh Tuyên Quang")
    assert view.general.signer_combo.currentText() == "Nguyễn Văn An"
    assert view.general.place_edit.text() == "Tuyên Quang"
    assert view.recipients.archive_line() == "VT (LTH)"
    type_text(qtbot, view.general.summary_edit, "Kết luận cuộc họp Ban Chỉ đạo cải cách hành chính tỉnh quý I")
    view.body.editor.setFocus()
    type_text(qtbot, view.body.editor, "Các sở, ngành triển khai ngay kết luận này.")
    view.recipients.insert_lines(["Các sở, ban, ngành;", "UBND các xã, phường;"])
    page.editor.commands.ask_issue_date = lambda parent, summary: dt.date(2026, 1, 15)
    view.issue_action.trigger()
    assert prompter.infos and prompter.infos[0].startswith("Đã ban hành Thông báo số 01/TB-UBND ngày 15/01/2026.")
    document = NoticeService(window.context.db).document(page.editor.notice_id)
    assert document.signer_name == "Nguyễn Văn An" and document.archive_line == "VT (LTH)"
    assert document.authority_lines == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


def test_opened_again_it_starts_from_what_is_stored_and_adds_no_second_body(qtbot: QtBot, db: Database) -> None:
    first = FirstStartWizard(db, year=2026)
    show_widget(qtbot, first, 700, 520)
    walk(qtbot, first)
    press(qtbot, first, QWizard.WizardButton.FinishButton)
    again = FirstStartWizard(db, year=2026)
    show_widget(qtbot, again, 700, 520)
    press(qtbot, again, QWizard.WizardButton.NextButton)
    assert again.province_page.province() == "Tuyên Quang"
    press(qtbot, again, QWizard.WizardButton.NextButton)
    boxes = (again.bodies_page.province_box, again.bodies_page.office_box)
    assert all(not box.isEnabled() and not box.isChecked() for box in boxes)
    press(qtbot, again, QWizard.WizardButton.NextButton)
    assert again.initials_page.initials_edit.text() == "LTH"
    again.initials_page.initials_edit.setText("NTL")
    press(qtbot, again, QWizard.WizardButton.FinishButton)
    assert not again.isVisible() and SettingsService(db).get("drafter_initials") == "NTL"
    assert len(IssuingBodyService(db).list()) == 2


def test_opened_again_with_one_body_stored_goes_on_without_adding_the_other(qtbot: QtBot, db: Database) -> None:
    """The UBND tỉnh is already stored and the office is not wanted: Tiếp still leads on, nothing is added."""
    first = FirstStartWizard(db, year=2026)
    show_widget(qtbot, first, 700, 520)
    press(qtbot, first, QWizard.WizardButton.NextButton)
    combo = first.province_page.province_combo
    combo.setCurrentIndex(combo.findData("Tuyên Quang"))
    press(qtbot, first, QWizard.WizardButton.NextButton)
    assert first.bodies_page.province_box.isChecked() and not first.bodies_page.office_box.isChecked()
    press(qtbot, first, QWizard.WizardButton.NextButton)
    press(qtbot, first, QWizard.WizardButton.FinishButton)
    assert len(IssuingBodyService(db).list()) == 1
    again = FirstStartWizard(db, year=2026)
    show_widget(qtbot, again, 700, 520)
    press(qtbot, again, QWizard.WizardButton.NextButton)
    press(qtbot, again, QWizard.WizardButton.NextButton)
    bodies = again.bodies_page
    assert not bodies.province_box.isEnabled() and bodies.office_box.isEnabled() and not bodies.office_box.isChecked()
    press(qtbot, again, QWizard.WizardButton.NextButton)  # enabled: a body to issue notices under exists
    press(qtbot, again, QWizard.WizardButton.FinishButton)
    assert len(IssuingBodyService(db).list()) == 1
