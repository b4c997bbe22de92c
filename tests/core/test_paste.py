"""Pasting the plain text of a conclusion, as clerks copy it out of Word or a signed PDF."""

import unicodedata
from pathlib import Path

import pytest

from cchc_desktop.core.body import Run, labels
from cchc_desktop.core.enums import BlockKind as K
from cchc_desktop.core.paste import parse_conclusion, parse_runs

SAMPLE_PDF_TEXT = """1. Một số kết quả nổi bật đạt được trong quý I năm 2024

UBND tỉnh đã tập trung chỉ đạo, triển khai thực hiện các nhiệm vụ công tác

CCHC nhà nước trên địa bàn tỉnh quý I và cả năm 2024.

2. Tồn tại, hạn chế, khó khăn

Việc thực hiện tự chủ tài chính đối với các đơn vị sự nghiệp công lập còn

chậm, mức độ tự chủ chưa cao.

3. Phương hướng, nhiệm vụ trọng tâm trong thời gian tới

a) Thủ trưởng các Sở, Ban, ngành, Chủ tịch UBND các huyện, thành phố

- Bám sát các chỉ tiêu, nhiệm vụ, chủ động triển khai đồng bộ các giải

pháp; tích cực đổi mới phương thức lãnh đạo.

b) Sở Tài chính, Sở Kế hoạch và Đầu tư

Chủ động rà soát, tham mưu UBND tỉnh xem xét hỗ trợ kinh phí.

c) Chủ tịch UBND các huyện, thành phố

- Nghiên cứu, áp dụng linh hoạt các giải pháp, sáng kiến của huyện Đình Lập như: làm thêm giờ ngày thứ Bảy;

thực hiện phong trào ngày thứ Bảy đi cơ sở…
"""


def test_pdf_text_with_broken_lines_becomes_sections_groups_and_bullets():
    blocks = parse_conclusion(SAMPLE_PDF_TEXT)
    assert [b.kind for b in blocks] == [K.HEADING, K.HEADING, K.HEADING]
    assert labels(blocks) == ["1.", "2.", "3."]
    assert blocks[0].text == "Một số kết quả nổi bật đạt được trong quý I năm 2024"
    assert blocks[0].children[0].text == (
        "UBND tỉnh đã tập trung chỉ đạo, triển khai thực hiện các nhiệm vụ công tác "
        "CCHC nhà nước trên địa bàn tỉnh quý I và cả năm 2024."
    )
    groups = blocks[2].children
    assert [g.kind for g in groups] == [K.LETTERED] * 3
    assert labels(groups) == ["a)", "b)", "c)"]
    assert groups[1].text == "Sở Tài chính, Sở Kế hoạch và Đầu tư"
    assert groups[1].children[0].kind == K.PARAGRAPH
    assert [c.kind for c in groups[0].children] == [K.BULLET]
    assert groups[0].children[0].text.endswith("các giải pháp; tích cực đổi mới phương thức lãnh đạo.")
    assert len(groups[2].children) == 1  # the lower-case line after ";" continues the bullet
    assert groups[2].children[0].text.endswith("ngày thứ Bảy; thực hiện phong trào ngày thứ Bảy đi cơ sở…")


def test_word_text_with_emphasis_marks_and_numbered_directions():
    text = (
        "Bên cạnh kết quả đạt được, còn những hạn chế, cụ thể:\n\n"
        "- Về cải cách tài chính công: chưa hoàn thành chỉ tiêu giải ngân "
        "(***Trách nhiệm thuộc về cơ quan chủ trì là Sở Tài chính***).\n\n"
        "**1.** Thủ trưởng các cơ quan, đơn vị tăng cường công tác lãnh đạo, chỉ đạo.\n\n"
        "Giao Sở Nội vụ tham mưu tăng cường công tác kiểm tra, theo dõi, đôn đốc.\n\n"
        "**2.** Giao Chủ tịch UBND các huyện báo cáo kết quả xử lý **trước ngày 30/6/2022.**\n\n"
        "*(Kèm theo danh sách các đơn vị yêu cầu kiểm điểm, xử lý).*\n"
    )
    blocks = parse_conclusion(text)
    assert [b.kind for b in blocks] == [K.PARAGRAPH, K.BULLET, K.NUMBERED, K.NUMBERED]
    assert Run("Trách nhiệm thuộc về cơ quan chủ trì là Sở Tài chính", bold=True, italic=True) in blocks[1].runs
    assert blocks[2].children[0].text.startswith("Giao Sở Nội vụ")
    assert blocks[3].runs[-1] == Run("trước ngày 30/6/2022.", bold=True)
    note = blocks[3].children[0]
    assert note.runs == [Run("(Kèm theo danh sách các đơn vị yêu cầu kiểm điểm, xử lý).", italic=True)]


def test_nfd_paste_is_composed():
    blocks = parse_conclusion(unicodedata.normalize("NFD", "a) Sở Nội vụ\n- Rà soát."))
    assert blocks[0].text == "Sở Nội vụ"
    assert blocks[0].children[0].text == "Rà soát."


def test_roman_sections_hold_numbered_items():
    blocks = parse_conclusion("I. KẾT QUẢ\n1. Đã hoàn thành.\n2. Chưa hoàn thành.\nII. NHIỆM VỤ\n1. Tiếp tục.")
    assert [b.label for b in blocks] == ["I.", "II."]
    assert labels(blocks[0].children) == ["1.", "2."]
    assert blocks[1].children[0].text == "Tiếp tục."


@pytest.mark.parametrize("text, runs", [
    ("không có định dạng", [Run("không có định dạng")]),
    ("a **đậm** b *nghiêng* c", [Run("a "), Run("đậm", bold=True), Run(" b "), Run("nghiêng", italic=True), Run(" c")]),
])
def test_parse_runs(text, runs):
    assert parse_runs(text) == runs


def test_the_reference_q1_2024_conclusion_parses_into_its_structure():
    reference = Path(__file__).resolve().parents[3] / "shared" / "reference" / "notice-2024-04-lang-son-steering-q1.txt"
    if not reference.exists():
        pytest.skip("the shared reference notices are not beside this checkout")
    text = reference.read_text(encoding="utf-8")
    body = text[text.index("1. Một số kết quả"): text.index("UBND tỉnh thông báo")]
    blocks = parse_conclusion(body)
    assert [b.text for b in blocks] == [
        "Một số kết quả nổi bật đạt được trong quý I năm 2024",
        "Tồn tại, hạn chế, khó khăn",
        "Phương hướng, nhiệm vụ trọng tâm trong thời gian tới",
    ]
    assert [len(b.children) for b in blocks] == [4, 7, 3]
    assert [len(g.children) for g in blocks[2].children] == [2, 1, 4]
