"""Which characters of a notice the embedded fonts cannot draw, and where they are.

Liberation Serif covers Vietnamese fully but not emoji, CJK or most symbols: such characters would print as blank
boxes in the PDF, the archived copy included. The renderers are not changed; the callers (preview, export,
issuing) list the characters first and warn, and issuing is refused until they are fixed or explicitly accepted.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from ..core.body import Block
from ..core.notice_model import NoticeDocument
from .fonts import missing_characters


@dataclass(frozen=True)
class MissingGlyph:
    char: str
    where: str  # the printed part, in Vietnamese: "Nơi nhận", "Nội dung", "Trích yếu"…

    @property
    def code(self) -> str:
        return f"U+{ord(self.char):04X}"

    def __str__(self) -> str:
        shown = self.char if unicodedata.category(self.char)[0] not in "CZ" else ""
        return f"Ký tự “{shown}” ({self.code}) trong {self.where} không có trong phông chữ"


def _block_texts(blocks: list[Block]) -> Iterator[str]:
    for root in blocks:
        for block in root.walk():
            if block.label:
                yield block.label
            yield block.text


def _parts(doc: NoticeDocument) -> Iterator[tuple[str, str]]:
    """(where, text) for everything the notice prints."""
    yield "Cơ quan chủ quản", doc.parent_line or ""
    yield "Tên cơ quan ban hành", "\n".join(doc.body_lines)
    yield "Ký hiệu", doc.symbol
    yield "Địa danh", doc.place
    yield "Tên loại văn bản", doc.type_name
    yield "Trích yếu", doc.summary
    for text in _block_texts(doc.blocks):
        yield "Nội dung", text
    yield "Quyền hạn, chức vụ người ký", "\n".join(doc.authority_lines)
    yield "Họ tên người ký", doc.signer_name
    yield "Nơi nhận", "\n".join(doc.recipients)
    yield "Lưu", doc.archive_line
    for position, attachment in enumerate(doc.attachments, start=1):
        where = f"Phụ lục {position}"
        yield f"tên {where}", attachment.title
        for text in _block_texts(attachment.blocks):
            yield f"nội dung {where}", text


def notice_missing_glyphs(doc: NoticeDocument) -> list[MissingGlyph]:
    """Every (character, place) of ``doc`` the fonts lack, each once, in print order."""
    found: list[MissingGlyph] = []
    for where, text in _parts(doc):
        for char in missing_characters(text):
            problem = MissingGlyph(char, where)
            if problem not in found:
                found.append(problem)
    return found


def glyph_warning(problems: list[MissingGlyph], limit: int = 20) -> str:
    """The Vietnamese warning listing ``problems`` (empty string when there is none)."""
    if not problems:
        return ""
    lines = [f"{problem}." for problem in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"… và {len(problems) - limit} ký tự khác.")
    return ("Thông báo có ký tự phông chữ Liberation Serif không vẽ được; khi in các ký tự này thành ô trống:\n"
            + "\n".join(lines))
