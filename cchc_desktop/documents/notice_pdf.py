"""Rendering a notice to PDF with reportlab, laid out per Nghị định 30/2020/NĐ-CP (Phụ lục I).

``render_notice_pdf(notice) -> bytes`` is a pure function of the :class:`NoticeDocument` it is given. User text is
escaped for reportlab's markup and normalised to NFC, so "<", "&" and decomposed Vietnamese print as typed.
"""

from __future__ import annotations

import io
import unicodedata
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..core.body import Block, Run, labels
from ..core.enums import BlockKind
from ..core.formats import BLANK_DAY, notice_date_line
from ..core.notice_model import NoticeDocument
from .fonts import SERIF, SERIF_BOLD, SERIF_BOLD_ITALIC, SERIF_ITALIC, register_fonts, text_width
from .notice_layout import DEFAULT_LAYOUT, NoticeLayout

NBSP = "\u00a0"


def markup_text(value: str) -> str:
    """Escaped NFC text for a Paragraph; runs of spaces kept (a blank number or day is a run of spaces)."""
    value = escape(unicodedata.normalize("NFC", value))
    return value.replace("  ", NBSP * 2).replace(NBSP + " ", NBSP * 2)


def runs_markup(runs: list[Run]) -> str:
    parts = []
    for run in runs:
        text = markup_text(run.text)
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "".join(parts)


class NoticeParagraph(Paragraph):  # type: ignore[misc]  # reportlab ships no type information
    """A paragraph that breaks its lines once per width.

    The tables of the header and the signature block and the KeepTogether around the last paragraph ask for the
    same wrap two to four times; the lines depend only on the width, so the later asks reuse the first answer.
    """

    _wrapped: tuple[float, tuple[float, float]] | None = None  # (width asked, size answered)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        # A split that moves the whole paragraph on drops its lines (blPara): they are broken again then.
        if self._wrapped is None or self._wrapped[0] != availWidth or not hasattr(self, "blPara"):
            self._wrapped = availWidth, super().wrap(availWidth, availHeight)
        return self._wrapped[1]


class CenteredRule(Flowable):  # type: ignore[misc]  # reportlab ships no type information
    """A horizontal line of ``length`` centred in the available width (the rules under the header items)."""

    def __init__(self, length: float, thickness: float, space_before: float = 1.5, space_after: float = 0) -> None:
        super().__init__()
        self.length, self.thickness = length, thickness
        self.space_before, self.space_after = space_before, space_after

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.available = available_width
        return available_width, self.space_before + self.thickness + self.space_after

    def draw(self) -> None:
        x = (self.available - self.length) / 2
        y = self.space_after + self.thickness / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, y, x + self.length, y)


class NoticeStyles:
    def __init__(self, layout: NoticeLayout) -> None:
        register_fonts()
        lead = layout.leading

        faces = {(False, False): SERIF, (True, False): SERIF_BOLD, (False, True): SERIF_ITALIC,
                 (True, True): SERIF_BOLD_ITALIC}

        def style(name: str, size: float, *, bold: bool = False, italic: bool = False, align: int = TA_CENTER,
                  **extra: object) -> ParagraphStyle:
            settings: dict[str, object] = {"fontName": faces[(bold, italic)], "fontSize": size,
                                           "leading": lead(size), "alignment": align}
            settings.update(extra)
            return ParagraphStyle(name, **settings)

        self.parent = style("parent", layout.agency_size)
        self.agency = style("agency", layout.agency_size, bold=True)
        self.national = style("national", layout.national_title_size, bold=True)
        self.motto = style("motto", layout.motto_size, bold=True)
        self.number = style("number", layout.number_size)
        self.date = style("date", layout.date_size, italic=True)
        self.type_name = style("type", layout.type_name_size, bold=True)
        self.summary = style("summary", layout.summary_size, bold=True)
        self.body = style("body", layout.body_size, align=TA_JUSTIFY, firstLineIndent=layout.first_line_indent,
                          spaceBefore=layout.paragraph_spacing)
        self.authority = style("authority", layout.authority_size, bold=True)
        self.signer = style("signer", layout.signer_size, bold=True)
        self.recipients_heading = style("recipients-heading", layout.recipients_heading_size, bold=True,
                                        italic=True, align=TA_LEFT)
        dash = text_width("- ", SERIF, layout.recipients_size)
        self.recipient = style("recipient", layout.recipients_size, align=TA_LEFT, leading=layout.recipients_size * 1.1,
                               leftIndent=dash, firstLineIndent=-dash)
        self.attachment_title = style("attachment-title", layout.body_size, bold=True)


