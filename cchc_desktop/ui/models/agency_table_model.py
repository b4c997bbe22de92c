"""The agencies list as a Qt table model."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtGui import QColor

from ...core.services.agencies import AgencyRow
from .row_table import CENTRED, LEFT, SORT_ROLE, ColumnSpec, RowTableModel

__all__ = ["HEADERS", "INACTIVE_COLOR", "SORT_ROLE", "AgencyTableModel", "Column"]

INACTIVE_COLOR = QColor(128, 128, 128)


class Column(IntEnum):
    NAME = 0
    SHORT_NAME = 1
    KIND = 2
    PARENT = 3
    CODE = 4
    TASKS = 5
    STATUS = 6


def _name_tooltip(row: AgencyRow) -> str:
    """The full name, and the notes that explain a merged or renamed agency."""
    return "\n".join(part for part in (row.name, row.notes) if part)


COLUMNS: dict[Column, ColumnSpec[AgencyRow]] = {
    Column.NAME: ColumnSpec("Tên cơ quan, đơn vị", lambda row: row.name, tooltip=_name_tooltip, align=LEFT),
    Column.SHORT_NAME: ColumnSpec("Tên viết tắt", lambda row: row.short_name, align=LEFT),
    Column.KIND: ColumnSpec("Loại", lambda row: row.kind.label, align=LEFT),
    Column.PARENT: ColumnSpec("Trực thuộc", lambda row: row.parent_name, align=LEFT),
    Column.CODE: ColumnSpec("Mã", lambda row: row.code, align=LEFT),
    # Drawn on two lines, so the narrow column of counts stays narrow.
    Column.TASKS: ColumnSpec("Số nhiệm vụ chủ trì", lambda row: str(row.task_count), lambda row: row.task_count,
                             align=CENTRED, header_lines="Số nhiệm vụ\nchủ trì"),
    Column.STATUS: ColumnSpec("Trạng thái", lambda row: row.status_label, align=LEFT),
}
HEADERS = {column: spec.header for column, spec in COLUMNS.items()}


class AgencyTableModel(RowTableModel[AgencyRow]):
    """Rows of :class:`AgencyRow` as the service returns them; read-only (changes go through the dialog).

    Names sort in Vietnamese order (:data:`SORT_ROLE`), inactive agencies are grey.
    """

    HEADER_TOOLTIPS = True

    def __init__(self, parent: Any = None) -> None:
        super().__init__([COLUMNS[column] for column in Column], parent)

    def agency(self, row: int) -> AgencyRow:
        return self.row(row)

    def row_of(self, agency_id: int) -> int | None:
        return self.find(lambda row: row.id == agency_id)

    def foreground(self, row: AgencyRow, column: int) -> QColor | None:
        return None if row.active else INACTIVE_COLOR
