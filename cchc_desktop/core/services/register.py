"""The outgoing register (sổ văn bản đi): issuing numbers, archiving the PDF as issued, new versions.

Numbers run per issuing body and calendar year from 01 (Nghị định 30/2020, Điều 15). Issuing fixes the date,
freezes everything printed in a snapshot, renders the PDF once from that snapshot, stores both with the PDF's
SHA-256 and a hash chaining the entry to the previous one (``core.register_chain``), and locks the notice; a later
change is a new version. Characters the embedded fonts cannot draw refuse the issue unless explicitly allowed.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, defer, selectinload

from ...documents.glyph_check import MissingGlyph, glyph_warning, notice_missing_glyphs
from ...documents.notice_pdf import render_notice_pdf
from ...documents.notice_snapshot import document_from_snapshot, snapshot_json
from ...store.db import Database
from ...store.models import Notice, NoticeAttachment, NoticeRecipient, RegisterEntry, TextBody
from ..body import Block
from ..enums import DocumentStatus
from ..errors import CchcError, ConflictError, NotFoundError, ValidationError
from ..formats import format_date
from ..notice_builder import notice_reference
from ..register_chain import GENESIS, entry_hash
from ..register_row import RegisterRow
from ..text import fold
from . import audit
from .bodies import load_body, save_body
from .notices import archived_pdf, notice_document

ISSUE_ATTEMPTS = 3


class MissingGlyphsError(CchcError):
    """Issuing refused: the notice has characters the embedded fonts cannot draw (listed in ``problems``)."""

    def __init__(self, problems: list[MissingGlyph]) -> None:
        super().__init__(f"{glyph_warning(problems)}\nHãy sửa các ký tự này trước khi ban hành, hoặc xác nhận "
                         "ban hành dù có ký tự bị thiếu. Thông báo chưa được ban hành.")
        self.problems = problems


def chain_tail(session: Session) -> str:
    """The hash of the newest register entry (the one the next entry chains to); "" for an empty register."""
    previous_hashes = select(RegisterEntry.previous_hash).where(RegisterEntry.previous_hash.is_not(None))
    tail = session.scalar(select(RegisterEntry.entry_hash).where(RegisterEntry.entry_hash.not_in(previous_hashes))
                          .order_by(RegisterEntry.id.desc()).limit(1))
    return tail or GENESIS


def _is_race(error: BaseException) -> bool:
    """Whether ``error`` (or the database error it was translated from by ``Database.session``) is a clash that
    another clerk's issuing can cause: the register's unique number taken, or the database busy writing."""
    for candidate in (error, error.__cause__):
        if isinstance(candidate, IntegrityError):
            text = str(candidate.orig).lower()
            return "unique" in text or "duplicate" in text
        if isinstance(candidate, OperationalError):
            text = str(candidate.orig).lower()
            return "locked" in text or "busy" in text
    return False


def next_number(session: Session, issuing_body_id: int, year: int) -> int:
    """The next free number of the body's register in ``year`` (01 on 1 January)."""
    current = session.scalar(
        select(func.max(RegisterEntry.number)).where(RegisterEntry.issuing_body_id == issuing_body_id,
                                                     RegisterEntry.year == year)
    )
    return (current or 0) + 1


