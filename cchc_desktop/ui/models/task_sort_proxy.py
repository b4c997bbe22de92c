"""Sorting of tables by their sort role (the Vietnamese collation key for text, dates as dates).

Over a :class:`.row_table.RowTableModel` the proxy hands the sort to the model, which sorts its rows once with
one key per row; the proxy itself then keeps the model's order and never compares rows in Python (which, called
by Qt for every pair of rows, took seconds on tens of thousands of tasks). Over another model it compares the
:data:`SORT_ROLE` values itself. The searchable lists sort the same way
(:class:`.row_filter_proxy.FoldedFilterProxy` builds on it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from .row_table import SORT_ROLE, RowTableModel

ModelIndex = QModelIndex | QPersistentModelIndex


class SortRoleProxy(QSortFilterProxyModel):
    """Compares the Python values a model gives for :data:`SORT_ROLE` (tuples, numbers, collation keys)."""

    def __init__(self, model: QAbstractItemModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, RowTableModel):
            source.sort(column, order)  # the proxy keeps the model's order (its own sort column stays -1)
        else:
            super().sort(column, order)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        left_value, right_value = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if left_value is None or right_value is None:
            return left_value is None and right_value is not None
        return bool(left_value < right_value)
