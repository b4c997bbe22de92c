"""The list of rejected rows of an import, in the report window the tasks page uses for its Excel import."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from ....core.errors import RowProblem
from ..tasks.import_dialogs import ImportProblemsDialog


def problems_dialog(file_name: str, problems: Sequence[RowProblem], nothing_imported: str,
                    parent: QWidget | None = None) -> ImportProblemsDialog:
    """Every problem as "Dòng N, cột “…”: reason"; ``nothing_imported`` says what was not imported
    ("chưa nhập bảng kết quả nào")."""
    dialog = ImportProblemsDialog(file_name, problems, parent)
    dialog.setWindowTitle("Không nhập được tệp")
    dialog.summary.setText(
        f"Tệp “{html.escape(file_name)}” có {len(problems)} lỗi nên <b>{html.escape(nothing_imported)}</b>; "
        "dữ liệu không thay đổi.<br>Hãy sửa các dòng dưới đây trong tệp rồi nhập lại."
    )
    return dialog
