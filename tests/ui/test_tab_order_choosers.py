"""Tab order and Alt+letters of the forms that were still without a test: the notice editor's general form, the
index dialog, the complete-task dialog and the two choosers of the notice editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from cchc_desktop.core.services.agencies import AgencyService
from cchc_desktop.core.services.criteria import CriteriaService, VersionRow
from cchc_desktop.core.services.index_catalogue import IndexCatalogueService
from cchc_desktop.core.services.recipients import RecipientGroupService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.dialogs.agency_chooser import RESPONSIBILITY_PROMPT, AgencyNameChooser
from cchc_desktop.ui.dialogs.notice_pickers import GroupChooser
from cchc_desktop.ui.pages.criteria.index_dialog import IndexDialog
from cchc_desktop.ui.pages.criteria.node_dialog import NodeDialog
from cchc_desktop.ui.pages.notices.general_view import GeneralView
from cchc_desktop.ui.pages.tasks.quick_dialogs import CompleteDialog

from .conftest import show_widget
from .tab_order import assert_back_tab_order, assert_mnemonics, assert_tab_order, focus_on
from .test_tasks_support import TODAY


def test_notice_general_form_tabs_down_its_fields(qtbot: QtBot) -> None:
    view = GeneralView()
    show_widget(qtbot, view, 1000, 600)
    stops: list[QWidget] = [
        view.body_combo, view.summary_edit, view.place_edit, view.day_spin, view.month_spin, view.year_spin,
        view.authority_edit, view.signer_title_edit, view.signer_combo,
    ]
    assert_tab_order(qtbot, stops)
    assert_back_tab_order(qtbot, stops)
    assert_mnemonics(qtbot, view, [view.body_combo, view.summary_edit, view.place_edit, view.authority_edit,
                                   view.signer_combo])


def test_index_and_complete_dialogs_walk_their_fields_then_their_buttons(qtbot: QtBot, demo: Database) -> None:
    catalogue = IndexCatalogueService(demo)
    index = IndexDialog(catalogue, catalogue.get("PAR INDEX"))
    complete = CompleteDialog("Rà soát thủ tục hành chính", TODAY, lambda day, text: "")
    dialogs: list[tuple[QDialog, list[QWidget]]] = [
        (index, [index.min_edit, index.max_edit, index.unit_edit, index.notes_edit]),
        (complete, [complete.date_field, complete.evidence_edit]),
    ]
    for dialog, fields in dialogs:
        show_widget(qtbot, dialog, 640, 420)
        assert_tab_order(qtbot, [*fields, dialog.ok_button, dialog.cancel_button], wraps=True)
        assert_mnemonics(qtbot, dialog, fields)
        dialog.close()


def test_the_choosers_walk_their_list_then_their_buttons(qtbot: QtBot, demo: Database) -> None:
    agencies = AgencyNameChooser(AgencyService(demo).list(), RESPONSIBILITY_PROMPT)
    groups = GroupChooser(RecipientGroupService(demo).list())
    for dialog, field in ((agencies, agencies.combo), (groups, groups.list)):
        show_widget(qtbot, dialog, 520, 320)
        assert_tab_order(qtbot, [field, dialog.ok_button, dialog.cancel_button], wraps=True)
        assert "&" in dialog.prompt_label.text()  # its Alt+letter puts the cursor in the list
        focus_on(qtbot, dialog.cancel_button)
        letter = dialog.prompt_label.text().split("&")[1][0].upper()
        qtbot.keyClick(dialog.cancel_button, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda field=field: field.isAncestorOf(QApplication.focusWidget()) or
                        QApplication.focusWidget() is field)
        dialog.close()


def test_the_survey_checkbox_has_its_own_alt_letter(qtbot: QtBot, demo: Database) -> None:
    node = NodeDialog(CriteriaService(demo), VersionRow(1, "PAR INDEX", "Bộ tiêu chí thử", 2024, None), [], None,
                      None)
    show_widget(qtbot, node, 600, 360)
    assert node.survey_check.text() == "Chấm qua điều tra &xã hội học"
    captions = [label.text() for label in node.findChildren(QLabel) if label.buddy() is not None]
    assert all("&x" not in text.lower() for text in captions)  # no caption took Alt+X
    focus_on(qtbot, node.code_edit)
    qtbot.keyClick(node.code_edit, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: node.survey_check.isChecked() and node.survey_check.hasFocus())  # an animated click
