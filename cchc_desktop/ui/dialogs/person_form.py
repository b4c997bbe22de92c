"""Widgets of the "add person" dialog (layout only; behaviour is in :mod:`.person_dialog`)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..widgets.agency_picker import AgencyCombo
from ..widgets.common import dialog_buttons, error_label, field_caption
from ..widgets.mnemonics import assign_mnemonics

FULL_NAME = "Họ và tên"
TITLE = "Chức vụ"
AGENCY = "Cơ quan công tác"
"""Field labels; they are also the ``field`` of the core's ValidationError, which is how errors find their widget."""


class PersonForm(QDialog):
    """Name, position and agency of a new person, an error line and Lưu / Hủy buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Thêm người")
        self.setMinimumWidth(520)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText("Ví dụ: Dương Xuân Huyên")
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(300)
        self.title_edit.setPlaceholderText("Ví dụ: Phó Chủ tịch Thường trực UBND tỉnh")
        self.agency_combo = AgencyCombo("Không bắt buộc; gõ để tìm cơ quan, đơn vị…")

        self.fields: dict[str, QWidget] = {
            FULL_NAME: self.name_edit, TITLE: self.title_edit, AGENCY: self.agency_combo,
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        for label, widget in self.fields.items():
            form.addRow(field_caption(label, widget, required=widget is self.name_edit), widget)

        hint = QLabel("Chức vụ ghi cho từng cuộc họp vẫn sửa được trong cuộc họp đó.")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        self.error_label = error_label()

        self.buttons, self.ok_button, self.cancel_button = dialog_buttons()

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        assign_mnemonics(self)
