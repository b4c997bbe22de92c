"""Layout checks of rendered notices against nd30-layout.md §5 (Nghị định 30/2020/NĐ-CP, Phụ lục I)."""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from cchc_desktop.core.body import Block, Run, plain
from cchc_desktop.core.enums import BlockKind as K
from cchc_desktop.core.formats import PartialDate
from cchc_desktop.core.notice_model import NoticeDocument
from cchc_desktop.core.services.notices import NoticeService
from cchc_desktop.documents.fonts import SERIF_BOLD, text_width
from cchc_desktop.documents.notice_pdf import render_notice_pdf

from .pdf_probe import MM, Probe

PAGE_W, PAGE_H = 595.28, 841.89
LEFT, RIGHT, TOP, BOTTOM = 30 * MM, PAGE_W - 15 * MM, 20 * MM, PAGE_H - 20 * MM
NUMBER_RE = re.compile(r"^Số: (\d{2,}| *)/[A-ZĐ][A-Za-zĐ]*(-[A-ZĐ0-9]+)+$")
DATE_RE = re.compile(r", ngày (0[1-9]|[12]\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$")


@pytest.fixture(scope="module")
def demo_notices(demo_db_file):
    from cchc_desktop.store.db import open_database

    db = open_database(demo_db_file)
    service = NoticeService(db)
    documents = {row.date.year: service.document(row.id) for row in service.list()}
    db.dispose()
    return documents


@pytest.fixture(scope="module")
def q1_2024(demo_notices):
    # The Windows smoke test (packaging/windows) points this at the PDF the installed program wrote, so that
    # the frozen build is held to the same layout rules.
    external = os.environ.get("CCHC_CHECK_NOTICE_PDF")
    probe = Probe(Path(external).read_bytes() if external else render_notice_pdf(demo_notices[2024]))
    yield probe
    probe.close()


@pytest.fixture(scope="module")
def conference_2022(demo_notices):
    probe = Probe(render_notice_pdf(demo_notices[2022]))
    yield probe
    probe.close()


def test_page_size_margins_and_fonts(q1_2024):
    for page in q1_2024.pages:
        assert page.width == pytest.approx(PAGE_W, abs=2) and page.height == pytest.approx(PAGE_H, abs=2)
    for line in q1_2024.lines:
        if line.text.isdigit() and line.baseline < TOP:
            continue  # page numbers sit in the top margin
        assert LEFT - 0.5 <= line.x0 and line.x1 <= RIGHT + 0.5, line
        assert TOP <= line.baseline <= BOTTOM, line
    assert all(font.startswith("LiberationSerif") for font in q1_2024.fonts())


def test_header_national_title_motto_and_their_rules(q1_2024):
    title = q1_2024.find("CỘNG H", page=1)
    assert title.text in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert (title.size, title.font) == (12, "LiberationSerif-Bold")
    motto = q1_2024.find("Độc lập", page=1)
    assert motto.text == "Độc lập - Tự do - Hạnh phúc" and (motto.size, motto.font) == (13, "LiberationSerif-Bold")
    assert motto.centre == pytest.approx(title.centre, abs=1.5 * MM)
    rule = next(r for r in q1_2024.rules if r.page == 1 and r.x0 > PAGE_W / 2 - 20 and r.y < 120)
    assert 0.95 <= rule.length / (motto.x1 - motto.x0) <= 1.05
    assert rule.centre == pytest.approx(motto.centre, abs=1.5 * MM)
    assert rule.y - motto.baseline < 8


def test_issuing_body_lines_and_rule(q1_2024):
    first = q1_2024.find("ỦY BAN NHÂN DÂN", page=1)
    name = q1_2024.find("TỈNH LẠNG SƠN", page=1)
    assert first.font == name.font == "LiberationSerif-Bold" and name.size == 12
    assert first.baseline == pytest.approx(q1_2024.find("CỘNG H", page=1).baseline, abs=0.5)  # same top line
    rule = next(r for r in q1_2024.rules if r.page == 1 and r.x1 < PAGE_W / 2)
    assert 0.30 <= rule.length / (name.x1 - name.x0) <= 0.55
    assert rule.centre == pytest.approx(name.centre, abs=1.5 * MM)


def test_number_and_date_share_a_row(q1_2024):
    number = q1_2024.find("Số:", page=1)
    date = q1_2024.find("Lạng Sơn, ngày", page=1)
    assert NUMBER_RE.match(number.text), number.text
    assert number.text.replace(" ", "") == "Số:/TB-UBND"  # blank number for a draft
    assert (number.size, number.font) == (13, "LiberationSerif")
    assert (date.size, date.font) == (13, "LiberationSerif-Italic")
    assert number.baseline == pytest.approx(date.baseline, abs=0.5)
    assert re.fullmatch(r"Lạng Sơn, ngày +tháng 4 năm 2024", date.text)  # the day is left blank
    blank = date.x1 - date.x0 - sum(
        text_width(part, "LiberationSerif-Italic", 13) for part in ("Lạng Sơn, ngày ", " tháng 4 năm 2024"))
    assert blank > 8 * MM / 2  # room to write the day by hand
    assert date.centre == pytest.approx(q1_2024.find("Độc lập", page=1).centre, abs=1.5 * MM)


