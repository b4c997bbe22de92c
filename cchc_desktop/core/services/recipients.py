"""Recipient groups ("Nơi nhận"): named, ordered lists of lines reused from notice to notice."""

from __future__ import annotations

import builtins
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ...store.db import Database
from ...store.models import RecipientGroup, RecipientLine
from ..errors import ConflictError, NotFoundError, ValidationError
from ..text import collation_key, fold, nfc, nfc_or_none
from . import audit


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    line_count: int
    notes: str


@dataclass
class LineInput:
    text: str  # without the leading "- " and the trailing ";" (they are printed by the notice)
    agency_id: int | None = None


class RecipientGroupService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self) -> list[GroupRow]:
        with self.db.session() as session:
            groups = session.scalars(select(RecipientGroup).options(selectinload(RecipientGroup.lines))).all()
            rows = [GroupRow(g.id, g.name, len(g.lines), g.notes or "") for g in groups]
        return sorted(rows, key=lambda r: collation_key(r.name))

    def lines(self, group_id: int) -> builtins.list[LineInput]:
        with self.db.session() as session:
            return [LineInput(line.text, line.agency_id) for line in self._load(session, group_id).lines]

    def save(self, name: str, lines: builtins.list[LineInput], group_id: int | None = None, notes: str = "") -> int:
        """Create or replace a group with its lines in the given order."""
        clean_name = nfc(name or "")
        if not clean_name:
            raise ValidationError("Tên nhóm", name, "Tên nhóm nơi nhận không được để trống.")
        clean_lines = [LineInput(clean_line(line.text), line.agency_id) for line in lines]
        if not [line for line in clean_lines if line.text]:
            raise ValidationError("Nơi nhận", "", "Nhóm cần có ít nhất một dòng nơi nhận.")
        with self.db.session() as session:
            same = [g for g in session.scalars(select(RecipientGroup)) if fold(g.name) == fold(clean_name)]
            if any(g.id != group_id for g in same):
                raise ConflictError(f"Đã có nhóm nơi nhận “{clean_name}”.")
            group = self._load(session, group_id) if group_id is not None else RecipientGroup()
            before = audit.snapshot(group) if group_id is not None else None
            group.name, group.notes = clean_name, nfc_or_none(notes)
            group.lines = [RecipientLine(position=i, text=line.text, agency_id=line.agency_id)
                           for i, line in enumerate(line for line in clean_lines if line.text)]
            session.add(group)
            session.flush()
            audit.change_record(session, "update" if group_id is not None else "create", "recipient_groups", group,
                                before, f"Nhóm nơi nhận {clean_name}")
            return group.id

    def delete(self, group_id: int) -> None:
        with self.db.session() as session:
            group = self._load(session, group_id)
            audit.record(session, "delete", "recipient_groups", group.uuid, f"Xóa nhóm nơi nhận {group.name}",
                         changes=audit.changes("recipient_groups", audit.snapshot(group), {}))
            session.delete(group)

    def _load(self, session: Session, group_id: int) -> RecipientGroup:
        group = session.get(RecipientGroup, group_id)
        if group is None:
            raise NotFoundError("Nhóm nơi nhận này không còn tồn tại.")
        return group


def clean_line(text: str) -> str:
    """"- Các sở, ban, ngành;" → "Các sở, ban, ngành" (markers such as "(B/c)" are kept)."""
    value = nfc(text or "")
    value = value.removeprefix("-").removeprefix("–").strip()
    return value.rstrip(";").rstrip()
