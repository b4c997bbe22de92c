"""The Word export: same content as the PDF, styles from the template, Times New Roman declared."""

import io

import docx
import pytest

from cchc_desktop.core.services.notices import NoticeService
from cchc_desktop.documents import docx_styles as st
from cchc_desktop.documents.notice_docx import render_notice_docx


@pytest.fixture(scope="module")
def q1_docx(demo_db_file):
    from cchc_desktop.store.db import open_database

    db = open_database(demo_db_file)
    service = NoticeService(db)
    notice_id = next(r.id for r in service.list() if r.date.year == 2024)
    data = render_notice_docx(service.document(notice_id))
    db.dispose()
    return docx.Document(io.BytesIO(data))


def all_paragraphs(document):
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def test_content_matches_the_notice(q1_docx):
    texts = [p.text for p in all_paragraphs(q1_docx)]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in texts and "Độc lập - Tự do - Hạnh phúc" in texts
    assert "ỦY BAN NHÂN DÂN" in texts and "TỈNH LẠNG SƠN" in texts
    assert any(t.replace("\u00a0", " ").startswith("Số:") and t.endswith("/TB-UBND") for t in texts)
    assert "THÔNG BÁO" in texts
    assert any(t.startswith("1. Một số kết quả nổi bật") for t in texts)
    assert any(t.startswith("b) Sở Tài chính, Sở Kế hoạch và Đầu tư") for t in texts)
    assert "Nơi nhận:" in texts and "TL. CHỦ TỊCH" in texts and "Trịnh Tiến Duy" in texts
    assert "- Lưu: VT, NC (TPT)." in texts and "- Chủ tịch, các PCT UBND tỉnh;" in texts


def test_styles_and_fonts_come_from_the_template(q1_docx):
    body = [p for p in q1_docx.paragraphs if p.style.name == st.BODY]
    assert len(body) > 10
    style = q1_docx.styles[st.BODY]
    assert style.font.name == "Times New Roman" and style.font.size.pt == 14
    assert q1_docx.styles[st.RECIPIENT].font.size.pt == 11
    assert q1_docx.styles[st.RECIPIENTS_HEADING].font.bold and q1_docx.styles[st.RECIPIENTS_HEADING].font.italic
    section = q1_docx.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.left_margin.mm) == 30
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml


def test_headings_are_bold_and_deadlines_keep_their_bold_runs(q1_docx):
    heading = next(p for p in q1_docx.paragraphs if p.text.startswith("1. Một số kết quả"))
    assert all(run.bold for run in heading.runs)
