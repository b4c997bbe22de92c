"""Notices (Thông báo kết luận): listing, and the document handed to the PDF and DOCX renderers."""

from __future__ import annotations

import builtins
import hashlib
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ...documents.glyph_check import MissingGlyph, notice_missing_glyphs
from ...documents.notice_snapshot import document_from_snapshot
from ...store.db import Database
from ...store.models import (
    IssuingBody,
    Meeting,
    Notice,
    NoticeAttachment,
    NoticeRecipient,
    Person,
    RegisterEntry,
    TextBody,
)
from ..enums import DocumentStatus
from ..errors import CchcError, ConflictError, NotFoundError, ValidationError
from ..formats import PartialDate
from ..notice_builder import (
    TYPE_CODE,
    NoticeInput,
    NoticeIssuer,
    archive_text,
    build_notice_document,
    notice_file_stem,
    notice_reference,
    notice_symbol,
    recipient_text,
)
from ..notice_model import NoticeDocument
from ..text import fold, nfc, nfc_or_none
from . import audit
from .bodies import load_body, save_body


@dataclass(frozen=True)
class NoticeRow:
    id: int
    uuid: str
    number: int | None
    symbol: str
    date: PartialDate
    summary: str
    signer: str
    status: DocumentStatus
    version: int
    issuing_body: str

    @property
    def reference(self) -> str:
        """"05/TB-UBND", or "…/TB-UBND" while the number is blank."""
        return notice_reference(self.number, self.symbol)


def _partial_date(notice: Notice) -> PartialDate:
    return PartialDate(notice.date_year, notice.date_month, notice.date_day)


def _row(n: Notice) -> NoticeRow:
    return NoticeRow(n.id, n.uuid, n.number, n.symbol, _partial_date(n), n.summary, n.signer_name or "", n.status,
                     n.version, n.issuing_body.name)


DocumentKind = Literal["pdf", "docx"]


@dataclass(frozen=True)
class NoticeFile:
    """A notice as a file: ``data`` the bytes, ``file_stem`` a suggested name without extension ("Thông báo
    01-TB-UBND"), ``archived`` True when ``data`` is the register's PDF as issued, ``missing_glyphs`` the
    characters the embedded fonts cannot draw (empty for the archived PDF: it was checked when issued)."""

    data: bytes
    file_stem: str
    archived: bool = False
    missing_glyphs: list[MissingGlyph] = field(default_factory=list)


NO_BODY_CHOSEN = "Hãy chọn cơ quan ban hành."


