"""Widgets of the agency dialog (layout only; behaviour is in :mod:`.agency_dialog`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import AgencyKind
from ..widgets.common import dialog_buttons, error_label, field_caption
from ..widgets.mnemonics import assign_mnemonics

NAME = "Tên cơ quan, đơn vị"
SHORT_NAME = "Tên viết tắt"
KIND = "Loại"
PARENT = "Trực thuộc"
CODE = "Mã đơn vị"
NOTES = "Ghi chú"
"""Field labels; they are also the ``field`` of the core's ValidationError, which is how errors find their widget."""

NO_PARENT = "(Không)"


class AgencyForm(QDialog):
    """Form rows for one agency, an error line under the form, and Lưu / Hủy buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(560)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(300)
        self.name_edit.setPlaceholderText("Ví dụ: Sở Nội vụ")
        self.short_name_edit = QLineEdit()
        self.short_name_edit.setMaxLength(80)
        self.short_name_edit.setPlaceholderText("Ví dụ: SNV")
        self.kind_combo = QComboBox()
        for kind in AgencyKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.parent_combo = QComboBox()
        self.parent_combo.setMaxVisibleItems(20)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(20)
        self.code_edit.setPlaceholderText("Dùng trong dòng “Lưu: VT, …”, ví dụ: SNV")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 4 + 12)

        self.fields: dict[str, QWidget] = {
            NAME: self.name_edit, SHORT_NAME: self.short_name_edit, KIND: self.kind_combo,
            PARENT: self.parent_combo, CODE: self.code_edit, NOTES: self.notes_edit,
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        for label, widget in self.fields.items():
            form.addRow(field_caption(label, widget, required=widget is self.name_edit), widget)

        self.error_label = error_label()

        self.buttons, self.ok_button, self.cancel_button = dialog_buttons()

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        assign_mnemonics(self)
