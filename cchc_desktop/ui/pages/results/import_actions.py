"""The "Nhập bảng kết quả…" command: pick a file, check and import it in the import dialog, show the table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ...context import AppContext
from ...topics import Topic
from .import_dialog import ResultImportDialog
from .presenter import ResultsPresenter

TABLE_FILTER = "Bảng kết quả (*.csv *.xlsx);;Tệp CSV (*.csv);;Tệp Excel (*.xlsx)"


class ResultImporter:
    """Opens the import dialog for a chosen file; after a successful import the page shows the new table."""

    def __init__(self, context: AppContext, presenter: ResultsPresenter, parent: QWidget,
                 today: Callable[[], dt.date]) -> None:
        self.context = context
        self.presenter = presenter
        self.parent = parent
        self.today = today
        self.folder = Path.home()
        self.dialog: ResultImportDialog | None = None  # the dialog last opened (it deletes itself when closed)

    def start(self) -> None:
        path = self.choose_file()
        if path is None:
            return
        indexes = self.presenter.catalogue.list()
        self.dialog = ResultImportDialog(self.presenter.results, indexes, path, self.presenter.index_code(),
                                         self.choose_file, self.today().year, self.parent)
        self.dialog.imported.connect(self.imported)
        self.dialog.open()

    def choose_file(self) -> Path | None:
        path = self.context.prompter.open_file("Chọn bảng kết quả cần nhập", self.folder, TABLE_FILTER)
        if path is not None:
            self.folder = path.parent
        return path

    def imported(self, index_code: str, year: int, message: str) -> None:
        self.context.signals.announce(Topic.RESULTS)
        self.context.signals.status_message.emit(message)
        self.presenter.show_table(index_code, year)
