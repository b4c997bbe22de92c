"""The province's score over the years against the national average."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...core.formats import format_number
from .base import ChartWidget
from .data import ScoreSeries
from .style import NumberAxis, restyle_text, series_color, set_axis_title, set_title, text_item

LINE_WIDTH = 2.5


def _score(value: float) -> str:
    return format_number(value, 2)


class ScoreChart(ChartWidget):
    """Two lines: the province (solid, labelled above) and the national average (dashed, labelled below).

    The lines and value labels are kept from one drawing to the next and only restyled (see
    :class:`.base.ItemPool`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(axis_items={"left": NumberAxis("left")}, parent=parent)
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.curves = self.pool(pg.PlotDataItem)
        self.value_labels = self.pool(lambda: text_item("", series_color(0), anchor=(0.5, 1.3)), ignore_bounds=True)

    def set_data(self, own: ScoreSeries, average: ScoreSeries, title: str, scale_max: float) -> None:
        self.reset()
        set_title(self.plot, title)
        self.curves.start()
        self.value_labels.start()
        try:
            self._draw(own, average, scale_max)
        finally:
            self.curves.finish()
            self.value_labels.finish()

    def _draw(self, own: ScoreSeries, average: ScoreSeries, scale_max: float) -> None:
        if not own.points and not average.points:
            return
        averages, owns = dict(average.points), dict(own.points)
        entries = []
        for index, (series, other, style) in enumerate((
            (own, averages, Qt.PenStyle.SolidLine),
            (average, owns, Qt.PenStyle.DashLine),
        )):
            color = series_color(index)
            points = sorted(series.points)
            curve = self.curves.take()
            curve.setData(
                [year for year, _ in points], [value for _, value in points],
                pen=pg.mkPen(color, width=LINE_WIDTH, style=style), symbol="o" if index == 0 else "s",
                symbolSize=8, symbolBrush=color, symbolPen=pg.mkPen("w", width=1.2),
            )
            entries.append((curve, series.name))
            for year, value in points:
                # The higher of the two values of a year is labelled above its point, the lower one below.
                above = year not in other or value > other[year] or (value == other[year] and index == 0)
                label = self.value_labels.take()
                restyle_text(label, _score(value), color, anchor=(0.5, 1.3) if above else (0.5, -0.3),
                             bold=index == 0)
                label.setPos(year, value)
        for year, value in sorted(own.points):
            text = f"{year}: {_score(value)} điểm"
            if year in averages:
                text += f" (trung bình cả nước {_score(averages[year])} điểm)"
            self.add_point_target(year, value, text)
        for year, value in sorted(average.points):
            self.add_point_target(year, value, f"{year}: trung bình cả nước {_score(value)} điểm")
        self.add_legend_entries(entries)
        years = sorted({year for year, _ in own.points + average.points})
        values = [value for _, value in own.points + average.points]
        self.set_ticks("bottom", [(float(year), str(year)) for year in years])
        set_axis_title(self.plot, "bottom", "Năm")
        set_axis_title(self.plot, "left", f"Điểm (thang {format_number(scale_max, 2, trim=True)})")
        margin = max((max(values) - min(values)) * 0.25, scale_max * 0.02)
        self.plot.setRange(xRange=(years[0] - 0.5, years[-1] + 0.5),
                           yRange=(max(0.0, min(values) - margin), min(scale_max, max(values) + margin)), padding=0)
