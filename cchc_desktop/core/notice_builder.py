"""The printed notice built from plain values: one builder for the stored notice and the editor's live preview.

:func:`build_notice_document` turns a :class:`NoticeInput` (what the clerk edits), the issuing body's printed
values (:class:`NoticeIssuer`) and the register's number into the :class:`NoticeDocument` the PDF and DOCX
renderers draw. ``core.services.notices`` calls it for a stored notice (and the register freezes its result at
issue); the notice editor calls it with the form's unsaved content, so the preview shows what saving and printing
give. The "TB-" symbol rule lives here too (:func:`notice_symbol`, :func:`notice_reference`).

Kernel module: no store, no services, no SQLAlchemy, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .body import Block
from .formats import PartialDate
from .notice_model import Attachment, NoticeDocument
from .text import nfc

TYPE_CODE = "TB"
"""The type code of a notice (Thông báo) in its symbol, Nghị định 30/2020, Phụ lục III."""
TYPE_NAME = "THÔNG BÁO"
BLANK_NUMBER = "…"
"""Shown in place of the number of a notice not issued yet ("…/TB-UBND")."""
DEFAULT_ARCHIVE = "VT"


def notice_symbol(body_symbol: str, type_code: str = TYPE_CODE) -> str:
    """The notice's symbol from its issuing body's: "UBND" → "TB-UBND"."""
    return f"{type_code}-{body_symbol}"


def notice_reference(number: int | None, symbol: str) -> str:
    """"05/TB-UBND" (leading zero below 10), or "…/TB-UBND" while the number is blank."""
    return f"{number:02d}/{symbol}" if number is not None else f"{BLANK_NUMBER}/{symbol}"


def signature_lines(authority: str | None, title: str | None) -> list[str]:
    """The quyền hạn + chức vụ lines: "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG" (either may be empty or multi-line)."""
    lines: list[str] = []
    for value in (authority, title):
        lines.extend(part.strip() for part in nfc(value or "").split("\n") if part.strip())
    return lines


def archive_text(value: str | None) -> str:
    """What follows "Lưu: " ("VT, NC (TPT)"), as it is stored and printed."""
    return nfc(value or DEFAULT_ARCHIVE).removeprefix("Lưu:").strip().rstrip(".") or DEFAULT_ARCHIVE


def recipient_text(line: str) -> str:
    """A "Nơi nhận" line as stored and printed, without its "- " and ";": "- Các sở, ngành;" → "Các sở, ngành"."""
    return nfc(line or "").strip("-; ").rstrip(".")


def recipient_lines(lines: list[str]) -> list[str]:
    """The printed "Nơi nhận" lines: each cleaned (:func:`recipient_text`), blank ones left out."""
    return [text for text in (recipient_text(line) for line in lines) if text]


def header_lines(lines: list[str]) -> list[str]:
    """The issuing body's printed lines (ô 3): each normalised (NFC, single spaces), blank ones left out."""
    return [" ".join(nfc(line).split()) for line in lines if line.strip()]


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
    archive_line: str = DEFAULT_ARCHIVE
    attachments: list[tuple[str, list[Block]]] = field(default_factory=list)
    meeting_id: int | None = None


@dataclass(frozen=True)
class NoticeIssuer:
    """What a notice prints of its issuing body: ô 2 (``parent_line``, may be empty), ô 3 (``body_lines``) and
    the body's own symbol ("UBND", from which the notice's "TB-UBND" is made)."""

    parent_line: str
    body_lines: list[str]
    symbol: str


def build_notice_document(data: NoticeInput, issuer: NoticeIssuer, number: int | None = None, *,
                          symbol: str | None = None, type_name: str = TYPE_NAME) -> NoticeDocument:
    """The document the renderers draw. ``symbol`` is the notice's stored symbol when it has one (else made from
    the issuer's); ``number`` None prints a blank number."""
    return NoticeDocument(
        parent_line=nfc(issuer.parent_line or "") or None,
        body_lines=header_lines(issuer.body_lines),
        number=number,
        symbol=symbol or notice_symbol(issuer.symbol),
        place=nfc(data.place or ""),
        date=data.date if data.date is not None else PartialDate(),
        type_name=type_name or TYPE_NAME,
        summary=nfc(data.summary or ""),
        blocks=data.blocks,
        authority_lines=signature_lines(data.signing_authority, data.signer_title),
        signer_name=nfc(data.signer_name or ""),
        recipients=recipient_lines(data.recipients),
        archive_line=archive_text(data.archive_line),
        attachments=[Attachment(nfc(title or ""), blocks) for title, blocks in data.attachments],
    )


def notice_file_stem(number: int | None, symbol: str, date: PartialDate) -> str:
    """A file name for the notice without its extension: "Thông báo 01-TB-UBND" once numbered, else
    "Dự thảo thông báo TB-UBND tháng 6-2024" (a "/" cannot be in a file name)."""
    if number is not None:
        return f"Thông báo {number:02d}-{symbol}"
    return f"Dự thảo thông báo {symbol} tháng {date.month or ''}-{date.year}".replace(" -", " ")
