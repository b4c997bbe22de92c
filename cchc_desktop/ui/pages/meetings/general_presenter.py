"""Behaviour of the "Thông tin chung" tab: filling and reading the fields, the chair, the connected sites."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ....core.enums import MeetingFormat, MeetingKind
from ....core.errors import ValidationError
from ....core.services.meetings import SITE_LEVELS, MeetingInput, SiteInput
from ....core.services.people import PeopleService
from ...context import AppContext
from ...dialogs.person_dialog import PersonDialog
from ...models.meeting_rows_model import SitesModel
from ...topics import Topic
from .catalogue import MeetingCatalogue
from .delegates import ChoiceDelegate, CountDelegate
from .general_view import GeneralTab
from .row_commands import RowCommands
from .wording import SUGGESTED_LABELS, default_site_label, default_site_level, sites_sentence


class GeneralPresenter:
    """``changed`` is called after any edit of the tab (the editor re-checks for unsaved changes)."""

    def __init__(self, view: GeneralTab, context: AppContext, catalogue: MeetingCatalogue,
                 changed: Callable[[], None]) -> None:
        self.view = view
        self.context = context
        self.catalogue = catalogue
        self._changed = changed
        self._filling = False
        self.sites = SitesModel(view)
        view.sites_table.setModel(self.sites)
        view.set_sites_model_widths()
        view.sites_table.setItemDelegateForColumn(SitesModel.LEVEL, ChoiceDelegate(SITE_LEVELS, view.sites_table))
        view.sites_table.setItemDelegateForColumn(SitesModel.COUNT, CountDelegate(view.sites_table))
        self.site_rows = RowCommands(view.sites_table, self.sites, view.site_buttons)

        view.chair_combo.currentIndexChanged.connect(self.chair_chosen)
        view.add_person_button.clicked.connect(self.add_person)
        view.add_site_button.clicked.connect(self.add_site)
        view.site_label_edit.returnPressed.connect(self.add_site)
        view.site_level_combo.currentIndexChanged.connect(self.site_level_chosen)
        view.date_field.changed.connect(self.date_chosen)
        view.format_combo.currentIndexChanged.connect(self.refresh_preview)
        self.sites.rows_changed.connect(self.refresh_preview)
        for signal in (view.date_field.changed, view.kind_combo.currentIndexChanged, view.title_edit.textChanged,
                       view.format_combo.currentIndexChanged, view.location_edit.textChanged,
                       view.organiser_edit.textChanged, view.chair_combo.currentIndexChanged,
                       view.chair_title_edit.textChanged, view.notes_edit.textChanged, self.sites.rows_changed):
            signal.connect(self._edited)
        self.site_level_chosen()

    # -- filling and reading ------------------------------------------------------------------------------------
    def fill(self, data: MeetingInput) -> None:
        self._filling = True
        view = self.view
        view.date_field.set_date(data.date)
        view.kind_combo.setCurrentIndex(max(0, view.kind_combo.findData(data.kind.value)))
        view.title_edit.setPlainText(data.title)
        view.format_combo.setCurrentIndex(max(0, view.format_combo.findData(data.format.value)))
        view.location_edit.setText(data.location)
        view.organiser_edit.setText(data.organiser)
        view.chair_combo.set_people(self.catalogue.people(keep=[data.chair_id]), data.chair_id)
        view.chair_title_edit.setText(data.chair_title)
        view.notes_edit.setPlainText(data.notes)
        self.sites.set_rows(data.sites)
        view.site_error.hide()
        self._filling = False
        self.date_chosen()
        self.refresh_preview()

    def read(self, data: MeetingInput) -> None:
        """Copy the fields into ``data``; raises ValidationError when the date is not a real date."""
        view = self.view
        data.date = view.date_field.date()
        data.kind = MeetingKind(view.kind_combo.currentData())
        data.title = view.title_edit.text()
        data.format = MeetingFormat(view.format_combo.currentData())
        data.location = view.location_edit.text().strip()
        data.organiser = view.organiser_edit.text().strip()
        data.chair_id = view.chair_combo.person_id()
        data.chair_title = " ".join(view.chair_title_edit.text().split())
        data.notes = view.notes_edit.toPlainText().strip()
        data.sites = self.sites.rows()

    def snapshot(self) -> tuple:
        """The fields as typed (the date as text), to tell whether anything changed since loading or saving."""
        view = self.view
        return (
            view.date_field.edit.text().strip(), view.kind_combo.currentData(), view.title_edit.text(),
            view.format_combo.currentData(), view.location_edit.text().strip(), view.organiser_edit.text().strip(),
            view.chair_combo.person_id(), " ".join(view.chair_title_edit.text().split()),
            view.notes_edit.toPlainText().strip(), tuple((s.level, s.count, s.label) for s in self.sites.rows()),
        )

    def meeting_date(self) -> dt.date | None:
        """The date typed, or None while it is empty or not a real date."""
        try:
            return self.view.date_field.date()
        except ValidationError:
            return None

    def refill_people(self) -> None:
        """Show the people again (positions on a new date, someone added) keeping the chair."""
        self._filling = True
        chair = self.view.chair_combo.person_id()
        self.view.chair_combo.set_people(self.catalogue.people(keep=[chair]), chair)
        self._filling = False

    # -- chair --------------------------------------------------------------------------------------------------
    def chair_chosen(self) -> None:
        """Choosing a chair writes their position on the meeting date into "Chức vụ khi chủ trì"."""
        if not self._filling:
            self.view.chair_title_edit.setText(self.catalogue.title_of(self.view.chair_combo.person_id()))

    def add_person(self) -> None:
        dialog = PersonDialog(self._create_person, self.catalogue.agencies(), self.view)
        dialog.saved.connect(self._person_added)
        dialog.open()

    def _create_person(self, full_name: str, title: str, agency_id: int | None) -> int:
        return PeopleService(self.context.db).create(full_name, title, agency_id)

    def _person_added(self, person_id: int) -> None:
        self.context.signals.announce(Topic.PEOPLE)
        self.catalogue.reload_people(self.meeting_date())
        self.refill_people()
        self.view.chair_combo.set_person_id(person_id)
        person = self.catalogue.person(person_id)
        self.context.signals.status_message.emit(f"Đã thêm “{person.full_name if person else ''}”.")

    # -- sites --------------------------------------------------------------------------------------------------
    def site_level_chosen(self) -> None:
        """Suggest what sites of the chosen level are called, unless the clerk has written something else."""
        edit = self.view.site_label_edit
        if edit.text().strip() in ("", *SUGGESTED_LABELS):
            edit.setText(default_site_label(self.view.site_level_combo.currentData(), self.meeting_date()))

    def date_chosen(self) -> None:
        """Before the first site is added, suggest the level of the meeting's time: cấp xã from 1 July 2025 (no
        cấp huyện any more), cấp huyện before."""
        if self._filling or self.sites.rowCount() or self.view.site_label_edit.text().strip() not in ("",
                                                                                                    *SUGGESTED_LABELS):
            return
        combo = self.view.site_level_combo
        combo.setCurrentIndex(combo.findData(default_site_level(self.meeting_date())))
        self.site_level_chosen()

    def add_site(self) -> None:
        view = self.view
        label = " ".join(view.site_label_edit.text().split())
        if not label:
            view.site_error.setText("Hãy ghi các điểm cầu là gì, ví dụ: “xã, phường” (từ 01/7/2025) "
                                    "hoặc “huyện, thành phố” (trước đó).")
            view.site_error.show()
            view.site_label_edit.setFocus()
            return
        view.site_error.hide()
        row = self.sites.append(SiteInput(view.site_level_combo.currentData(), view.site_count_spin.value(), label))
        self.site_rows.select(row)
        view.site_count_spin.setValue(0)
        view.site_label_edit.clear()
        self.site_level_chosen()

    def refresh_preview(self) -> None:
        meeting_format = MeetingFormat(self.view.format_combo.currentData())
        self.view.sites_preview.setText(f"Ghi trong thông báo: {sites_sentence(meeting_format, self.sites.rows())}")

    def _edited(self) -> None:
        if not self._filling:
            self._changed()
