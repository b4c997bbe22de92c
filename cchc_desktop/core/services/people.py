"""People and their positions, for pickers (chair, signer, attendee)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ...store.db import Database
from ...store.models import Person, Position
from ..errors import ValidationError
from ..text import collation_key, fold, nfc, nfc_or_none
from . import audit


@dataclass(frozen=True)
class PersonRow:
    id: int
    full_name: str
    title: str  # current position(s), joined
    agency_id: int | None
    active: bool

    @property
    def label(self) -> str:
        return f"{self.full_name}, {self.title}" if self.title else self.full_name


def sort_name_key(full_name: str) -> tuple[object, ...]:
    """Vietnamese names sort by given name (the last word), then the whole name."""
    words = full_name.split()
    return collation_key(words[-1] if words else ""), collation_key(full_name)


class PeopleService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, search: str = "", *, on: dt.date | None = None, include_inactive: bool = False) -> list[PersonRow]:
        query = select(Person).options(selectinload(Person.positions))
        for word in fold(search).split():
            query = query.where(Person.search_folded.contains(word, autoescape=True))
        if not include_inactive:
            query = query.where(Person.active.is_(True))
        with self.db.session() as session:
            rows = [
                PersonRow(p.id, p.full_name, titles_on(p, on), p.agency_id, p.active) for p in session.scalars(query)
            ]
        rows.sort(key=lambda r: sort_name_key(r.full_name))
        return rows

    def create(self, full_name: str, title: str = "", agency_id: int | None = None) -> int:
        with self.db.session() as session:
            return store_person(session, full_name, title, agency_id)


def store_person(session: Session, full_name: str, title: str = "", agency_id: int | None = None) -> int:
    """:meth:`PeopleService.create` inside ``session`` (part of a larger transaction); returns the id."""
    name = nfc(full_name or "")
    if not name:
        raise ValidationError("Họ và tên", full_name, "Họ và tên không được để trống.")
    person = Person(full_name=name, agency_id=agency_id)
    if nfc_or_none(title):
        person.positions.append(Position(title=nfc(title), agency_id=agency_id))
    session.add(person)
    session.flush()
    audit.record(session, "create", "people", person.uuid, f"Thêm người: {name}")
    return person.id


def titles_on(person: Person, on: dt.date | None) -> str:
    """The person's positions held on ``on`` (all open ones when None), joined with commas."""
    held = [
        p.title for p in person.positions
        if (on is None and p.end_date is None)
        or (on is not None and (p.start_date or dt.date.min) <= on <= (p.end_date or dt.date.max))
    ]
    return ", ".join(held)
