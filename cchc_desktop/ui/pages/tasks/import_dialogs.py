"""The progress window of an import of tasks from Excel, with a Hủy button (the rejected rows are shown by
:class:`ui.widgets.problems_dialog.ImportProblemsDialog`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget


class ImportProgress:
    """A window-modal progress dialog driven by ``import_tasks``'s ``progress(done, total)`` callback.

    The import runs on the GUI thread (it takes seconds even for large files, and a test runs it as it is);
    :meth:`report` lets Qt process events so the dialog repaints and its Hủy button works.
    """

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        self.dialog = QProgressDialog(f"Đang kiểm tra tệp “{file_name}”…", "Hủy", 0, 0, parent)
        self.dialog.setWindowTitle("Nhập nhiệm vụ từ Excel")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.cancelled = False

    def report(self, done: int, total: int) -> bool:
        """Show how far the check is; False once the user pressed Hủy (the import then changes nothing)."""
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        self.dialog.setLabelText(f"Đang kiểm tra dòng {done}/{total}…")
        QApplication.processEvents()
        self.cancelled = self.dialog.wasCanceled()
        return not self.cancelled

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
