"""Notices (Thông báo kết luận): listing, and the document handed to the PDF and DOCX renderers."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ...documents.glyph_check import MissingGlyph, notice_missing_glyphs
from ...documents.notice_model import Attachment, NoticeDocument
from ...documents.notice_snapshot import document_from_snapshot
from ...store.db import Database
from ...store.models import (
    IssuingBody, Meeting, Notice, NoticeAttachment, NoticeRecipient, Person, RegisterEntry, TextBody,
)
from ..body import Block
from ..enums import DocumentStatus
from ..errors import ConflictError, NotFoundError, ValidationError
from ..formats import PartialDate
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
        return f"{self.number:02d}/{self.symbol}" if self.number is not None else f"…/{self.symbol}"


def _partial_date(notice: Notice) -> PartialDate:
    return PartialDate(notice.date_year, notice.date_month, notice.date_day)


def authority_lines(notice: Notice) -> list[str]:
    """The quyền hạn + chức vụ lines: "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG" (either may be empty)."""
    lines: list[str] = []
    for value in (notice.signing_authority, notice.signer_title):
        lines.extend(part.strip() for part in (value or "").split("\n") if part.strip())
    return lines


@dataclass
class NoticeInput:
    """The editable content of a notice (number and issue date are given by the register, not typed)."""

    issuing_body_id: int
    summary: str
    place: str
    date: PartialDate
    blocks: list[Block]
    signing_authority: str = ""
    signer_title: str = ""
    signer_id: int | None = None
    signer_name: str = ""
    recipients: list[str] = field(default_factory=list)
    archive_line: str = "VT"
    attachments: list[tuple[str, list[Block]]] = field(default_factory=list)
    meeting_id: int | None = None


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
            return [
                NoticeRow(n.id, n.uuid, n.number, n.symbol, _partial_date(n), n.summary, n.signer_name or "",
                          n.status, n.version, n.issuing_body.name)
                for n in session.scalars(query)
            ]

    def document(self, notice_id: int) -> NoticeDocument:
        """Everything the renderers need, read in one short transaction. For an issued (or superseded) notice this
        is the snapshot frozen in its register entry, so later edits of the issuing body, recipients groups or
        the meeting never change what it prints."""
        with self.db.session() as session:
            notice = self._load(session, notice_id)
            if notice.status != DocumentStatus.DRAFT:
                snapshot = session.scalar(select(RegisterEntry.snapshot).where(RegisterEntry.notice_id == notice.id))
                if snapshot:
                    return document_from_snapshot(snapshot)
            return notice_document(notice)

    def missing_glyphs(self, notice_id: int) -> list[MissingGlyph]:
        """Characters of the notice the embedded fonts cannot draw, with where they are (empty: all printable)."""
        return notice_missing_glyphs(self.document(notice_id))

    def get(self, notice_id: int) -> NoticeInput:
        with self.db.session() as session:
            n = self._load(session, notice_id)
            return NoticeInput(
                issuing_body_id=n.issuing_body_id, summary=n.summary, place=n.place, date=_partial_date(n),
                blocks=load_body(n.body), signing_authority=n.signing_authority or "",
                signer_title=n.signer_title or "", signer_id=n.signer_id, signer_name=n.signer_name or "",
                recipients=[r.text for r in n.recipients], archive_line=n.archive_line or "VT",
                attachments=[(a.title, load_body(a.body)) for a in n.attachments], meeting_id=n.meeting_id,
            )

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
                raise ConflictError(
                    f"Thông báo số {notice.number:02d}/{notice.symbol} đã ban hành nên không sửa được. "
                    "Hãy tạo phiên bản mới để sửa." if notice.number is not None else
                    "Thông báo đã ban hành nên không sửa được. Hãy tạo phiên bản mới để sửa."
                )
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
            raise ValidationError("Cơ quan ban hành", data.issuing_body_id, "Cơ quan ban hành đã chọn không còn tồn tại.")
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
        notice.symbol = f"{notice.doc_type or 'TB'}-{body.symbol}"
        notice.summary = summary
        notice.place = place
        notice.date_year, notice.date_month, notice.date_day = data.date.year, data.date.month, data.date.day
        save_body(session, notice.body, data.blocks)
        notice.signing_authority = nfc_or_none(data.signing_authority)
        notice.signer_title = nfc_or_none(data.signer_title)
        notice.signer_id = data.signer_id
        notice.signer_name = nfc_or_none(data.signer_name)
        notice.recipients = [NoticeRecipient(position=i, text=nfc(t).strip("-; ").rstrip(".")) for i, t in
                             enumerate(line for line in data.recipients if nfc(line))]
        notice.archive_line = nfc(data.archive_line or "VT").removeprefix("Lưu:").strip().rstrip(".") or "VT"
        attachments = []
        for position, (title, blocks) in enumerate(data.attachments):
            attachment = NoticeAttachment(position=position, title=nfc(title), body=TextBody())
            session.add(attachment.body)
            session.flush()
            save_body(session, attachment.body, blocks)
            attachments.append(attachment)
        notice.attachments = attachments


def notice_document(notice: Notice) -> NoticeDocument:
    body: IssuingBody = notice.issuing_body
    return NoticeDocument(
        parent_line=body.parent_line,
        body_lines=[line for line in body.body_lines.split("\n") if line.strip()],
        number=notice.number, symbol=notice.symbol, place=notice.place, date=_partial_date(notice),
        type_name=notice.type_name, summary=notice.summary, blocks=load_body(notice.body),
        authority_lines=authority_lines(notice), signer_name=notice.signer_name or "",
        recipients=[r.text for r in notice.recipients], archive_line=notice.archive_line or "VT",
        attachments=[Attachment(a.title, load_body(a.body)) for a in notice.attachments],
    )


def release_meeting(session: Session, meeting_id: int, title: str) -> None:
    """Before a meeting is deleted: refuse when an issued notice came from it (an issued record is never altered),
    otherwise unlink its draft notices (they stay, without a meeting)."""
    notices = session.scalars(select(Notice).where(Notice.meeting_id == meeting_id).order_by(Notice.id)).all()
    issued = [n for n in notices if n.status != DocumentStatus.DRAFT]
    if issued:
        references = ", ".join(f"{n.number:02d}/{n.symbol}" if n.number is not None else n.symbol for n in issued)
        raise ConflictError(
            f"Không xóa được cuộc họp “{title}” vì đã ban hành thông báo kết luận của cuộc họp này (số "
            f"{references}); văn bản đã ban hành được giữ nguyên cùng cuộc họp của nó."
        )
    for notice in notices:
        notice.meeting_id = None
    session.flush()
