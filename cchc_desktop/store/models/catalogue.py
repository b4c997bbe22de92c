"""Catalogue records: agencies, people and positions, provinces, issuing bodies, recipient groups, settings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...core.enums import AgencyKind
from ..types import Text, enum_column
from .base import Base, Identified, Timestamped


class Agency(Identified, Timestamped, Base):
    """A body that receives tasks, is ranked or is named in documents (cơ quan, đơn vị)."""

    __tablename__ = "agencies"

    name: Mapped[str] = mapped_column(Text(300))
    short_name: Mapped[str | None] = mapped_column(Text(80))
    kind: Mapped[AgencyKind] = mapped_column(enum_column(AgencyKind), default=AgencyKind.DEPARTMENT)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"), index=True)
    code: Mapped[str | None] = mapped_column(Text(20))  # unit code used in archive lines, e.g. "THNC"
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str | None] = mapped_column(Text(2000))
    # Diacritic-free, case-folded name + short name, maintained by the store (see store.events).
    search_folded: Mapped[str] = mapped_column(String(400), default="", index=True)

    parent: Mapped[Agency | None] = relationship(remote_side="Agency.id", back_populates="children")
    children: Mapped[list[Agency]] = relationship(back_populates="parent")
    people: Mapped[list[Person]] = relationship(back_populates="agency")

    def __repr__(self) -> str:
        return f"Agency({self.id}, {self.name!r})"


class Person(Identified, Timestamped, Base):
    """A person who chairs, attends, presents or signs."""

    __tablename__ = "people"

    full_name: Mapped[str] = mapped_column(Text(120))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id", ondelete="SET NULL"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    search_folded: Mapped[str] = mapped_column(String(200), default="", index=True)

    agency: Mapped[Agency | None] = relationship(back_populates="people")
    positions: Mapped[list[Position]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Position.sort_order"
    )

    def current_title(self, on: dt.date | None = None) -> str | None:
        """The title the person held on ``on`` (default: the first open position)."""
        for position in self.positions:
            if on is None and position.end_date is None:
                return position.title
            if on is not None and (position.start_date or dt.date.min) <= on <= (position.end_date or dt.date.max):
                return position.title
        return self.positions[0].title if self.positions else None


class Position(Identified, Base):
    """A title a person holds, possibly several at once ("Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo CCHC")."""

    __tablename__ = "positions"

    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(Text(300))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[Person] = relationship(back_populates="positions")
    agency: Mapped[Agency | None] = relationship()


class Province(Identified, Base):
    """A provincial unit as it existed in some period: the 63 through June 2025, the 34 from July 2025.

    Results are stored against the unit that existed in their year; ``successor`` maps each of the 63 to the
    unit it belongs to from 1 July 2025.
    """

    __tablename__ = "provinces"
    __table_args__ = (UniqueConstraint("name", "valid_from_year"),)

    gso_code: Mapped[str | None] = mapped_column(String(4))
    name: Mapped[str] = mapped_column(Text(80))
    is_city: Mapped[bool] = mapped_column(Boolean, default=False)
    # First and last index-result year for which this unit is the ranked subject.
    valid_from_year: Mapped[int] = mapped_column(Integer, default=1990)
    valid_to_year: Mapped[int | None] = mapped_column(Integer)
    successor_id: Mapped[int | None] = mapped_column(ForeignKey("provinces.id", ondelete="SET NULL"))
    change: Mapped[str | None] = mapped_column(String(20))  # "merged" / "unchanged" (2025 reorganisation)
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    search_folded: Mapped[str] = mapped_column(String(200), default="", index=True)

    successor: Mapped[Province | None] = relationship(remote_side="Province.id")

    def exists_in(self, year: int) -> bool:
        return self.valid_from_year <= year and (self.valid_to_year is None or year <= self.valid_to_year)


class IssuingBody(Identified, Timestamped, Base):
    """Who issues a notice: header lines, document symbol and default signature, kept together.

    ``parent_line`` (ô 2, not bold) may be empty; ``body_lines`` (ô 3, bold) may have several lines. The symbol
    abbreviates the bold line, so ``TB-UBND`` goes with "ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN".
    """

    __tablename__ = "issuing_bodies"

    name: Mapped[str] = mapped_column(Text(200))
    parent_line: Mapped[str | None] = mapped_column(Text(200))
    body_lines: Mapped[str] = mapped_column(Text(400))  # one header line per text line
    symbol: Mapped[str] = mapped_column(Text(20))  # "UBND", "VP", "BCĐ"
    place: Mapped[str] = mapped_column(Text(80))  # "Lạng Sơn" for the date line
    signing_authority: Mapped[str | None] = mapped_column(Text(120))  # "TL. CHỦ TỊCH" (may have 2 lines)
    signer_title: Mapped[str | None] = mapped_column(Text(120))  # "CHÁNH VĂN PHÒNG"
    default_signer_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    archive_unit: Mapped[str | None] = mapped_column(Text(40))  # drafting unit in "Lưu: VT, THNC (LTH)."
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    default_signer: Mapped[Person | None] = relationship()
    agency: Mapped[Agency | None] = relationship()


class RecipientGroup(Identified, Timestamped, Base):
    """A named, ordered list of "Nơi nhận" lines reused from notice to notice."""

    __tablename__ = "recipient_groups"

    name: Mapped[str] = mapped_column(Text(200), unique=True)
    notes: Mapped[str | None] = mapped_column(Text(1000))
    lines: Mapped[list[RecipientLine]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="RecipientLine.position"
    )


class RecipientLine(Identified, Base):
    __tablename__ = "recipient_lines"

    group_id: Mapped[int] = mapped_column(ForeignKey("recipient_groups.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text(300))  # without the leading "- " and trailing ";"
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id", ondelete="SET NULL"))

    group: Mapped[RecipientGroup] = relationship(back_populates="lines")
    agency: Mapped[Agency | None] = relationship()


class Setting(Base):
    """Small key/value settings stored with the data (own province, drafter initials …)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text(2000))
