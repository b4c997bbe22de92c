"""Draws a share (0–100 %) as a bar behind the percentage, so the Pareto order can be seen at a glance."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...models.analysis_share_model import FRACTION_ROLE

SHARE_COLOR = QColor("#c0392b")  # the red of the lost-points chart (documents/charts.py PALETTE[1])
SHARE_ALPHA = 90
WIDEST_TEXT = "100,0%"


class ShareBarDelegate(QStyledItemDelegate):
    """Paints a bar (length = the fraction in :data:`FRACTION_ROLE`) in the left part of the cell and the
    right-aligned percentage beside it, never under it."""

    def __init__(self, color: QColor = SHARE_COLOR, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.color = QColor(color)
        self.color.setAlpha(SHARE_ALPHA)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        fraction = index.data(FRACTION_ROLE)
        if isinstance(fraction, float) and not option.state & QStyle.StateFlag.State_Selected:
            text_room = option.fontMetrics.horizontalAdvance(WIDEST_TEXT) + 12
            area = QRectF(option.rect).adjusted(4, 5, -text_room, -5)
            area.setWidth(max(0.0, area.width()) * max(0.0, min(1.0, fraction)))
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.color)
            painter.drawRoundedRect(area, 2, 2)
            painter.restore()
        super().paint(painter, option, index)
