"""The live preview of an issuing body: a small mock of the first and last lines of a notice it issues (Qt-free).

It shows what the body decides on paper (Nghị định 30/2020, Phụ lục I): the two-column header (ô 2 not bold,
ô 3 bold with its rule, "Số: …/TB-XXX" level with the date line), the closing sentence naming the issuer, the
signature block (quyền hạn, chức vụ, họ tên) and the "Lưu" line. Text the clerk has not typed yet shows in grey.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from ....core.notice_builder import notice_reference, notice_symbol

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
MUTED = "color:#8a8a8a"
BODY_PLACEHOLDER = "(TÊN CƠ QUAN BAN HÀNH)"
SIGNER_PLACEHOLDER = "(Họ và tên người ký)"
CLOSING = "thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./."


@dataclass(frozen=True)
class BodyPreview:
    """What the form holds, as the notice will print it (capitals where the decree prints capitals)."""

    parent_line: str = ""
    body_lines: list[str] = field(default_factory=list)
    symbol: str = ""
    place: str = ""
    authority_lines: list[str] = field(default_factory=list)
    signer_name: str = ""
    archive_unit: str = ""
    issuer: str = ""  # how the body names itself in the closing sentence ("UBND tỉnh")


def number_line(symbol: str) -> str:
    """"Số: …/TB-VP" (the number is given when the notice is issued)."""
    return f"Số: {notice_reference(None, notice_symbol(symbol.upper() or '…'))}"


def date_line(place: str) -> str:
    return f"{place or '…'}, ngày … tháng … năm …"


def archive_line(unit: str) -> str:
    """"- Lưu: VT, NC." (the drafter's initials are added per notice)."""
    return f"- Lưu: VT{', ' + unit.upper() if unit else ''}."


def preview_html(data: BodyPreview) -> str:
    return "".join((_header(data), _title(), _closing(data.issuer), _signature(data)))


def _text(value: str, style: str = "") -> str:
    escaped = html.escape(value)
    return f"<span style='{style}'>{escaped}</span>" if style else escaped


def _header(data: BodyPreview) -> str:
    parent = f"{_text(data.parent_line.upper())}<br>" if data.parent_line else ""
    lines = [_text(line.upper()) for line in data.body_lines]
    body = "<br>".join(lines) if lines else _text(BODY_PLACEHOLDER, MUTED)
    symbol_style = "" if data.symbol else MUTED
    place_style = "" if data.place else MUTED
    return (
        "<table width='100%' cellspacing='0' cellpadding='0'>"
        "<tr><td width='40%' align='center' valign='top' style='white-space:nowrap'>"
        f"{parent}<b>{body}</b><hr width='35%'></td>"
        "<td width='60%' align='center' valign='top' style='white-space:nowrap'>"
        f"<b>{NATIONAL_NAME}</b><br><b>{MOTTO}</b><hr width='56%'></td></tr>"
        f"<tr><td align='center'>{_text(number_line(data.symbol), symbol_style)}</td>"
        f"<td align='center'><i>{_text(date_line(data.place), place_style)}</i></td></tr></table>"
    )


def _title() -> str:
    return ("<p align='center' style='margin-top:14px; margin-bottom:0'><b>THÔNG BÁO</b></p>"
            f"<p align='center' style='margin:0; {MUTED}'><b>Trích yếu nội dung thông báo</b></p>"
            f"<p style='margin-top:10px; {MUTED}'>&nbsp;&nbsp;&nbsp;&nbsp;… (nội dung thông báo) …</p>")


def _closing(issuer: str) -> str:
    subject = _text(issuer) if issuer else _text("(Tên cơ quan)", MUTED)
    return f"<p style='margin-top:0'>&nbsp;&nbsp;&nbsp;&nbsp;{subject} {CLOSING}</p>"


def _signature(data: BodyPreview) -> str:
    authority = "<br>".join(f"<b>{_text(line.upper())}</b>" for line in data.authority_lines)
    signer = f"<b>{_text(data.signer_name)}</b>" if data.signer_name else _text(SIGNER_PLACEHOLDER, MUTED)
    recipients = (f"<b><i>Nơi nhận:</i></b><br><span style='{MUTED}'>- …;</span><br>"
                  f"{_text(archive_line(data.archive_unit))}")
    return (
        "<table width='100%' cellspacing='0' cellpadding='0' style='margin-top:8px'><tr>"
        f"<td width='38%' valign='top' style='font-size:small'>{recipients}</td>"
        f"<td width='62%' align='center' valign='top'>{authority}<br><br><br><br>{signer}</td>"
        "</tr></table>"
    )
