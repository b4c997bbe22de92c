"""What a notice renderer needs, as plain values (the core builds it from the store)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .body import Block
from .formats import PartialDate


@dataclass(frozen=True)
class Attachment:
    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass(frozen=True)
class NoticeDocument:
    """An official notice (văn bản có tên loại) laid out per Nghị định 30/2020, Phụ lục I.

    ``parent_line`` is the governing body (ô 2, not bold; may be empty); ``body_lines`` the issuing body (ô 3,
    bold, one or more lines). ``number`` None prints a blank number ("Số:      /TB-UBND"); a date without its day
    prints the day blank. ``authority_lines`` is the quyền hạn and chức vụ block ("TL. CHỦ TỊCH",
    "CHÁNH VĂN PHÒNG"). ``recipients`` are the "Nơi nhận" lines without "- " and ";"; ``archive_line`` is what
    follows "Lưu: " ("VT, THNC (LTH)").
    """

    parent_line: str | None
    body_lines: list[str]
    number: int | None
    symbol: str
    place: str
    date: PartialDate
    type_name: str
    summary: str
    blocks: list[Block]
    authority_lines: list[str]
    signer_name: str
    recipients: list[str]
    archive_line: str
    attachments: list[Attachment] = field(default_factory=list)
    national_title: str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    motto: str = "Độc lập - Tự do - Hạnh phúc"

    @property
    def number_text(self) -> str:
        """"05" (leading zero below 10) or blank for handwriting."""
        return "" if self.number is None else f"{self.number:02d}"
