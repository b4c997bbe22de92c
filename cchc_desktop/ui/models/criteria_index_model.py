"""The index catalogue (PAR INDEX, SIPAS, PAPI …) as a Qt table model: code, name, scale, publisher."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from ...core.services.index_catalogue import IndexInfo
from .row_table import ColumnSpec, RowTableModel


class IndexColumn(IntEnum):
    CODE = 0
    NAME = 1
    SCALE = 2
    PUBLISHER = 3


def _tooltip(info: IndexInfo) -> str:
    """The name, publisher and notes of the index, on every cell of its row."""
    return "\n".join(part for part in (info.name, info.publisher, info.notes) if part)


COLUMNS: dict[IndexColumn, ColumnSpec[IndexInfo]] = {
    IndexColumn.CODE: ColumnSpec("Mã", lambda info: info.code, tooltip=_tooltip),
    IndexColumn.NAME: ColumnSpec("Tên chỉ số", lambda info: info.name, tooltip=_tooltip),
    IndexColumn.SCALE: ColumnSpec("Thang điểm", lambda info: info.scale_label, tooltip=_tooltip),
    IndexColumn.PUBLISHER: ColumnSpec("Cơ quan công bố", lambda info: info.publisher, tooltip=_tooltip),
}


class IndexCatalogueModel(RowTableModel[IndexInfo]):
    """Rows of :class:`IndexInfo` in catalogue order; read-only (the scale is edited in a dialog)."""

    SORTABLE = False

    def __init__(self, parent: Any = None) -> None:
        super().__init__([COLUMNS[column] for column in IndexColumn], parent)

    def info(self, row: int) -> IndexInfo:
        return self.row(row)

    def row_of(self, code: str) -> int | None:
        return self.find(lambda info: info.code == code)
