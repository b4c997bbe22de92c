"""Structured text bodies (conclusions, notices) as plain Python values.

A body is an ordered list of :class:`Block` trees. Conventions, shared by the editor, the PDF/DOCX renderers
and the demo data:

* ``HEADING`` — a numbered section title, printed bold: "1. Một số kết quả nổi bật …".
* ``NUMBERED`` — a numbered item (khoản) whose text follows its number: "1. Thủ trưởng các cơ quan …".
* ``LETTERED`` — a lettered point (điểm) "a) …", often an addressee group whose bullets follow as children.
* ``BULLET`` — "- …".
* ``PARAGRAPH`` — running text; as a child of an item it continues that item.

Headings and numbered items share one counter among siblings (1., 2., 3.); lettered points count a), b), c).
``label`` overrides the automatic label. Inline formatting lives in :class:`Run` (bold, italic).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from ..store.models import TextBlock, TextBody
from .enums import BlockKind
from .text import clean_controls, nfc

LETTERS = "abcdđeghiklmnopqrstuvxy"  # points run a) b) c) d) đ) e) g) h) i) k) … (no f, j, w, z)


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False

    def to_json(self) -> dict:
        data: dict = {"t": self.text}
        if self.bold:
            data["b"] = True
        if self.italic:
            data["i"] = True
        return data

    @classmethod
    def from_json(cls, data: dict) -> Run:
        return cls(data.get("t", ""), bool(data.get("b")), bool(data.get("i")))


@dataclass
class Block:
    kind: BlockKind
    runs: list[Run] = field(default_factory=list)
    children: list[Block] = field(default_factory=list)
    label: str | None = None
    id: int | None = None  # the stored block's id once saved (tasks link to it)

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)

    def walk(self) -> Iterator[Block]:
        yield self
        for child in self.children:
            yield from child.walk()


def plain(text: str) -> list[Run]:
    return [Run(text)]


def number_label(index: int) -> str:
    return f"{index}."


def letter_label(index: int) -> str:
    letters = LETTERS
    if index <= len(letters):
        return f"{letters[index - 1]})"
    return f"{letters[(index - 1) % len(letters)] * ((index - 1) // len(letters) + 1)})"


def labels(blocks: list[Block]) -> list[str]:
    """The label shown before each sibling ("1.", "a)", "-" or "")."""
    result: list[str] = []
    number = letter = 0
    for block in blocks:
        if block.kind in (BlockKind.HEADING, BlockKind.NUMBERED):
            number += 1
            auto = number_label(number)
        elif block.kind == BlockKind.LETTERED:
            letter += 1
            auto = letter_label(letter)
        elif block.kind == BlockKind.BULLET:
            auto = "-"
        else:
            auto = ""
        result.append(block.label or auto)
    return result


def normalise_runs(runs: Iterable[Run]) -> list[Run]:
    """NFC the text and merge neighbouring runs with the same formatting; drop empty runs."""
    merged: list[Run] = []
    for run in runs:
        text = unicodedata.normalize("NFC", clean_controls(run.text).replace("\n", " "))
        if not text:
            continue
        if merged and merged[-1].bold == run.bold and merged[-1].italic == run.italic:
            merged[-1] = replace(merged[-1], text=merged[-1].text + text)
        else:
            merged.append(Run(text, run.bold, run.italic))
    if merged:
        merged[0] = replace(merged[0], text=merged[0].text.lstrip())
        merged[-1] = replace(merged[-1], text=merged[-1].text.rstrip())
    return [run for run in merged if run.text]


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


def plain_text(blocks: list[Block], indent: str = "") -> str:
    """The body as plain text with its labels, one block per line (for search, clipboard and tests)."""
    lines: list[str] = []
    for label, block in zip(labels(blocks), blocks):
        lines.append(f"{indent}{label} {block.text}".rstrip() if label else f"{indent}{block.text}")
        if block.children:
            lines.append(plain_text(block.children, indent))
    return "\n".join(line for line in lines if line)
