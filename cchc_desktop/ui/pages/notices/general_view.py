"""The "Thông tin chung" tab of the notice editor (layout only; filled and read by :mod:`.form_presenter`)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...widgets.common import combo_line_edit, field_caption, hint_label
from ...widgets.lines_edit import LinesEdit
from ...widgets.mnemonics import MENU_LETTERS, assign_mnemonics

BLANK = "–"
DATE_HINT = "Để trống ngày khi chưa ký: ngày ban hành được ghi khi cấp số."


def _spin(minimum: int, maximum: int, blank: bool, tip: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(minimum, maximum)
    if blank:
        spin.setSpecialValueText(BLANK)
    spin.setToolTip(tip)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    spin.setMinimumWidth(64)
    return spin


class GeneralView(QWidget):
    """Issuing body, number, summary, place and date, signature. ``fields`` maps the field names used in
    ValidationError messages to their widgets."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body_combo = QComboBox()
        self.body_combo.setToolTip("Cơ quan ban hành quyết định tiêu đề, ký hiệu và chữ ký mặc định")
        self.reference_label = QLabel()
        self.reference_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setPlaceholderText("Kết luận của đồng chí … tại cuộc họp …")
        self.summary_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText("Lạng Sơn")
        self.day_spin = _spin(0, 31, True, "Ngày (để trống khi chưa ký)")
        self.month_spin = _spin(0, 12, True, "Tháng")
        self.year_spin = _spin(2000, 2100, False, "Năm")
        self.date_line = QLabel()
        italic = QFont(self.date_line.font())
        italic.setItalic(True)
        self.date_line.setFont(italic)
        # One line per line of the signature block ("TM. ỦY BAN NHÂN DÂN" above "KT. CHỦ TỊCH"), as printed.
        self.authority_edit = LinesEdit(2)
        self.authority_edit.setPlaceholderText("TL. CHỦ TỊCH")
        self.authority_edit.setToolTip("Quyền hạn ký: TM., KT., TL., TUQ. …, mỗi dòng một dòng của chữ ký (Enter "
                                       "xuống dòng); để trống khi ký với chức vụ của mình")
        self.signer_title_edit = QLineEdit()
        self.signer_title_edit.setPlaceholderText("CHÁNH VĂN PHÒNG")
        self.signer_combo = QComboBox()
        self.signer_combo.setEditable(True)
        self.signer_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo_line_edit(self.signer_combo).setPlaceholderText("Họ và tên người ký")

        date_row = QHBoxLayout()
        date_row.setSpacing(6)
        for text, spin in (("ngày", self.day_spin), ("tháng", self.month_spin), ("năm", self.year_spin)):
            date_row.addWidget(QLabel(text))
            date_row.addWidget(spin)
        date_row.addStretch(1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(field_caption("Cơ quan ban hành", self.body_combo, True), self.body_combo)
        form.addRow(QLabel("Số, ký hiệu:"), self.reference_label)  # read-only: no Alt+letter
        form.addRow(field_caption("Trích yếu", self.summary_edit, True), self.summary_edit)
        form.addRow(field_caption("Địa danh", self.place_edit, True), self.place_edit)
        form.addRow(field_caption("Ngày", self.day_spin), date_row)
        form.addRow("", self.date_line)
        self.date_hint = hint_label(DATE_HINT)
        form.addRow("", self.date_hint)
        form.addRow(field_caption("Quyền hạn", self.authority_edit), self.authority_edit)
        form.addRow(field_caption("Chức vụ người ký", self.signer_title_edit), self.signer_title_edit)
        form.addRow(field_caption("Người ký", self.signer_combo), self.signer_combo)
        assign_mnemonics(self, MENU_LETTERS)

        self.fields: dict[str, QWidget] = {
            "Cơ quan ban hành": self.body_combo, "Trích yếu": self.summary_edit, "Địa danh": self.place_edit,
            "Ngày": self.day_spin, "Tháng": self.month_spin, "Năm": self.year_spin,
            "Quyền hạn": self.authority_edit, "Chức vụ": self.signer_title_edit, "Người ký": self.signer_combo,
        }
        self.summary_edit.textChanged.connect(self.changed)
        for edit in (self.place_edit, self.authority_edit, self.signer_title_edit):
            edit.textEdited.connect(self.changed)
        for spin in (self.day_spin, self.month_spin, self.year_spin):
            spin.valueChanged.connect(self.changed)
        self.signer_combo.currentTextChanged.connect(self.changed)

    def set_read_only(self, read_only: bool) -> None:
        for edit in (self.summary_edit, self.place_edit, self.authority_edit, self.signer_title_edit):
            edit.setReadOnly(read_only)
        for widget in (self.body_combo, self.day_spin, self.month_spin, self.year_spin, self.signer_combo):
            widget.setEnabled(not read_only)
        self.date_hint.setVisible(not read_only)
