"""Storing structured bodies: :class:`~cchc_desktop.core.body.Block` trees to and from ``TextBody`` rows."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ...store.models import TextBlock, TextBody
from ..body import Block, Run, normalise_runs
from ..text import nfc

__all__ = ["save_body", "load_body"]


def save_body(session: Session, body: TextBody, blocks: list[Block]) -> None:
    """Replace the stored blocks of ``body`` with ``blocks`` (ids of kept blocks are reused)."""
    existing = {block.id: block for block in body.blocks}
    kept: set[int] = set()

    def store(items: list[Block], parent: TextBlock | None) -> None:
        for position, item in enumerate(items):
            row = existing.get(item.id) if item.id is not None else None
            if row is None:
                row = TextBlock(body=body)
                session.add(row)
            row.parent = parent
            row.position = position
            row.kind = item.kind
            row.label = nfc(item.label) if item.label else None
            row.runs = [run.to_json() for run in normalise_runs(item.runs)]
            session.flush()
            item.id = row.id
            kept.add(row.id)
            store(item.children, row)

    store(blocks, None)
    for block_id, row in existing.items():
        if block_id not in kept:
            session.delete(row)


def load_body(body: TextBody | None) -> list[Block]:
    """The stored blocks of ``body`` as a tree of :class:`Block` values."""
    if body is None:
        return []
    by_parent: dict[int | None, list[TextBlock]] = {}
    for row in body.blocks:
        by_parent.setdefault(row.parent_id, []).append(row)

    def build(parent_id: int | None) -> list[Block]:
        rows = sorted(by_parent.get(parent_id, []), key=lambda r: r.position)
        return [
            Block(kind=row.kind, runs=[Run.from_json(r) for r in row.runs or []], children=build(row.id),
                  label=row.label, id=row.id)
            for row in rows
        ]

    return build(None)
