"""Measurements of the notice layout (Nghị định 30/2020/NĐ-CP, Phụ lục I); defaults from the decree's models.

Every value is in points unless the name says otherwise. See the design notes in the README for the sources.
"""

from __future__ import annotations

from dataclasses import dataclass

MM = 72 / 25.4


@dataclass(frozen=True)
class NoticeLayout:
    page_width: float = 210 * MM
    page_height: float = 297 * MM
    margin_top: float = 20 * MM
    margin_bottom: float = 20 * MM
    margin_left: float = 30 * MM
    margin_right: float = 15 * MM
    header_left_width: float = 66 * MM  # ô 2 + ô 3 column; the right column takes the rest (99 mm)
    national_title_size: float = 12
    motto_size: float = 13
    agency_size: float = 12
    number_size: float = 13
    date_size: float = 13
    type_name_size: float = 14
    summary_size: float = 14
    body_size: float = 14
    line_spacing: float = 1.15  # Word "single" for Times New Roman
    first_line_indent: float = 10 * MM
    paragraph_spacing: float = 6
    authority_size: float = 14
    signer_size: float = 14
    signature_gap: float = 27 * MM  # room for the signature and the seal
    recipients_heading_size: float = 12
    recipients_size: float = 11
    recipients_width_ratio: float = 0.38
    page_number_size: float = 14
    page_number_baseline_from_top: float = 11 * MM
    agency_rule_ratio: float = 0.4  # 1/3–1/2 of the issuing body's name line
    summary_rule_ratio: float = 0.4  # 1/3–1/2 of the trích yếu line
    rule_width: float = 0.6
    blank_number_spaces: int = 6

    @property
    def text_width(self) -> float:
        return self.page_width - self.margin_left - self.margin_right

    @property
    def header_right_width(self) -> float:
        return self.text_width - self.header_left_width

    def leading(self, size: float) -> float:
        return round(size * self.line_spacing, 2)


DEFAULT_LAYOUT = NoticeLayout()