def _header(notice: NoticeDocument, layout: NoticeLayout, styles: NoticeStyles) -> Table:
    left: list[Flowable] = []
    if notice.parent_line:
        left.append(NoticeParagraph(markup_text(notice.parent_line.upper()), styles.parent))
    for line in notice.body_lines:
        left.append(NoticeParagraph(markup_text(line.upper()), styles.agency))
    widest = max((text_width(line.upper(), SERIF_BOLD, layout.agency_size) for line in notice.body_lines), default=0)
    left.append(CenteredRule(min(widest, layout.header_left_width) * layout.agency_rule_ratio, layout.rule_width,
                             space_before=2.5))
    right = [
        NoticeParagraph(markup_text(notice.national_title), styles.national),
        NoticeParagraph(markup_text(notice.motto), styles.motto),
        CenteredRule(text_width(notice.motto, SERIF_BOLD, layout.motto_size), layout.rule_width, space_before=2.5),
    ]
    number = notice.number_text or NBSP * layout.blank_number_spaces
    number_line = NoticeParagraph(f"Số:{NBSP}{markup_text(number)}/{markup_text(notice.symbol)}", styles.number)
    date_text = notice_date_line(notice.place, notice.date).replace(BLANK_DAY, NBSP * 6)
    date_line = NoticeParagraph(markup_text(date_text), styles.date)
    table = Table(
        [[left, right], [number_line, date_line]],
        colWidths=[layout.header_left_width, layout.header_right_width],
    )
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 7),
    ]))
    return table


def _title(notice: NoticeDocument, layout: NoticeLayout, styles: NoticeStyles) -> list[Flowable]:
    summary = NoticeParagraph(markup_text(notice.summary), styles.summary)
    summary.wrap(layout.text_width, layout.page_height)
    widest = max((line_width for line_width in _line_widths(summary)), default=layout.text_width)
    return [
        Spacer(1, 2 * layout.leading(layout.body_size)),
        NoticeParagraph(markup_text(notice.type_name.upper()), styles.type_name),
        summary,
        CenteredRule(widest * layout.summary_rule_ratio, layout.rule_width, space_before=4),
        Spacer(1, layout.leading(layout.body_size) - layout.paragraph_spacing),
    ]


def _line_widths(paragraph: Paragraph) -> list[float]:
    lines = getattr(paragraph.blPara, "lines", [])
    widths = []
    for line in lines:
        if hasattr(line, "extraSpace"):  # a line of mixed fonts
            widths.append(paragraph.width - line.extraSpace)
        else:
            widths.append(paragraph.width - line[0])
    return widths


def body_flowables(blocks: list[Block], styles: NoticeStyles) -> list[Flowable]:
    """Every block as a justified paragraph with a first-line indent, labels in front ("1.", "a)", "-")."""
    flowables: list[Flowable] = []
    for label, block in zip(labels(blocks), blocks, strict=True):
        text = runs_markup(block.runs)
        if block.kind == BlockKind.HEADING:
            markup = f"<b>{markup_text(label)} {text}</b>"
        elif block.kind == BlockKind.NUMBERED:
            markup = f"<b>{markup_text(label)}</b> {text}"
        elif label:
            markup = f"{markup_text(label)} {text}"
        else:
            markup = text
        flowables.append(NoticeParagraph(markup, styles.body))
        flowables.extend(body_flowables(block.children, styles))
    return flowables


