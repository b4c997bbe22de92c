"""Rank over the years for one or several indexes: rank 1 at the top, whole years on the axis, ranks labelled."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QWidget

from .base import ChartWidget
from .data import RankPoint, RankSeries
from .label_layout import SIDE_ABOVE, SIDE_BELOW, SIDE_LEFT, SIDE_RIGHT, LabelRequest, Side, place_labels
from .style import restyle_text, series_color, set_axis_title, set_title, text_item

LINE_WIDTH = 2.5
SYMBOL_SIZE = 9
# Label anchors, in screen terms: over the point, under it, left of it, right of it.
ABOVE, BELOW, LEFT, RIGHT = (0.5, 1.25), (0.5, -0.25), (1.3, 0.5), (-0.3, 0.5)
CROWDED_SIDES = (BELOW, LEFT, RIGHT, ABOVE)
SIDE_OF = {ABOVE: SIDE_ABOVE, BELOW: SIDE_BELOW, LEFT: SIDE_LEFT, RIGHT: SIDE_RIGHT}
LABEL_GAP = SYMBOL_SIZE / 2 + 2  # pixels between a point's centre and its label


def rank_ticks(rank_of: int) -> list[tuple[float, str]]:
    """1, then every 5 (up to 40 units) or 10 ranks, then the last rank ("63")."""
    step = 5 if rank_of <= 40 else 10
    values = [1, *range(step, rank_of + 1, step)]
    if rank_of - values[-1] >= step / 3:
        values.append(rank_of)
    return [(float(value), str(value)) for value in values]


def label_sides(series: Sequence[RankSeries], rank_of: int) -> dict[tuple[int, int], tuple[float, float]]:
    """Where each point's label goes, keyed by (series index, year): over the point, unless the point is close
    to the one of a better rank that year; then under, left of or right of it in turn."""
    close = max(2.0, rank_of * 0.05)
    sides: dict[tuple[int, int], tuple[float, float]] = {}
    by_year: dict[int, list[tuple[int, RankPoint]]] = {}
    for index, line in enumerate(series):
        for point in line.points:
            by_year.setdefault(point.year, []).append((index, point))
    for year, points in by_year.items():
        points.sort(key=lambda item: item[1].rank)
        previous: RankPoint | None = None
        crowding = 0
        for index, point in points:
            crowding = crowding + 1 if previous is not None and point.rank - previous.rank < close else 0
            sides[(index, year)] = CROWDED_SIDES[(crowding - 1) % len(CROWDED_SIDES)] if crowding else ABOVE
            previous = point
    return sides


class RankChart(ChartWidget):
    """Draws :class:`RankSeries`; the y axis is inverted so that the best rank is the highest point.

    Rank labels are placed in screen pixels (again whenever the plot changes size), so that labels of close
    points never overlap each other or another point's marker: see :mod:`.label_layout`. The lines and labels are
    kept from one drawing to the next and only restyled (see :class:`.base.ItemPool`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.curves = self.pool(pg.PlotDataItem)
        self.rank_labels = self.pool(lambda: text_item("", series_color(0), anchor=(0, 0), bold=True),
                                     ignore_bounds=True)
        self.labels: list[tuple[pg.TextItem, float, float, Side]] = []  # item, year, rank, preferred side
        view = self.plot.getViewBox()
        view.invertY(True)
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        view.sigResized.connect(self.place_labels)
        view.sigRangeChanged.connect(self.place_labels)

    def label_rects(self) -> list[QRectF]:
        """The scene rectangle of each rank label's text (without the label item's inner margin)."""
        rects = []
        for item, _year, _rank, _side in self.labels:
            margin = item.textItem.document().documentMargin()
            rects.append(item.sceneBoundingRect().adjusted(margin, margin, -margin, -margin))
        return rects

    def place_labels(self) -> None:
        """Put every rank label beside its point where it overlaps no other label or marker."""
        if not self.labels:
            return
        view = self.plot.getViewBox()
        requests = []
        for item, year, rank, side in self.labels:
            metrics = QFontMetricsF(item.textItem.font())
            text = item.textItem.toPlainText()
            size = QSizeF(metrics.horizontalAdvance(text), metrics.height())
            requests.append(LabelRequest(view.mapViewToScene(QPointF(year, rank)), size, side))
        bounds = view.sceneBoundingRect()
        for (item, *_), rect in zip(self.labels, place_labels(requests, bounds, SYMBOL_SIZE / 2 + 1, LABEL_GAP),
                                    strict=True):
            margin = item.textItem.document().documentMargin()
            item.setPos(view.mapSceneToView(rect.topLeft() - QPointF(margin, margin)))

    def reset(self) -> None:
        self.labels = []
        super().reset()

    def set_data(self, series: Sequence[RankSeries], title: str) -> None:
        self.reset()
        drawn = [s for s in series if s.points]
        set_title(self.plot, title)
        self.curves.start()
        self.rank_labels.start()
        try:
            self._draw(drawn)
        finally:
            self.curves.finish()
            self.rank_labels.finish()
        self.place_labels()

    def _draw(self, drawn: Sequence[RankSeries]) -> None:
        if not drawn:
            return
        rank_of = max(max(p.rank_of or p.rank for p in s.points) for s in drawn)
        years = sorted({p.year for s in drawn for p in s.points})
        sides = label_sides(drawn, rank_of)
        entries = []
        for index, line in enumerate(drawn):
            color = series_color(index)
            points = sorted(line.points, key=lambda p: p.year)
            curve = self.curves.take()
            curve.setData(
                [p.year for p in points], [p.rank for p in points], pen=pg.mkPen(color, width=LINE_WIDTH),
                symbol="o", symbolSize=SYMBOL_SIZE, symbolBrush=color, symbolPen=pg.mkPen("w", width=1.5),
            )
            entries.append((curve, line.name))
            for point in points:
                label = self.rank_labels.take()
                restyle_text(label, str(point.rank), color, anchor=(0, 0), bold=True)
                self.labels.append((label, point.year, point.rank, SIDE_OF[sides[(index, point.year)]]))
                of = f"/{point.rank_of}" if point.rank_of else ""
                self.add_point_target(point.year, point.rank, f"{line.name} – {point.year}: hạng {point.rank}{of}")
        if len(drawn) > 1:
            self.add_legend_entries(entries)
        self.set_ticks("bottom", [(float(year), str(year)) for year in years])
        self.set_ticks("left", rank_ticks(rank_of))
        set_axis_title(self.plot, "bottom", "Năm")
        set_axis_title(self.plot, "left", f"Thứ hạng (trên {rank_of} tỉnh, thành phố)")
        # Room above rank 1 and under the last rank for labels; half a year either side for the end points.
        self.plot.setRange(xRange=(years[0] - 0.5, years[-1] + 0.5), yRange=(-rank_of * 0.06, rank_of * 1.06),
                           padding=0)
