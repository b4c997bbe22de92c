"""Suggesting a task from a conclusion item: its text, the agencies it names and the deadline it states.

The suggestion only fills the task form; the clerk checks and completes it before saving.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .deadlines import Deadline, parse_deadline
from .errors import ValidationError
from .text import fold

_DEADLINE_PHRASES = re.compile(
    r"(trước ngày \d{1,2}/\d{1,2}/\d{4}|trong (?:quý|Quý) [IVX\d]+/\d{4}|trong tháng \d{1,2}/\d{4}"
    r"|(?:hằng|hàng) (?:tháng|quý|năm)|thường xuyên)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TaskSuggestion:
    title: str
    lead_agency_id: int | None
    cooperator_ids: list[int]
    deadline: Deadline
    deadline_text: str


def agencies_named(text: str, agencies: Iterable[tuple[int, str, str]]) -> list[int]:
    """Ids of the agencies ``text`` names (full or short name), in the order they appear.

    ``agencies`` holds (id, name, short name). Longer names win over names they contain ("Sở Kế hoạch và Đầu tư"
    is not also "Sở Kế hoạch").
    """
    folded = f" {fold(text)} "
    found: list[tuple[int, int, int]] = []  # (position, -length, id)
    for agency_id, name, short_name in agencies:
        for candidate in (name, short_name):
            if not candidate or len(candidate) < 3:
                continue
            key = fold(candidate)
            match = re.search(rf"(?<![\w]){re.escape(key)}(?![\w])", folded)
            if match:
                found.append((match.start(), -len(key), agency_id))
                break
    found.sort()
    chosen: list[int] = []
    covered: list[tuple[int, int]] = []
    for start, negative_length, agency_id in found:
        end = start - negative_length
        if agency_id in chosen or any(s <= start and end <= e for s, e in covered):
            continue
        chosen.append(agency_id)
        covered.append((start, end))
    return chosen


def suggest_task(item_text: str, context_texts: Iterable[str], agencies: list[tuple[int, str, str]]) -> TaskSuggestion:
    """A task for ``item_text``. The addressee group an item sits in ("b) Sở Tài chính, Sở Kế hoạch và Đầu tư";
    ``context_texts``, innermost first) names the lead agency; only when no parent names one is the item's own
    text used ("Giao Sở Nội vụ tham mưu …") — agencies inside an item are often whom to advise or report to."""
    named: list[int] = []
    for text in [*context_texts, item_text]:
        named = agencies_named(text, agencies)
        if named:
            break
    deadline, written = Deadline(), ""
    for match in _DEADLINE_PHRASES.finditer(item_text):
        try:
            deadline, written = parse_deadline(match.group(1)), match.group(1)
        except ValidationError:
            continue
        break
    title = " ".join(item_text.split())
    return TaskSuggestion(title, named[0] if named else None, named[1:], deadline, written)