def test_complete_date_and_number_follow_the_decree(demo_notices):
    notice = replace(demo_notices[2024], number=5, date=PartialDate(2024, 4, 8))
    probe = Probe(render_notice_pdf(notice))
    assert probe.find("Số:", page=1).text == "Số: 05/TB-UBND"
    assert DATE_RE.search(probe.find("Lạng Sơn, ngày", page=1).text)
    assert probe.find("Lạng Sơn, ngày", page=1).text == "Lạng Sơn, ngày 08 tháng 4 năm 2024"


def test_type_name_summary_and_its_rule(q1_2024):
    type_name = q1_2024.find("THÔNG BÁO", page=1)
    assert (type_name.size, type_name.font) == (14, "LiberationSerif-Bold")
    assert type_name.centre == pytest.approx((LEFT + RIGHT) / 2, abs=1.5 * MM)
    summary = [ln for ln in q1_2024.on_page(1) if ln.baseline > type_name.baseline and ln.font == "LiberationSerif-Bold"
               and ln.size == 14][:3]
    assert summary[0].text.startswith("Kết luận của đồng chí Hồ Tiến Thiệu")
    widest = max(ln.x1 - ln.x0 for ln in summary)
    rule = next(r for r in q1_2024.rules if r.page == 1 and r.y > type_name.baseline)
    assert 0.30 <= rule.length / widest <= 0.55
    assert rule.centre == pytest.approx((LEFT + RIGHT) / 2, abs=1.5 * MM)


def test_body_is_14pt_with_a_1cm_first_line_indent(q1_2024):
    opening = q1_2024.find("Ngày 12/4/2024", page=1)
    assert (opening.size, opening.font) == (14, "LiberationSerif")
    assert opening.x0 == pytest.approx(LEFT + 10 * MM, abs=0.5)
    heading = q1_2024.find("1. Một số kết quả nổi bật", page=1)
    assert heading.font == "LiberationSerif-Bold"
    groups = [q1_2024.find(f"{letter})") for letter in "abc"]
    assert [g.text for g in groups] == [
        "a) Thủ trưởng các Sở, Ban, ngành, Chủ tịch UBND các huyện, thành phố",
        "b) Sở Tài chính, Sở Kế hoạch và Đầu tư",
        "c) Chủ tịch UBND các huyện, thành phố",
    ]


def test_signature_block_and_recipients(q1_2024):
    authority = q1_2024.find("TL. CHỦ TỊCH")
    office = q1_2024.find("CHÁNH VĂN PHÒNG")
    signer = q1_2024.find("Trịnh Tiến Duy")
    heading = q1_2024.find("Nơi nhận:")
    assert (authority.size, authority.font) == (14, "LiberationSerif-Bold")
    assert authority.centre == pytest.approx(office.centre, abs=1) == pytest.approx(signer.centre, abs=1)
    assert (signer.size, signer.font) == (14, "LiberationSerif-Bold")
    assert 20 * MM < signer.baseline - office.baseline < 40 * MM  # room for signature and seal
    assert (heading.size, heading.font) == (12, "LiberationSerif-BoldItalic")
    assert heading.x0 == pytest.approx(LEFT, abs=0.5)
    assert heading.baseline == pytest.approx(authority.baseline, abs=2)
    lines = [ln for ln in q1_2024.on_page(heading.page) if ln.size == 11 and ln.baseline > heading.baseline]
    assert all(ln.font == "LiberationSerif" for ln in lines)
    items: list[str] = []
    for line in lines:  # a wrapped recipient continues on lines that do not start with "- "
        if line.text.startswith("- "):
            items.append(line.text)
        else:
            items[-1] += " " + line.text
    assert items[0] == "- Chủ tịch, các PCT UBND tỉnh;"
    assert all(item.endswith(";") for item in items[:-1])
    assert items[-1] == "- Lưu: VT, NC (TPT)."


def test_page_numbers_from_page_two_centred_in_the_top_margin(q1_2024):
    assert len(q1_2024.pages) >= 2
    assert not [ln for ln in q1_2024.on_page(1) if ln.baseline < TOP]
    for page in range(2, len(q1_2024.pages) + 1):
        number = next(ln for ln in q1_2024.on_page(page) if ln.baseline < TOP)
        assert number.text == str(page) and number.size == 14
        assert number.centre == pytest.approx((LEFT + RIGHT) / 2, abs=2)
        assert 8 * MM < number.baseline < 14 * MM


