"""Correct an index's scale, unit and notes (the code, name and grouping come with the program)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ....core.errors import ValidationError
from ....core.formats import parse_number
from ....core.services.index_catalogue import (
    NOTES,
    SCALE_MAX,
    SCALE_MIN,
    UNIT,
    IndexCatalogueService,
    IndexEdit,
    IndexInfo,
)
from ...models.criteria_tree_model import points
from .form_dialog import FormDialog, notes_edit


def _number(edit: QLineEdit, field: str) -> float:
    text = edit.text().strip()
    if not text:
        raise ValidationError(field, text, f"Cần ghi {field.lower()}.")
    return parse_number(text, field)


class IndexDialog(FormDialog):
    """Emits ``saved(code)``; a scale that would leave stored scores outside it is refused."""

    def __init__(self, service: IndexCatalogueService, info: IndexInfo, parent: QWidget | None = None) -> None:
        super().__init__(f"Sửa thông tin chỉ số {info.code}", parent)
        self.service = service
        self.info = info
        name = QLabel(f"<b>{info.code}</b> – {info.name}<br>{info.publisher}")
        name.setWordWrap(True)
        self.form.addRow(name)
        self.min_edit = QLineEdit(points(info.scale_min))
        self.max_edit = QLineEdit(points(info.scale_max))
        self.unit_edit = QLineEdit(info.unit)
        self.unit_edit.setMaxLength(20)
        self.unit_edit.setPlaceholderText("Ví dụ: điểm, %")
        self.notes_edit = notes_edit(5)
        self.notes_edit.setPlainText(info.notes)
        self.add_row(SCALE_MIN, self.min_edit, required=True)
        self.add_row(SCALE_MAX, self.max_edit, required=True,
                     hint="Bảng kết quả nhập sau này phải có điểm nằm trong thang điểm này.")
        self.add_row(UNIT, self.unit_edit)
        self.add_row(NOTES, self.notes_edit)

    def save(self) -> str:
        edit = IndexEdit(_number(self.min_edit, SCALE_MIN), _number(self.max_edit, SCALE_MAX), self.unit_edit.text(),
                         self.notes_edit.toPlainText())
        self.service.update(self.info.code, edit)
        return self.info.code
