"""Room around the text of table cells whose rows grow with wrapped text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

VERTICAL_PADDING = 8
"""Pixels added to a row's height, so marks above and below Vietnamese letters clear the cell borders."""
HORIZONTAL_PADDING = 12
"""Pixels added to a column fitted to its contents, so neighbouring texts do not touch."""


class PaddedDelegate(QStyledItemDelegate):
    """The standard delegate with a few pixels more room (rows and some columns are sized to their contents)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + HORIZONTAL_PADDING, size.height() + VERTICAL_PADDING)
