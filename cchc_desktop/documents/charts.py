"""Charts drawn without a window (reportlab graphics): for the analysis report and ``cchc chart``.

The window draws the same data interactively with pyqtgraph (ui/charts); these functions are the printable
counterpart. Each returns a ``Drawing`` that can go into a PDF story or be saved as PNG or SVG.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from ..core.atomic_files import write_bytes_atomic
from ..core.errors import CchcError
from ..core.formats import format_number
from ..core.os_errors import writing_file
from . import palette
from .fonts import SERIF, SERIF_BOLD, register_fonts

PALETTE = [colors.HexColor(c) for c in palette.SERIES]
HIGHLIGHT = colors.HexColor(palette.HIGHLIGHT)
MUTED = colors.HexColor(palette.MUTED)


@dataclass(frozen=True)
class Series:
    name: str
    points: list[tuple[int, float]]  # (year, value)


def _title(drawing: Drawing, text: str, width: float, height: float) -> None:
    drawing.add(String(width / 2, height - 16, text, fontName=SERIF_BOLD, fontSize=12, textAnchor="middle"))


def _axis_title(drawing: Drawing, x: float, y: float, text: str, angle: int = 0) -> None:
    label = String(0, 0, text, fontName=SERIF, fontSize=9, textAnchor="middle")
    if angle:
        from reportlab.graphics.shapes import Group

        group = Group(label)
        group.translate(x, y)
        group.rotate(angle)
        drawing.add(group)
    else:
        label.x, label.y = x, y
        drawing.add(label)


def rank_chart(series: Sequence[Series], rank_of: int, title: str, width: float = 480, height: float = 260) -> Drawing:
    """Rank over the years, rank 1 at the top, whole years on the axis; one line per index."""
    register_fonts()
    if not any(s.points for s in series):
        raise CchcError("Chưa có thứ hạng nào để vẽ.")
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 55, 55, width - 75, height - 110
    plot.data = [[(year, -rank) for year, rank in s.points] for s in series]
    years = sorted({year for s in series for year, _ in s.points})
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = years[0] - 0.5, years[-1] + 0.5
    plot.xValueAxis.valueSteps = years
    plot.xValueAxis.labelTextFormat = "%d"
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = -rank_of, -1
    step = 5 if rank_of <= 40 else 10
    plot.yValueAxis.valueSteps = [-1] + [-v for v in range(step, rank_of + 1, step)]
    plot.yValueAxis.labelTextFormat = lambda value: str(int(-value))
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize = SERIF, 9
    for index, _ in enumerate(series):
        line = plot.lines[index]
        line.strokeColor = PALETTE[index % len(PALETTE)]
        line.strokeWidth = 2
        line.symbol = makeMarker("FilledCircle", size=5)
    plot.lineLabelFormat = lambda value: str(int(-value))
    plot.lineLabels.fontName, plot.lineLabels.fontSize, plot.lineLabels.dy = SERIF, 8, 6
    drawing.add(plot)
    _axis_title(drawing, plot.x + plot.width / 2, 18, "Năm")
    _axis_title(drawing, 16, plot.y + plot.height / 2, f"Thứ hạng (trên {rank_of})", angle=90)
    _legend(drawing, [s.name for s in series], plot.x, height - 28)
    return drawing


def score_chart(own: Series, average: Series, title: str, scale_max: float, width: float = 480,
                height: float = 260) -> Drawing:
    """The province's score against the national average over the years."""
    register_fonts()
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 55, 55, width - 75, height - 110
    plot.data = [own.points, average.points]
    years = sorted({year for year, _ in own.points + average.points})
    values = [v for _, v in own.points + average.points]
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = years[0] - 0.5, years[-1] + 0.5
    plot.xValueAxis.valueSteps = years
    plot.xValueAxis.labelTextFormat = "%d"
    low = max(0.0, min(values) - scale_max * 0.05)
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = low, min(scale_max, max(values) + scale_max * 0.05)
    plot.yValueAxis.labelTextFormat = lambda value: format_number(value, 1, trim=True)
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize = SERIF, 9
    for index, dash in ((0, None), (1, (4, 3))):
        plot.lines[index].strokeColor = PALETTE[index]
        plot.lines[index].strokeWidth = 2
        plot.lines[index].strokeDashArray = dash
        plot.lines[index].symbol = makeMarker("FilledCircle", size=4)
    drawing.add(plot)
    _axis_title(drawing, plot.x + plot.width / 2, 18, "Năm")
    _axis_title(drawing, 16, plot.y + plot.height / 2, "Điểm", angle=90)
    _legend(drawing, [own.name, average.name], plot.x, height - 28)
    return drawing


