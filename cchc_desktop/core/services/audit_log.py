"""Reading the audit log: who changed what, when, with the values before and after.

Times are stored in UTC and shown in the computer's local time; a ``since``/``until`` date is a local calendar day.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...store.db import Database
from ...store.models import AuditEntry, Base
from ..errors import ValidationError
from ..formats import format_date
from ..text import fold
from .audit_labels import DETAILS, TABLES, action_label, field_label, table_label


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    before: str
    after: str

    def line(self) -> str:
        """"Trạng thái: Chưa thực hiện → Đang thực hiện" ("(trống)" for an empty value)."""
        return f"{self.label}: {self.before or '(trống)'} → {self.after or '(trống)'}"


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    """Local time."""
    user: str
    user_note: str
    """How the name was obtained when it was not the login ("đặt bằng CCHC_USER, tài khoản máy: hoa")."""
    user_variable: str
    """The environment variable that set the name ("CCHC_USER"); empty when it is the login."""
    action: str
    action_label: str
    table: str
    table_label: str
    record_uuid: str
    record_id: int | None
    """The record's current key (None when it was deleted or the entry names no record)."""
    summary: str
    changes: tuple[FieldChange, ...] = ()
    compared: bool = False
    """Whether the entry compared the record before and after (so no ``changes`` means nothing changed)."""
    facts: tuple[tuple[str, str], ...] = ()
    """Other details, named in Vietnamese ("Số bản ghi", "20")."""

    @property
    def when(self) -> str:
        return format_datetime(self.at)

    @property
    def user_text(self) -> str:
        return f"{self.user} ({self.user_note})" if self.user_note else self.user

    @property
    def user_label(self) -> str:
        """The name, marked when it was set by the environment variable ("Lan (CCHC_USER)")."""
        return f"{self.user} ({self.user_variable})" if self.user_variable else self.user

    def changes_text(self, separator: str = "; ") -> str:
        return separator.join(change.line() for change in self.changes)

    def facts_text(self, separator: str = "; ") -> str:
        return separator.join(f"{name}: {value}" for name, value in self.facts)


@dataclass
class AuditFilter:
    since: dt.date | None = None
    until: dt.date | None = None
    user: str = ""
    """Part of the user's name, marks and case ignored."""
    table: str = ""
    """A table's key ("tasks") or Vietnamese name ("nhiem vu")."""
    text: str = ""
    """Words to find in the summary, user, table, action or values (marks and case ignored)."""
    limit: int | None = None


def format_datetime(value: dt.datetime) -> str:
    return f"{format_date(value.date())} {value:%H:%M}"


def to_local(at: dt.datetime) -> dt.datetime:
    """A stored (naive UTC) time in local time, without a time zone."""
    return at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def _utc_start(day: dt.date) -> dt.datetime:
    """The UTC time at which the local ``day`` begins (naive, as stored)."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC).replace(tzinfo=None)


def find_table(name: str) -> str:
    """The table key for ``name`` (a key or a Vietnamese name, marks optional); ValidationError when unknown."""
    wanted = fold(name).replace("_", " ").strip()
    for key, label in TABLES.items():
        if wanted in (fold(key).replace("_", " "), fold(label)):
            return key
    known = ", ".join(f"{key} ({label})" for key, label in TABLES.items())
    raise ValidationError("Bảng", name, f"Không có bảng “{name}” trong nhật ký. Các bảng: {known}.")


def search_text(row: AuditRow) -> str:
    """The text a search looks in: summary, user, table, action, the values before and after, other details."""
    return " ".join((row.summary, row.user_text, row.table_label, row.action_label, row.changes_text(),
                     row.facts_text()))


def row_matches(row: AuditRow, words: list[str]) -> bool:
    """Whether every folded word is in :func:`search_text` of the row (folded)."""
    if not words:
        return True
    haystack = fold(search_text(row))
    return all(word in haystack for word in words)


class AuditService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, flt: AuditFilter | None = None) -> list[AuditRow]:
        """Entries matching ``flt``, newest first."""
        flt = flt or AuditFilter()
        if flt.since and flt.until and flt.until < flt.since:
            raise ValidationError("Đến ngày", format_date(flt.until),
                                  f"Ngày “{format_date(flt.until)}” sớm hơn ngày bắt đầu {format_date(flt.since)}.")
        query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        if flt.since is not None:
            query = query.where(AuditEntry.at >= _utc_start(flt.since))
        if flt.until is not None:
            query = query.where(AuditEntry.at < _utc_start(flt.until + dt.timedelta(days=1)))
        if flt.table:
            query = query.where(AuditEntry.entity == find_table(flt.table))
        user = fold(flt.user)
        words = fold(flt.text).split()
        with self.db.session() as session:
            entries = [e for e in session.scalars(query) if not user or user in fold(e.user or "")]
            ids = _record_ids(session, entries)
            rows = [_row(e, ids) for e in entries]
        rows = [row for row in rows if row_matches(row, words)]
        return rows[: flt.limit] if flt.limit is not None else rows

    def users(self) -> builtins.list[str]:
        with self.db.session() as session:
            names = session.scalars(select(AuditEntry.user).distinct())
            return sorted({name for name in names if name})

    def tables(self) -> builtins.list[str]:
        """The table keys that have entries."""
        with self.db.session() as session:
            return sorted(set(session.scalars(select(AuditEntry.entity).distinct())), key=table_label)


def _record_ids(session: Session, entries: list[AuditEntry]) -> dict[tuple[str, str], int]:
    """The current key of every record the entries name, by (table, uuid)."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        if entry.entity_uuid:
            wanted[entry.entity].add(entry.entity_uuid)
    tables = Base.metadata.tables
    found: dict[tuple[str, str], int] = {}
    for name, uuids in wanted.items():
        table = tables.get(name)
        if table is None or "uuid" not in table.c or "id" not in table.c:
            continue
        chunk = sorted(uuids)
        for start in range(0, len(chunk), 500):
            query = select(table.c.id, table.c.uuid).where(table.c.uuid.in_(chunk[start:start + 500]))
            found.update({(name, uuid): key for key, uuid in session.execute(query)})
    return found


def _row(entry: AuditEntry, ids: dict[tuple[str, str], int]) -> AuditRow:
    details = dict(entry.details or {})
    override = details.pop("user_override", None)
    note = variable = ""
    if isinstance(override, dict):
        variable = str(override.get("variable") or "CCHC_USER")
        note = f"đặt bằng {variable}, tài khoản máy: {override.get('login', '')}"
    compared = "changes" in details
    raw_changes = details.pop("changes", None) or []
    changes = tuple(
        FieldChange(str(c.get("field", "")), str(c.get("label") or field_label(entry.entity, str(c.get("field", "")))),
                    str(c.get("before") or ""), str(c.get("after") or ""))
        for c in raw_changes if isinstance(c, dict)
    )
    facts = tuple((DETAILS.get(key, key), _fact(value)) for key, value in details.items())
    uuid = entry.entity_uuid or ""
    return AuditRow(
        id=entry.id, at=to_local(entry.at), user=entry.user or "", user_note=note, user_variable=variable,
        action=entry.action,
        action_label=action_label(entry.action), table=entry.entity, table_label=table_label(entry.entity),
        record_uuid=uuid, record_id=ids.get((entry.entity, uuid)), summary=entry.summary or "",
        changes=changes, compared=compared, facts=facts,
    )


def _fact(value: object) -> str:
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)