class RegisterService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def issue(self, notice_id: int, issued_on: dt.date, *, allow_missing_glyphs: bool = False) -> RegisterRow:
        """Give the draft its number for ``issued_on``'s year, fix the date, store the PDF and lock it.

        Each attempt is one transaction (number, PDF rendered with that number, register entry, lock). When
        another clerk takes the same number first (the register's unique number) or holds the database, the
        attempt is rolled back and retried with a fresh number, up to ``ISSUE_ATTEMPTS`` times.
        Raises :class:`MissingGlyphsError` (nothing changed) when the fonts lack characters of the notice, unless
        ``allow_missing_glyphs``.
        """
        for _ in range(ISSUE_ATTEMPTS):
            try:
                return self._issue_once(notice_id, issued_on, allow_missing_glyphs)
            except (IntegrityError, OperationalError, CchcError) as error:
                if not _is_race(error):
                    raise
        raise ConflictError("Không cấp được số vì đang có người khác ban hành; hãy thử lại.")

    def _issue_once(self, notice_id: int, issued_on: dt.date, allow_missing_glyphs: bool) -> RegisterRow:
        with self.db.session() as session:
            notice = self._load(session, notice_id)
            if notice.status != DocumentStatus.DRAFT:
                reference = notice_reference(notice.number, notice.symbol)
                raise ConflictError(f"Thông báo này đã ban hành (số {reference}).")
            if not notice.signer_name:
                raise ValidationError("Người ký", "", "Cần ghi họ tên người ký trước khi ban hành.")
            notice.number = next_number(session, notice.issuing_body_id, issued_on.year)
            notice.date_year, notice.date_month, notice.date_day = issued_on.year, issued_on.month, issued_on.day
            notice.status = DocumentStatus.ISSUED
            session.flush()
            document = notice_document(notice)
            if not allow_missing_glyphs and (missing := notice_missing_glyphs(document)):
                raise MissingGlyphsError(missing)
            snapshot = snapshot_json(document)
            pdf = render_notice_pdf(document_from_snapshot(snapshot))  # printed from exactly what is frozen
            pdf_sha256 = hashlib.sha256(pdf).hexdigest()
            previous = chain_tail(session)
            entry = RegisterEntry(
                issuing_body_id=notice.issuing_body_id, year=issued_on.year, number=notice.number,
                symbol=notice.symbol, issued_on=issued_on, summary=notice.summary, signer_name=notice.signer_name,
                notice_id=notice.id, pdf=pdf, pdf_sha256=pdf_sha256, registered_at=dt.datetime.now(),
                snapshot=snapshot, previous_hash=previous,
                entry_hash=entry_hash(previous, year=issued_on.year, number=notice.number, symbol=notice.symbol,
                                      issued_on=issued_on, summary=notice.summary, signer_name=notice.signer_name,
                                      pdf_sha256=pdf_sha256, snapshot=snapshot),
            )
            session.add(entry)
            if notice.previous is not None and notice.previous.status == DocumentStatus.ISSUED:
                notice.previous.status = DocumentStatus.SUPERSEDED
            session.flush()
            audit.record(session, "issue", "notices", notice.uuid,
                         f"Ban hành số {notice_reference(notice.number, notice.symbol)} "
                         f"ngày {format_date(issued_on)}",
                         sha256=entry.pdf_sha256)
            return _row(entry)

    def new_version(self, notice_id: int) -> int:
        """A new draft copied from an issued notice; the issued one is never changed."""
        with self.db.session() as session:
            old = self._load(session, notice_id)
            if old.status == DocumentStatus.DRAFT:
                raise ConflictError("Dự thảo sửa trực tiếp được, không cần tạo phiên bản mới.")
            new = Notice(
                issuing_body_id=old.issuing_body_id, meeting_id=old.meeting_id, doc_type=old.doc_type,
                type_name=old.type_name, number=None, symbol=old.symbol, place=old.place, date_year=old.date_year,
                date_month=old.date_month, date_day=None, summary=old.summary, body=TextBody(),
                signing_authority=old.signing_authority, signer_title=old.signer_title, signer_id=old.signer_id,
                signer_name=old.signer_name, archive_line=old.archive_line, status=DocumentStatus.DRAFT,
                version=old.version + 1, previous=old,
                recipients=[NoticeRecipient(position=r.position, text=r.text) for r in old.recipients],
            )
            session.add(new)
            session.flush()
            save_body(session, new.body, _fresh(load_body(old.body)))
            for attachment in old.attachments:
                copied_body = TextBody()
                new.attachments.append(NoticeAttachment(position=attachment.position, title=attachment.title,
                                                        body=copied_body))
                session.flush()
                save_body(session, copied_body, _fresh(load_body(attachment.body)))
            audit.record(session, "new-version", "notices", new.uuid,
                         f"Phiên bản {new.version} của {old.summary[:150]}")
            return new.id

    def list(self, search: str = "", year: int | None = None) -> list[RegisterRow]:
        query = (select(RegisterEntry)
                 .options(defer(RegisterEntry.pdf), selectinload(RegisterEntry.issuing_body))
                 .order_by(RegisterEntry.issued_on.desc(), RegisterEntry.number.desc()))
        if year is not None:
            query = query.where(RegisterEntry.year == year)
        with self.db.session() as session:
            rows = [_row(entry) for entry in session.scalars(query)]
        words = fold(search).split()
        return [r for r in rows if all(w in fold(f"{r.reference} {r.summary} {r.signer}") for w in words)]

    def issued_pdf(self, notice_id: int) -> bytes:
        """The PDF exactly as it was issued (checked against its SHA-256)."""
        with self.db.session() as session:
            return archived_pdf(session, notice_id)

    def _load(self, session: Session, notice_id: int) -> Notice:
        notice = session.get(Notice, notice_id)
        if notice is None:
            raise NotFoundError(f"Không tìm thấy thông báo có mã {notice_id}.")
        return notice


def _fresh(blocks: list[Block]) -> list[Block]:
    """A copy of ``blocks`` to store as new rows (no block keeps the id of the row it was read from)."""
    copied = copy.deepcopy(blocks)
    for block in (b for root in copied for b in root.walk()):
        block.id = None
    return copied


def _row(entry: RegisterEntry) -> RegisterRow:
    return RegisterRow(entry.id, entry.issuing_body.name, entry.year, entry.number, entry.symbol, entry.issued_on,
                       entry.summary, entry.signer_name or "", entry.notice_id, entry.pdf_sha256 or "")
