"""Add or edit one agency. Saving runs the service; a validation error stays in the dialog, next to the form."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from ...core.enums import AgencyKind
from ...core.errors import CchcError
from ...core.services.agencies import AgencyInput, AgencyRow
from ..widgets.field_errors import show_error
from .agency_form import NO_PARENT, AgencyForm

SaveFunction = Callable[[AgencyInput], int]
"""Stores the input and returns the agency's id; raises CchcError with a message for the user."""


class AgencyDialog(AgencyForm):
    """Window-modal dialog (``open()``, not ``exec()``); emits :attr:`saved` and closes once the save succeeded."""

    saved = Signal(int)
    """The agency with this id was stored."""

    def __init__(
        self,
        save: SaveFunction,
        parents: Sequence[AgencyRow],
        agency: AgencyRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle("Sửa cơ quan, đơn vị" if agency else "Thêm cơ quan, đơn vị")
        self.parent_combo.addItem(NO_PARENT, None)
        for row in parents:
            self.parent_combo.addItem(row.name, row.id)
        if agency is not None:
            self._fill(agency)
        else:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(AgencyKind.DEPARTMENT.value))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def agency_input(self) -> AgencyInput:
        return AgencyInput(
            name=self.name_edit.text(),
            short_name=self.short_name_edit.text(),
            kind=AgencyKind(self.kind_combo.currentData()),
            parent_id=self.parent_combo.currentData(),
            code=self.code_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def submit(self) -> None:
        """Save; on success close, otherwise show the message under the form and focus the field concerned."""
        try:
            agency_id = self._save(self.agency_input())
        except CchcError as error:
            self.show_error(error)
            return
        self.saved.emit(agency_id)
        self.accept()

    def show_error(self, error: CchcError) -> None:
        show_error(self.error_label, error, self.fields)

    def _fill(self, agency: AgencyRow) -> None:
        self.name_edit.setText(agency.name)
        self.short_name_edit.setText(agency.short_name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(agency.kind.value))
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(agency.parent_id)))
        self.code_edit.setText(agency.code)
        self.notes_edit.setPlainText(agency.notes)
