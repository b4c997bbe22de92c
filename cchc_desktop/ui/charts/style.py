"""Colours, fonts and axis styling shared by the chart widgets.

The colours come from :mod:`cchc_desktop.documents.palette`, shared with the printed charts, so a chart copied from the
window and one printed in the analysis report look alike.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont

from ...core.formats import format_number
from ...documents import palette

FONT_FAMILY = "Liberation Serif"  # shipped in resources/fonts, the typeface of the printed documents
TEXT = QColor("#222222")
AXIS = QColor("#333333")  # also the colour pyqtgraph gives axis titles when the pen changes
GRID_ALPHA = 0.25
TITLE_SIZE = "13pt"
LABEL_SIZE = "11pt"
TICK_POINTS = 10.0
VALUE_POINTS = 9.5


SERIES_COLORS = [QColor(color) for color in palette.SERIES]
HIGHLIGHT_COLOR = QColor(palette.HIGHLIGHT)
MUTED_COLOR = QColor(palette.MUTED)


def series_color(index: int) -> QColor:
    return SERIES_COLORS[index % len(SERIES_COLORS)]


def font(points: float = TICK_POINTS, bold: bool = False) -> QFont:
    result = QFont(FONT_FAMILY)
    result.setPointSizeF(points)
    result.setBold(bold)
    return result


class NumberAxis(pg.AxisItem):
    """An axis whose tick labels are written the Vietnamese way ("42,5"); whole numbers have no decimals."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        decimals = 0 if spacing >= 1 else (1 if spacing >= 0.1 else 2)
        return [format_number(value * scale, decimals, trim=True) for value in values]


def style_plot(plot: pg.PlotItem) -> None:
    """White background look: dark axes and text, light grid, no buttons, no zooming or panning by mouse."""
    plot.hideButtons()
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.setPen(pg.mkPen(AXIS))
        axis.setTextPen(pg.mkPen(TEXT))
        axis.setStyle(tickFont=font(), tickTextOffset=6, maxTickLevel=0)  # major ticks (and grid lines) only


def set_title(plot: pg.PlotItem, text: str) -> None:
    plot.setTitle(text, color=TEXT.name(), size=TITLE_SIZE, bold=True, family=FONT_FAMILY)


def set_axis_title(plot: pg.PlotItem, side: str, text: str) -> None:
    plot.setLabel(side, text, color=TEXT.name(), **{"font-size": LABEL_SIZE, "font-family": FONT_FAMILY})


def text_item(text: str, color: QColor, anchor: tuple[float, float], points: float = VALUE_POINTS,
              bold: bool = False) -> pg.TextItem:
    """A value label drawn next to a point or a bar (its size does not change with the axes)."""
    item = pg.TextItem(text, color=color, anchor=anchor)
    item.setFont(font(points, bold))
    return item


def restyle_text(item: pg.TextItem, text: str, color: QColor, anchor: tuple[float, float],
                 points: float = VALUE_POINTS, bold: bool = False) -> None:
    """Make a kept label look like ``text_item(text, color, anchor, points, bold)``, changing only what differs."""
    current = item.textItem.font()
    if current.pointSizeF() != points or current.bold() != bold or current.family() != FONT_FAMILY:
        item.setFont(font(points, bold))
    if item.color != color:
        item.setColor(color)
    if (item.anchor.x(), item.anchor.y()) != anchor:
        item.setAnchor(anchor)
    item.setText(text)