def test_the_2022_conference_notice_keeps_its_formatting(conference_2022):
    bold_italic = " ".join(ln.text for ln in conference_2022.lines
                           if ln.font == "LiberationSerif-BoldItalic" and ln.size == 14)
    assert "Trách nhiệm thuộc về cơ quan chủ trì là Sở Nội vụ" in bold_italic
    assert "Trách nhiệm thuộc về cơ quan chủ trì là Sở Tài chính" in bold_italic
    bold = " ".join(ln.text for ln in conference_2022.lines if ln.font == "LiberationSerif-Bold" and ln.size == 14)
    assert "30/6/2022" in bold
    assert any(ln.text.startswith("6.") and ln.font == "LiberationSerif-Bold" for ln in conference_2022.lines)
    assert conference_2022.find("TL. CHỦ TỊCH") and conference_2022.find("Phạm Hùng Trường")
    assert conference_2022.find("- Lưu: VT, THNC (LTH).")
    date = conference_2022.find("Lạng Sơn, ngày", page=1)
    assert re.fullmatch(r"Lạng Sơn, ngày +tháng 6 năm 2022", date.text)
    attachment_page = conference_2022.find("DANH SÁCH CÁC ĐƠN VỊ").page
    assert attachment_page > conference_2022.find("Nơi nhận:").page


def _notice(blocks: list[Block], recipients: list[str] | None = None, summary: str = "Thử nghiệm") -> NoticeDocument:
    return NoticeDocument(
        parent_line="UBND TỈNH LẠNG SƠN", body_lines=["VĂN PHÒNG"], number=12, symbol="TB-VP", place="Lạng Sơn",
        date=PartialDate(2024, 12, 3), type_name="THÔNG BÁO", summary=summary, blocks=blocks,
        authority_lines=["CHÁNH VĂN PHÒNG"], signer_name="Trịnh Tiến Duy",
        recipients=recipients if recipients is not None else ["Các sở, ban, ngành"], archive_line="VT, NC",
    )


def test_a_six_page_notice_numbers_every_later_page_and_keeps_the_signature_with_text():
    paragraph = ("Các cơ quan, đơn vị tiếp tục rà soát, đơn giản hóa thủ tục hành chính, nâng cao chất lượng phục vụ "
                 "người dân, doanh nghiệp và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính. ") * 3
    blocks = [Block(K.NUMBERED, plain(f"{paragraph}({i})")) for i in range(1, 32)]
    probe = Probe(render_notice_pdf(_notice(blocks)))
    assert len(probe.pages) == 6
    for page in range(2, 7):
        assert any(ln.text == str(page) and ln.baseline < TOP for ln in probe.on_page(page))
    signature_page = probe.find("Nơi nhận:").page
    body_lines_there = [ln for ln in probe.on_page(signature_page) if ln.size == 14 and ln.baseline > TOP
                        and ln.baseline < probe.find("Nơi nhận:").baseline]
    assert body_lines_there, "the signature block must not stand alone at the top of a page"
    assert any("(31)" in ln.text for ln in probe.on_page(signature_page))


def test_forty_recipient_lines_all_print_in_order():
    recipients = [f"UBND xã số {i:02d}, huyện Đình Lập" for i in range(1, 41)]
    probe = Probe(render_notice_pdf(_notice([Block(K.PARAGRAPH, plain("Nội dung ngắn."))], recipients)))
    items = [ln.text for ln in probe.lines if ln.size == 11]
    assert items[:40] == [f"- UBND xã số {i:02d}, huyện Đình Lập;" for i in range(1, 41)]
    assert items[40] == "- Lưu: VT, NC."


def test_markup_characters_and_nfd_text_print_literally():
    nasty = unicodedata.normalize("NFD", "Số liệu <b>chưa</b> đủ & cần bổ sung > 5%")
    probe = Probe(render_notice_pdf(_notice([Block(K.PARAGRAPH, [Run(nasty)])], summary="Về A & B <tháng 12>")))
    assert probe.find("Số liệu").text == "Số liệu <b>chưa</b> đủ & cần bổ sung > 5%"
    assert any(ln.text == "Về A & B <tháng 12>" for ln in probe.lines)


def test_render_measures_the_motto_with_the_embedded_font():
    assert text_width("Độc lập - Tự do - Hạnh phúc", SERIF_BOLD, 13) / MM == pytest.approx(55.9, abs=0.6)


def test_rendering_a_notice_again_gives_the_same_file(monkeypatch):
    """Line breaks and widths remembered from the first render do not change the second (or a third after an
    unrelated notice)."""
    from reportlab import rl_config

    monkeypatch.setattr(rl_config, "invariant", 1)  # no creation time or random document id in the file
    paragraph = "Các cơ quan, đơn vị rà soát, đơn giản hóa thủ tục hành chính và số hóa hồ sơ. " * 6
    notice = _notice([Block(K.NUMBERED, plain(f"{paragraph}({i})")) for i in range(1, 12)],
                     [f"UBND xã số {i:02d}" for i in range(1, 20)])
    first = render_notice_pdf(notice)
    probe = Probe(first)
    assert len(probe.pages) >= 2
    probe.close()
    assert render_notice_pdf(notice) == first
    render_notice_pdf(_notice([Block(K.PARAGRAPH, plain("Nội dung ngắn."))]))
    assert render_notice_pdf(notice) == first
