"""Behaviour of the "Thành phần dự" tab: add a person, an agency or typed text at a site; reorder; preview."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ....core.services.meetings import SITE_LEVELS, AttendeeInput
from ...models.meeting_attendee_model import AttendeesModel
from .attendees_view import AGENCY, ATTENDEE_KINDS, PERSON, TEXT_PLACEHOLDERS, TYPED, AttendeesTab
from .catalogue import MeetingCatalogue
from .delegates import ChoiceDelegate
from .row_commands import RowCommands
from .wording import attendance_sentence

_PICKER_PAGE = {PERSON: 0, AGENCY: 1, TYPED: 2}


class AttendeesPresenter:
    """Owns the attendees model; ``changed`` is called after any edit."""

    def __init__(self, view: AttendeesTab, catalogue: MeetingCatalogue, changed: Callable[[], None]) -> None:
        self.view = view
        self.catalogue = catalogue
        self.model = AttendeesModel(view)
        self.model.name_of = catalogue.attendee_name
        self.model.describe = catalogue.describe
        view.table.setModel(self.model)
        view.set_model_widths()
        view.table.setItemDelegateForColumn(AttendeesModel.LEVEL, ChoiceDelegate(SITE_LEVELS, view.table))
        self.rows = RowCommands(view.table, self.model, view.row_buttons)
        self._suggested = ""  # the position last written for the chosen person, replaced when the date changes

        view.kind_combo.currentIndexChanged.connect(self.kind_chosen)
        view.person_combo.currentIndexChanged.connect(self.person_chosen)
        view.add_button.clicked.connect(self.add)
        view.text_edit.returnPressed.connect(self.add)
        self.model.rows_changed.connect(self.refresh_preview)
        self.model.rows_changed.connect(changed)
        self.kind_chosen()

    # -- loading ------------------------------------------------------------------------------------------------
    def fill(self, attendees: list[AttendeeInput]) -> None:
        self.refill_catalogue()
        self.model.set_rows(attendees)
        self.view.add_error.hide()

    def refill_catalogue(self) -> None:
        """Offer the people (positions on the meeting date) and agencies again; redraw names and the preview."""
        view = self.view
        view.person_combo.set_people(self.catalogue.people(), view.person_combo.person_id())
        if view.kind_combo.currentData() == PERSON and view.text_edit.text() == self._suggested:
            self.person_chosen()
        agency = view.agency_combo.agency_id()
        view.agency_combo.set_agencies(self.catalogue.agencies(), agency)
        self.model.refresh()
        self.refresh_preview()

    def attendees(self) -> list[AttendeeInput]:
        return self.model.rows()

    def snapshot(self) -> tuple:
        return tuple((a.site_level, a.person_id, a.agency_id, a.text) for a in self.model.rows())

    # -- adding -------------------------------------------------------------------------------------------------
    def kind_chosen(self) -> None:
        kind = self.view.kind_combo.currentData()
        self.view.picker_stack.setCurrentIndex(_PICKER_PAGE[kind])
        self.view.text_edit.setPlaceholderText(TEXT_PLACEHOLDERS[kind])
        self.view.add_error.hide()

    def person_chosen(self) -> None:
        """Choosing a person writes their position on the meeting date, ready to be edited."""
        self._suggested = self.catalogue.title_of(self.view.person_combo.person_id())
        self.view.text_edit.setText(self._suggested)

    def add(self) -> None:
        view = self.view
        row = self._new_row()
        if row is None:
            return
        position = self.model.append(row)
        self.rows.select(position)
        view.add_error.hide()
        view.text_edit.clear()
        view.person_combo.set_person_id(None)
        view.agency_combo.set_agency_id(None)

    def _new_row(self) -> AttendeeInput | None:
        view = self.view
        kind = view.kind_combo.currentData()
        level = view.level_combo.currentData()
        text = " ".join(view.text_edit.text().split())
        if kind == PERSON:
            person_id = view.person_combo.person_id()
            if person_id is None:
                self._refuse("Hãy chọn một người trong danh sách (hoặc bấm “Thêm người…” ở tab Thông tin "
                             "chung để thêm người mới).", view.person_combo)
                return None
            return AttendeeInput(level, person_id=person_id, text=text)
        if kind == AGENCY:
            agency_id = view.agency_combo.agency_id()
            if agency_id is None:
                self._refuse("Hãy chọn một cơ quan, đơn vị trong danh sách.", view.agency_combo)
                return None
            return AttendeeInput(level, agency_id=agency_id, text=text)
        if not text:
            self._refuse(f"Hãy ghi nội dung thành phần dự ({ATTENDEE_KINDS[TYPED].lower()}).", view.text_edit)
            return None
        return AttendeeInput(level, text=text)

    def _refuse(self, message: str, widget: QWidget) -> None:
        self.view.add_error.setText(message)
        self.view.add_error.show()
        widget.setFocus()
        return None

    def refresh_preview(self) -> None:
        sentence = attendance_sentence([(a.site_level, self.catalogue.describe(a)) for a in self.model.rows()])
        self.view.preview.setText(f"Ghi trong thông báo: {sentence}" if sentence else
                                  "Chưa có thành phần dự. Thêm từng người, cơ quan hoặc dòng ghi tự do ở dưới.")
