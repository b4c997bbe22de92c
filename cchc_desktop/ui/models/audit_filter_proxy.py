"""Filtering and sorting of the audit log: user, table, date range and a diacritic-insensitive search."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ...core.services.audit_log import AuditRow, search_text
from .audit_table_model import AuditTableModel
from .row_filter_proxy import FoldedFilterProxy


class AuditFilterProxy(FoldedFilterProxy[AuditRow]):
    """Shows the entries of the chosen user and table (None: all), between two local dates (inclusive, None: open),
    whose summary, user, table, action or values contain every typed word, ignoring marks and case."""

    def __init__(self, model: AuditTableModel, parent: Any = None) -> None:
        super().__init__(model, parent)
        self.user: str | None = None
        self.table: str | None = None
        self.date_from: dt.date | None = None
        self.date_to: dt.date | None = None

    def set_user(self, user: str | None) -> None:
        with self._changing_filter():
            self.user = user

    def set_table(self, table: str | None) -> None:
        with self._changing_filter():
            self.table = table

    def set_dates(self, date_from: dt.date | None, date_to: dt.date | None) -> None:
        with self._changing_filter():
            self.date_from, self.date_to = date_from, date_to

    def accepts(self, row: AuditRow) -> bool:
        day = row.at.date()
        return ((self.user is None or row.user == self.user)
                and (self.table is None or row.table == self.table)
                and (self.date_from is None or day >= self.date_from)
                and (self.date_to is None or day <= self.date_to))

    def haystack(self, row: AuditRow) -> str:
        return search_text(row)
