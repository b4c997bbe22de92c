"""The two windows of an import from Excel: progress with a Hủy button, and the list of rejected rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QProgressDialog, QPushButton, QVBoxLayout,
    QWidget,
)

from ....core.errors import RowProblem


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


def problems_text(problems: Sequence[RowProblem]) -> str:
    """One line per problem: "Dòng 5, cột “Cơ quan chủ trì”: không có cơ quan … trong danh mục"."""
    return "\n".join(str(problem) for problem in problems)


class ImportProblemsDialog(QDialog):
    """Every rejected row with its column and reason, and the assurance that nothing was imported."""

    def __init__(self, file_name: str, problems: Sequence[RowProblem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle("Không nhập được tệp Excel")
        self.resize(760, 420)
        count = len(problems)
        self.summary = QLabel(
            f"Tệp “{file_name}” có {count} lỗi nên <b>chưa nhập nhiệm vụ nào</b>; dữ liệu không thay đổi.<br>"
            "Hãy sửa các dòng dưới đây trong tệp rồi nhập lại."
        )
        self.summary.setWordWrap(True)
        self.list = QPlainTextEdit(problems_text(problems))
        self.list.setReadOnly(True)
        self.list.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.buttons = QDialogButtonBox()
        self.copy_button = QPushButton("Sao chép danh sách lỗi")
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton("Đóng", QDialogButtonBox.ButtonRole.RejectRole)
        self.copy_button.clicked.connect(self.copy)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.list.toPlainText())
