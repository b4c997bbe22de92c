"""Every dialog as a user first sees it: it fits a 1366×768 laptop screen (728 px under the taskbar), its buttons
speak Vietnamese, and no one-line caption is cut off by its own width."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from cchc_desktop.core.errors import RowProblem
from cchc_desktop.core.services.agencies import AgencyService
from cchc_desktop.core.services.criteria import CriteriaService, VersionRow
from cchc_desktop.core.services.index_catalogue import IndexCatalogueService
from cchc_desktop.core.services.issuing_bodies import IssuingBodyService
from cchc_desktop.core.services.meetings import MeetingService
from cchc_desktop.core.services.recipients import RecipientGroupService
from cchc_desktop.core.services.results import ResultService
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.dialogs.agency_chooser import RESPONSIBILITY_PROMPT, AgencyNameChooser
from cchc_desktop.ui.dialogs.agency_dialog import AgencyDialog
from cchc_desktop.ui.dialogs.first_start_wizard import FirstStartWizard
from cchc_desktop.ui.dialogs.notice_draft_dialog import NoticeDraftDialog
from cchc_desktop.ui.dialogs.notice_issue_dialog import NoticeIssueDialog
from cchc_desktop.ui.dialogs.notice_pickers import GroupChooser
from cchc_desktop.ui.dialogs.person_dialog import PersonDialog
from cchc_desktop.ui.dialogs.settings_dialog import SettingsDialog
from cchc_desktop.ui.dialogs.task_editor import TaskEditorDialog
from cchc_desktop.ui.pages.analysis.meeting_chooser import MeetingChooser
from cchc_desktop.ui.pages.criteria.index_dialog import IndexDialog
from cchc_desktop.ui.pages.criteria.node_dialog import NodeDialog
from cchc_desktop.ui.pages.criteria.version_dialog import VersionDialog
from cchc_desktop.ui.pages.plans.editor import PlanEditor
from cchc_desktop.ui.pages.results.import_dialog import ResultImportDialog
from cchc_desktop.ui.pages.tasks.quick_dialogs import CompleteDialog, ProgressNoteDialog
from cchc_desktop.ui.widgets.problems_dialog import ImportProblemsDialog

from .test_tasks_support import TODAY

SCREEN = (1366, 728)
ENGLISH = {"ok", "cancel", "yes", "no", "apply", "close", "save", "open", "help", "reset", "discard", "abort",
           "retry", "ignore", "finish", "next", "back", "< back", "next >", "commit", "done"}


def dialogs(context: AppContext, tmp_path: Path) -> dict[str, Callable[[], QDialog]]:
    db = context.db
    catalogue = IndexCatalogueService(db)
    criteria = CriteriaService(db)
    version = VersionRow(1, "PAR INDEX", "Bộ tiêu chí thử", 2024, None)
    meetings = MeetingService(db).list()
    csv = tmp_path / "ket-qua.csv"
    csv.write_text("Tỉnh, thành phố,Điểm\n", encoding="utf-8")
    problems = [RowProblem(3, "Hạn hoàn thành", "31/02/2024 không phải là ngày hợp lệ.")]
    return {
        "agency": lambda: AgencyDialog(lambda data: 1, AgencyService(db).list()),
        "person": lambda: PersonDialog(lambda name, title, agency_id: 1, AgencyService(db).list()),
        "settings": lambda: SettingsDialog(context, year=2024),
        "first start": lambda: FirstStartWizard(db, year=2024),
        "draft": lambda: NoticeDraftDialog(IssuingBodyService(db).list(), RecipientGroupService(db).list(),
                                           meetings=meetings),
        "issue": lambda: NoticeIssueDialog("Thông báo số 01/TB-UBND", dt.date(2024, 4, 12)),
        "groups": lambda: GroupChooser(RecipientGroupService(db).list()),
        "responsibility": lambda: AgencyNameChooser(AgencyService(db).list(), RESPONSIBILITY_PROMPT),
        "task": lambda: TaskEditorDialog(context, today=lambda: TODAY),
        "progress": lambda: ProgressNoteDialog("Rà soát thủ tục hành chính", TODAY, lambda day, text: ""),
        "complete": lambda: CompleteDialog("Rà soát thủ tục hành chính", TODAY, lambda day, text: ""),
        "plan": lambda: PlanEditor(context),
        "index": lambda: IndexDialog(catalogue, catalogue.get("PAR INDEX")),
        "criterion": lambda: NodeDialog(criteria, version, [], None, None),
        "version": lambda: VersionDialog(criteria, "PAR INDEX", [], None),
        "results import": lambda: ResultImportDialog(ResultService(db), catalogue.list(), csv, "PAPI",
                                                     lambda: None, 2024),
        "meeting chooser": lambda: MeetingChooser(meetings, meetings[0].id),
        "import problems": lambda: ImportProblemsDialog("nhiem-vu.xlsx", problems),
    }


def clipped_labels(dialog: QWidget) -> list[str]:
    """One-line captions narrower than their text (a word-wrapped label takes more lines instead)."""
    return [label.text() for label in dialog.findChildren(QLabel)
            if label.isVisible() and label.text() and not label.wordWrap() and label.pixmap().isNull()
            and "<" not in label.text() and label.width() < label.minimumSizeHint().width()]


def english_buttons(dialog: QWidget) -> list[str]:
    return [button.text() for button in dialog.findChildren(QAbstractButton)
            if button.isVisible() and button.text().replace("&", "").strip().lower() in ENGLISH]


@pytest.mark.parametrize("name", ["agency", "person", "settings", "first start", "draft", "issue", "groups",
                                  "responsibility", "task", "progress", "complete", "plan", "index", "criterion",
                                  "version", "results import", "meeting chooser", "import problems"])
def test_dialog_fits_a_laptop_speaks_vietnamese_and_shows_whole_captions(
        qtbot: QtBot, demo_context: AppContext, tmp_path: Path, name: str) -> None:
    dialog = dialogs(demo_context, tmp_path)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    size = dialog.frameGeometry().size()
    assert size.width() <= SCREEN[0] and size.height() <= SCREEN[1], (name, size)
    assert dialog.windowTitle() and dialog.windowTitle() != "python"
    assert english_buttons(dialog) == []
    assert clipped_labels(dialog) == []


def test_the_sweep_sees_a_cut_caption_and_an_english_button(qtbot: QtBot) -> None:
    dialog = QDialog()
    caption = QLabel("Số đơn vị được xếp hạng:", dialog)
    caption.setFixedWidth(40)
    button = QPushButton("Cancel", dialog)
    button.move(0, 30)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert clipped_labels(dialog) == ["Số đơn vị được xếp hạng:"] and english_buttons(dialog) == ["Cancel"]
    caption.setWordWrap(True)
    button.setText("Hủy")
    assert clipped_labels(dialog) == [] and english_buttons(dialog) == []
