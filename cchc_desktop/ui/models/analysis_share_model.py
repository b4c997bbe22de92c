"""Points lost by lead agency or by field, largest first, with their share and running (Pareto) share."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from ...core.formats import format_number, format_percent
from ...core.services.analysis import LostShare
from .row_table import LEFT, RIGHT, ColumnSpec, RowTableModel

FRACTION_ROLE = Qt.ItemDataRole.UserRole + 1
"""The share as a number from 0 to 1, for the bar the delegate draws in the share columns."""


class Column(IntEnum):
    NAME = 0
    LOST = 1
    SHARE = 2
    CUMULATIVE = 3


def percent(fraction: float) -> str:
    return format_percent(fraction * 100, 1)


def _items_tooltip(share: LostShare) -> str | None:
    """The items the points were lost on, on every cell of the row."""
    if not share.items:
        return None
    items = "\n".join(f"– {item}" for item in share.items)
    return f"{share.name}: mất {format_number(share.lost, 2, trim=True)} điểm ở\n{items}"


class ShareTableModel(RowTableModel[LostShare]):
    """Read-only rows of :class:`LostShare`; ``name_header`` is "Cơ quan chủ trì" or "Lĩnh vực"."""

    SORTABLE = False  # the role of the sort key is :data:`FRACTION_ROLE` here

    def __init__(self, name_header: str, parent: Any = None) -> None:
        super().__init__([
            ColumnSpec(name_header, lambda share: share.name, tooltip=_items_tooltip, align=LEFT),
            ColumnSpec("Điểm bị trừ", lambda share: format_number(share.lost, 2), tooltip=_items_tooltip, align=RIGHT),
            ColumnSpec("Tỷ lệ", lambda share: percent(share.share), tooltip=_items_tooltip, align=RIGHT),
            ColumnSpec("Cộng dồn", lambda share: percent(share.cumulative), tooltip=_items_tooltip, align=RIGHT),
        ], parent)

    def share(self, row: int) -> LostShare:
        return self.row(row)

    def role_data(self, share: LostShare, column: int, role: int) -> Any:
        if role != FRACTION_ROLE or column not in (Column.SHARE, Column.CUMULATIVE):
            return None
        return share.share if column == Column.SHARE else share.cumulative
