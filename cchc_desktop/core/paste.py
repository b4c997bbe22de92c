"""Turning pasted plain text of a conclusion into its structure.

Lines starting "1." / "1)" become numbered items (or headings when they are a short title without final
punctuation), "a)" lettered points, "-", "–", "+" or "•" bullets; other lines are paragraphs, attached to the
item above them. Text copied out of a PDF breaks lines inside paragraphs: a line that does not start a new
item and follows a line without closing punctuation is joined to it. ``**bold**``, ``*italic*`` and
``***bold italic***`` marks (as Word and web pages export them) become formatted runs.
"""

from __future__ import annotations

import re

from .body import Block, Run
from .enums import BlockKind
from .text import nfc

_NUMBERED = re.compile(r"^(?:\*\*)?(\d{1,2})[.)](?:\*\*)?\s+(.*)$")
_ROMAN = re.compile(r"^(?:\*\*)?([IVX]{1,4})[.](?:\*\*)?\s+(.*)$")
_LETTERED = re.compile(r"^(?:\*\*)?([a-zđ])\)(?:\*\*)?\s+(.*)$")
_BULLET = re.compile(r"^[-–•+]\s+(.*)$")
_EMPHASIS = re.compile(r"(\*\*\*|\*\*|\*)(.+?)\1", re.S)
_CLOSING = (".", ";", ":", "!", "?", ".)", ";)", ":)", "./.", ")")
HEADING_MAX_LENGTH = 120


def parse_runs(text: str) -> list[Run]:
    """Split ``**`` / ``*`` / ``***`` emphasis marks into runs."""
    runs: list[Run] = []
    pos = 0
    for match in _EMPHASIS.finditer(text):
        if match.start() > pos:
            runs.append(Run(text[pos : match.start()]))
        marks = match.group(1)
        runs.append(Run(match.group(2), bold=len(marks) >= 2, italic=len(marks) in (1, 3)))
        pos = match.end()
    if pos < len(text):
        runs.append(Run(text[pos:]))
    return [run for run in runs if run.text]


def _starts_item(line: str) -> bool:
    return bool(_NUMBERED.match(line) or _LETTERED.match(line) or _BULLET.match(line) or _ROMAN.match(line))


def _is_marker(line: str) -> bool:
    """A numbered, lettered or roman line: its own text is a title or a short addressee more often than not."""
    return bool(_NUMBERED.match(line) or _LETTERED.match(line) or _ROMAN.match(line))


def _logical_lines(text: str) -> list[str]:
    """Join lines broken inside a paragraph.

    A line starting in lower case always continues the previous one. One starting with a capital continues it
    unless the previous line ends a sentence, is an item's own line ("1. …", "a) …"), or a blank line in normally
    spaced text stands between them. Text copied from a PDF often has a blank line after every line
    ("double-spaced"); there blank lines carry no meaning.
    """
    raw_lines = [" ".join(raw.split()) for raw in nfc(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    filled = [line for line in raw_lines if line]
    blanks_between = sum(1 for a, b in zip(raw_lines, raw_lines[1:], strict=False) if a and not b)
    double_spaced = len(filled) > 3 and blanks_between >= 0.7 * (len(filled) - 1)
    lines: list[str] = []
    after_blank = False
    for line in raw_lines:
        if not line:
            after_blank = True
            continue
        previous = lines[-1] if lines else ""
        joins = bool(previous) and not _starts_item(line) and (
            line[0].islower()  # a sentence never starts in lower case: this is a wrapped line
            or (
                not previous.rstrip("*").endswith(_CLOSING)
                and not _is_marker(previous)
                and (double_spaced or not after_blank)
            )
        )
        if joins:
            glue = "" if previous.endswith("-") and previous[-2:-1].isalnum() else " "  # "60-" + "NQ/TU"
            lines[-1] = f"{previous}{glue}{line}"
        else:
            lines.append(line)
        after_blank = False
    return lines


def _is_title(text: str) -> bool:
    plain = text.strip("* ")
    return len(plain) <= HEADING_MAX_LENGTH and not plain.endswith(_CLOSING[:5])


def parse_conclusion(text: str) -> list[Block]:
    """The block structure of a pasted conclusion.

    A roman "I." line opens a section; "1." lines are items (headings when they are short titles) inside the
    current section, "a)" points belong to the current item, and bullets and paragraphs to the innermost open
    point, item or section.
    """
    roots: list[Block] = []
    section: Block | None = None
    item: Block | None = None
    point: Block | None = None

    def innermost() -> list[Block]:
        for owner in (point, item, section):
            if owner is not None:
                return owner.children
        return roots

    for line in _logical_lines(text):
        if match := _ROMAN.match(line):
            section = Block(BlockKind.HEADING, parse_runs(match.group(2)), label=f"{match.group(1)}.")
            roots.append(section)
            item = point = None
        elif match := _NUMBERED.match(line):
            body = match.group(2)
            item = Block(BlockKind.HEADING if _is_title(body) else BlockKind.NUMBERED, parse_runs(body))
            (section.children if section is not None else roots).append(item)
            point = None
        elif match := _LETTERED.match(line):
            point = Block(BlockKind.LETTERED, parse_runs(match.group(2)))
            owner = item or section
            (owner.children if owner is not None else roots).append(point)
        elif match := _BULLET.match(line):
            innermost().append(Block(BlockKind.BULLET, parse_runs(match.group(1))))
        else:
            innermost().append(Block(BlockKind.PARAGRAPH, parse_runs(line)))
    return roots
