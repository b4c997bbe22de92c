"""Table cells that wrap their text onto a fixed number of lines and end in "…" when it is longer.

Qt's own eliding of wrapped text depends on the style's metrics and can leave half a line showing at the bottom
of a row; this delegate cuts the text itself so every row shows whole lines.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem


def clamp_lines(text: str, font: QFont, width: int, lines: int) -> str:
    """``text`` as it wraps into ``width`` pixels, cut to ``lines`` lines with "…" at the end when it is longer."""
    if not text or width <= 0:
        return text
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # as item views wrap
    layout.setTextOption(option)
    layout.beginLayout()
    starts: list[int] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    if len(starts) <= lines:
        return text
    last_start = starts[lines - 1]
    head = text[:last_start]
    tail = " ".join(text[last_start:].split())
    return head + QFontMetrics(font).elidedText(tail, Qt.TextElideMode.ElideRight, width)


class WrappedTextDelegate(QStyledItemDelegate):
    """Paints each cell's text on at most ``lines`` lines; the full text stays in the tooltip."""

    def __init__(self, lines: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines = lines

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if not option.text:
            return
        style = option.widget.style() if option.widget is not None else None
        margin = (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget) + 1) if style else 3
        width = option.rect.width() - 2 * margin - 2
        option.text = clamp_lines(option.text, option.font, width, self.lines)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