class NoticeService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, search: str = "") -> list[NoticeRow]:
        query = select(Notice).options(selectinload(Notice.issuing_body)).order_by(
            Notice.date_year.desc(), Notice.date_month.desc(), Notice.id.desc()
        )
        for word in fold(search).split():
            query = query.where(Notice.search_folded.contains(word, autoescape=True))
        with self.db.session() as session:
            return [_row(n) for n in session.scalars(query)]

    def row(self, notice_id: int) -> NoticeRow:
        """One notice's list row (its number, symbol, status and version)."""
        with self.db.session() as session:
            return _row(self._load(session, notice_id))

    def document(self, notice_id: int) -> NoticeDocument:
        """Everything the renderers need, read in one short transaction. For an issued (or superseded) notice this
        is the snapshot frozen in its register entry, so later edits of the issuing body, recipients groups or
        the meeting never change what it prints."""
        with self.db.session() as session:
            return printed_document(session, self._load(session, notice_id))

    def document_file(self, notice_id: int | None, kind: DocumentKind = "pdf",
                      content: NoticeInput | None = None) -> NoticeFile:
        """The notice as a PDF or Word file; the one place that decides issued vs draft.

        Issued (or superseded): the PDF is the register's archived file, byte for byte (checked against its
        SHA-256), whatever was edited since; the Word file is rendered from the frozen snapshot. Draft (or a new
        notice, ``notice_id`` None): rendered now from ``content`` (the editor's unsaved form) or else from the
        stored notice, with the issuing body as it is now.
        """
        from ...documents.notice_docx import render_notice_docx
        from ...documents.notice_pdf import render_notice_pdf

        with self.db.session() as session:
            notice = self._load(session, notice_id) if notice_id is not None else None
            if notice is not None and notice.status != DocumentStatus.DRAFT:
                document = printed_document(session, notice)
                stem = notice_file_stem(document.number, document.symbol, document.date)
                if kind == "pdf":
                    return NoticeFile(archived_pdf(session, notice.id), stem, archived=True)
                return NoticeFile(render_notice_docx(document), stem, missing_glyphs=notice_missing_glyphs(document))
            document = self._draft_document(session, notice, content)
        render = render_notice_pdf if kind == "pdf" else render_notice_docx
        return NoticeFile(render(document), notice_file_stem(document.number, document.symbol, document.date),
                          missing_glyphs=notice_missing_glyphs(document))

    def draft_document(self, notice_id: int | None, content: NoticeInput) -> NoticeDocument:
        """What the draft would print with ``content`` (the editor's form), saved or not: the live preview."""
        with self.db.session() as session:
            notice = self._load(session, notice_id) if notice_id is not None else None
            return self._draft_document(session, notice, content)

    def _draft_document(self, session: Session, notice: Notice | None, content: NoticeInput | None) -> NoticeDocument:
        if content is None:
            if notice is None:
                raise NotFoundError("Chưa có thông báo để xuất.")
            return notice_document(notice)
        body = session.get(IssuingBody, content.issuing_body_id) if content.issuing_body_id is not None else None
        if body is None:
            raise CchcError(NO_BODY_CHOSEN)
        number = notice.number if notice is not None else None
        return build_notice_document(content, notice_issuer(body), number)

    def missing_glyphs(self, notice_id: int) -> builtins.list[MissingGlyph]:
        """Characters of the notice the embedded fonts cannot draw, with where they are (empty: all printable)."""
        return notice_missing_glyphs(self.document(notice_id))

    def get(self, notice_id: int) -> NoticeInput:
        with self.db.session() as session:
            return notice_input(self._load(session, notice_id))

    def status(self, notice_id: int) -> DocumentStatus:
        with self.db.session() as session:
            return self._load(session, notice_id).status

    def create(self, data: NoticeInput) -> int:
        with self.db.session() as session:
            notice = Notice(body=TextBody(), version=1)
            self._apply(session, notice, data)
            session.add(notice)
            session.flush()
            audit.change_record(session, "create", "notices", notice, None, f"Soạn thông báo: {notice.summary[:200]}")
            return notice.id

    def update(self, notice_id: int, data: NoticeInput) -> None:
        """Change a draft. An issued notice is never rewritten: make a new version of it instead."""
        with self.db.session() as session:
            notice = self._load(session, notice_id)
            if notice.status != DocumentStatus.DRAFT:
                numbered = f" số {notice_reference(notice.number, notice.symbol)}" if notice.number is not None else ""
                raise ConflictError(f"Thông báo{numbered} đã ban hành nên không sửa được. "
                                    "Hãy tạo phiên bản mới để sửa.")
            before = audit.snapshot(notice)
            self._apply(session, notice, data)
            audit.change_record(session, "update", "notices", notice, before, f"Sửa thông báo: {notice.summary[:200]}")

    def delete(self, notice_id: int) -> None:
        with self.db.session() as session:
            notice = self._load(session, notice_id)
            if notice.status != DocumentStatus.DRAFT:
                raise ConflictError("Thông báo đã ban hành được lưu trong sổ văn bản đi, không xóa được.")
            audit.record(session, "delete", "notices", notice.uuid, f"Xóa dự thảo: {notice.summary[:200]}",
                         changes=audit.changes("notices", audit.snapshot(notice), {}))
            session.delete(notice)

    def _load(self, session: Session, notice_id: int) -> Notice:
        notice = session.get(Notice, notice_id)
        if notice is None:
            raise NotFoundError(f"Không tìm thấy thông báo có mã {notice_id}.")
        return notice

    def _apply(self, session: Session, notice: Notice, data: NoticeInput) -> None:
        body = session.get(IssuingBody, data.issuing_body_id)
        if body is None:
            raise ValidationError("Cơ quan ban hành", data.issuing_body_id,
                                  "Cơ quan ban hành đã chọn không còn tồn tại.")
        summary = nfc(data.summary or "")
        if not summary:
            raise ValidationError("Trích yếu", data.summary, "Trích yếu không được để trống.")
        place = nfc(data.place or "")
        if not place:
            raise ValidationError("Địa danh", data.place, "Cần ghi địa danh (ví dụ “Lạng Sơn”).")
        if data.date.year is None or not 2000 <= data.date.year <= 2100:
            raise ValidationError("Năm", data.date.year, f"Năm ban hành “{data.date.year or ''}” không hợp lệ.")
        if not any(nfc(line) for line in data.recipients):
            raise ValidationError("Nơi nhận", "", "Thông báo cần có ít nhất một nơi nhận.")
        if data.meeting_id is not None and session.get(Meeting, data.meeting_id) is None:
            raise ValidationError("Cuộc họp", data.meeting_id, "Cuộc họp đã chọn không còn tồn tại.")
        if data.signer_id is not None and session.get(Person, data.signer_id) is None:
            raise ValidationError("Người ký", data.signer_id, "Người ký đã chọn không còn tồn tại.")
        notice.issuing_body = body
        notice.meeting_id = data.meeting_id
        notice.symbol = notice_symbol(body.symbol, notice.doc_type or TYPE_CODE)
        notice.summary = summary
        notice.place = place
        notice.date_year, notice.date_month, notice.date_day = data.date.year, data.date.month, data.date.day
        save_body(session, notice.body, data.blocks)
        notice.signing_authority = nfc_or_none(data.signing_authority)
        notice.signer_title = nfc_or_none(data.signer_title)
        notice.signer_id = data.signer_id
        notice.signer_name = nfc_or_none(data.signer_name)
        notice.recipients = [NoticeRecipient(position=i, text=recipient_text(t)) for i, t in
                             enumerate(line for line in data.recipients if nfc(line))]
        notice.archive_line = archive_text(data.archive_line)
        attachments = []
        for position, (title, blocks) in enumerate(data.attachments):
            attachment_body = TextBody()
            attachment = NoticeAttachment(position=position, title=nfc(title), body=attachment_body)
            session.add(attachment_body)
            session.flush()
            save_body(session, attachment_body, blocks)
            attachments.append(attachment)
        notice.attachments = attachments


