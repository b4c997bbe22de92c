"""How the lines of a group print under "Nơi nhận:", and the "(B/c)" marker (Qt-free helpers of the page).

The notice writes each line as "- <text>;" and closes the list with "- Lưu: VT, <unit> (<drafter>)."; the
"Lưu" line belongs to each notice (it names the issuing body's unit), so the preview shows it as "- Lưu: VT, …."
(see :func:`cchc_desktop.documents.notice_pdf._signature`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

REPORT_MARKER = "(B/c)"
"""Appended to a line whose addressee receives the notice "để báo cáo"."""
ARCHIVE_PREVIEW = "- Lưu: VT, …."
_MARKER_RE = re.compile(r"\s*\(\s*(?:để\s+)?b\s*/\s*c\s*\)\s*$", re.IGNORECASE)


def has_report_marker(text: str) -> bool:
    return bool(_MARKER_RE.search(text))


def with_report_marker(text: str, on: bool) -> str:
    """``text`` ending with " (B/c)" when ``on``, without it otherwise."""
    bare = _MARKER_RE.sub("", text).rstrip()
    return f"{bare} {REPORT_MARKER}" if on else bare


def printed_lines(texts: Iterable[str]) -> list[str]:
    """The lines as the notice prints them: "- Thường trực Tỉnh ủy (B/c);" … "- Lưu: VT, …."."""
    lines = [f"- {text.rstrip(';. ')};" for text in texts if text.strip()]
    return [*lines, ARCHIVE_PREVIEW]


def preview_html(texts: Iterable[str]) -> str:
    """Rich text of the preview: the bold italic heading, then the printed lines (the "Lưu" line muted).

    Each line is a table row with the dash in its own cell, so a wrapped line continues under the text.
    """
    lines = printed_lines(texts)
    rows = [_row(line[2:]) for line in lines[:-1]]
    rows.append(_row(lines[-1][2:], "color:#6b6b6b"))
    return ("<p style='margin:0'><b><i>Nơi nhận:</i></b></p>"
            f"<table cellspacing='0' cellpadding='0'>{''.join(rows)}</table>")


def _row(text: str, style: str = "") -> str:
    return f"<tr style='{style}'><td style='{style}'>-&nbsp;</td><td style='{style}'>{html.escape(text)}</td></tr>"
