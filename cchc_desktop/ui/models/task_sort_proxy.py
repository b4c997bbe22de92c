"""Sorting of task tables by their sort role (the Vietnamese collation key for text, dates as dates).

Filtering of the task list is done by the service (``TaskFilter``), so the Excel export writes exactly what the
table shows; this proxy only orders what it is given. The searchable lists sort the same way
(:class:`.row_filter_proxy.FoldedFilterProxy` builds on it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from .row_table import SORT_ROLE

ModelIndex = QModelIndex | QPersistentModelIndex


class SortRoleProxy(QSortFilterProxyModel):
    """Compares the Python values a model gives for :data:`SORT_ROLE` (tuples, numbers, collation keys)."""

    def __init__(self, model: QAbstractItemModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        left_value, right_value = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if left_value is None or right_value is None:
            return left_value is None and right_value is not None
        return bool(left_value < right_value)
