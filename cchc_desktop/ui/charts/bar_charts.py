"""Horizontal bar charts: every province of a year (own province highlighted) and points lost by agency."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ...core.formats import format_number
from .base import ChartWidget
from .data import BarRow
from .style import (
    HIGHLIGHT_COLOR,
    MUTED_COLOR,
    TEXT,
    NumberAxis,
    font,
    restyle_text,
    series_color,
    set_axis_title,
    set_title,
    text_item,
)

ROW_PIXELS = 15  # height of one bar on screen when there are many (the page scrolls if the window is shorter)
MANY_ROWS = 20
CHROME_PIXELS = 150  # title, axis, margins
WHITE = QColor("white")


def _value(value: float) -> str:
    return format_number(value, 2)


@dataclass(frozen=True)
class BarLabel:
    """The text at the end of one bar: just outside it, or inside its end (on a dark bar)."""

    text: str
    color: QColor
    points: float
    bold: bool = False
    inside: bool = False


class HorizontalBars(ChartWidget):
    """Bars from top to bottom in the order given; names on the left axis, values at the bar ends.

    With many bars (every province of a year) the widget asks for enough height to keep every name readable;
    the page shows it in a scroll area, and the exports draw it whole. One bar item and the value labels are kept
    from one drawing to the next and only restyled (see :class:`.base.ItemPool`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(axis_items={"bottom": NumberAxis("bottom")}, parent=parent)
        self.plot.showGrid(x=True, y=False, alpha=0.25)
        self.bar_item = pg.BarGraphItem(x0=0, y=[], height=0.6, width=[], pen=None)
        self.plot.addItem(self.bar_item)
        self.bar_item.hide()
        self.value_labels = self.pool(lambda: text_item("", TEXT, anchor=(0.0, 0.5)), ignore_bounds=True)
        self.names: list[str] = []

    @property
    def bars(self) -> pg.BarGraphItem | None:
        """The bars drawn now (None when there are none)."""
        return self.bar_item if self.names else None

    def draw_bars(self, rows: Sequence[BarRow], colors: Sequence[QColor], labels: Sequence[BarLabel], title: str,
                  value_title: str) -> None:
        """Bars of ``rows`` (the first at the top) in ``colors``, each with its label."""
        self.reset()
        set_title(self.plot, title)
        self.names = [row.name for row in rows]
        many = len(rows) > MANY_ROWS
        self.setMinimumHeight(len(rows) * ROW_PIXELS + CHROME_PIXELS if many else 0)
        self.value_labels.start()
        if not rows:
            self.bar_item.hide()
            self.value_labels.finish()
            return
        count = len(rows)
        thickness = 0.75 if many else 0.6
        positions = [float(count - 1 - i) for i in range(count)]  # the first row at the top
        widths = [row.value for row in rows]
        brushes = {color.rgba(): pg.mkBrush(color) for color in colors}  # one brush per colour, not per bar
        no_pen = pg.mkPen(None)
        self.bar_item.setOpts(
            x0=0, y=positions, height=thickness, width=widths,
            brushes=[brushes[color.rgba()] for color in colors], pens=[no_pen] * count,
        )
        self.bar_item.show()
        for label, value, y in zip(labels, widths, positions, strict=True):
            item = self.value_labels.take()
            restyle_text(item, label.text, label.color, (1.0 if label.inside else 0.0, 0.5), label.points,
                         bold=label.bold)
            item.setPos(value, y)
        self.value_labels.finish()
        for row, y in zip(rows, positions, strict=True):
            area = QRectF(QPointF(0, y - thickness / 2), QPointF(row.value, y + thickness / 2))
            self.add_target(area, f"{row.name}: {_value(row.value)} điểm" + (f", {row.detail}" if row.detail else ""))
        tick_points = 8.5 if many else 10.5
        axis = self.plot.getAxis("left")
        if axis.style["tickFont"] is None or axis.style["tickFont"].pointSizeF() != tick_points:
            axis.setStyle(tickFont=font(tick_points))
        self.set_ticks("left", [(y, row.name) for row, y in zip(rows, positions, strict=True)])
        self.fit_axis_to_labels("left", self.names, tick_points)
        set_axis_title(self.plot, "bottom", value_title)
        largest = max(row.value for row in rows) or 1.0
        # room on the right for the value labels; both ranges at once, so the labels follow the view only once
        self.plot.setRange(xRange=(0, largest * 1.18), yRange=(-0.6, count - 0.4), padding=0)

    def bar_color(self, name: str) -> QColor:
        """The fill colour of the named bar."""
        assert self.bars is not None
        return QColor(self.bars.opts["brushes"][self.names.index(name)].color())


class RankingChart(HorizontalBars):
    """Every province of a year, best score at the top; the own province in the highlight colour, labelled."""

    def set_data(self, rows: Sequence[BarRow], highlight: str, title: str) -> None:
        ordered = sorted(rows, key=lambda row: -row.value)
        colors = [HIGHLIGHT_COLOR if row.name == highlight else MUTED_COLOR for row in ordered]
        small = 7.5 if len(ordered) > MANY_ROWS else 9.5
        labels = []
        for row in ordered:
            if row.name == highlight:
                detail = f" – {row.detail}" if row.detail else ""
                labels.append(BarLabel(f"{row.name}: {_value(row.value)} điểm{detail} ", WHITE, small + 1.5,
                                       bold=True, inside=True))
            else:
                labels.append(BarLabel(f" {_value(row.value)}", TEXT, small))
        self.draw_bars(ordered, colors, labels, title, "Điểm")


class LostPointsChart(HorizontalBars):
    """Points lost by lead agency, largest at the top, each with its share of all points lost."""

    def set_data(self, rows: Sequence[BarRow], title: str) -> None:
        ordered = sorted(rows, key=lambda row: -row.value)
        labels = [BarLabel(f" {_value(row.value)}" + (f" ({row.note})" if row.note else ""), TEXT, 10.5, bold=True)
                  for row in ordered]
        self.draw_bars(ordered, [series_color(1)] * len(ordered), labels, title, "Điểm bị trừ")
