"""Rendering a five-page notice to PDF in the running process (fonts already registered): median of 9 renders.

For scale, the same body paragraphs laid out by plain reportlab (SimpleDocTemplate, one style, no header, title
or signature block) in the same fonts.
"""

from __future__ import annotations

import io
import re
import statistics
import sys
import time
from collections.abc import Callable

from cchc_desktop.core.body import Block, plain
from cchc_desktop.core.enums import BlockKind
from cchc_desktop.core.formats import PartialDate
from cchc_desktop.core.notice_model import NoticeDocument
from cchc_desktop.documents.fonts import SERIF, register_fonts
from cchc_desktop.documents.notice_pdf import render_notice_pdf

RUNS = 9
PARAGRAPH = ("Các cơ quan, đơn vị tiếp tục rà soát, đơn giản hóa thủ tục hành chính, nâng cao chất lượng phục vụ "
             "người dân, doanh nghiệp và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính. ") * 3


def five_page_notice() -> NoticeDocument:
    blocks = [Block(BlockKind.NUMBERED, plain(f"{PARAGRAPH}({i})")) for i in range(1, 26)]
    return NoticeDocument(
        parent_line="UBND TỈNH LẠNG SƠN", body_lines=["VĂN PHÒNG"], number=12, symbol="TB-VP", place="Lạng Sơn",
        date=PartialDate(2024, 12, 3), type_name="THÔNG BÁO", summary="Kết luận của Chủ tịch UBND tỉnh tại cuộc họp "
        "sơ kết công tác cải cách hành chính quý I năm 2024", blocks=blocks, authority_lines=["CHÁNH VĂN PHÒNG"],
        signer_name="Trịnh Tiến Duy", recipients=[f"UBND huyện số {i}" for i in range(1, 12)], archive_line="VT, NC",
    )


def plain_reportlab(notice: NoticeDocument) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = ParagraphStyle("body", fontName=SERIF, fontSize=14, leading=16.1, alignment=4, spaceBefore=6)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(
        [Paragraph("".join(run.text for run in block.runs), style) for block in notice.blocks])
    return buffer.getvalue()


def pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b", pdf))


def median_ms(label: str, render: Callable[[], bytes]) -> None:
    pdf = render()  # warm-up: imports, font registration
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        render()
        times.append(time.perf_counter() - start)
    print(f"{label + f' ({pages(pdf)} pages)':<55} {1000 * statistics.median(times):8.1f} ms (median of {RUNS})")


def main() -> None:
    register_fonts()
    notice = five_page_notice()
    median_ms("render_notice_pdf", lambda: render_notice_pdf(notice))
    median_ms("plain reportlab, same paragraphs", lambda: plain_reportlab(notice))


if __name__ == "__main__":
    sys.exit(main())
