"""Notices (Thông báo kết luận) and the outgoing register (sổ văn bản đi)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, LargeBinary, String, UnicodeText, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...core.enums import DocumentStatus
from ..types import Text, enum_column
from .base import Base, Identified, Timestamped
from .catalogue import IssuingBody, Person
from .meetings import Meeting, TextBody


class Notice(Identified, Timestamped, Base):
    """An official notice. The date may be partial (month known, day blank) until it is registered.

    An issued notice is never rewritten: a later change makes a new version (``previous_id``). A meeting with
    notices cannot be deleted from under them (``RESTRICT``; the meetings service unlinks drafts first and refuses
    when an issued notice came from the meeting); what an issued notice prints is frozen in its register entry.
    """

    __tablename__ = "notices"

    issuing_body_id: Mapped[int] = mapped_column(ForeignKey("issuing_bodies.id", ondelete="RESTRICT"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="RESTRICT"), index=True)
    doc_type: Mapped[str] = mapped_column(Text(10), default="TB")  # type code (PL III)
    type_name: Mapped[str] = mapped_column(Text(40), default="THÔNG BÁO")
    number: Mapped[int | None] = mapped_column(Integer)  # None: blank until registered
    symbol: Mapped[str] = mapped_column(Text(40))  # "TB-UBND"
    place: Mapped[str] = mapped_column(Text(80))
    date_year: Mapped[int | None] = mapped_column(Integer)
    date_month: Mapped[int | None] = mapped_column(Integer)
    date_day: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text(1000))  # trích yếu
    body_id: Mapped[int] = mapped_column(ForeignKey("text_bodies.id", ondelete="RESTRICT"))
    signing_authority: Mapped[str | None] = mapped_column(Text(120))  # "TL. CHỦ TỊCH"
    signer_title: Mapped[str | None] = mapped_column(Text(120))  # "CHÁNH VĂN PHÒNG"
    signer_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    signer_name: Mapped[str | None] = mapped_column(Text(120))
    archive_line: Mapped[str | None] = mapped_column(Text(200))  # "VT, THNC (LTH)"
    status: Mapped[DocumentStatus] = mapped_column(enum_column(DocumentStatus), default=DocumentStatus.DRAFT)
    version: Mapped[int] = mapped_column(Integer, default=1)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("notices.id", ondelete="SET NULL"))
    search_folded: Mapped[str] = mapped_column(String(1200), default="")

    issuing_body: Mapped[IssuingBody] = relationship()
    meeting: Mapped[Meeting | None] = relationship()
    body: Mapped[TextBody] = relationship(cascade="all, delete-orphan", single_parent=True)
    signer: Mapped[Person | None] = relationship()
    previous: Mapped[Notice | None] = relationship(remote_side="Notice.id")
    recipients: Mapped[list[NoticeRecipient]] = relationship(
        back_populates="notice", cascade="all, delete-orphan", order_by="NoticeRecipient.position"
    )
    attachments: Mapped[list[NoticeAttachment]] = relationship(
        back_populates="notice", cascade="all, delete-orphan", order_by="NoticeAttachment.position"
    )


class NoticeRecipient(Identified, Base):
    """One "Nơi nhận" line, without the leading "- " and the trailing ";"."""

    __tablename__ = "notice_recipients"

    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text(300))

    notice: Mapped[Notice] = relationship(back_populates="recipients")


class NoticeAttachment(Identified, Base):
    """An attachment printed after the notice ("Kèm theo danh sách …"), with its own body."""

    __tablename__ = "notice_attachments"

    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text(500))
    body_id: Mapped[int | None] = mapped_column(ForeignKey("text_bodies.id", ondelete="SET NULL"))

    notice: Mapped[Notice] = relationship(back_populates="attachments")
    body: Mapped[TextBody | None] = relationship(cascade="all, delete-orphan", single_parent=True)


class RegisterEntry(Identified, Base):
    """A line of the outgoing register: the number given to an issued document, and the PDF as issued.

    ``snapshot`` is the notice as printed, frozen at issue (canonical JSON, ``documents.notice_snapshot``);
    ``entry_hash`` chains the entry to the one registered before it (``core.register_chain``). A unique
    ``previous_hash`` keeps the chain a single line even when two clerks issue at once.
    """

    __tablename__ = "register_entries"
    __table_args__ = (UniqueConstraint("issuing_body_id", "year", "number"), UniqueConstraint("previous_hash"))

    issuing_body_id: Mapped[int] = mapped_column(ForeignKey("issuing_bodies.id", ondelete="RESTRICT"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    symbol: Mapped[str] = mapped_column(Text(40))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text(1000))
    signer_name: Mapped[str | None] = mapped_column(Text(120))
    notice_id: Mapped[int | None] = mapped_column(ForeignKey("notices.id", ondelete="RESTRICT"))
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    registered_at: Mapped[dt.datetime] = mapped_column(DateTime)
    snapshot: Mapped[str | None] = mapped_column(UnicodeText)
    previous_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))

    issuing_body: Mapped[IssuingBody] = relationship()
    notice: Mapped[Notice | None] = relationship()
