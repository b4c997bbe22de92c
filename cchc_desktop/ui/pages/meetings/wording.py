"""How the meeting's sites and attendees read in a notice, shown live in the editor as a preview.

Qt-free: the sentences follow the notices ("… theo hình thức trực tiếp kết hợp trực tuyến, kết nối với điểm cầu
11 huyện, thành phố và 200 xã, phường, thị trấn") so the clerk sees what the notice will say while typing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ....core.enums import MeetingFormat
from ....core.services.meetings import SITE_LEVELS, AttendeeInput, SiteInput

DEFAULT_SITE_LABELS = {"province": "", "district": "huyện, thành phố", "commune": "xã, phường, thị trấn"}
"""What a new connected-site row of a meeting before 1 July 2025 is called at each level."""
DISTRICT_LEVEL_ENDED = dt.date(2025, 7, 1)
"""From the reorganisation of 1 July 2025 there is no district level (nor thị trấn): communes and wards only."""
PRESENT_SITE_LABELS = {"province": "", "district": "huyện, thành phố", "commune": "xã, phường"}
SUGGESTED_LABELS = frozenset((*DEFAULT_SITE_LABELS.values(), *PRESENT_SITE_LABELS.values()))
"""Labels the editor wrote itself, which it may replace when the level or the date changes."""


def present_day(day: dt.date | None) -> bool:
    """A meeting on or after 1 July 2025, or one whose date is not typed yet (a new meeting is today's)."""
    return day is None or day >= DISTRICT_LEVEL_ENDED


def default_site_level(day: dt.date | None) -> str:
    """``commune`` for a present-day meeting, ``district`` for one held while districts existed."""
    return "commune" if present_day(day) else "district"


def default_site_label(level: str, day: dt.date | None) -> str:
    return (PRESENT_SITE_LABELS if present_day(day) else DEFAULT_SITE_LABELS).get(level, "")


def join_vietnamese(parts: Sequence[str]) -> str:
    """``a``, ``a và b``, ``a, b và c``."""
    items = [p for p in parts if p]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} và {items[-1]}"


def site_phrase(site: SiteInput) -> str:
    """``11 huyện, thành phố``; a count of 0 is not written (``các xã`` as the clerk typed it)."""
    label = " ".join(site.label.split())
    return f"{site.count} {label}" if site.count > 0 and label else label


def sites_sentence(meeting_format: MeetingFormat, sites: Sequence[SiteInput]) -> str:
    """The format-and-sites sentence of a notice's opening paragraph."""
    sentence = f"Cuộc họp được tổ chức theo hình thức {meeting_format.label}"
    connected = join_vietnamese([site_phrase(s) for s in sites])
    if connected:
        sentence += f", kết nối với điểm cầu {connected}"
    return sentence + "."


def attendee_text(attendee: AttendeeInput, person_name: str, person_title: str, agency_name: str) -> str:
    """How one attendee reads: ``đồng chí <tên>, <chức vụ>``, ``<vai trò> <cơ quan>`` or the typed text.

    ``person_title`` is the person's position on the meeting date, used when no position was written.
    """
    text = " ".join(attendee.text.split())
    if attendee.person_id is not None:
        title = text or person_title
        return f"đồng chí {person_name}, {title}" if title else f"đồng chí {person_name}"
    if attendee.agency_id is not None:
        return f"{text} {agency_name}" if text else agency_name
    return text


def attendance_sentence(levels_and_texts: Sequence[tuple[str, str]]) -> str:
    """``Tham dự tại điểm cầu cấp tỉnh có …; …. Tại điểm cầu cấp huyện có ….`` grouped by site level."""
    groups: dict[str, list[str]] = {}
    for level, text in levels_and_texts:
        if text:
            groups.setdefault(level, []).append(text)
    sentences: list[str] = []
    for level in SITE_LEVELS:
        if level in groups:
            opening = "Tham dự tại" if not sentences else "Tại"
            sentences.append(f"{opening} điểm cầu {SITE_LEVELS[level]} có {'; '.join(groups[level])}.")
    return " ".join(sentences)
