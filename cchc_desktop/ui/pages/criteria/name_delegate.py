"""Criterion names wrapped onto as many lines as they need in the tree's name column.

A tree view asks its delegate for row heights without telling it the column's width, so names would be cut
with "…". This delegate measures the text against the width of the column in the header, and the page lays the
rows out again whenever that width changes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

_SLACK = 6  # the style's text margins and the item padding of the page's style sheet


class WrappingNameDelegate(QStyledItemDelegate):
    """Row height of a cell = its text wrapped into the width of ``column`` in ``tree``'s header."""

    def __init__(self, tree: QTreeView, column: int) -> None:
        super().__init__(tree)
        self.tree = tree
        self.column = column
        tree.header().sectionResized.connect(self._section_resized)

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt signature)
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        style = self.tree.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.tree) + 1
        width = self.tree.header().sectionSize(self.column) - 2 * margin - _SLACK
        if width <= 0 or not item.text:
            return size
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        text_height = item.fontMetrics.boundingRect(QRect(0, 0, width, 0), flags, item.text).height()
        padding = size.height() - item.fontMetrics.height()
        return QSize(size.width(), max(size.height(), text_height + padding))

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == self.column:
            self.tree.doItemsLayout()