def _signature(notice: NoticeDocument, layout: NoticeLayout, styles: NoticeStyles) -> Table:
    """The "Nơi nhận" list beside the signature block. Recipients that do not fit beside the block continue
    below it, one table row each, so a long list may run onto the next page."""
    lines = [f"- {markup_text(line.rstrip(';. '))};" for line in notice.recipients]
    lines.append(f"- Lưu: {markup_text(notice.archive_line.rstrip('. '))}.")
    left_width = layout.text_width * layout.recipients_width_ratio
    right: list[Flowable] = [NoticeParagraph(markup_text(line.upper()), styles.authority)
                             for line in notice.authority_lines]
    right.append(Spacer(1, layout.signature_gap))
    right.append(NoticeParagraph(markup_text(notice.signer_name), styles.signer))
    block_height = sum(f.wrap(layout.text_width - left_width, layout.page_height)[1] for f in right)
    # "Nơi nhận:" (12 pt) shares its baseline with the first authority line (14 pt): push it down by the
    # difference of the two first-line baselines.
    offset = layout.leading(layout.authority_size) - layout.leading(layout.recipients_heading_size)
    beside: list[Flowable] = [Spacer(1, offset), NoticeParagraph("Nơi nhận:", styles.recipients_heading)]
    used = sum(f.wrap(left_width, layout.page_height)[1] for f in beside)
    rows: list[list[Flowable]] = []
    for line in lines:
        paragraph = NoticeParagraph(line, styles.recipient)
        height = paragraph.wrap(left_width, layout.page_height)[1]
        if not rows and used + height <= block_height:
            beside.append(paragraph)
            used += height
        else:
            if not rows:
                rows.append([beside, right])
            rows.append([paragraph, ""])
    if not rows:
        rows.append([beside, right])
    table = Table(rows, colWidths=[left_width, layout.text_width - left_width])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def page_number_painter(layout: NoticeLayout):  # type: ignore[no-untyped-def]
    def draw(canvas, document) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(SERIF, layout.page_number_size)
        canvas.drawCentredString(
            layout.margin_left + layout.text_width / 2, layout.page_height - layout.page_number_baseline_from_top,
            str(document.page),
        )
        canvas.restoreState()

    return draw


def notice_story(notice: NoticeDocument, layout: NoticeLayout = DEFAULT_LAYOUT) -> list[Flowable]:
    styles = NoticeStyles(layout)
    story: list[Flowable] = [_header(notice, layout, styles), *_title(notice, layout, styles)]
    body = body_flowables(notice.blocks, styles)
    # The signature block never stands alone at the top of a page: it travels with the last body paragraph.
    tail = body[-1:] if body else []
    story.extend(body[:-1])
    story.append(Spacer(1, layout.paragraph_spacing))
    story.append(KeepTogether([*tail, Spacer(1, layout.paragraph_spacing), _signature(notice, layout, styles)]))
    for attachment in notice.attachments:
        story.append(PageBreak())
        story.append(NoticeParagraph(markup_text(attachment.title.upper()), styles.attachment_title))
        story.append(Spacer(1, layout.paragraph_spacing))
        story.extend(body_flowables(attachment.blocks, styles))
    return story


def render_notice_pdf(notice: NoticeDocument, layout: NoticeLayout = DEFAULT_LAYOUT) -> bytes:
    """The notice as PDF bytes: A4, embedded Liberation Serif, page numbers from page 2."""
    buffer = io.BytesIO()
    frame = Frame(layout.margin_left, layout.margin_bottom, layout.text_width,
                  layout.page_height - layout.margin_top - layout.margin_bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="text")
    document = BaseDocTemplate(
        buffer, pagesize=(layout.page_width, layout.page_height), title=notice.summary,
        author=" ".join(notice.body_lines), subject=f"{notice.type_name} {notice.symbol}", creator="CCHC Desktop",
        leftMargin=layout.margin_left, rightMargin=layout.margin_right, topMargin=layout.margin_top,
        bottomMargin=layout.margin_bottom,
    )
    document.addPageTemplates([
        PageTemplate(id="first", frames=[frame], autoNextPageTemplate="later"),
        PageTemplate(id="later", frames=[frame], onPage=page_number_painter(layout)),
    ])
    document.build(notice_story(notice, layout))
    return buffer.getvalue()
