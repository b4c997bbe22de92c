"""The "Thông tin chung" tab: the meeting's own fields and its connected sites (layout only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....core.enums import MeetingFormat, MeetingKind
from ....core.services.meetings import SITE_LEVELS
from ...widgets.common import data_table, error_label, field_caption, hint_label
from ...widgets.date_field import DateField
from ...widgets.mnemonics import MENU_LETTERS, assign_mnemonics
from .widgets import PersonCombo, RowButtons, SingleLineTextEdit

DATE = "Ngày họp"
KIND = "Loại"
TITLE = "Tên cuộc họp"
FORMAT = "Hình thức"
LOCATION = "Địa điểm"
ORGANISER = "Đơn vị tổ chức"
CHAIR = "Chủ trì"
CHAIR_TITLE = "Chức vụ khi chủ trì"
NOTES = "Ghi chú"
SITES = "Điểm cầu"
"""Field labels; they are also the ``field`` of the core's ValidationError, which is how errors find their widget."""

MAX_SITES = 100_000



class GeneralTab(QScrollArea):
    """Date, kind, title, format, place, organiser, chair and notes; below them the connected sites."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.date_field = DateField(DATE)
        self.kind_combo = QComboBox()
        for kind in MeetingKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.title_edit = SingleLineTextEdit(lines=2)
        self.title_edit.setPlaceholderText(
            "Ví dụ: Cuộc họp sơ kết công tác cải cách hành chính quý I năm 2024 của Ban Chỉ đạo cải cách hành "
            "chính tỉnh"
        )
        self.format_combo = QComboBox()
        for meeting_format in MeetingFormat:
            self.format_combo.addItem(meeting_format.label, meeting_format.value)
        self.location_edit = QLineEdit()
        self.location_edit.setPlaceholderText("Ví dụ: Hội trường UBND tỉnh")
        self.organiser_edit = QLineEdit()
        self.organiser_edit.setPlaceholderText("Ví dụ: Ban Chỉ đạo CCHC tỉnh, UBND tỉnh")
        self.chair_combo = PersonCombo()
        self.add_person_button = QPushButton("Thêm người…")
        self.add_person_button.setToolTip("Thêm một người (họ tên, chức vụ) vào danh sách để chọn")
        self.chair_title_edit = QLineEdit()
        self.chair_title_edit.setPlaceholderText("Tự điền theo chức vụ của người chủ trì vào ngày họp; sửa được")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 2 + 14)

        self.site_level_combo = QComboBox()
        for level, label in SITE_LEVELS.items():
            self.site_level_combo.addItem(label, level)
        self.site_level_combo.setCurrentIndex(self.site_level_combo.findData("commune"))  # no cấp huyện after 2025
        self.site_count_spin = QSpinBox()
        self.site_count_spin.setRange(0, MAX_SITES)
        self.site_count_spin.setSpecialValueText("không ghi số")
        self.site_count_spin.setMinimumWidth(110)
        self.site_label_edit = QLineEdit()
        self.site_label_edit.setPlaceholderText("Ví dụ: xã, phường")
        self.add_site_button = QPushButton("Thêm điểm cầu")
        self.site_error = error_label()
        self.sites_table = data_table(editable=True)
        self.sites_table.setMinimumHeight(110)
        self.sites_table.setMaximumHeight(220)
        self.site_buttons = RowButtons()
        self.sites_preview = hint_label()
        self.sites_preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fields: dict[str, QWidget] = {
            DATE: self.date_field, KIND: self.kind_combo, TITLE: self.title_edit, FORMAT: self.format_combo,
            LOCATION: self.location_edit, ORGANISER: self.organiser_edit, CHAIR: self.chair_combo,
            CHAIR_TITLE: self.chair_title_edit, NOTES: self.notes_edit, SITES: self.sites_table,
        }
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(14)
        layout.addLayout(self._form())
        layout.addWidget(self._sites_box())
        layout.addStretch(1)
        self.setWidget(content)
        assign_mnemonics(self, MENU_LETTERS)

    def _form(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_field)
        date_row.addStretch(1)
        grid.addWidget(field_caption(DATE, self.date_field, required=True), 0, 0)
        grid.addLayout(date_row, 0, 1)
        grid.addWidget(field_caption(KIND, self.kind_combo), 0, 2)
        grid.addWidget(self.kind_combo, 0, 3)
        grid.addWidget(field_caption(TITLE, self.title_edit, required=True), 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title_edit, 1, 1, 1, 3)
        grid.addWidget(field_caption(FORMAT, self.format_combo), 2, 0)
        grid.addWidget(self.format_combo, 2, 1)
        grid.addWidget(field_caption(ORGANISER, self.organiser_edit), 2, 2)
        grid.addWidget(self.organiser_edit, 2, 3)
        grid.addWidget(field_caption(LOCATION, self.location_edit), 3, 0)
        grid.addWidget(self.location_edit, 3, 1, 1, 3)
        chair_row = QHBoxLayout()
        chair_row.addWidget(self.chair_combo, 1)
        chair_row.addWidget(self.add_person_button)
        grid.addWidget(field_caption(CHAIR, self.chair_combo), 4, 0)
        grid.addLayout(chair_row, 4, 1, 1, 3)
        grid.addWidget(field_caption(CHAIR_TITLE, self.chair_title_edit), 5, 0)
        grid.addWidget(self.chair_title_edit, 5, 1, 1, 3)
        grid.addWidget(field_caption(NOTES, self.notes_edit), 6, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.notes_edit, 6, 1, 1, 3)
        return grid

    def _sites_box(self) -> QGroupBox:
        box = QGroupBox("Điểm cầu kết nối")
        adder = QHBoxLayout()
        for text, widget in (("Cấp", self.site_level_combo), ("Số điểm cầu", self.site_count_spin),
                             ("Ghi là", self.site_label_edit)):
            adder.addWidget(field_caption(text, widget))
            adder.addWidget(widget, 1 if widget is self.site_label_edit else 0)
        adder.addWidget(self.add_site_button)
        table_row = QHBoxLayout()
        table_row.addWidget(self.sites_table, 1)
        table_row.addWidget(self.site_buttons)
        layout = QVBoxLayout(box)
        layout.addLayout(adder)
        layout.addWidget(self.site_error)
        layout.addLayout(table_row)
        layout.addWidget(self.sites_preview)
        return box

    def set_sites_model_widths(self) -> None:
        """The label column takes the spare width once the model is set."""
        header = self.sites_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.sites_table.setColumnWidth(0, 140)
        self.sites_table.setColumnWidth(1, 130)
