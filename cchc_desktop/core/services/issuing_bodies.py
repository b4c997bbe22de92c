"""Issuing bodies: header lines, symbol and default signature kept together (see nd30-layout.md).

The header lines, the symbol and the signature lines are printed in capitals (Nghị định 30/2020, Phụ lục I), so
:meth:`IssuingBodyService.save` stores them upper-cased whatever the clerk typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ...store.db import Database
from ...store.models import Agency, IssuingBody, Notice, Person, RegisterEntry
from ..errors import ConflictError, NotFoundError, ValidationError
from ..notice_builder import notice_symbol
from ..text import fold, nfc, nfc_or_none
from . import audit

NAME = "Tên gọi"
PARENT_LINE = "Cơ quan chủ quản"
BODY_LINES = "Tên cơ quan ban hành"
SYMBOL = "Ký hiệu"
PLACE = "Địa danh"
SIGNING_AUTHORITY = "Quyền hạn ký"
SIGNER_TITLE = "Chức vụ người ký"
DEFAULT_SIGNER = "Người ký mặc định"
ARCHIVE_UNIT = "Đơn vị soạn thảo"
AGENCY = "Cơ quan trong danh mục"
"""Field labels; they are also the ``field`` of the ValidationError, which is how the page finds the widget."""

_SYMBOL_RE = re.compile(r"[A-Z0-9Đ]+")


@dataclass(frozen=True)
class IssuingBodyRow:
    id: int
    name: str
    parent_line: str
    body_lines: list[str]
    symbol: str
    place: str
    signing_authority: str
    signer_title: str
    default_signer_id: int | None
    default_signer: str
    archive_unit: str
    agency_id: int | None = None
    active: bool = True

    @property
    def notice_symbol(self) -> str:
        return notice_symbol(self.symbol)


@dataclass
class IssuingBodyInput:
    """What the clerk edits; ``body_lines`` holds one printed line per text line."""

    name: str
    body_lines: str
    symbol: str
    place: str
    parent_line: str = ""
    signing_authority: str = ""
    signer_title: str = ""
    default_signer_id: int | None = None
    archive_unit: str = ""
    agency_id: int | None = None


def split_lines(text: str) -> list[str]:
    """The non-blank lines of ``text``, each normalised (NFC, single spaces)."""
    return [" ".join(nfc(line).split()) for line in (text or "").splitlines() if line.strip()]


def upper_text(text: str) -> str:
    """``text`` normalised and in capitals, its lines kept ("tl. chủ tịch" → "TL. CHỦ TỊCH")."""
    return "\n".join(split_lines(text)).upper()


def clean_symbol(text: str) -> str:
    return nfc(text or "").upper()


class IssuingBodyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, *, include_inactive: bool = False) -> list[IssuingBodyRow]:
        query = select(IssuingBody).options(selectinload(IssuingBody.default_signer)).order_by(IssuingBody.id)
        if not include_inactive:
            query = query.where(IssuingBody.active.is_(True))
        with self.db.session() as session:
            return [_row(body) for body in session.scalars(query)]

    def get(self, body_id: int) -> IssuingBodyInput:
        with self.db.session() as session:
            body = self._load(session, body_id)
            return IssuingBodyInput(
                name=body.name, body_lines=body.body_lines, symbol=body.symbol, place=body.place,
                parent_line=body.parent_line or "", signing_authority=body.signing_authority or "",
                signer_title=body.signer_title or "", default_signer_id=body.default_signer_id,
                archive_unit=body.archive_unit or "", agency_id=body.agency_id,
            )

    def save(self, data: IssuingBodyInput, body_id: int | None = None) -> int:
        """Create (``body_id`` None) or update an issuing body; returns its id."""
        clean = validated(data)
        with self.db.session() as session:
            return store_issuing_body(session, clean, body_id)

    def set_active(self, body_id: int, active: bool) -> None:
        """A body no longer in use is not offered for new notices; its notices and register keep it."""
        with self.db.session() as session:
            body = self._load(session, body_id)
            body.active = active
            verb = "Dùng lại" if active else "Ngừng dùng"
            audit.record(session, "activate" if active else "deactivate", "issuing_bodies", body.uuid,
                         f"{verb} cơ quan ban hành {body.name}")

    def delete(self, body_id: int) -> None:
        """Delete a body no notice and no register entry refers to; otherwise ConflictError."""
        with self.db.session() as session:
            body = self._load(session, body_id)
            notices = session.scalar(select(func.count(Notice.id)).where(Notice.issuing_body_id == body_id)) or 0
            entries = session.scalar(
                select(func.count(RegisterEntry.id)).where(RegisterEntry.issuing_body_id == body_id)) or 0
            if notices or entries:
                used = [f"{notices} thông báo"] if notices else []
                used += [f"{entries} số trong sổ văn bản đi"] if entries else []
                raise ConflictError(
                    f"Không xóa được “{body.name}” vì đã dùng cho {' và '.join(used)}. "
                    "Hãy ngừng dùng cơ quan này: nó sẽ không được chọn khi soạn thông báo mới, "
                    "các văn bản đã có vẫn giữ nguyên."
                )
            audit.record(session, "delete", "issuing_bodies", body.uuid, f"Xóa cơ quan ban hành {body.name}")
            session.delete(body)

    def _load(self, session: Session, body_id: int) -> IssuingBody:
        return _load(session, body_id)


def _load(session: Session, body_id: int) -> IssuingBody:
    body = session.get(IssuingBody, body_id)
    if body is None:
        raise NotFoundError("Cơ quan ban hành này không còn tồn tại.")
    return body


def store_issuing_body(session: Session, clean: IssuingBodyInput, body_id: int | None = None) -> int:
    """:meth:`IssuingBodyService.save` of already :func:`validated` data inside ``session``; returns the id."""
    same = [b for b in session.scalars(select(IssuingBody)) if fold(b.name) == fold(clean.name)]
    if any(b.id != body_id for b in same):
        raise ValidationError(NAME, clean.name,
                              f"Đã có cơ quan ban hành tên “{clean.name}”; hãy đặt tên gọi khác.")
    if clean.default_signer_id is not None and session.get(Person, clean.default_signer_id) is None:
        raise ValidationError(DEFAULT_SIGNER, clean.default_signer_id, "Người ký mặc định đã chọn không còn.")
    if clean.agency_id is not None and session.get(Agency, clean.agency_id) is None:
        raise ValidationError(AGENCY, clean.agency_id, "Cơ quan trong danh mục đã chọn không còn.")
    body = _load(session, body_id) if body_id is not None else IssuingBody(active=True)
    before = audit.snapshot(body) if body_id is not None else None
    body.name, body.body_lines, body.symbol, body.place = (
        clean.name, clean.body_lines, clean.symbol, clean.place)
    body.parent_line = nfc_or_none(clean.parent_line)
    body.signing_authority = nfc_or_none(clean.signing_authority)
    body.signer_title = nfc_or_none(clean.signer_title)
    body.default_signer_id = clean.default_signer_id
    body.archive_unit = nfc_or_none(clean.archive_unit)
    body.agency_id = clean.agency_id
    session.add(body)
    session.flush()
    action = "create" if body_id is None else "update"
    audit.change_record(session, action, "issuing_bodies", body, before,
                        f"Cơ quan ban hành {clean.name} ({notice_symbol(clean.symbol)})")
    return body.id


def validated(data: IssuingBodyInput) -> IssuingBodyInput:
    """``data`` cleaned (NFC, capitals where the decree prints capitals); ValidationError naming the field."""
    name = " ".join(nfc(data.name or "").split())
    if not name:
        raise ValidationError(NAME, data.name, "Tên gọi của cơ quan ban hành không được để trống.")
    body_lines = upper_text(data.body_lines)
    if not body_lines:
        raise ValidationError(BODY_LINES, data.body_lines,
                              "Cần ít nhất một dòng tên cơ quan ban hành (dòng in đậm), ví dụ “VĂN PHÒNG”.")
    symbol = clean_symbol(data.symbol)
    if not symbol:
        raise ValidationError(SYMBOL, data.symbol, "Ký hiệu viết tắt không được để trống (ví dụ “UBND”, “VP”).")
    if not _SYMBOL_RE.fullmatch(symbol):
        raise ValidationError(
            SYMBOL, data.symbol,
            f"Ký hiệu “{symbol}” chỉ được gồm chữ cái không dấu, chữ Đ và chữ số, không có dấu cách hay dấu gạch "
            "(ví dụ “UBND”, “VP”, “BCĐ”); phần “TB-” được thêm tự động.",
        )
    place = " ".join(nfc(data.place or "").split())
    if not place:
        raise ValidationError(PLACE, data.place, "Địa danh không được để trống (ví dụ “Lạng Sơn”).")
    return IssuingBodyInput(
        name=name, body_lines=body_lines, symbol=symbol, place=place,
        parent_line=" ".join(split_lines(data.parent_line)).upper(),
        signing_authority=upper_text(data.signing_authority), signer_title=upper_text(data.signer_title),
        default_signer_id=data.default_signer_id, archive_unit=clean_symbol(" ".join(split_lines(data.archive_unit))),
        agency_id=data.agency_id,
    )


def _row(body: IssuingBody) -> IssuingBodyRow:
    return IssuingBodyRow(
        body.id, body.name, body.parent_line or "", split_lines(body.body_lines), body.symbol, body.place,
        body.signing_authority or "", body.signer_title or "", body.default_signer_id,
        body.default_signer.full_name if body.default_signer else "", body.archive_unit or "", body.agency_id,
        bool(body.active),
    )
