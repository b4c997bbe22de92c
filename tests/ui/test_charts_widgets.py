"""The pyqtgraph chart widgets: inverted rank axis, whole-year ticks, hover text, highlight, PNG/SVG exports."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QGuiApplication

from cchc_desktop.core.formats import format_number
from cchc_desktop.ui.charts.bar_charts import LostPointsChart, RankingChart
from cchc_desktop.ui.charts.base import ChartWidget
from cchc_desktop.ui.charts.data import BarRow
from cchc_desktop.ui.charts.rank_chart import ABOVE, BELOW, RankChart, label_sides, rank_ticks
from cchc_desktop.ui.charts.score_chart import ScoreChart
from cchc_desktop.ui.charts.style import HIGHLIGHT_COLOR, MUTED_COLOR, SERIES_COLORS
from cchc_desktop.ui.charts.svg import without_close_commands
from cchc_desktop.ui.pages.charts.data import ChartData

from .conftest import show_widget


def _shown(qtbot, chart: ChartWidget) -> ChartWidget:
    show_widget(qtbot, chart, 900, 560)
    return chart


def _scene_point(chart: ChartWidget, x: float, y: float) -> QPointF:
    return chart.plot.getViewBox().mapViewToScene(QPointF(x, y))


@pytest.fixture
def rank_chart(qtbot, demo_db) -> RankChart:
    chart = _shown(qtbot, RankChart())
    chart.set_data(ChartData(demo_db).rank_series(["PAPI"]), "Thứ hạng PAPI của Lạng Sơn")
    return chart


def test_rank_chart_puts_rank_1_on_top_with_whole_years(rank_chart):
    assert rank_chart.plot.getViewBox().yInverted()
    years = rank_chart.ticks("bottom")
    assert [value for value, _ in years] == list(range(2017, 2025))
    assert all(float(value).is_integer() and label == str(int(value)) for value, label in years)
    assert rank_chart.ticks("left")[0] == (1.0, "1")
    top, bottom = _scene_point(rank_chart, 2018, 1), _scene_point(rank_chart, 2017, 52)
    assert top.y() < bottom.y()  # rank 1 is drawn above rank 52
    assert rank_chart.plot.getAxis("left").labelText == "Thứ hạng (trên 63 tỉnh, thành phố)"


def test_rank_chart_hover_names_year_and_rank(rank_chart):
    rank_chart.show_hover_at(_scene_point(rank_chart, 2021, 4) + QPointF(3, -2))
    assert rank_chart.hover_text() == "PAPI – 2021: hạng 4/60"
    rank_chart.show_hover_at(_scene_point(rank_chart, 2019.5, 55))
    assert rank_chart.hover_text() == ""


def test_rank_ticks_and_crowded_labels(demo_db):
    assert [label for _, label in rank_ticks(63)] == ["1", "10", "20", "30", "40", "50", "60"]  # 63 too close
    assert [label for _, label in rank_ticks(34)] == ["1", "5", "10", "15", "20", "25", "30", "34"]
    series = ChartData(demo_db).rank_series(["PAR INDEX", "PAPI"])  # 2020: ranks 36 and 37
    sides = label_sides(series, 63)
    assert sides[(0, 2020)] == ABOVE and sides[(1, 2020)] == BELOW
    assert sides[(1, 2018)] == ABOVE


def test_png_and_svg_exports_and_clipboard(qtbot, rank_chart, tmp_path):
    png, svg = tmp_path / "hang.png", tmp_path / "hang.svg"
    rank_chart.export_png(png)
    rank_chart.export_svg(svg)
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert png.stat().st_size > 10_000
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Thứ hạng PAPI của Lạng Sơn" in text
    rank_chart.copy_image()
    image = QGuiApplication.clipboard().image()
    assert not image.isNull() and image.width() >= rank_chart.graphics.width()


def test_close_path_commands_are_rewritten_for_the_svg_exporter():
    assert without_close_commands("M0,0 L5,0 L5,5 Z") == "M0,0 L5,0 L5,5 L0,0"
    assert without_close_commands("M0,0 L1,1Z M2,2 L3,3 z ") == "M0,0 L1,1 L0,0 M2,2 L3,3 L2,2"
    assert without_close_commands("M1,2 L3,4") == "M1,2 L3,4"


def test_provinces_chart_highlights_the_own_province(qtbot, demo_db, tmp_path):
    chart = _shown(qtbot, RankingChart())
    rows = ChartData(demo_db).provinces("PAR INDEX", 2021)
    chart.set_data(rows, "Lạng Sơn", "Chỉ số PAR INDEX năm 2021")
    assert len(chart.names) == 63 and chart.names[0] == "Yên Bái"  # best score at the top
    assert chart.bar_color("Lạng Sơn") == HIGHLIGHT_COLOR
    assert chart.bar_color("Yên Bái") == MUTED_COLOR
    assert chart.minimumHeight() > 63 * 12  # tall enough for every name; the page scrolls
    position = chart.names.index("Lạng Sơn")
    chart.show_hover_at(_scene_point(chart, 40, 62 - position))
    assert chart.hover_text() == "Lạng Sơn: 87,11 điểm, hạng 23/63"
    chart.export_svg(tmp_path / "cac-tinh.svg")
    assert "Lạng Sơn" in (tmp_path / "cac-tinh.svg").read_text(encoding="utf-8")


def test_lost_points_and_score_charts(qtbot, demo_db):
    data = ChartData(demo_db)
    lost = _shown(qtbot, LostPointsChart())
    lost.set_data(data.lost_by_agency("PAR INDEX", 2021), "Điểm bị trừ")
    assert lost.names[0] == "Sở Nội vụ"
    assert lost.bar_color("Sở Nội vụ") == SERIES_COLORS[1]
    assert [label for _, label in lost.ticks("left")][0] == "Sở Nội vụ"
    score = _shown(qtbot, ScoreChart())
    own, average = data.score_series("PAPI")
    score.set_data(own, average, "Điểm PAPI", 80)
    assert len(score.legend.items) == 2
    score.show_hover_at(_scene_point(score, 2021, 45.84))
    assert score.hover_text().startswith("2021: 45,84 điểm (trung bình cả nước ")


def test_bars_without_rows_draw_nothing(qtbot):
    chart = _shown(qtbot, LostPointsChart())
    chart.set_data([BarRow("Sở Nội vụ", 1.0)], "Điểm bị trừ")
    chart.set_data([], "Điểm bị trừ")
    assert chart.bars is None and chart.names == []


def _visible_labels(chart: ChartWidget) -> list[pg.TextItem]:
    """The value labels a user sees once the chart is painted, from the top of the plot down (the hover label
    aside)."""
    chart.grab()
    labels = [item for item in chart.plot.items
              if isinstance(item, pg.TextItem) and item.isVisible() and item is not chart.hover]
    return sorted(labels, key=lambda item: (item.sceneBoundingRect().top(), item.sceneBoundingRect().left()))


def test_a_new_year_of_the_provinces_chart_relabels_the_same_bars(qtbot, demo_db):
    chart = _shown(qtbot, RankingChart())
    data = ChartData(demo_db)
    chart.set_data(data.provinces("PAR INDEX", 2021), "Lạng Sơn", "Chỉ số PAR INDEX năm 2021")
    items = list(chart.plot.items)
    assert len(_visible_labels(chart)) == 63
    papi = sorted(data.provinces("PAPI", 2021), key=lambda row: -row.value)
    chart.set_data(papi, "Lạng Sơn", "Chỉ số PAPI năm 2021")
    assert chart.plot.items == items  # the bars and labels are kept, not drawn anew
    labels = _visible_labels(chart)
    own = next(row for row in papi if row.name == "Lạng Sơn")
    assert [label.toPlainText() for label in labels] == [
        f"Lạng Sơn: {format_number(row.value, 2)} điểm – {row.detail} " if row.name == "Lạng Sơn"
        else f" {format_number(row.value, 2)}" for row in papi]
    assert own.detail.endswith("/60")
    view = chart.plot.getViewBox()
    for label, row, y in zip(labels, papi, range(59, -1, -1), strict=True):
        end = _scene_point(chart, row.value, y)  # the end of the bar, on screen
        rect = label.sceneBoundingRect()
        assert abs(rect.center().y() - end.y()) < 1
        assert abs((rect.right() if row.name == "Lạng Sơn" else rect.left()) - end.x()) < 1
        assert view.sceneBoundingRect().contains(rect)
    assert chart.plot.titleLabel.text == "Chỉ số PAPI năm 2021"
    chart.set_data(data.provinces("PAR INDEX", 2021), "Lạng Sơn", "Chỉ số PAR INDEX năm 2021")
    assert chart.plot.items == items and len(_visible_labels(chart)) == 63
    assert " 91,40" in [label.toPlainText() for label in _visible_labels(chart)]


def test_rank_and_score_charts_redraw_with_the_same_items(qtbot, demo_db):
    data = ChartData(demo_db)
    ranks = _shown(qtbot, RankChart())
    ranks.set_data(data.rank_series(["PAR INDEX", "SIPAS", "PAPI", "PCI"]), "Thứ hạng")
    items = list(ranks.plot.items)
    ranks.set_data(data.rank_series(["PAPI"]), "Thứ hạng PAPI")
    assert ranks.plot.items == items
    papi = data.rank_series(["PAPI"])[0].points
    shown = sorted(_visible_labels(ranks), key=lambda item: item.sceneBoundingRect().left())
    assert [label.toPlainText() for label in shown] == [str(point.rank) for point in papi]
    assert len([item for item in ranks.plot.items if isinstance(item, pg.PlotDataItem) and item.isVisible()]) == 1
    assert len(ranks.legend.items) == 0  # one index: no legend
    ranks.set_data(data.rank_series(["PAR INDEX", "SIPAS", "PAPI", "PCI"]), "Thứ hạng")
    assert ranks.plot.items == items and len(ranks.legend.items) == 4
    score = _shown(qtbot, ScoreChart())
    score.set_data(*data.score_series("PAPI"), "Điểm PAPI", 80)
    items = list(score.plot.items)
    own, average = data.score_series("PAR INDEX")
    score.set_data(own, average, "Điểm PAR INDEX", 100)
    assert score.plot.items == items
    texts = sorted(label.toPlainText() for label in _visible_labels(score))
    assert texts == sorted(format_number(value, 2) for _, value in own.points + average.points)
