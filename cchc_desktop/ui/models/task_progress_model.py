"""The dated progress notes of one task, as a Qt table model (oldest first, as the service returns them)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from ...core.formats import format_date
from ...core.services.tasks import ProgressNote
from .row_table import ColumnSpec, RowTableModel


class ProgressColumn(IntEnum):
    DATE = 0
    NOTE = 1
    AUTHOR = 2


COLUMNS: dict[ProgressColumn, ColumnSpec[ProgressNote]] = {
    ProgressColumn.DATE: ColumnSpec("Ngày", lambda note: format_date(note.noted_on)),
    ProgressColumn.NOTE: ColumnSpec("Nội dung", lambda note: note.note),
    ProgressColumn.AUTHOR: ColumnSpec("Người ghi", lambda note: note.author),
}


class TaskProgressModel(RowTableModel[ProgressNote]):
    """Rows of :class:`ProgressNote`: date, note and who wrote it; read-only."""

    SORTABLE = False

    def __init__(self, parent: Any = None) -> None:
        super().__init__([COLUMNS[column] for column in ProgressColumn], parent)

    def set_notes(self, notes: Sequence[ProgressNote]) -> None:
        self.set_rows(notes)

    def note(self, row: int) -> ProgressNote:
        return self.row(row)
