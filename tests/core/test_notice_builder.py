"""The one notice builder and the one "TB-" rule, from plain values (no database)."""

from __future__ import annotations

from cchc_desktop.core.body import Block, plain
from cchc_desktop.core.enums import BlockKind
from cchc_desktop.core.formats import PartialDate
from cchc_desktop.core.notice_builder import (
    NoticeInput,
    NoticeIssuer,
    build_notice_document,
    notice_file_stem,
    notice_reference,
    notice_symbol,
)

ISSUER = NoticeIssuer(parent_line="", body_lines=["ỦY BAN NHÂN DÂN", " TỈNH  LẠNG SƠN ", "  "], symbol="UBND")


def test_the_symbol_and_reference_rule() -> None:
    assert notice_symbol("UBND") == "TB-UBND"
    assert notice_reference(5, "TB-UBND") == "05/TB-UBND"
    assert notice_reference(12, "TB-VP") == "12/TB-VP"
    assert notice_reference(None, "TB-UBND") == "…/TB-UBND"


def test_file_stems() -> None:
    assert notice_file_stem(1, "TB-UBND", PartialDate(2024, 4, 19)) == "Thông báo 01-TB-UBND"
    assert notice_file_stem(None, "TB-UBND", PartialDate(2024, 6)) == "Dự thảo thông báo TB-UBND tháng 6-2024"
    assert notice_file_stem(None, "TB-VP", PartialDate(2024)) == "Dự thảo thông báo TB-VP tháng 2024"


def test_the_builder_prints_the_values_as_stored() -> None:
    data = NoticeInput(
        issuing_body_id=1, summary="  Ke\u0302\u0301t luận  ", place=" Lạng Sơn ", date=PartialDate(2024, 4),
        blocks=[Block(BlockKind.PARAGRAPH, plain("Nội dung"))], signing_authority="TL. CHỦ TỊCH\n",
        signer_title=" CHÁNH VĂN PHÒNG ", signer_name=" Trịnh Tiến Duy", recipients=["- Sở Nội vụ;", "  ", "Lưu."],
        archive_line="Lưu: VT, NC (TPT).", attachments=[(" Phụ lục ", [])],
    )
    document = build_notice_document(data, ISSUER)
    assert document.parent_line is None
    assert document.body_lines == ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"]
    assert (document.number, document.symbol, document.type_name) == (None, "TB-UBND", "THÔNG BÁO")
    assert (document.summary, document.place) == ("Kết luận", "Lạng Sơn")
    assert document.authority_lines == ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]
    assert document.signer_name == "Trịnh Tiến Duy"
    assert document.recipients == ["Sở Nội vụ", "Lưu"]
    assert document.archive_line == "VT, NC (TPT)"
    assert [a.title for a in document.attachments] == ["Phụ lục"]
    numbered = build_notice_document(data, ISSUER, 7, symbol="TB-BCĐ")
    assert (numbered.number_text, numbered.symbol) == ("07", "TB-BCĐ")
