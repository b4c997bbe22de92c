"""The plans and resolutions list (kế hoạch, nghị quyết) as a Qt table model."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from ...core.formats import format_date
from ...core.services.plans import PlanRow
from .row_table import CENTRED, LEFT, SORT_ROLE, ColumnSpec, RowTableModel

__all__ = ["SORT_ROLE", "Column", "PlanTableModel"]


class Column(IntEnum):
    KIND = 0
    REFERENCE = 1
    ISSUED_ON = 2
    ISSUER = 3
    TITLE = 4
    TARGETS = 5
    TASKS = 6


def _attained_share(row: PlanRow) -> tuple[float, int]:
    """Plans by the share of targets attained, those without targets first."""
    share = row.targets_attained / row.targets_total if row.targets_total else -1.0
    return (share, row.targets_total)


COLUMNS: dict[Column, ColumnSpec[PlanRow]] = {
    Column.KIND: ColumnSpec("Loại", lambda row: row.kind.label, align=LEFT),
    Column.REFERENCE: ColumnSpec("Số, ký hiệu", lambda row: row.reference, align=LEFT),
    Column.ISSUED_ON: ColumnSpec("Ngày ban hành", lambda row: format_date(row.issued_on),
                                 lambda row: row.issued_on.toordinal() if row.issued_on else 0, align=CENTRED),
    Column.ISSUER: ColumnSpec("Cơ quan ban hành", lambda row: row.issuer, align=LEFT),
    Column.TITLE: ColumnSpec("Trích yếu", lambda row: row.title, align=LEFT),
    Column.TARGETS: ColumnSpec(
        "Chỉ tiêu", lambda row: row.attainment if row.targets_total else "", _attained_share,
        tooltip=lambda row: f"Đã hoàn thành {row.attainment}" if row.targets_total else "Văn bản chưa có chỉ tiêu.",
        align=LEFT,
    ),
    Column.TASKS: ColumnSpec("Số nhiệm vụ", lambda row: str(row.task_count), lambda row: row.task_count,
                             align=CENTRED),
}


class PlanTableModel(RowTableModel[PlanRow]):
    """Rows of :class:`PlanRow` as :meth:`PlanService.list` returns them; read-only (edits go through the editor).

    :data:`SORT_ROLE` gives the collation key for text, the date's ordinal, numbers for counts.
    """

    HEADER_TOOLTIPS = True

    def __init__(self, parent: Any = None) -> None:
        super().__init__([COLUMNS[column] for column in Column], parent)

    def plan(self, row: int) -> PlanRow:
        return self.row(row)

    def row_of(self, plan_id: int) -> int | None:
        return self.find(lambda row: row.id == plan_id)
