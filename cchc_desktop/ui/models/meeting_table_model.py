"""The meetings list as a Qt table model."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from ...core.formats import format_date
from ...core.services.meetings import MeetingRow
from .row_table import CENTRED, LEFT, SORT_ROLE, ColumnSpec, RowTableModel

__all__ = ["CONCLUDED", "HEADERS", "SORT_ROLE", "Column", "MeetingTableModel"]

CONCLUDED = "✓"


class Column(IntEnum):
    DATE = 0
    KIND = 1
    TITLE = 2
    CHAIR = 3
    TASKS = 4
    CONCLUSION = 5


COLUMNS: dict[Column, ColumnSpec[MeetingRow]] = {
    Column.DATE: ColumnSpec("Ngày", lambda row: format_date(row.date), lambda row: (row.date.toordinal(), row.id),
                            align=CENTRED),
    Column.KIND: ColumnSpec("Loại", lambda row: row.kind.label, align=LEFT),
    Column.TITLE: ColumnSpec("Tên cuộc họp", lambda row: row.title,
                             tooltip=lambda row: f"{row.title}\nHình thức: {row.format.label}", align=LEFT),
    Column.CHAIR: ColumnSpec("Chủ trì", lambda row: row.chair, align=LEFT),
    Column.TASKS: ColumnSpec("Số nhiệm vụ", lambda row: str(row.task_count), lambda row: row.task_count,
                             align=CENTRED),
    Column.CONCLUSION: ColumnSpec(
        "Kết luận", lambda row: CONCLUDED if row.has_conclusion else "", lambda row: int(row.has_conclusion),
        tooltip=lambda row: "Đã có kết luận" if row.has_conclusion else "Chưa nhập kết luận", align=CENTRED,
    ),
}
HEADERS = {column: spec.header for column, spec in COLUMNS.items()}


class MeetingTableModel(RowTableModel[MeetingRow]):
    """Rows of :class:`MeetingRow` as :meth:`MeetingService.list` returns them; read-only.

    :data:`SORT_ROLE` gives the day number for dates, counts as numbers, text by collation key.
    """

    HEADER_TOOLTIPS = True

    def __init__(self, parent: Any = None) -> None:
        super().__init__([COLUMNS[column] for column in Column], parent)

    def meeting(self, row: int) -> MeetingRow:
        return self.row(row)

    def row_of(self, meeting_id: int) -> int | None:
        return self.find(lambda row: row.id == meeting_id)
