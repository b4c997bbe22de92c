"""Drafting a notice of conclusions from a meeting's data: trích yếu, opening, transition and closing.

The result is a starting point; every sentence stays editable in the notice editor.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .body import Block, plain
from .enums import BlockKind, MeetingFormat, MeetingKind
from .formats import short_date
from .text import lower_first

SITE_ORDER = {"province": 0, "district": 1, "commune": 2}


@dataclass(frozen=True)
class MeetingFacts:
    """What the drafting needs to know about a meeting."""

    date: dt.date
    kind: MeetingKind
    format: MeetingFormat
    title: str
    chair_name: str
    chair_title: str
    sites: list[tuple[str, int, str]]  # (level, count, label)
    attendees: list[tuple[str, str]]  # (site level, how the attendee reads)
    reports: list[tuple[str, str]]  # (presenter, subject)


def meeting_noun(facts: MeetingFacts) -> str:
    """"Hội nghị" for conferences, "cuộc họp" otherwise."""
    if facts.title.startswith("Hội nghị") or facts.kind in (MeetingKind.ANNUAL, MeetingKind.INDEX_ANALYSIS):
        return "Hội nghị"
    return "cuộc họp"


def title_in_sentence(title: str) -> str:
    """A meeting title inside a sentence: "Cuộc họp sơ kết …" reads "cuộc họp sơ kết …"; "Hội nghị" keeps its
    capital."""
    for prefix in ("Cuộc họp", "Họp", "Phiên họp", "Buổi làm việc"):
        if title.startswith(prefix):
            return title[0].lower() + title[1:]
    return title


def chair_phrase(facts: MeetingFacts) -> str:
    return f"đồng chí {facts.chair_name}, {facts.chair_title}" if facts.chair_title else f"đồng chí {facts.chair_name}"


def draft_summary(facts: MeetingFacts) -> str:
    """The trích yếu: "Kết luận của đồng chí …, … tại …"."""
    return f"Kết luận của {chair_phrase(facts)} tại {title_in_sentence(facts.title)}"


def sites_phrase(sites: list[tuple[str, int, str]]) -> str:
    """"kết nối với điểm cầu 11 huyện, thành phố và 200 xã, phường, thị trấn" (empty without counted sites)."""
    parts = [f"{count} {label}" if count else label for level, count, label in sorted(
        sites, key=lambda s: SITE_ORDER.get(s[0], 9)) if level != "province"]
    if not parts:
        return ""
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " và " + parts[-1]
    return f"kết nối với điểm cầu {joined}"


def draft_opening(facts: MeetingFacts) -> list[Block]:
    """The opening paragraphs: when, who chaired, how it was held, who attended, what was heard."""
    noun = meeting_noun(facts)
    first = f"Ngày {short_date(facts.date)}, {chair_phrase(facts)} chủ trì {title_in_sentence(facts.title)}."
    how = f" {noun[0].upper()}{noun[1:]} được tổ chức theo hình thức {facts.format.label}"
    sites = sites_phrase(facts.sites)
    how += f", {sites} trên địa bàn tỉnh." if sites else "."
    attendees = [text for level, text in sorted(facts.attendees, key=lambda a: SITE_ORDER.get(a[0], 9)) if text]
    attending = f" Tham dự {noun} có {'; '.join(attendees)}." if attendees else ""
    blocks = [Block(BlockKind.PARAGRAPH, plain(first + how + attending))]
    heard = "; ".join(f"{presenter} báo cáo {lower_first(subject)}" for presenter, subject in facts.reports
                      if presenter and subject)
    transition = (f"Sau khi nghe {heard} và ý kiến của các thành phần dự họp, " if heard
                  else "Sau khi nghe ý kiến của các thành phần dự họp, ")
    blocks.append(Block(BlockKind.PARAGRAPH, plain(f"{transition}{chair_phrase(facts)} kết luận như sau:")))
    return blocks


def draft_closing(issuer_short_name: str) -> Block:
    return Block(BlockKind.PARAGRAPH,
                 plain(f"{issuer_short_name} thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./."))
