"""Issuing bodies: header lines, symbol and default signature kept together (see nd30-layout.md)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ...store.db import Database
from ...store.models import IssuingBody


@dataclass(frozen=True)
class IssuingBodyRow:
    id: int
    name: str
    parent_line: str
    body_lines: list[str]
    symbol: str
    place: str
    signing_authority: str
    signer_title: str
    default_signer_id: int | None
    default_signer: str
    archive_unit: str

    @property
    def notice_symbol(self) -> str:
        return f"TB-{self.symbol}"


class IssuingBodyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, *, include_inactive: bool = False) -> list[IssuingBodyRow]:
        query = select(IssuingBody).options(selectinload(IssuingBody.default_signer)).order_by(IssuingBody.id)
        if not include_inactive:
            query = query.where(IssuingBody.active.is_(True))
        with self.db.session() as session:
            return [
                IssuingBodyRow(
                    b.id, b.name, b.parent_line or "", [line for line in b.body_lines.split("\n") if line.strip()],
                    b.symbol, b.place, b.signing_authority or "", b.signer_title or "", b.default_signer_id,
                    b.default_signer.full_name if b.default_signer else "", b.archive_unit or "",
                )
                for b in session.scalars(query)
            ]
