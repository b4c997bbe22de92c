"""Floor of the notice PDF: reportlab writing five A4 pages of justified serif paragraphs (the application's
embedded Liberation Serif), nothing else.

``plain_reportlab.py OUT.pdf``: one PDF, as a process timed from outside (floor of ``cchc notice pdf``).
``plain_reportlab.py --in-process N``: N renders in memory after a warm-up; prints their times (ms) as JSON.
"""

from __future__ import annotations

import io
import json
import sys
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
SENTENCE = ("Các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố tập trung chỉ đạo, rà soát, đơn giản hóa "
            "thủ tục hành chính, đẩy mạnh số hóa hồ sơ và nâng cao chất lượng phục vụ của Bộ phận Một cửa. ")


def render() -> bytes:
    if "Serif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Serif", str(FONTS / "LiberationSerif-Regular.ttf")))
    style = ParagraphStyle("body", fontName="Serif", fontSize=14, leading=18, alignment=4, firstLineIndent=12 * mm)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm, topMargin=20 * mm,
                                 bottomMargin=20 * mm)
    document.build([Paragraph(f"{n + 1}. " + SENTENCE * 3, style) for n in range(23)])  # five pages
    return buffer.getvalue()


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--in-process":
        render()
        times = []
        for _ in range(int(argv[1])):
            start = time.perf_counter()
            render()
            times.append(1000 * (time.perf_counter() - start))
        print(json.dumps({"ms": times}))
        return
    Path(argv[0]).write_bytes(render())


if __name__ == "__main__":
    main(sys.argv[1:])
