"""The agency chooser behind "Câu trách nhiệm…" (meeting conclusion and notice body) and "Thêm cơ quan…"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from cchc_desktop.core.enums import AgencyKind
from cchc_desktop.core.services.agencies import AgencyRow
from cchc_desktop.ui.dialogs.agency_chooser import NOT_CHOSEN, RESPONSIBILITY_PROMPT, AgencyNameChooser


def agency(agency_id: int, name: str, active: bool = True) -> AgencyRow:
    return AgencyRow(agency_id, f"uuid-{agency_id}", name, "", AgencyKind.DEPARTMENT, None, "", "", active, "", 0)


AGENCIES = [agency(1, "Sở Nội vụ"), agency(2, "Sở Tư pháp"), agency(3, "UBND huyện Cao Lộc", active=False)]


def test_offers_only_active_agencies_and_returns_the_chosen_name(qtbot: QtBot) -> None:
    dialog = AgencyNameChooser(AGENCIES, RESPONSIBILITY_PROMPT, title="Chọn cơ quan chủ trì")
    qtbot.addWidget(dialog)
    names = [dialog.combo.itemText(i) for i in range(dialog.combo.count())]
    assert "UBND huyện Cao Lộc" not in " ".join(names) and dialog.windowTitle() == "Chọn cơ quan chủ trì"
    dialog.combo.set_agency_id(2)
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.chosen_name() == "Sở Tư pháp"


def test_refuses_to_insert_without_an_agency(qtbot: QtBot) -> None:
    dialog = AgencyNameChooser(AGENCIES, "Thêm nơi nhận:")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.combo.set_agency_id(None)
    dialog.submit()
    assert dialog.isVisible() and dialog.chosen_name() is None
    assert dialog.error_label.isVisible() and dialog.error_label.text() == NOT_CHOSEN
