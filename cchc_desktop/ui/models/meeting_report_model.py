"""The reports heard at a meeting: who presented (free text, optionally an agency) and on what."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...core.services.meetings import ReportInput
from .meeting_rows_model import DISPLAY, EDIT, OrderedRowsModel


class ReportsModel(OrderedRowsModel):
    """Every cell is editable; the agency column edits the agency id (``agency_name`` shows its name)."""

    PRESENTER, AGENCY, SUBJECT = range(3)
    HEADERS = ("Người trình bày", "Cơ quan", "Nội dung báo cáo")
    EDITABLE = frozenset({PRESENTER, AGENCY, SUBJECT})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.agency_name: Callable[[int | None], str] = lambda agency_id: ""

    def cell(self, row: ReportInput, column: int, role: int) -> Any:
        if role == EDIT:
            return (row.presenter, row.presenter_agency_id, row.subject)[column]
        if role == DISPLAY:
            if column == self.AGENCY:
                return self.agency_name(row.presenter_agency_id)
            return row.presenter if column == self.PRESENTER else row.subject
        return None

    def set_cell(self, row: ReportInput, column: int, value: Any) -> bool:
        if column == self.PRESENTER:
            row.presenter = " ".join(str(value).split())
        elif column == self.AGENCY:
            row.presenter_agency_id = value if isinstance(value, int) else None
        elif column == self.SUBJECT:
            row.subject = " ".join(str(value).split())
        else:
            return False
        return True
