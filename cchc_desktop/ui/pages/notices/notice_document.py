"""The document the renderers draw, built from the editor's current (possibly unsaved) content.

Mirrors :func:`cchc_desktop.core.services.notices.notice_document`, which builds it from the stored notice, so
the live preview shows what saving and printing will give. Qt-free.
"""

from __future__ import annotations

from ....core.formats import PartialDate
from ....core.services.issuing_bodies import IssuingBodyRow
from ....core.services.notices import NoticeInput
from ....core.services.recipients import clean_line
from ....core.text import nfc
from ....documents.notice_model import Attachment, NoticeDocument

TYPE_CODE = "TB"
TYPE_NAME = "THÔNG BÁO"


def notice_symbol(body: IssuingBodyRow) -> str:
    return f"{TYPE_CODE}-{body.symbol}"


def reference_text(number: int | None, symbol: str) -> str:
    """"01/TB-UBND", or "…/TB-UBND" while the number is blank."""
    return f"{number:02d}/{symbol}" if number is not None else f"…/{symbol}"


def signature_lines(authority: str, title: str) -> list[str]:
    lines: list[str] = []
    for value in (authority, title):
        lines.extend(part.strip() for part in (value or "").split("\n") if part.strip())
    return lines


def archive_text(value: str) -> str:
    """What follows "Lưu: " ("VT, NC (TPT)"), as the service stores it."""
    return nfc(value or "VT").removeprefix("Lưu:").strip().rstrip(".") or "VT"


def build_document(data: NoticeInput, body: IssuingBodyRow, number: int | None = None) -> NoticeDocument:
    return NoticeDocument(
        parent_line=body.parent_line or None,
        body_lines=list(body.body_lines),
        number=number,
        symbol=notice_symbol(body),
        place=nfc(data.place or ""),
        date=data.date if data.date is not None else PartialDate(),
        type_name=TYPE_NAME,
        summary=nfc(data.summary or ""),
        blocks=data.blocks,
        authority_lines=signature_lines(data.signing_authority, data.signer_title),
        signer_name=nfc(data.signer_name or ""),
        recipients=[text for text in (clean_line(line).rstrip(".") for line in data.recipients) if text],
        archive_line=archive_text(data.archive_line),
        attachments=[Attachment(nfc(title), blocks) for title, blocks in data.attachments],
    )
