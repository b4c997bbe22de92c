"""Horizontal bar charts: every province of a year (own province highlighted) and points lost by agency."""

from __future__ import annotations

from collections.abc import Sequence

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


class HorizontalBars(ChartWidget):
    """Bars from top to bottom in the order given; names on the left axis, values at the bar ends.

    With many bars (every province of a year) the widget asks for enough height to keep every name readable;
    the page shows it in a scroll area, and the exports draw it whole.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(axis_items={"bottom": NumberAxis("bottom")}, parent=parent)
        self.plot.showGrid(x=True, y=False, alpha=0.25)
        self.bars: pg.BarGraphItem | None = None
        self.names: list[str] = []

    def draw_bars(self, rows: Sequence[BarRow], colors: Sequence[QColor], title: str, value_title: str) -> None:
        self.reset()
        set_title(self.plot, title)
        self.names = [row.name for row in rows]
        self.bars = None
        many = len(rows) > MANY_ROWS
        self.setMinimumHeight(len(rows) * ROW_PIXELS + CHROME_PIXELS if many else 0)
        if not rows:
            return
        count = len(rows)
        thickness = 0.75 if many else 0.6
        positions = [float(count - 1 - i) for i in range(count)]  # the first row at the top
        self.bars = pg.BarGraphItem(
            x0=0, y=positions, height=thickness, width=[row.value for row in rows],
            brushes=[pg.mkBrush(color) for color in colors], pens=[pg.mkPen(None) for _ in rows],
        )
        self.add(self.bars)
        for row, y in zip(rows, positions, strict=True):
            area = QRectF(QPointF(0, y - thickness / 2), QPointF(row.value, y + thickness / 2))
            self.add_target(area, f"{row.name}: {_value(row.value)} điểm" + (f", {row.detail}" if row.detail else ""))
        tick_points = 8.5 if many else 10.5
        self.plot.getAxis("left").setStyle(tickFont=font(tick_points))
        self.set_ticks("left", [(y, row.name) for row, y in zip(rows, positions, strict=True)])
        self.fit_axis_to_labels("left", self.names, tick_points)
        set_axis_title(self.plot, "bottom", value_title)
        largest = max(row.value for row in rows) or 1.0
        self.plot.setXRange(0, largest * 1.18, padding=0)  # room on the right for the value labels
        self.plot.setYRange(-0.6, count - 0.4, padding=0)

    def label_bar(self, index: int, text: str, color: QColor, points: float, *, bold: bool = False,
                  inside: bool = False) -> None:
        """A label at the end of bar ``index`` (in the order given): just outside, or inside its end."""
        assert self.bars is not None
        value = float(self.bars.opts["width"][index])
        label = text_item(text, color, anchor=(1.0 if inside else 0.0, 0.5), points=points, bold=bold)
        label.setPos(value, len(self.names) - 1 - index)
        self.add(label, ignore_bounds=True)

    def bar_color(self, name: str) -> QColor:
        """The fill colour of the named bar."""
        assert self.bars is not None
        return QColor(self.bars.opts["brushes"][self.names.index(name)].color())


class RankingChart(HorizontalBars):
    """Every province of a year, best score at the top; the own province in the highlight colour, labelled."""

    def set_data(self, rows: Sequence[BarRow], highlight: str, title: str) -> None:
        ordered = sorted(rows, key=lambda row: -row.value)
        colors = [HIGHLIGHT_COLOR if row.name == highlight else MUTED_COLOR for row in ordered]
        self.draw_bars(ordered, colors, title, "Điểm")
        small = 7.5 if len(ordered) > MANY_ROWS else 9.5
        for index, row in enumerate(ordered):
            if row.name == highlight:
                detail = f" – {row.detail}" if row.detail else ""
                self.label_bar(index, f"{row.name}: {_value(row.value)} điểm{detail} ", WHITE, small + 1.5,
                               bold=True, inside=True)
            else:
                self.label_bar(index, f" {_value(row.value)}", TEXT, small)


class LostPointsChart(HorizontalBars):
    """Points lost by lead agency, largest at the top, each with its share of all points lost."""

    def set_data(self, rows: Sequence[BarRow], title: str) -> None:
        ordered = sorted(rows, key=lambda row: -row.value)
        self.draw_bars(ordered, [series_color(1)] * len(ordered), title, "Điểm bị trừ")
        for index, row in enumerate(ordered):
            note = f" ({row.note})" if row.note else ""
            self.label_bar(index, f" {_value(row.value)}{note}", TEXT, 10.5, bold=True)
