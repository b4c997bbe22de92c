"""Meetings, structured text bodies (conclusions) and what hangs off a meeting."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...core.enums import BlockKind, MeetingFormat, MeetingKind
from ..types import Text, enum_column
from .base import Base, Identified, Timestamped
from .catalogue import Agency, Person


class TextBody(Identified, Timestamped, Base):
    """A structured document body: an ordered tree of blocks (sections, 1., a), -, paragraphs).

    Conclusions and notices each own one; tasks point at the block they came from.
    """

    __tablename__ = "text_bodies"

    blocks: Mapped[list[TextBlock]] = relationship(
        back_populates="body", cascade="all, delete-orphan", order_by="TextBlock.position"
    )


class TextBlock(Identified, Base):
    """One block of a body. ``runs`` holds the inline text as ``[{"t": str, "b": bool, "i": bool}, …]``.

    Blocks are kept as a tree through ``parent_id`` (a numbered item owns its bullets and continuation
    paragraphs) and ordered among siblings by ``position``. ``label`` overrides the automatic "1."/"a)".
    """

    __tablename__ = "text_blocks"

    body_id: Mapped[int] = mapped_column(ForeignKey("text_bodies.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("text_blocks.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[BlockKind] = mapped_column(enum_column(BlockKind), default=BlockKind.PARAGRAPH)
    label: Mapped[str | None] = mapped_column(Text(20))
    runs: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    plain_folded: Mapped[str] = mapped_column(String(4000), default="")  # for search

    body: Mapped[TextBody] = relationship(back_populates="blocks")
    parent: Mapped[TextBlock | None] = relationship(remote_side="TextBlock.id")


class Meeting(Identified, Timestamped, Base):
    """A steering-committee meeting or conference (hội nghị, cuộc họp)."""

    __tablename__ = "meetings"

    date: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[MeetingKind] = mapped_column(enum_column(MeetingKind), default=MeetingKind.QUARTERLY)
    title: Mapped[str] = mapped_column(Text(500))
    format: Mapped[MeetingFormat] = mapped_column(enum_column(MeetingFormat), default=MeetingFormat.IN_PERSON)
    location: Mapped[str | None] = mapped_column(Text(300))
    organiser: Mapped[str | None] = mapped_column(Text(200))  # "UBND tỉnh", "Ban Chỉ đạo CCHC tỉnh"
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    chair_title: Mapped[str | None] = mapped_column(Text(300))  # the chair's position(s) at the meeting
    conclusion_id: Mapped[int | None] = mapped_column(ForeignKey("text_bodies.id", ondelete="SET NULL"))
    notes: Mapped[str | None] = mapped_column(Text(4000))
    search_folded: Mapped[str] = mapped_column(String(1000), default="")

    chair: Mapped[Person | None] = relationship()
    conclusion: Mapped[TextBody | None] = relationship(cascade="all, delete-orphan", single_parent=True)
    sites: Mapped[list[MeetingSite]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingSite.position"
    )
    attendees: Mapped[list[MeetingAttendee]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingAttendee.position"
    )
    reports: Mapped[list[MeetingReport]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingReport.position"
    )


class MeetingSite(Identified, Base):
    """Connected sites at one level: "11 huyện, thành phố", "200 xã, phường, thị trấn"."""

    __tablename__ = "meeting_sites"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    level: Mapped[str] = mapped_column(String(20))  # "province", "district", "commune"
    count: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(Text(200))  # "huyện, thành phố"

    meeting: Mapped[Meeting] = relationship(back_populates="sites")


class MeetingAttendee(Identified, Base):
    """Someone (a person, an agency's representatives, or typed text) attending at a site."""

    __tablename__ = "meeting_attendees"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    site_level: Mapped[str] = mapped_column(String(20), default="province")
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id", ondelete="SET NULL"))
    text: Mapped[str | None] = mapped_column(Text(500))  # as written, or the role: "Phó Chủ tịch Thường trực"

    meeting: Mapped[Meeting] = relationship(back_populates="attendees")
    person: Mapped[Person | None] = relationship()
    agency: Mapped[Agency | None] = relationship()


class MeetingReport(Identified, Base):
    """A report heard at the meeting: who presented, on what."""

    __tablename__ = "meeting_reports"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    presenter: Mapped[str] = mapped_column(Text(300))  # "Lãnh đạo Sở Nội vụ"
    presenter_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id", ondelete="SET NULL"))
    subject: Mapped[str] = mapped_column(Text(1000))

    meeting: Mapped[Meeting] = relationship(back_populates="reports")
    presenter_agency: Mapped[Agency | None] = relationship()
