"""The notice as a Word document, from the template in resources/templates (see docx_styles).

Same content and layout as the PDF: borderless header table, rules as bordered empty paragraphs of the right
width, justified body, the "Nơi nhận" / signature table, page numbers from page 2 in the header.
"""

from __future__ import annotations

import io
import unicodedata

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from ..core.body import Block, Run, labels
from ..core.enums import BlockKind
from ..core.formats import BLANK_DAY, notice_date_line
from ..core.notice_model import NoticeDocument
from . import docx_styles as st
from .fonts import SERIF_BOLD, text_width
from .notice_layout import DEFAULT_LAYOUT, MM, NoticeLayout


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _add_runs(paragraph, runs: list[Run], *, bold: bool = False) -> None:  # type: ignore[no-untyped-def]
    for run in runs:
        piece = paragraph.add_run(_nfc(run.text))
        piece.bold = True if (run.bold or bold) else None
        piece.italic = True if run.italic else None


def _rule(container, length_pt: float, available_pt: float):  # type: ignore[no-untyped-def]
    """An empty paragraph whose bottom border, indented to ``length_pt``, draws a centred rule."""
    paragraph = container.add_paragraph(style=st.RULE)
    side = max(0.0, (available_pt - length_pt) / 2)
    paragraph.paragraph_format.left_indent = Pt(side)
    paragraph.paragraph_format.right_indent = Pt(side)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)
    return paragraph


def _no_borders(table) -> None:  # type: ignore[no-untyped-def]
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)


def _table(document, widths_mm: list[float]):  # type: ignore[no-untyped-def]
    table = document.add_table(rows=1, cols=len(widths_mm))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _no_borders(table)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for column, cell, width in zip(table.columns, table.rows[0].cells, widths_mm, strict=True):
        column.width = Mm(width)  # the grid Word and LibreOffice lay out by
        cell.width = Mm(width)
    return table


def _cell_paragraph(cell, text: str, style: str, first: list[bool]):  # type: ignore[no-untyped-def]
    """Reuse the empty paragraph a new cell starts with, then add more."""
    if first[0]:
        paragraph = cell.paragraphs[0]
        paragraph.style = style
        first[0] = False
    else:
        paragraph = cell.add_paragraph(style=style)
    if text:
        paragraph.add_run(_nfc(text))
    return paragraph


def _header(document, notice: NoticeDocument, layout: NoticeLayout) -> None:  # type: ignore[no-untyped-def]
    left_mm = layout.header_left_width / MM
    right_mm = layout.header_right_width / MM
    table = _table(document, [left_mm, right_mm])
    left, right = table.rows[0].cells
    first = [True]
    if notice.parent_line:
        _cell_paragraph(left, notice.parent_line.upper(), st.HEADER_PARENT, first)
    for line in notice.body_lines:
        _cell_paragraph(left, line.upper(), st.HEADER_AGENCY, first)
    widest = max((text_width(line.upper(), SERIF_BOLD, layout.agency_size) for line in notice.body_lines), default=0)
    _rule(left, widest * layout.agency_rule_ratio, layout.header_left_width)
    number = notice.number_text or "\u00a0" * layout.blank_number_spaces
    _cell_paragraph(left, f"Số:\u00a0{number}/{notice.symbol}", st.NUMBER, [False])
    first = [True]
    _cell_paragraph(right, notice.national_title, st.NATIONAL, first)
    _cell_paragraph(right, notice.motto, st.MOTTO, first)
    _rule(right, text_width(notice.motto, SERIF_BOLD, layout.motto_size), layout.header_right_width)
    date = notice_date_line(notice.place, notice.date).replace(BLANK_DAY, "\u00a0" * 6)
    _cell_paragraph(right, date, st.DATE, [False])


def _body(document, blocks: list[Block]) -> None:  # type: ignore[no-untyped-def]
    for label, block in zip(labels(blocks), blocks, strict=True):
        paragraph = document.add_paragraph(style=st.BODY)
        if label:
            head = paragraph.add_run(f"{label} ")
            head.bold = True if block.kind in (BlockKind.HEADING, BlockKind.NUMBERED) else None
        _add_runs(paragraph, block.runs, bold=block.kind == BlockKind.HEADING)
        _body(document, block.children)


def _signature(document, notice: NoticeDocument, layout: NoticeLayout) -> None:  # type: ignore[no-untyped-def]
    left_mm = layout.text_width * layout.recipients_width_ratio / MM
    table = _table(document, [left_mm, layout.text_width / MM - left_mm])
    left, right = table.rows[0].cells
    heading = _cell_paragraph(left, "Nơi nhận:", st.RECIPIENTS_HEADING, [True])
    heading.paragraph_format.space_before = Pt(layout.authority_size - layout.recipients_heading_size)
    for line in notice.recipients:
        _cell_paragraph(left, f"- {line.rstrip(';. ')};", st.RECIPIENT, [False])
    _cell_paragraph(left, f"- Lưu: {notice.archive_line.rstrip('. ')}.", st.RECIPIENT, [False])
    first = [True]
    for line in notice.authority_lines:
        _cell_paragraph(right, line.upper(), st.AUTHORITY, first)
    gap = _cell_paragraph(right, "", st.SIGNER, [False])
    gap.paragraph_format.space_after = Pt(layout.signature_gap - layout.leading(layout.signer_size))
    _cell_paragraph(right, notice.signer_name, st.SIGNER, [False])


def _page_numbers(document) -> None:  # type: ignore[no-untyped-def]
    """No number on page 1 (different first page); later pages show the PAGE field centred in the header."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.style = st.PAGE_NUMBER
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def render_notice_docx(notice: NoticeDocument, layout: NoticeLayout = DEFAULT_LAYOUT) -> bytes:
    """The notice as .docx bytes built on the template's styles."""
    template = st.template_path()
    document = Document(str(template)) if template.exists() else Document(io.BytesIO(_fresh_template(layout)))
    body = document.element.body
    for element in list(body):
        if element.tag != qn("w:sectPr"):
            body.remove(element)
    _header(document, notice, layout)
    document.add_paragraph(notice.type_name.upper(), style=st.TYPE_NAME)
    document.add_paragraph(_nfc(notice.summary), style=st.SUMMARY)
    summary_width = min(text_width(notice.summary, SERIF_BOLD, layout.summary_size), layout.text_width)
    _rule(document, summary_width * layout.summary_rule_ratio, layout.text_width)
    _body(document, notice.blocks)
    _signature(document, notice, layout)
    for attachment in notice.attachments:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_paragraph(_nfc(attachment.title.upper()), style=st.TYPE_NAME)
        _body(document, attachment.blocks)
    _page_numbers(document)
    document.core_properties.title = _nfc(notice.summary)[:250]
    document.core_properties.author = "CCHC Desktop"
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def _fresh_template(layout: NoticeLayout) -> bytes:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = st.build_template(Path(folder) / st.TEMPLATE_NAME, layout)
        return path.read_bytes()