def notice_input(n: Notice) -> NoticeInput:
    """The stored notice's editable content."""
    return NoticeInput(
        issuing_body_id=n.issuing_body_id, summary=n.summary, place=n.place, date=_partial_date(n),
        blocks=load_body(n.body), signing_authority=n.signing_authority or "",
        signer_title=n.signer_title or "", signer_id=n.signer_id, signer_name=n.signer_name or "",
        recipients=[r.text for r in n.recipients], archive_line=n.archive_line or "VT",
        attachments=[(a.title, load_body(a.body)) for a in n.attachments], meeting_id=n.meeting_id,
    )


def notice_issuer(body: IssuingBody) -> NoticeIssuer:
    """What a notice prints of its issuing body, as the builder takes it."""
    return NoticeIssuer(parent_line=body.parent_line or "", body_lines=body.body_lines.split("\n"),
                        symbol=body.symbol)


def notice_document(notice: Notice) -> NoticeDocument:
    """The stored notice as printed now (the register freezes this at issue): one builder, see
    :func:`cchc_desktop.core.notice_builder.build_notice_document`."""
    return build_notice_document(notice_input(notice), notice_issuer(notice.issuing_body), notice.number,
                                 symbol=notice.symbol, type_name=notice.type_name)


def printed_document(session: Session, notice: Notice) -> NoticeDocument:
    """What ``notice`` prints: the snapshot frozen in its register entry once issued (or superseded), so later
    edits of the issuing body, recipient groups or meeting never change it; a draft's current content otherwise."""
    if notice.status != DocumentStatus.DRAFT:
        snapshot = session.scalar(select(RegisterEntry.snapshot).where(RegisterEntry.notice_id == notice.id))
        if snapshot:
            return document_from_snapshot(snapshot)
    return notice_document(notice)


def archived_pdf(session: Session, notice_id: int) -> bytes:
    """The PDF of an issued notice exactly as it was issued (checked against its SHA-256)."""
    entry = session.scalars(select(RegisterEntry).where(RegisterEntry.notice_id == notice_id)).first()
    if entry is None or entry.pdf is None:
        raise NotFoundError("Thông báo này chưa ban hành nên chưa có bản lưu trong sổ văn bản đi.")
    if hashlib.sha256(entry.pdf).hexdigest() != entry.pdf_sha256:
        raise ConflictError("Bản PDF lưu trong sổ văn bản đi không khớp mã kiểm tra SHA-256.")
    return entry.pdf


def release_meeting(session: Session, meeting_id: int, title: str) -> None:
    """Before a meeting is deleted: refuse when an issued notice came from it (an issued record is never altered),
    otherwise unlink its draft notices (they stay, without a meeting)."""
    notices = session.scalars(select(Notice).where(Notice.meeting_id == meeting_id).order_by(Notice.id)).all()
    issued = [n for n in notices if n.status != DocumentStatus.DRAFT]
    if issued:
        references = ", ".join(notice_reference(n.number, n.symbol) if n.number is not None else n.symbol
                               for n in issued)
        raise ConflictError(
            f"Không xóa được cuộc họp “{title}” vì đã ban hành thông báo kết luận của cuộc họp này (số "
            f"{references}); văn bản đã ban hành được giữ nguyên cùng cuộc họp của nó."
        )
    for notice in notices:
        notice.meeting_id = None
    session.flush()
