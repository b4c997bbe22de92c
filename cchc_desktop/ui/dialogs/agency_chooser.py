"""A small searchable chooser of one active agency: the responsibility sentence of a conclusion or a notice body,
and a "Nơi nhận" line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from ...core.services.agencies import AgencyRow
from ..widgets.agency_picker import AgencyCombo
from ..widgets.common import dialog_buttons, error_label
from ..widgets.mnemonics import assign_mnemonics

RESPONSIBILITY_PROMPT = "Trách nhiệm thuộc về cơ quan chủ trì là:"
NOT_CHOSEN = "Hãy chọn một cơ quan, đơn vị trong danh sách."


class AgencyNameChooser(QDialog):
    """One active agency typed (without diacritics is fine) or picked; "Chèn" only with a real agency."""

    def __init__(self, agencies: Sequence[AgencyRow], prompt: str, parent: QWidget | None = None,
                 title: str = "Chọn cơ quan, đơn vị") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        active = [a for a in agencies if a.active]
        self._names = {a.id: a.name for a in active}
        self.combo = AgencyCombo()
        self.combo.set_agencies(active)
        self.error_label = error_label()
        buttons, self.ok_button, self.cancel_button = dialog_buttons("Chèn")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.prompt_label = QLabel(prompt)
        self.prompt_label.setBuddy(self.combo)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.combo)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        assign_mnemonics(self)
        self.combo.setFocus()

    def chosen_name(self) -> str | None:
        agency_id = self.combo.agency_id()
        return self._names.get(agency_id) if agency_id is not None else None

    def submit(self) -> None:
        if self.chosen_name() is None:
            self.error_label.setText(NOT_CHOSEN)
            self.error_label.show()
            return
        self.accept()


def choose_agency_name(agencies: Sequence[AgencyRow], prompt: str, parent: QWidget | None = None,
                       title: str = "Chọn cơ quan, đơn vị") -> str | None:
    """Ask for an agency (modal: the editor inserts the name at the cursor); its official name, or None when
    cancelled."""
    dialog = AgencyNameChooser(agencies, prompt, parent, title)
    return dialog.chosen_name() if dialog.exec() == QDialog.DialogCode.Accepted else None


def choose_lead_agency(agencies: Sequence[AgencyRow], parent: QWidget | None = None) -> str | None:
    """The agency named in "(Trách nhiệm thuộc về cơ quan chủ trì là …)"."""
    return choose_agency_name(agencies, RESPONSIBILITY_PROMPT, parent, "Chọn cơ quan chủ trì")
