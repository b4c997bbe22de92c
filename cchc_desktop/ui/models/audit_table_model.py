"""The audit log (nhật ký thay đổi) as a Qt table model."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from ...core.services.audit_log import AuditRow
from .row_table import CENTRED, LEFT, RIGHT, ColumnSpec, RowTableModel


class Column(IntEnum):
    TIME = 0
    USER = 1
    ACTION = 2
    TABLE = 3
    RECORD = 4
    SUMMARY = 5
    CHANGES = 6


def changes_cell(row: AuditRow) -> str:
    """The changed fields by name ("Trạng thái, Hạn xử lý"); the values are in the detail pane and the tooltip."""
    return ", ".join(change.label for change in row.changes)


COLUMNS: dict[Column, ColumnSpec[AuditRow]] = {
    Column.TIME: ColumnSpec("Thời gian", lambda row: row.when, lambda row: (row.at, row.id), align=CENTRED),
    Column.USER: ColumnSpec("Người thực hiện", lambda row: row.user_label, tooltip=lambda row: row.user_text,
                            align=LEFT),
    Column.ACTION: ColumnSpec("Thao tác", lambda row: row.action_label, align=LEFT),
    Column.TABLE: ColumnSpec("Bảng", lambda row: row.table_label, align=LEFT),
    Column.RECORD: ColumnSpec(
        "Mã", lambda row: "" if row.record_id is None else str(row.record_id),
        lambda row: (row.record_id is not None, row.record_id or 0),
        tooltip=lambda row: (f"Mã bản ghi {row.record_id}" if row.record_id is not None
                             else "Bản ghi đã bị xóa hoặc không có mã"),
        align=RIGHT, header_tooltip="Mã hiện nay của bản ghi được sửa (trống khi bản ghi đã bị xóa)",
    ),
    Column.SUMMARY: ColumnSpec("Nội dung", lambda row: row.summary, align=LEFT),
    Column.CHANGES: ColumnSpec("Trường thay đổi", changes_cell,
                               tooltip=lambda row: row.changes_text("\n") or None, align=LEFT),
}


class AuditTableModel(RowTableModel[AuditRow]):
    """Rows of :class:`AuditRow`, newest first as the service returns them; read-only.

    :data:`SORT_ROLE` gives the time for "Thời gian" (ties by entry number), the Vietnamese collation key for text.
    """

    ALIGNED_HEADERS = False

    def __init__(self, parent: Any = None) -> None:
        super().__init__([COLUMNS[column] for column in Column], parent)

    def entry(self, row: int) -> AuditRow:
        return self.row(row)

    def row_of(self, entry_id: int) -> int | None:
        return self.find(lambda row: row.id == entry_id)
