"""Keeps derived search columns up to date whenever records are flushed."""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session

from ..core.text import fold
from . import models as m


def _join(*parts: object) -> str:
    return " ".join(str(p) for p in parts if p)


def _plain(runs: list[dict] | None) -> str:
    return "".join(run.get("t", "") for run in runs or [])


_FOLDERS = {
    m.Agency: lambda o: _join(o.name, o.short_name, o.code),
    m.Person: lambda o: _join(o.full_name),
    m.Province: lambda o: _join(o.name, *(o.aliases or [])),
    m.Meeting: lambda o: _join(o.title, o.chair_title, o.location),
    m.Task: lambda o: _join(o.title, o.description, o.deadline_text, o.source_reference, o.evidence),
    m.Notice: lambda o: _join(o.summary, o.symbol, o.signer_name),
    m.Plan: lambda o: _join(o.reference, o.title, o.issuer),
}


@event.listens_for(Session, "before_flush")
def _update_folded(session: Session, flush_context: object, instances: object) -> None:
    for obj in list(session.new) + list(session.dirty):
        folder = _FOLDERS.get(type(obj))
        if folder is not None:
            obj.search_folded = fold(folder(obj))[:2000]
        elif isinstance(obj, m.TextBlock):
            obj.plain_folded = fold(_plain(obj.runs))[:4000]
