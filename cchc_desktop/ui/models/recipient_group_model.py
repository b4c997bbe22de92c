"""The recipient groups ("Nhóm nơi nhận") as a Qt table model: name and number of lines."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from ...core.services.recipients import GroupRow
from .row_table import CENTRED, LEFT, ColumnSpec, RowTableModel


class GroupColumn(IntEnum):
    NAME = 0
    LINES = 1


COLUMNS: dict[GroupColumn, ColumnSpec[GroupRow]] = {
    GroupColumn.NAME: ColumnSpec("Tên nhóm", lambda row: row.name,
                                 tooltip=lambda row: "\n".join(part for part in (row.name, row.notes) if part),
                                 align=LEFT),
    GroupColumn.LINES: ColumnSpec("Số dòng", lambda row: str(row.line_count), tooltip=lambda row: None,
                                  align=CENTRED),
}


class RecipientGroupModel(RowTableModel[GroupRow]):
    """Rows of :class:`GroupRow` in the order the service gives them (Vietnamese order of the names)."""

    SORTABLE = False

    def __init__(self, parent: Any = None) -> None:
        super().__init__([COLUMNS[column] for column in GroupColumn], parent)

    def group(self, row: int) -> GroupRow:
        return self.row(row)

    def row_of(self, group_id: int) -> int | None:
        return self.find(lambda row: row.id == group_id)
