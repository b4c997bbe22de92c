"""Importing one year's table: the file is checked first (a dry run), and only a clean check can be imported.

Every rejected row is listed in the import report window; nothing is stored unless the whole table is accepted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QWidget

from ....core.errors import Cancelled, CchcError, ImportRejected
from ....core.services.index_catalogue import IndexInfo
from ....core.services.results import ImportSummary, ResultService
from ...background import BackgroundTask, run_in_background
from ...widgets.problems_dialog import problems_dialog
from .import_form import ResultImportForm

_YEAR_IN_NAME = re.compile(r"(?<!\d)(199\d|20\d\d)(?!\d)")


def guess_year(path: Path, known_years: Sequence[int], this_year: int) -> int:
    """The year written in the file name ("papi_2024.csv"), else the year after the last stored one, else the
    year before ``this_year`` (results are published the year after)."""
    found = _YEAR_IN_NAME.findall(path.stem)
    if found:
        return int(found[-1])
    return max(known_years) + 1 if known_years else this_year - 1


class ResultImportDialog(ResultImportForm):
    """Window-modal (``open()``); emits :attr:`imported` and closes once the table is stored."""

    imported = Signal(str, int, str)
    """The table of (index code, year) was stored; the text says what was imported."""

    def __init__(self, service: ResultService, indexes: Sequence[IndexInfo], path: Path, index_code: str | None,
                 choose_file: Callable[[], Path | None], this_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = service
        self.indexes = {info.code: info for info in indexes}
        self.choose_file = choose_file
        self.this_year = this_year
        self.checked: ImportSummary | None = None
        self.problems_window: QDialog | None = None
        self.task: BackgroundTask[ImportSummary] | None = None
        for info in indexes:
            self.index_combo.addItem(f"{info.code} – {info.name}", info.code)
        self.fit_index_combo()
        self.index_combo.setCurrentIndex(max(0, self.index_combo.findData(index_code)))
        self.set_path(path)

        self.file_button.clicked.connect(self.pick_file)
        self.index_combo.currentIndexChanged.connect(self.invalidate)
        self.year_spin.valueChanged.connect(self.invalidate)
        self.count_spin.valueChanged.connect(self.invalidate)
        self.replace_check.toggled.connect(self.invalidate)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.import_table)
        self.cancel_button.clicked.connect(self.reject)
        self.invalidate()

    # -- choices ---------------------------------------------------------------------------------------------
    def set_path(self, path: Path) -> None:
        """Check ``path`` next; the year is guessed again from its name."""
        self.path = path
        self.file_label.set_path(path)
        info = self._info()
        self.year_spin.setValue(guess_year(path, info.years if info else (), self.this_year))
        self.invalidate()

    def working(self) -> bool:
        """A check or import of this dialog is still running (its outcome is shown here, so the dialog stays)."""
        return self.task is not None and not self.task.done

    def reject(self) -> None:
        if not self.working():  # Escape and Hủy wait for the job: "Hủy" on its progress dialog stops it
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.working():
            event.ignore()
        else:
            super().closeEvent(event)

    def pick_file(self) -> None:
        path = self.choose_file()
        if path is not None:
            self.set_path(path)

    def index_code(self) -> str:
        return self.index_combo.currentData()

    def _info(self) -> IndexInfo | None:
        return self.indexes.get(self.index_combo.currentData())

    def _exists(self) -> bool:
        info = self._info()
        return info is not None and self.year_spin.value() in info.years

    def invalidate(self) -> None:
        """Any change of choice asks for a new check before importing."""
        self.checked = None
        self.import_button.setEnabled(False)
        self.check_button.setDefault(True)
        self.show_status("", True)
        exists = self._exists()
        self.replace_check.setEnabled(exists)
        text = ""
        if exists:
            text = (f"Đã có bảng {self.index_code()} năm {self.year_spin.value()}. "
                    + ("Bảng đang có sẽ được thay bằng bảng trong tệp." if self.replace_check.isChecked()
                       else "Đánh dấu “Thay bảng đã có của năm này” nếu muốn nhập lại."))
        self.show_existing(text)

    # -- commands --------------------------------------------------------------------------------------------
    def check(self) -> None:
        """Dry run: read and check every row, store nothing; enables Nhập when the table is acceptable."""
        def checked(summary: ImportSummary) -> None:
            self.checked = summary
            self.show_status(f"{summary.report} Bấm “Nhập” để lưu bảng.", True)
            self.import_button.setEnabled(True)
            self.import_button.setDefault(True)
            self.import_button.setFocus()

        self._run(dry_run=True, on_done=checked)

    def import_table(self) -> None:
        if self.checked is None:
            return

        def stored(summary: ImportSummary) -> None:
            self.imported.emit(summary.index, summary.year, summary.message)
            self.accept()

        self._run(dry_run=False, on_done=stored)

    def _run(self, *, dry_run: bool, on_done: Callable[[ImportSummary], None]) -> None:
        """Check or import off the GUI thread, behind a progress dialog with Hủy over this dialog."""
        count = self.count_spin.value() or None
        exists = self._exists()
        replace = self.replace_check.isChecked() and exists
        index_code, year, path = self.index_code(), self.year_spin.value(), self.path

        def failed(error: CchcError) -> None:
            if not dry_run:
                self.invalidate()  # a new check before the next try; the message below stays
            if isinstance(error, Cancelled):
                self.show_status("Đã hủy; dữ liệu không thay đổi.", False)
            elif isinstance(error, ImportRejected):
                self.show_status(f"Tệp có {len(error.problems)} lỗi nên chưa nhập được; dữ liệu không thay đổi. "
                                 "Danh sách lỗi ở cửa sổ vừa mở.", False)
                self.problems_window = problems_dialog(path.name, error.problems, "chưa nhập bảng kết quả", self)
                self.problems_window.open()
            elif exists and not replace:
                self.show_status(f"Đã có bảng {index_code} năm {year}; đánh dấu “Thay bảng đã có của năm này” để "
                                 "nhập lại, hoặc sửa năm kết quả.", False)
            else:
                self.show_status(str(error), False)

        verb = "kiểm tra" if dry_run else "nhập"
        self.task = run_in_background(self, "Nhập bảng kết quả", f"Đang {verb} bảng “{path.name}”…",
                          lambda progress: self.service.import_table(index_code, year, path, dry_run=dry_run,
                                                                     replace=replace, subject_count=count,
                                                                     progress=progress),
                          on_done=on_done, on_error=failed,
                          describe=lambda done, total: f"Đang {verb} dòng {done}/{total}…")
