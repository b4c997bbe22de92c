"""The people and agencies the meeting editor offers, with positions as held on the meeting date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ....core.services.agencies import AgencyRow, AgencyService
from ....core.services.meetings import AttendeeInput
from ....core.services.people import PeopleService, PersonRow
from ....store.db import Database
from .wording import attendee_text


class MeetingCatalogue:
    """Loaded once per meeting (and again when people, agencies or the meeting date change)."""

    def __init__(self, db: Database) -> None:
        self._people_service = PeopleService(db)
        self._agency_service = AgencyService(db)
        self._people: dict[int, PersonRow] = {}
        self._agencies: dict[int, AgencyRow] = {}
        self.on: dt.date | None = None

    def reload(self, on: dt.date | None = None) -> None:
        """People with their positions on ``on`` (their current ones when None), and all agencies."""
        self.on = on
        self._people = {p.id: p for p in self._people_service.list(on=on, include_inactive=True)}
        self._agencies = {a.id: a for a in self._agency_service.list()}

    def reload_people(self, on: dt.date | None) -> None:
        self.on = on
        self._people = {p.id: p for p in self._people_service.list(on=on, include_inactive=True)}

    # -- offering -----------------------------------------------------------------------------------------------
    def people(self, keep: Iterable[int | None] = ()) -> list[PersonRow]:
        """Active people in name order, plus inactive ones already chosen (old records stay readable)."""
        kept = {i for i in keep if i is not None}
        return [p for p in self._people.values() if p.active or p.id in kept]

    def agencies(self) -> list[AgencyRow]:
        """All agencies (the pickers offer inactive ones only when already chosen)."""
        return list(self._agencies.values())

    def agency_triples(self) -> list[tuple[int, str, str]]:
        """(id, name, short name) for :func:`cchc_desktop.core.task_drafting.suggest_task`."""
        return [(a.id, a.name, a.short_name) for a in self._agencies.values()]

    # -- names --------------------------------------------------------------------------------------------------
    def person(self, person_id: int | None) -> PersonRow | None:
        return self._people.get(person_id) if person_id is not None else None

    def title_of(self, person_id: int | None) -> str:
        person = self.person(person_id)
        return person.title if person else ""

    def agency_name(self, agency_id: int | None) -> str:
        agency = self._agencies.get(agency_id) if agency_id is not None else None
        return agency.name if agency else ""

    def attendee_name(self, row: AttendeeInput) -> str:
        person = self.person(row.person_id)
        return person.full_name if person else self.agency_name(row.agency_id)

    def describe(self, row: AttendeeInput) -> str:
        """How the attendee reads in the notice ("đồng chí Dương Xuân Huyên, Phó Chủ tịch …")."""
        person = self.person(row.person_id)
        return attendee_text(row, person.full_name if person else "", person.title if person else "",
                             self.agency_name(row.agency_id))
