"""The "Sổ văn bản đi" page: the view wired to its presenter and file commands."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...context import AppContext
from ...refresh import ReloadOnChange
from ...topics import ALL_TOPICS, Topic
from ...widgets.page_actions import connect_list
from .file_actions import PdfOpener, RegisterFileActions
from .presenter import RELOAD_ON, RegisterPresenter
from .view import RegisterView


class RegisterPage(RegisterView):
    """Lists, searches and exports the outgoing register; opens and saves the PDFs kept at issue.

    ``opener`` opens a PDF file with the system's reader (tests pass a fake). Reloads when notices are issued
    (:attr:`TOPICS`: notices, register, issuing bodies).
    """

    TOPICS = RELOAD_ON
    """Issuing a notice adds an entry; entries name their issuing body."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, opener: PdfOpener | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter = RegisterPresenter(self, context)
        self.files = files = RegisterFileActions(context, presenter.service, presenter.selected, presenter.shown,
                                                 presenter.filter_description, opener)
        self.set_model(presenter.proxy)

        self.open_action.triggered.connect(files.open_pdf)
        self.save_pdf_action.triggered.connect(files.save_pdf)
        self.export_action.triggered.connect(files.export_excel)
        self.find_action.triggered.connect(presenter.focus_search)
        self.table.doubleClicked.connect(files.open_pdf)
        connect_list(self.table, self.search_edit, presenter)
        self.year_combo.currentIndexChanged.connect(presenter.set_year)
        # App-wide topics: reload now when shown, else on the next showing (see ui/refresh.py).
        self.reloader = ReloadOnChange(self, context.signals, self.TOPICS, self.reload)
        presenter.reload()

    def reload(self, changed: frozenset[Topic] = ALL_TOPICS) -> None:
        self.presenter.external_change(changed)
