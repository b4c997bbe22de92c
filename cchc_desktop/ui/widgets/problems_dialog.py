"""The list of rejected rows of an import (tasks, results tables, criteria trees) and the assurance that nothing
was imported."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ...core.errors import RowProblem

NO_TASK_IMPORTED = "chưa nhập nhiệm vụ nào"


def problems_text(problems: Sequence[RowProblem]) -> str:
    """One line per problem: "Dòng 5, cột “Cơ quan chủ trì”: không có cơ quan … trong danh mục"."""
    return "\n".join(str(problem) for problem in problems)


class ImportProblemsDialog(QDialog):
    """Every rejected row with its column and reason; ``nothing_imported`` says what was not imported
    ("chưa nhập bảng kết quả nào"), ``title`` is the window's title."""

    def __init__(self, file_name: str, problems: Sequence[RowProblem], parent: QWidget | None = None,
                 nothing_imported: str = NO_TASK_IMPORTED, title: str = "Không nhập được tệp Excel") -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.resize(760, 420)
        self.summary = QLabel(
            f"Tệp “{html.escape(file_name)}” có {len(problems)} lỗi nên <b>{html.escape(nothing_imported)}</b>; "
            "dữ liệu không thay đổi.<br>Hãy sửa các dòng dưới đây trong tệp rồi nhập lại."
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


def problems_dialog(file_name: str, problems: Sequence[RowProblem], nothing_imported: str,
                    parent: QWidget | None = None) -> ImportProblemsDialog:
    """The dialog titled "Không nhập được tệp", for imports that are not only from Excel."""
    return ImportProblemsDialog(file_name, problems, parent, nothing_imported, "Không nhập được tệp")
