"""Add a person (a chair, an attendee). Saving runs the service; a validation error stays in the dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from ...core.errors import CchcError
from ...core.services.agencies import AgencyRow
from ..widgets.field_errors import show_error
from .person_form import PersonForm

CreatePerson = Callable[[str, str, int | None], int]
"""Stores (full name, position, agency id) and returns the person's id; raises CchcError for the user."""


class PersonDialog(PersonForm):
    """Window-modal dialog (``open()``, not ``exec()``); emits :attr:`saved` and closes once the save succeeded."""

    saved = Signal(int)
    """The person with this id was stored."""

    def __init__(self, create: CreatePerson, agencies: Sequence[AgencyRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._create = create
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.agency_combo.set_agencies(agencies)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        """Save; on success close, otherwise show the message under the form and focus the field concerned."""
        try:
            person_id = self._create(self.name_edit.text(), self.title_edit.text(), self.agency_combo.agency_id())
        except CchcError as error:
            self.show_error(error)
            return
        self.saved.emit(person_id)
        self.accept()

    def show_error(self, error: CchcError) -> None:
        show_error(self.error_label, error, self.fields)
