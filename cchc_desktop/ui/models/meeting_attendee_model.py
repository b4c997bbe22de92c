"""The attendees of a meeting, in the order the notice lists them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from ...core.services.meetings import SITE_LEVELS, AttendeeInput
from .meeting_rows_model import DISPLAY, EDIT, MUTED, ModelIndex, OrderedRowsModel

TYPED = "Ghi tự do"


class AttendeesModel(OrderedRowsModel):
    """Site level (editable), the person or agency chosen, and the position, role or typed text (editable).

    ``name_of`` gives the name of the row's person or agency ("" for typed text); ``describe`` how the row reads
    in the notice. The editor provides both, since they depend on the catalogue and the meeting date.
    """

    LEVEL, WHO, TEXT = range(3)
    HEADERS = ("Điểm cầu", "Người, cơ quan", "Chức vụ, vai trò hoặc nội dung")
    EDITABLE = frozenset({LEVEL, TEXT})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.name_of: Callable[[AttendeeInput], str] = lambda row: ""
        self.describe: Callable[[AttendeeInput], str] = lambda row: row.text

    def cell(self, row: AttendeeInput, column: int, role: int) -> Any:
        typed = row.person_id is None and row.agency_id is None
        if role == EDIT:
            return row.site_level if column == self.LEVEL else row.text if column == self.TEXT else None
        if role == DISPLAY:
            if column == self.LEVEL:
                return SITE_LEVELS.get(row.site_level, row.site_level)
            if column == self.WHO:
                return TYPED if typed else self.name_of(row)
            return row.text
        if role == Qt.ItemDataRole.ForegroundRole and column == self.WHO and typed:
            return MUTED
        if role == Qt.ItemDataRole.FontRole and column == self.WHO and typed:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:
            return f"Ghi trong thông báo: {self.describe(self.row(index.row()))}"
        return super().data(index, role)

    def set_cell(self, row: AttendeeInput, column: int, value: Any) -> bool:
        if column == self.LEVEL and value in SITE_LEVELS:
            row.site_level = value
        elif column == self.TEXT:
            row.text = " ".join(str(value).split())
        else:
            return False
        return True