def ranking_bars(rows: Sequence[tuple[str, float]], highlight: str, title: str, width: float = 480,
                 height: float | None = None) -> Drawing:
    """Every subject of a year as a sorted bar, the own province highlighted; labels on the left."""
    register_fonts()
    ordered = sorted(rows, key=lambda r: r[1])
    height = height or min(700.0, max(200.0, 11.0 * len(ordered) + 70))  # fits an A4 text area
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 130, 35, width - 175, height - 70
    chart.data = [[value for _, value in ordered]]
    chart.categoryAxis.categoryNames = [name for name, _ in ordered]
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = SERIF, 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = SERIF, 8
    chart.valueAxis.labelTextFormat = lambda value: format_number(value, 0)
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = MUTED
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    for index, (name, _) in enumerate(ordered):
        if name == highlight:
            chart.bars[(0, index)].fillColor = HIGHLIGHT
            chart.categoryAxis.labels[index].fontName = SERIF_BOLD
            chart.categoryAxis.labels[index].fillColor = HIGHLIGHT
    chart.barLabelFormat = lambda value: format_number(value, 2)
    chart.barLabels.fontName, chart.barLabels.fontSize, chart.barLabels.boxAnchor = SERIF, 6, "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def lost_points_bars(rows: Sequence[tuple[str, float]], title: str, width: float = 480) -> Drawing:
    """Points lost by lead agency, largest first."""
    register_fonts()
    height = max(160.0, 22.0 * len(rows) + 70)
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 190, 35, width - 240, height - 70
    reversed_rows = list(reversed(rows))
    chart.data = [[value for _, value in reversed_rows]]
    chart.categoryAxis.categoryNames = [name for name, _ in reversed_rows]
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = SERIF, 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = SERIF, 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda value: format_number(value, 1, trim=True)
    chart.bars[0].fillColor = PALETTE[1]
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda value: format_number(value, 2, trim=True)
    chart.barLabels.fontName, chart.barLabels.fontSize, chart.barLabels.boxAnchor, chart.barLabels.dx = SERIF, 8, "w", 3
    drawing.add(chart)
    _axis_title(drawing, chart.x + chart.width / 2, 12, "Điểm bị trừ")
    return drawing


def _legend(drawing: Drawing, names: list[str], left: float, top: float) -> None:
    """One row of colour swatches under the title."""
    legend = Legend()
    legend.x, legend.y = left, top
    legend.fontName, legend.fontSize = SERIF, 9
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.columnMaximum = 1  # one entry per column: a single row
    legend.deltax = max(60.0, 6.0 * max(len(name) for name in names) + 24)
    legend.dxTextSpace = 4
    legend.dx, legend.dy = 10, 6
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], name) for i, name in enumerate(names)]
    drawing.add(legend)


def drawing_png(drawing: Drawing, dpi: int = 150) -> bytes:
    """The chart as PNG: drawn to PDF by reportlab, rasterised by PDFium (no window, no Cairo needed)."""
    import io

    import pypdfium2
    from reportlab.graphics import renderPDF

    pdf = pypdfium2.PdfDocument(renderPDF.drawToString(drawing))
    try:
        image = pdf[0].render(scale=dpi / 72).to_pil()
    finally:
        pdf.close()
    output = io.BytesIO()
    image.save(output, format="PNG", dpi=(dpi, dpi))
    return output.getvalue()


def save_drawing(drawing: Drawing, path: Path) -> Path:
    """Write a chart as .png (150 dpi) or .svg, chosen by the file name; atomically (an existing file is replaced
    only by a complete new one, see :mod:`cchc_desktop.core.atomic_files`)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise CchcError(f"Chỉ xuất được biểu đồ dạng .png hoặc .svg (không phải “{path.suffix}”).")
    if suffix == ".png":
        data = drawing_png(drawing)
    else:
        from reportlab.graphics import renderSVG

        data = renderSVG.drawToString(drawing).encode("utf-8")
    with writing_file(path):
        write_bytes_atomic(path, data)
    return path


__all__ = ["Series", "rank_chart", "score_chart", "ranking_bars", "lost_points_bars", "save_drawing"]
