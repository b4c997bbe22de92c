"""A small searchable chooser of one active agency, for the conclusion's responsibility sentence."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ....core.services.agencies import AgencyRow
from ...widgets.agency_picker import AgencyCombo
from ...widgets.common import error_label


class AgencyChooser(QDialog):
    """"Cơ quan chủ trì" typed (without diacritics is fine) or picked; OK only with a real agency."""

    def __init__(self, agencies: Sequence[AgencyRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Chọn cơ quan chủ trì")
        self.setMinimumWidth(480)
        active = [a for a in agencies if a.active]
        self._names = {a.id: a.name for a in active}
        self.combo = AgencyCombo()
        self.combo.set_agencies(active)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Chèn")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Trách nhiệm thuộc về cơ quan chủ trì là:"))
        layout.addWidget(self.combo)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.combo.setFocus()

    def chosen_name(self) -> str | None:
        agency_id = self.combo.agency_id()
        return self._names.get(agency_id) if agency_id is not None else None

    def submit(self) -> None:
        if self.combo.agency_id() is None:
            self.error.setText("Hãy chọn một cơ quan, đơn vị trong danh sách.")
            self.error.show()
            return
        self.accept()


def choose_agency_name(agencies: Sequence[AgencyRow], parent: QWidget | None = None) -> str | None:
    """Ask for an agency (modal: the conclusion editor inserts the name at the cursor); None when cancelled."""
    dialog = AgencyChooser(agencies, parent)
    return dialog.chosen_name() if dialog.exec() == QDialog.DialogCode.Accepted else None
