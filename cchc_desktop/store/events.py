"""Keeps derived search columns up to date whenever records are flushed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from ..core.text import fold
from . import models as m


def _join(*parts: object) -> str:
    return " ".join(str(p) for p in parts if p)


def _plain(runs: list[dict[str, Any]] | None) -> str:
    return "".join(run.get("t", "") for run in runs or [])


_FOLDERS: dict[type, Callable[[Any], str]] = {
    m.Agency: lambda o: _join(o.name, o.short_name, o.code),
    m.Person: lambda o: _join(o.full_name),
    m.Province: lambda o: _join(o.name, *(o.aliases or [])),
    m.Task: lambda o: _join(o.title, o.description, o.deadline_text, o.source_reference, o.evidence),
    m.Notice: lambda o: _join(o.summary, o.symbol, o.signer_name),
    m.Plan: lambda o: _join(o.reference, o.title, o.issuer),
}


def _chair(session: Session, meeting: m.Meeting) -> m.Person | None:
    """The chair as it will be stored: a person just assigned to ``chair`` wins, else ``chair_id`` (which may have
    changed while the loaded ``chair`` relationship still names the previous person)."""
    added = inspect(meeting).attrs.chair.history.added
    if added:
        chair: m.Person = added[0]
        return chair
    return session.get(m.Person, meeting.chair_id) if meeting.chair_id is not None else None


def _meeting_text(session: Session, meeting: m.Meeting) -> str:
    chair = _chair(session, meeting)
    return _join(meeting.title, chair.full_name if chair is not None else None, meeting.chair_title, meeting.location)


def _renamed_chairs(session: Session) -> list[int]:
    """Persisted people whose name changes in this flush (their meetings must be found under the new name)."""
    return [
        person.id for person in session.dirty
        if isinstance(person, m.Person) and person.id is not None
        and inspect(person).attrs.full_name.history.has_changes()
    ]


@event.listens_for(Session, "before_flush")
def _update_folded(session: Session, flush_context: object, instances: object) -> None:
    meetings = [obj for obj in list(session.new) + list(session.dirty) if isinstance(obj, m.Meeting)]
    renamed = _renamed_chairs(session)
    if renamed:
        meetings += session.scalars(select(m.Meeting).where(m.Meeting.chair_id.in_(renamed))).all()
    for meeting in dict.fromkeys(meetings):
        meeting.search_folded = fold(_meeting_text(session, meeting))[:2000]
    for obj in list(session.new) + list(session.dirty):
        folder = _FOLDERS.get(type(obj))
        if folder is not None:
            obj.search_folded = fold(folder(obj))[:2000]
        elif isinstance(obj, m.TextBlock):
            obj.plain_folded = fold(_plain(obj.runs))[:4000]
