"""The "Báo cáo" tab: the reports heard, who presented what, in order (layout only)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...widgets.agency_picker import AgencyCombo
from ...widgets.common import data_table, error_label, hint_label
from .widgets import RowButtons


class ReportsTab(QWidget):
    """The ordered reports with Lên / Xuống / Xóa and a form to add one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = data_table(editable=True)
        self.row_buttons = RowButtons()
        self.presenter_edit = QLineEdit()
        self.presenter_edit.setMaxLength(300)
        self.presenter_edit.setPlaceholderText("Ví dụ: Lãnh đạo Sở Nội vụ (để trống: “Lãnh đạo” + cơ quan)")
        self.agency_combo = AgencyCombo("Không bắt buộc; gõ để tìm cơ quan, đơn vị…")
        self.subject_edit = QLineEdit()
        self.subject_edit.setMaxLength(1000)
        self.subject_edit.setPlaceholderText(
            "Ví dụ: Báo cáo tình hình, kết quả thực hiện công tác cải cách hành chính quý I năm 2024"
        )
        self.add_button = QPushButton("Thêm báo cáo")
        self.add_error = error_label()

        table_row = QHBoxLayout()
        table_row.addWidget(self.table, 1)
        table_row.addWidget(self.row_buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(hint_label(
            "Các báo cáo đã nghe tại cuộc họp, theo thứ tự trình bày. Nhấp đúp vào một ô để sửa."
        ))
        layout.addLayout(table_row, 1)
        layout.addWidget(self._add_box())

    def _add_box(self) -> QGroupBox:
        box = QGroupBox("Thêm báo cáo")
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.addWidget(QLabel("Người trình bày:"), 0, 0)
        grid.addWidget(self.presenter_edit, 0, 1)
        grid.addWidget(QLabel("Cơ quan:"), 0, 2)
        grid.addWidget(self.agency_combo, 0, 3)
        grid.addWidget(QLabel("Nội dung:"), 1, 0)
        subject_row = QHBoxLayout()
        subject_row.addWidget(self.subject_edit, 1)
        subject_row.addWidget(self.add_button)
        grid.addLayout(subject_row, 1, 1, 1, 3)
        grid.addWidget(self.add_error, 2, 0, 1, 4)
        return box

    def set_model_widths(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 240)
        self.table.setColumnWidth(1, 200)
