"""The "Nhật ký thay đổi" page: the view wired to its presenter."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...context import AppContext
from ...refresh import ReloadOnChange
from ...topics import ALL_TOPICS, Topic
from ...widgets.page_actions import on_rows_changed
from .presenter import AuditPresenter
from .view import AuditView


class AuditPage(AuditView):
    """Lists the audit log, newest first, filtered by user, table, dates and search; shows the values before and
    after of the selected entry. Read-only. Reloads after every change (every topic)."""

    TOPICS = ALL_TOPICS
    """Every change writes to the log."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter = AuditPresenter(self, context)
        self.set_model(presenter.proxy)

        self.find_action.triggered.connect(presenter.focus_search)
        self.search_edit.textChanged.connect(presenter.set_search)
        self.user_combo.currentIndexChanged.connect(presenter.set_user)
        self.table_combo.currentIndexChanged.connect(presenter.set_table)
        self.from_field.changed.connect(presenter.set_dates)
        self.to_field.changed.connect(presenter.set_dates)
        self.table.selectionModel().selectionChanged.connect(presenter.refresh_state)
        on_rows_changed(presenter.proxy, presenter.refresh_state)
        # App-wide topics: reload now when shown, else on the next showing (see ui/refresh.py).
        self.reloader = ReloadOnChange(self, context.signals, self.TOPICS, self.reload)
        presenter.reload()

    def reload(self, changed: frozenset[Topic] = ALL_TOPICS) -> None:
        self.presenter.external_change(changed)
