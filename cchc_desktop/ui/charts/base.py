"""What every chart widget shares: a white plot with a legend row under it, a hover label and the exports."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter, SVGExporter
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QGuiApplication, QImage, QPen
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ...core.atomic_files import write_bytes_atomic
from .style import AXIS, FONT_FAMILY, LABEL_SIZE, TEXT, font, style_plot
from .svg import svg_bytes

ItemT = TypeVar("ItemT", bound=pg.GraphicsObject)

HOVER_TOLERANCE = 10.0  # pixels around a point that still count as pointing at it
EXPORT_SCALE = 2  # PNG exports are drawn at twice the size on screen, sharp enough for a printed report


@dataclass(frozen=True)
class HoverTarget:
    """A region in data coordinates (a point is a rectangle of no size) and the text shown over it."""

    rect: QRectF
    text: str


class ItemPool(Generic[ItemT]):
    """Plot items kept from one drawing to the next: a redraw restyles the items it needs and hides the others.

    Creating a pyqtgraph item and adding it to a plot costs far more than changing its data or text, so a chart
    that is redrawn on every choice of the user (a year, an index) reuses its bars, lines and labels.
    """

    def __init__(self, plot: pg.PlotItem, make: Callable[[], ItemT], *, ignore_bounds: bool = False) -> None:
        self.plot = plot
        self._make = make
        self._ignore_bounds = ignore_bounds
        self.items: list[ItemT] = []
        self.used = 0

    def start(self) -> None:
        """Begin a drawing: every item is free again (still shown until :meth:`finish`)."""
        self.used = 0

    def take(self) -> ItemT:
        """The next free item, shown (a new one, added to the plot, when all are taken)."""
        if self.used == len(self.items):
            item = self._make()
            self.plot.addItem(item, ignoreBounds=self._ignore_bounds)
            self.items.append(item)
        item = self.items[self.used]
        self.used += 1
        if not item.isVisible():
            item.setVisible(True)  # not show(): pyqtgraph items such as TextItem update themselves in setVisible
        return item

    def finish(self) -> None:
        """End a drawing: hide the items it did not take."""
        for item in self.items[self.used:]:
            item.setVisible(False)


class ChartWidget(QWidget):
    """Base of the chart widgets: a subclass's ``set_data`` calls :meth:`reset`, draws with items it keeps (see
    :class:`ItemPool`), and registers what the mouse may point at with :meth:`add_target` / :meth:`add_point_target`.

    ``axis_items`` lets a subclass use its own axes (Vietnamese number ticks).
    """

    def __init__(self, axis_items: dict[str, pg.AxisItem] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.graphics.ci.setContentsMargins(8, 8, 16, 8)
        self.plot: pg.PlotItem = self.graphics.addPlot(row=0, col=0, axisItems=axis_items or {})
        style_plot(self.plot)
        self.legend = pg.LegendItem(frame=False, labelTextColor=TEXT, labelTextSize=LABEL_SIZE, horSpacing=8)
        # A legend normally floats over the plot unscaled; here it sits in the layout and must scale in exports.
        self.legend.setFlag(pg.LegendItem.GraphicsItemFlag.ItemIgnoresTransformations, False)
        self.legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.graphics.addItem(self.legend, row=1, col=0)
        self.graphics.ci.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignHCenter)
        self.legend.hide()
        self.hover = pg.TextItem("", color=TEXT, anchor=(0, 1), fill=pg.mkBrush(255, 255, 255, 240),
                                 border=pg.mkPen(AXIS))
        self.hover.setFont(font(10))
        self.hover.setZValue(1000)
        self._targets: list[HoverTarget] = []
        self.plot.addItem(self.hover, ignoreBounds=True)
        self.hover.hide()
        self.graphics.scene().sigMouseMoved.connect(self.show_hover_at)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.graphics)
        self.reset()

    # -- drawing helpers for subclasses ----------------------------------------------------------------------
    def reset(self) -> None:
        """Forget the legend and what the mouse may point at, hide the hover label. The plot items stay: the
        subclass restyles or hides them."""
        if self.legend.items:
            self.legend.clear()
        self.legend.hide()
        self._targets = []
        self.hover.hide()

    def pool(self, make: Callable[[], ItemT], *, ignore_bounds: bool = False) -> ItemPool[ItemT]:
        return ItemPool(self.plot, make, ignore_bounds=ignore_bounds)

    def add_legend_entries(self, entries: Sequence[tuple[pg.GraphicsObject, str]]) -> None:
        """One legend row under the plot, in the typeface of the chart."""
        self.legend.setColumnCount(max(1, len(entries)))
        for item, name in entries:
            self.legend.addItem(item, name)
            label = self.legend.items[-1][1]
            label.setText(name, family=FONT_FAMILY, color=TEXT.name(), size=LABEL_SIZE)
        self.legend.updateGeometry()
        self.legend.setVisible(bool(entries))

    def add_target(self, rect: QRectF, text: str) -> None:
        self._targets.append(HoverTarget(rect, text))

    def add_point_target(self, x: float, y: float, text: str) -> None:
        self._targets.append(HoverTarget(QRectF(QPointF(x, y), QPointF(x, y)), text))

    def set_ticks(self, side: str, ticks: Sequence[tuple[float, str]]) -> None:
        """Fixed ticks (years, ranks, names) instead of the automatic ones."""
        ticks = list(ticks)
        if ticks != self.ticks(side):
            self.plot.getAxis(side).setTicks([ticks, []])

    def fit_axis_to_labels(self, side: str, labels: Sequence[str], points: float) -> None:
        """Make a vertical axis wide enough for its longest label now (pyqtgraph widens it only after a paint,
        too late for an export made straight after drawing)."""
        metrics = QFontMetricsF(font(points))
        width = max((metrics.horizontalAdvance(label) for label in labels), default=0.0)
        axis = self.plot.getAxis(side)
        if axis.fixedWidth != int(width) + 16:
            axis.setWidth(int(width) + 16)

    def ticks(self, side: str) -> list[tuple[float, str]]:
        """The fixed major ticks of an axis (empty when the axis chooses its own)."""
        levels = self.plot.getAxis(side)._tickLevels  # noqa: SLF001 (pyqtgraph keeps them only there)
        return list(levels[0]) if levels else []

    # -- hover -----------------------------------------------------------------------------------------------
    def hover_text_at(self, scene_pos: QPointF) -> str | None:
        """The text of the region under a scene position (the nearest point wins), or None."""
        view_box = self.plot.getViewBox()
        if not view_box.sceneBoundingRect().contains(scene_pos):
            return None
        best: tuple[float, str] | None = None
        for target in self._targets:
            area = view_box.mapViewToScene(target.rect).boundingRect()
            grown = area.adjusted(-HOVER_TOLERANCE, -HOVER_TOLERANCE, HOVER_TOLERANCE, HOVER_TOLERANCE)
            if grown.contains(scene_pos):
                distance = (area.center() - scene_pos).manhattanLength()
                if best is None or distance < best[0]:
                    best = (distance, target.text)
        return best[1] if best else None

    def show_hover_at(self, scene_pos: QPointF) -> None:
        text = self.hover_text_at(scene_pos)
        if text is None:
            self.hover.hide()
            return
        view_box = self.plot.getViewBox()
        frame = view_box.sceneBoundingRect()
        right = scene_pos.x() > frame.center().x()
        low = scene_pos.y() > frame.center().y()
        self.hover.setAnchor((1.0 if right else 0.0, 1.0 if low else 0.0))
        self.hover.setText(text)
        offset = QPointF(-12 if right else 12, -12 if low else 12)
        self.hover.setPos(view_box.mapSceneToView(scene_pos + offset))
        self.hover.show()

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        self.hover.hide()
        super().leaveEvent(event)

    def hover_text(self) -> str:
        """What the hover label shows now ("" when hidden)."""
        return self.hover.textItem.toPlainText() if self.hover.isVisible() else ""

    # -- exports ---------------------------------------------------------------------------------------------
    @contextmanager
    def _exporting(self, scale: float = 1.0) -> Iterator[None]:
        """Hide the hover label; widen lines and axes by ``scale`` (their widths are in screen pixels, so an
        image drawn larger would otherwise get thinner lines)."""
        visible = self.hover.isVisible()
        self.hover.hide()
        curves = [(item, item.opts["pen"]) for item in self.plot.items if isinstance(item, pg.PlotDataItem)]
        axes = [(axis, axis.pen()) for axis in (self.plot.getAxis("left"), self.plot.getAxis("bottom"))]
        for item, pen in curves:
            item.setPen(_widened(pen, scale))
        for axis, pen in axes:
            axis.setPen(_widened(pen, scale))
        try:
            yield
        finally:
            for item, pen in curves:
                item.setPen(pen)
            for axis, pen in axes:
                axis.setPen(pen)
            self.hover.setVisible(visible)

    def image(self, scale: int = EXPORT_SCALE) -> QImage:
        """The chart (title, plot and legend) as an image, ``scale`` times its size on screen."""
        with self._exporting(scale):
            exporter = ImageExporter(self.graphics.ci)
            exporter.parameters()["width"] = int(self.graphics.ci.sceneBoundingRect().width() * scale)
            exporter.parameters()["background"] = QColor("white")
            image = exporter.export(toBytes=True)
        return image

    def png_bytes(self) -> bytes:
        """The chart as a PNG file's bytes (see :meth:`image`)."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6 takes the format as str; its stubs say bytes
        if not self.image().save(buffer, "PNG"):  # type: ignore[call-overload]
            raise RuntimeError("Qt could not encode the chart as PNG")
        buffer.close()
        return bytes(data.data())

    def export_png(self, path: Path) -> None:
        """Write the chart as PNG; OSError (with its errno and file name) when the file cannot be written.

        Python writes the file, not ``QImage.save``, whose bare False would not say why (a missing folder, a
        folder of that name, a file open in another program); atomically, so a failure keeps an existing file."""
        data = self.png_bytes()
        write_bytes_atomic(path, data)

    def export_svg(self, path: Path) -> None:
        with self._exporting():
            exporter = SVGExporter(self.graphics.ci)
            exporter.parameters()["background"] = QColor("white")
            data = svg_bytes(exporter)
        write_bytes_atomic(path, data)

    def copy_image(self) -> None:
        """Put the chart on the clipboard as an image (to paste into Word or an e-mail)."""
        QGuiApplication.clipboard().setImage(self.image())


def _widened(pen: object, scale: float) -> QPen:
    wider = QPen(pg.mkPen(pen))
    wider.setWidthF(max(wider.widthF(), 1.0) * scale)
    return wider
