"""The "Thành phần dự" tab: who attended, at which site, in the notice's order (layout only)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ....core.services.meetings import SITE_LEVELS
from ...widgets.agency_picker import AgencyCombo
from ...widgets.common import data_table, error_label, hint_label
from .widgets import PersonCombo, RowButtons

PERSON, AGENCY, TYPED = "person", "agency", "typed"
ATTENDEE_KINDS = {PERSON: "Một người", AGENCY: "Cơ quan, đơn vị", TYPED: "Ghi tự do"}
TEXT_PLACEHOLDERS = {
    PERSON: "Chức vụ khi dự họp (tự điền theo ngày họp; sửa được)",
    AGENCY: "Vai trò, ví dụ: Đại diện Lãnh đạo (không bắt buộc)",
    TYPED: "Ví dụ: Thành viên Tổ Thư ký giúp việc Ban Chỉ đạo",
}


class AttendeesTab(QWidget):
    """The ordered list with Lên / Xuống / Xóa, how it reads in the notice, and a form to add an attendee."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = data_table(editable=True)
        self.row_buttons = RowButtons()
        self.preview = hint_label()

        self.level_combo = QComboBox()
        for level, label in SITE_LEVELS.items():
            self.level_combo.addItem(label, level)
        self.kind_combo = QComboBox()
        for kind, label in ATTENDEE_KINDS.items():
            self.kind_combo.addItem(label, kind)
        self.person_combo = PersonCombo()
        self.agency_combo = AgencyCombo()
        self.picker_stack = QStackedWidget()
        self.picker_stack.addWidget(self.person_combo)
        self.picker_stack.addWidget(self.agency_combo)
        self.picker_stack.addWidget(QWidget())
        self.text_edit = QLineEdit()
        self.text_edit.setMaxLength(500)
        self.add_button = QPushButton("Thêm vào danh sách")
        self.add_error = error_label()

        table_row = QHBoxLayout()
        table_row.addWidget(self.table, 1)
        table_row.addWidget(self.row_buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(hint_label(
            "Thứ tự trong danh sách là thứ tự ghi trong thông báo. Nhấp đúp vào ô “Điểm cầu” hoặc “Chức vụ, vai "
            "trò hoặc nội dung” để sửa."
        ))
        layout.addLayout(table_row, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self._add_box())

    def _add_box(self) -> QGroupBox:
        box = QGroupBox("Thêm thành phần dự")
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        grid.setColumnStretch(3, 1)
        grid.addWidget(QLabel("Điểm cầu:"), 0, 0)
        grid.addWidget(self.level_combo, 0, 1)
        grid.addWidget(QLabel("Thành phần:"), 0, 2)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_combo)
        kind_row.addWidget(self.picker_stack, 1)
        grid.addLayout(kind_row, 0, 3)
        grid.addWidget(QLabel("Ghi rõ:"), 1, 2)
        text_row = QHBoxLayout()
        text_row.addWidget(self.text_edit, 1)
        text_row.addWidget(self.add_button)
        grid.addLayout(text_row, 1, 3)
        grid.addWidget(self.add_error, 2, 0, 1, 4)
        return box

    def set_model_widths(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 110)
        self.table.setColumnWidth(1, 260)
