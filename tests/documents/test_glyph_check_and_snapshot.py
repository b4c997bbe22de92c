"""Characters the embedded fonts cannot draw are found and located; an issued notice's snapshot round-trips."""

import pytest

from cchc_desktop.core.body import Block, Run
from cchc_desktop.core.enums import BlockKind
from cchc_desktop.core.formats import PartialDate
from cchc_desktop.core.notice_model import Attachment, NoticeDocument
from cchc_desktop.documents.fonts import missing_characters
from cchc_desktop.documents.glyph_check import glyph_warning, notice_missing_glyphs
from cchc_desktop.documents.notice_pdf import render_notice_pdf
from cchc_desktop.documents.notice_snapshot import document_from_snapshot, snapshot_json


def notice(**changes) -> NoticeDocument:
    values = dict(
        parent_line="UBND TỈNH LẠNG SƠN", body_lines=["VĂN PHÒNG"], number=12, symbol="TB-VP", place="Lạng Sơn",
        date=PartialDate(2024, 12, 3), type_name="THÔNG BÁO", summary="Kết luận của đồng chí Chủ tịch",
        blocks=[Block(BlockKind.HEADING, [Run("Một số kết quả", bold=True)],
                      [Block(BlockKind.BULLET, [Run("Sở Nội vụ "), Run("chủ trì", italic=True)])]),
                Block(BlockKind.LETTERED, [Run("Điểm")], label="đ)")],
        authority_lines=["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], signer_name="Trịnh Tiến Duy",
        recipients=["Các sở, ban, ngành", "Lưu trữ"], archive_line="VT, NC (LTH)",
        attachments=[Attachment("Danh sách đơn vị", [Block(BlockKind.PARAGRAPH, [Run("Huyện Bắc Sơn")])])],
    )
    values.update(changes)
    return NoticeDocument(**values)


def test_vietnamese_and_typographic_text_is_fully_drawable():
    text = "Cộng hòa xã hội chủ nghĩa Việt Nam – “Độc lập” … ỹ Ỹ ự Đđ 88,58 % § №\u00a0\n\t"
    assert missing_characters(text) == []
    assert notice_missing_glyphs(notice()) == []


@pytest.mark.parametrize("char", ["😀", "中", "\U0001F1FB", "\ufffe", "☃"])
def test_characters_outside_the_fonts_are_reported(char):
    assert missing_characters(f"Sở {char} Nội vụ {char}") == [char]


def test_each_character_is_named_with_its_code_and_where_it_prints():
    doc = notice(recipients=["Như trên 😀"], summary="Trích yếu 中",
                 blocks=[Block(BlockKind.PARAGRAPH, [Run("Đoạn ☃")])],
                 attachments=[Attachment("Danh sách 😀", [])])
    problems = [str(p) for p in notice_missing_glyphs(doc)]
    assert problems == [
        "Ký tự “中” (U+4E2D) trong Trích yếu không có trong phông chữ",
        "Ký tự “☃” (U+2603) trong Nội dung không có trong phông chữ",
        "Ký tự “😀” (U+1F600) trong Nơi nhận không có trong phông chữ",
        "Ký tự “😀” (U+1F600) trong tên Phụ lục 1 không có trong phông chữ",
    ]
    warning = glyph_warning(notice_missing_glyphs(doc))
    assert warning.startswith("Thông báo có ký tự phông chữ Liberation Serif không vẽ được")
    assert "Ký tự “😀” (U+1F600) trong Nơi nhận không có trong phông chữ." in warning
    assert glyph_warning([]) == ""


def test_an_invisible_character_is_named_by_its_code_only():
    [problem] = notice_missing_glyphs(notice(signer_name="Trịnh Tiến\u2060Duy"))
    assert str(problem) == "Ký tự “” (U+2060) trong Họ tên người ký không có trong phông chữ"


def test_the_snapshot_gives_back_the_same_document():
    doc = notice()
    frozen = snapshot_json(doc)
    assert document_from_snapshot(frozen) == doc
    assert snapshot_json(document_from_snapshot(frozen)) == frozen  # canonical: the hash chain relies on it
    assert render_notice_pdf(document_from_snapshot(frozen)).startswith(b"%PDF")
    blank = notice(number=None, date=PartialDate(2024, 12), parent_line=None, attachments=[])
    assert document_from_snapshot(snapshot_json(blank)) == blank
