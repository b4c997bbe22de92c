"""The printable "Báo cáo phân tích kết quả chỉ số": results, charts, lost points by agency, drafted text.

Same typography as the notices (Liberation Serif, A4, ND30 margins, page numbers from page 2).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..core.body import Block
from ..core.formats import format_date, format_number, format_percent
from .charts import Series, lost_points_bars, rank_chart, ranking_bars, score_chart
from .fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from .notice_layout import DEFAULT_LAYOUT as L
from .notice_pdf import NoticeStyles, body_flowables, markup_text, page_number_painter


@dataclass(frozen=True)
class IndexLine:
    code: str
    name: str
    score: float | None
    rank: int | None
    rank_of: int | None
    change: str
    group: str | None


@dataclass(frozen=True)
class ShareLine:
    name: str
    lost: float
    share: float
    cumulative: float


@dataclass
class AnalysisReportData:
    province: str
    year: int
    generated_on: dt.date
    results: list[IndexLine]
    rank_series: list[Series] = field(default_factory=list)
    rank_of: int = 63
    score_series: tuple[Series, Series, float] | None = None  # own, national average, scale maximum
    ranking: tuple[str, list[tuple[str, float]]] | None = None  # index code, (province, score)
    lost_by_agency: list[ShareLine] = field(default_factory=list)
    lost_by_field: list[ShareLine] = field(default_factory=list)
    drafted: list[Block] = field(default_factory=list)
    index_for_detail: str = ""


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "title": ParagraphStyle("title", fontName=SERIF_BOLD, fontSize=15, leading=19, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", fontName=SERIF_ITALIC, fontSize=13, leading=16, alignment=TA_CENTER),
        "section": ParagraphStyle("section", fontName=SERIF_BOLD, fontSize=13, leading=16, spaceBefore=12,
                                  spaceAfter=4, alignment=TA_LEFT),
        "note": ParagraphStyle("note", fontName=SERIF_ITALIC, fontSize=11, leading=13.5, alignment=TA_JUSTIFY,
                               spaceBefore=3),
        "cell": ParagraphStyle("cell", fontName=SERIF, fontSize=11, leading=13),
        "head": ParagraphStyle("head", fontName=SERIF_BOLD, fontSize=11, leading=13, alignment=TA_CENTER),
    }


def _table(header: list[str], rows: list[list[str]], widths: list[float], styles) -> Table:  # type: ignore[no-untyped-def]
    data = [[Paragraph(markup_text(h), styles["head"]) for h in header]]
    data += [[Paragraph(markup_text(c), styles["cell"]) for c in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef6")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def render_analysis_pdf(data: AnalysisReportData) -> bytes:
    styles = _styles()
    body_styles = NoticeStyles(L)
    numbers = iter(("I", "II", "III", "IV", "V", "VI"))

    def section(title: str) -> Paragraph:
        return Paragraph(f"{next(numbers)}. {title}", styles["section"])

    width = L.text_width
    story: list[Flowable] = [
        Paragraph(f"BÁO CÁO PHÂN TÍCH KẾT QUẢ CÁC CHỈ SỐ NĂM {data.year}", styles["title"]),
        Paragraph(markup_text(f"Tỉnh, thành phố: {data.province} — lập ngày {format_date(data.generated_on)}"),
                  styles["subtitle"]),
        Spacer(1, 10),
        section("KẾT QUẢ CÁC CHỈ SỐ"),
    ]
    rows = [[line.code, format_number(line.score, 2) if line.score is not None else "—",
             f"{line.rank}/{line.rank_of}" if line.rank else "—", line.change or "—", line.group or "—"]
            for line in data.results]
    story.append(_table(["Chỉ số", "Điểm", "Xếp hạng", "So với năm trước", "Nhóm"], rows,
                        [0.17 * width, 0.13 * width, 0.14 * width, 0.22 * width, 0.34 * width], styles))
    if data.rank_series:
        story += [Spacer(1, 8), rank_chart(data.rank_series, data.rank_of,
                                           f"Thứ hạng của {data.province} qua các năm", width=width)]
    if data.score_series:
        own, average, scale = data.score_series
        story += [Spacer(1, 6), score_chart(own, average, f"Điểm {data.index_for_detail} so với trung bình cả nước",
                                            scale, width=width)]
    if data.ranking:
        code, ranking_rows = data.ranking
        story += [section(f"VỊ TRÍ CỦA TỈNH TRONG BẢNG XẾP HẠNG {markup_text(code)} NĂM {data.year}"),
                  ranking_bars(ranking_rows, data.province, f"{code} {data.year}: điểm của các tỉnh, thành phố",
                               width=width)]
    story.append(section("ĐIỂM BỊ TRỪ THEO CƠ QUAN CHỦ TRÌ"))
    if data.lost_by_agency:
        share_rows = [[s.name, format_number(s.lost, 2), format_percent(100 * s.share, 1),
                       format_percent(100 * s.cumulative, 1)] for s in data.lost_by_agency]
        story.append(_table(["Cơ quan chủ trì", "Điểm bị trừ", "Tỷ trọng", "Cộng dồn"], share_rows,
                            [0.46 * width, 0.18 * width, 0.18 * width, 0.18 * width], styles))
        story.append(Spacer(1, 8))
        story.append(KeepTogether([lost_points_bars([(s.name, s.lost) for s in data.lost_by_agency],
                                                    "Điểm bị trừ theo cơ quan chủ trì", width=width)]))
    else:
        story.append(Paragraph(f"Chưa có điểm chi tiết theo tiêu chí của năm {data.year}.", styles["note"]))
    if data.lost_by_field:
        story.append(section("ĐIỂM BỊ TRỪ THEO LĨNH VỰC"))
        story.append(_table(["Lĩnh vực", "Điểm bị trừ", "Tỷ trọng"],
                            [[s.name, format_number(s.lost, 2), format_percent(100 * s.share, 1)]
                             for s in data.lost_by_field], [0.64 * width, 0.18 * width, 0.18 * width], styles))
    if data.drafted:
        story.append(section("NỘI DUNG DỰ THẢO ĐỂ ĐƯA VÀO KẾT LUẬN"))
        story.extend(body_flowables(data.drafted, body_styles))
    buffer = io.BytesIO()
    frame = Frame(L.margin_left, L.margin_bottom, width, L.page_height - L.margin_top - L.margin_bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    document = BaseDocTemplate(buffer, pagesize=(L.page_width, L.page_height), title=f"Báo cáo phân tích {data.year}",
                               author="CCHC Desktop", creator="CCHC Desktop")
    document.addPageTemplates([PageTemplate(id="first", frames=[frame], autoNextPageTemplate="later"),
                               PageTemplate(id="later", frames=[frame], onPage=page_number_painter(L))])
    document.build(story)
    return buffer.getvalue()


__all__ = ["AnalysisReportData", "IndexLine", "ShareLine", "render_analysis_pdf"]
