"""Writing the audit log in the same transaction as the change it describes.

Who: :func:`user_identity` — the operating system's login name (``getpass.getuser()``). The environment variable
``CCHC_USER`` overrides it (a shared office account, a script); an entry written under an override says so
(``details["user_override"]`` keeps the variable's name and the real login name), so the log never passes a
typed-in name off as a login.

What: an edit takes a :func:`snapshot` of the record before and after it and stores the fields that differ
(:func:`changes`) as readable text — dates as dd/mm/yyyy, choices by their Vietnamese label, a foreign key by the
name of the record it points to — under ``details["changes"]``, each with the field's Vietnamese name. The
readers are in :mod:`.audit_log`.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import RelationshipDirection, Session

from ...store.models import AuditEntry
from ..body import plain_text
from ..formats import format_date, format_number
from .audit_labels import field_label
from .bodies import load_body

USER_VARIABLE = "CCHC_USER"
MAX_VALUE = 2000
"""Characters kept of one value (a long body is cut with "…")."""

_SKIPPED = frozenset({"id", "uuid", "search_folded", "created_at", "updated_at", "body_id", "conclusion_id",
                      "position"})
_NAME_ATTRIBUTES = ("full_name", "name", "title", "summary", "code", "text")


@dataclass(frozen=True)
class UserIdentity:
    name: str
    """The name written to the log."""
    login: str
    """The operating system's login name."""
    overridden: bool
    """Whether ``name`` comes from :data:`USER_VARIABLE` rather than the login."""


def _login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 — getpass fails without a login name on some systems
        return "unknown"


def user_identity() -> UserIdentity:
    login = _login()
    override = (os.environ.get(USER_VARIABLE) or "").strip()
    if override and override != login:
        return UserIdentity(override, login, True)
    return UserIdentity(login, login, False)


def current_user() -> str:
    return user_identity().name


def record(session: Session, action: str, entity: str, uuid: str | None, summary: str, **details: object) -> None:
    """Add one entry to the log; ``details`` may hold ``changes`` (see :func:`changes`) and other facts."""
    who = user_identity()
    extra = {key: value for key, value in details.items() if value not in (None, [], {}) or key == "changes"}
    if who.overridden:
        extra["user_override"] = {"variable": USER_VARIABLE, "login": who.login}
    session.add(AuditEntry(user=who.name, action=action, entity=entity, entity_uuid=uuid, summary=summary,
                           details=extra or None))


# -- before/after ---------------------------------------------------------------------------------------------
def readable(value: Any) -> str:
    """A stored value as a user reads it."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(getattr(value, "label", value.value))
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, dt.datetime):
        return f"{format_date(value.date())} {value:%H:%M}"
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, float):
        return format_number(value, 4, trim=True)
    if isinstance(value, (list, tuple)):
        return "; ".join(readable(item) for item in value)
    text = str(value)
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"


def display_name(obj: object | None) -> str:
    """What a related record is called ("Sở Nội vụ", a meeting's title)."""
    if obj is None:
        return ""
    for attribute in _NAME_ATTRIBUTES:
        value = getattr(obj, attribute, None)
        if isinstance(value, str) and value:
            return readable(value)
    return f"#{getattr(obj, 'id', '')}"


def _names(items: Any) -> str:
    return "; ".join(display_name(item) for item in items)


def _meeting_extras(session: Session, meeting: Any) -> dict[str, str]:
    from ...store.models import Agency, Person

    def attendee(a: Any) -> str:
        person = session.get(Person, a.person_id) if a.person_id is not None else None
        agency = session.get(Agency, a.agency_id) if a.agency_id is not None else None
        return " ".join(p for p in (a.text or "", display_name(person) or display_name(agency)) if p)

    return {
        "sites": "; ".join(f"{s.count} {s.label}" for s in meeting.sites),
        "attendees": "; ".join(attendee(a) for a in meeting.attendees),
        "reports": "; ".join(f"{r.presenter}: {r.subject}" for r in meeting.reports),
    }


def _notice_extras(session: Session, notice: Any) -> dict[str, str]:
    if notice.body is not None and inspect(notice.body).persistent:
        # Blocks a save removed stay in the loaded collection until it is read again.
        session.flush()
        session.expire(notice.body, ["blocks"])
    return {
        "body": readable(plain_text(load_body(notice.body))),
        "recipients": "; ".join(r.text for r in notice.recipients),
        "attachments": "; ".join(a.title for a in notice.attachments),
    }


_EXTRAS: dict[str, Callable[[Session, Any], dict[str, str]]] = {
    "tasks": lambda session, task: {"cooperators": _names(task.cooperators)},
    "meetings": _meeting_extras,
    "notices": _notice_extras,
    "recipient_groups": lambda session, group: {"lines": "; ".join(line.text for line in group.lines)},
}
"""Parts of a record kept in other tables that an edit changes with it (co-operating agencies, attendees …)."""


def snapshot(obj: Any) -> dict[str, str]:
    """The readable values of ``obj``'s fields, keyed by attribute name; foreign keys by the related name."""
    state = inspect(obj)
    mapper, session = state.mapper, state.session
    targets = {
        column.key: rel.mapper.class_
        for rel in mapper.relationships if rel.direction is RelationshipDirection.MANYTOONE
        for column in rel.local_columns
    }
    values: dict[str, str] = {}
    with session.no_autoflush if session is not None else nullcontext():
        for attr in mapper.column_attrs:
            if attr.key in _SKIPPED:
                continue
            value = getattr(obj, attr.key)
            target = targets.get(attr.columns[0].key)
            if target is not None and value is not None and session is not None:
                values[attr.key] = display_name(session.get(target, value)) or f"#{value}"
            else:
                values[attr.key] = readable(value)
        extras = _EXTRAS.get(mapper.local_table.name)
        if extras is not None and session is not None:
            values.update(extras(session, obj))
    return values


def changes(table: str, before: dict[str, str], after: dict[str, str]) -> list[dict[str, str]]:
    """The fields whose readable value differs, in field order, each with its Vietnamese name.

    ``before`` empty (a new record) lists the filled fields; ``after`` empty (a deleted record) lists what was lost.
    """
    fields = list(dict.fromkeys([*before, *after]))
    result = []
    for field in fields:
        old, new = before.get(field, ""), after.get(field, "")
        if old != new:
            result.append({"field": field, "label": field_label(table, field), "before": old, "after": new})
    return result


def change_record(session: Session, action: str, entity: str, obj: Any, before: dict[str, str] | None,
                  summary: str, **details: object) -> None:
    """:func:`record` for an edit of ``obj``, with the fields that changed since ``before``
    (None: a new record: all its filled fields; take the snapshot after the change is applied)."""
    after = snapshot(obj)
    record(session, action, entity, getattr(obj, "uuid", None), summary,
           changes=changes(entity, before or {}, after), **details)
