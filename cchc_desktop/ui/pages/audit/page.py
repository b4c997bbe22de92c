"""The "Nhật ký thay đổi" page: the view wired to its presenter."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...context import AppContext
from .presenter import AuditPresenter
from .view import AuditView


class AuditPage(AuditView):
    """Lists the audit log, newest first, filtered by user, table, dates and search; shows the values before and
    after of the selected entry. Read-only. Reloads after every change (:attr:`AppSignals.data_changed`)."""

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
        for signal in (presenter.proxy.modelReset, presenter.proxy.layoutChanged,
                       presenter.proxy.rowsInserted, presenter.proxy.rowsRemoved):
            signal.connect(presenter.refresh_state)
        # App-wide signal: connected to a method of this widget so Qt disconnects it when the page is destroyed.
        context.signals.data_changed.connect(self.reload)
        presenter.reload()

    def reload(self, what: str = "audit") -> None:
        self.presenter.external_change(what)
