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
from typing import Any

from .enums import BlockKind
from .text import clean_controls

LETTERS = "abcdđeghiklmnopqrstuvxy"  # points run a) b) c) d) đ) e) g) h) i) k) … (no f, j, w, z)


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"t": self.text}
        if self.bold:
            data["b"] = True
        if self.italic:
            data["i"] = True
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Run:
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


def plain_text(blocks: list[Block], indent: str = "") -> str:
    """The body as plain text with its labels, one block per line (for search, clipboard and tests)."""
    lines: list[str] = []
    for label, block in zip(labels(blocks), blocks, strict=True):
        lines.append(f"{indent}{label} {block.text}".rstrip() if label else f"{indent}{block.text}")
        if block.children:
            lines.append(plain_text(block.children, indent))
    return "\n".join(line for line in lines if line)
