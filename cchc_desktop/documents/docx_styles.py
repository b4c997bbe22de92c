"""The Word template for notices: page setup and named styles that staff can restyle in Word.

``resources/templates/thong-bao.docx`` is made by :func:`build_template` (``python -m
cchc_desktop.documents.docx_styles`` rewrites it). The renderer only refers to the style names below, so a
clerk who changes a style in that file (font size, spacing) changes every exported notice.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from ..resources import resource
from .notice_layout import DEFAULT_LAYOUT, NoticeLayout

FONT = "Times New Roman"
TEMPLATE_NAME = "thong-bao.docx"

BODY = "CCHC Nội dung"
HEADER_PARENT = "CCHC Cơ quan chủ quản"
HEADER_AGENCY = "CCHC Cơ quan ban hành"
NATIONAL = "CCHC Quốc hiệu"
MOTTO = "CCHC Tiêu ngữ"
NUMBER = "CCHC Số ký hiệu"
DATE = "CCHC Địa danh ngày"
TYPE_NAME = "CCHC Tên loại"
SUMMARY = "CCHC Trích yếu"
RULE = "CCHC Đường kẻ"
AUTHORITY = "CCHC Quyền hạn chức vụ"
SIGNER = "CCHC Người ký"
RECIPIENTS_HEADING = "CCHC Nơi nhận"
RECIPIENT = "CCHC Nơi nhận dòng"
PAGE_NUMBER = "CCHC Số trang"


def template_path() -> Path:
    return resource("templates", TEMPLATE_NAME)


def _set_font(style, size: float, bold: bool = False, italic: bool = False) -> None:  # type: ignore[no-untyped-def]
    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = italic
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)


def _paragraph_style(document, name: str, size: float, *, bold: bool = False, italic: bool = False,  # type: ignore[no-untyped-def]
                     align=WD_ALIGN_PARAGRAPH.CENTER, first_indent: float = 0, before: float = 0):
    styles = document.styles
    style = styles[name] if name in [s.name for s in styles] else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    _set_font(style, size, bold, italic)
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.first_line_indent = Mm(first_indent) if first_indent else None
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(0)
    fmt.line_spacing = 1.0
    return style


def build_template(path: Path | None = None, layout: NoticeLayout = DEFAULT_LAYOUT) -> Path:
    """Write the notice template with its page setup and styles."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)
    _set_font(document.styles["Normal"], layout.body_size)
    left, justify = WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.JUSTIFY
    _paragraph_style(document, BODY, layout.body_size, align=justify, first_indent=10, before=layout.paragraph_spacing)
    _paragraph_style(document, HEADER_PARENT, layout.agency_size)
    _paragraph_style(document, HEADER_AGENCY, layout.agency_size, bold=True)
    _paragraph_style(document, NATIONAL, layout.national_title_size, bold=True)
    _paragraph_style(document, MOTTO, layout.motto_size, bold=True)
    _paragraph_style(document, NUMBER, layout.number_size, before=6)
    _paragraph_style(document, DATE, layout.date_size, italic=True, before=6)
    _paragraph_style(document, TYPE_NAME, layout.type_name_size, bold=True, before=2 * layout.body_size)
    _paragraph_style(document, SUMMARY, layout.summary_size, bold=True)
    _paragraph_style(document, RULE, 2)
    _paragraph_style(document, AUTHORITY, layout.authority_size, bold=True)
    _paragraph_style(document, SIGNER, layout.signer_size, bold=True)
    _paragraph_style(document, RECIPIENTS_HEADING, layout.recipients_heading_size, bold=True, italic=True, align=left)
    _paragraph_style(document, RECIPIENT, layout.recipients_size, align=left)
    _paragraph_style(document, PAGE_NUMBER, layout.page_number_size)
    target = Path(path) if path else template_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(target))
    return target


if __name__ == "__main__":
    print(build_template())
