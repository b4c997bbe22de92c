"""Notices (Thông báo kết luận): listing, and the document handed to the PDF and DOCX renderers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ...documents.notice_model import Attachment, NoticeDocument
from ...store.db import Database
from ...store.models import IssuingBody, Notice
from ..body import load_body
from ..enums import DocumentStatus
from ..errors import NotFoundError
from ..formats import PartialDate


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


class NoticeService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self) -> list[NoticeRow]:
        query = select(Notice).options(selectinload(Notice.issuing_body)).order_by(
            Notice.date_year.desc(), Notice.date_month.desc(), Notice.id.desc()
        )
        with self.db.session() as session:
            return [
                NoticeRow(n.id, n.uuid, n.number, n.symbol, _partial_date(n), n.summary, n.signer_name or "",
                          n.status, n.version, n.issuing_body.name)
                for n in session.scalars(query)
            ]

    def document(self, notice_id: int) -> NoticeDocument:
        """Everything the renderers need, read in one short transaction."""
        with self.db.session() as session:
            notice = self._load(session, notice_id)
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

    def _load(self, session: Session, notice_id: int) -> Notice:
        notice = session.get(Notice, notice_id)
        if notice is None:
            raise NotFoundError(f"Không tìm thấy thông báo có mã {notice_id}.")
        return notice


def today() -> dt.date:
    return dt.date.today()
