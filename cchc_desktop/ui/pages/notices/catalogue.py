"""What the notice editor offers in its lists: issuing bodies, signers, recipient groups, agencies."""

from __future__ import annotations

from ....core.services.agencies import AgencyRow, AgencyService
from ....core.services.issuing_bodies import IssuingBodyRow, IssuingBodyService
from ....core.services.people import PeopleService, PersonRow
from ....core.services.recipients import GroupRow, RecipientGroupService
from ....core.services.settings import DRAFTER_INITIALS, SettingsService
from ....store.db import Database


class NoticeCatalogue:
    """Read once per opened notice (and again when another page changes them)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.bodies: list[IssuingBodyRow] = []
        self.people: list[PersonRow] = []
        self.drafter = ""

    def reload(self) -> None:
        self.bodies = IssuingBodyService(self.db).list(include_inactive=True)
        self.people = PeopleService(self.db).list()
        self.drafter = SettingsService(self.db).get(DRAFTER_INITIALS) or ""

    def active_bodies(self) -> list[IssuingBodyRow]:
        return [body for body in self.bodies if body.active]

    def body(self, body_id: int | None) -> IssuingBodyRow | None:
        return next((b for b in self.bodies if b.id == body_id), None)

    def groups(self) -> list[GroupRow]:
        return RecipientGroupService(self.db).list()

    def group_lines(self, group_id: int) -> list[str]:
        return [line.text for line in RecipientGroupService(self.db).lines(group_id)]

    def agencies(self) -> list[AgencyRow]:
        return AgencyService(self.db).list()

    def default_archive(self, body: IssuingBodyRow) -> str:
        """"VT, NC (TPT)": the clerical office, the body's drafting unit and the drafter's initials."""
        unit = f", {body.archive_unit}" if body.archive_unit else ""
        drafter = f" ({self.drafter})" if self.drafter else ""
        return f"VT{unit}{drafter}"
