"""Tệp › Cài đặt…: own province (with its pre-2025 province) and drafter initials, checked like
``cchc settings set`` and saved together."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import CchcError
from ...core.services.first_start import predecessors
from ...core.services.settings import DRAFTER_INITIALS, OWN_PROVINCE, OWN_PROVINCE_BEFORE_2025, SettingsService
from ...core.services.user_settings import INITIALS_MAX, check_value, province_names
from ..context import AppContext
from ..topics import Topic
from ..widgets.common import dialog_buttons, error_label
from ..widgets.field_errors import show_error
from ..widgets.mnemonics import assign_mnemonics

PLACEHOLDER = "— Chọn tỉnh, thành phố —"
BEFORE_PLACEHOLDER = "— Chọn tỉnh trước 01/7/2025 —"
SAVED_MESSAGE = "Đã lưu cài đặt."


class SettingsDialog(QDialog):
    """Window-modal (``open()``); on Lưu both values are checked first, then stored, then the dialog closes.

    A refused value leaves everything as it was: the reason shows under the form and the field takes the focus.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None, year: int | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.year = year or dt.date.today().year
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle("Cài đặt")
        self.setMinimumWidth(460)
        self.service = SettingsService(context.db)

        self.province_combo = QComboBox()
        self.province_combo.setMaxVisibleItems(20)
        self.before_combo = QComboBox()
        self.before_combo.setToolTip("Tỉnh trước 01/7/2025 có kết quả các năm trước của tỉnh mình")
        self.initials_edit = QLineEdit()
        self.initials_edit.setMaxLength(INITIALS_MAX)
        self.initials_edit.setPlaceholderText("Ví dụ: LTH")
        self.initials_edit.textEdited.connect(self._capitalise)
        self._fill(self.service.get(OWN_PROVINCE) or "", self.service.get(DRAFTER_INITIALS) or "")
        self._fill_before(self.service.get(OWN_PROVINCE_BEFORE_2025) or "")
        self.province_combo.currentIndexChanged.connect(lambda _index: self._fill_before(self.before()))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in ((f"Tỉnh của mình (năm {self.year}):", self.province_combo),
                             ("Trước 01/7/2025 là tỉnh:", self.before_combo),
                             ("Chữ viết tắt người soạn:", self.initials_edit)):
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        hint = QLabel("Tỉnh của mình được tô đậm trong bảng kết quả, đồ thị và phân tích; tỉnh trước 01/7/2025 "
                      "cho kết quả các năm trước khi hợp nhất. Chữ viết tắt người soạn "
                      "ghi ở dòng “Lưu: VT, …” của thông báo; để trống nếu không dùng.")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        self.error_label = error_label()
        self.buttons, self.ok_button, self.cancel_button = dialog_buttons()
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        assign_mnemonics(self)

    def _fill(self, province: str, initials: str) -> None:
        names = province_names(self.context.db, self.year)
        current = self._current_unit(province)
        if current not in names:
            self.province_combo.addItem(PLACEHOLDER, None)
        for name in names:
            self.province_combo.addItem(name, name)
        self.province_combo.setCurrentIndex(max(self.province_combo.findData(current), 0))
        self.initials_edit.setText(initials)

    def before(self) -> str:
        return self.before_combo.currentData() or ""

    def _fill_before(self, chosen: str) -> None:
        """The provinces before 1 July 2025 that became the chosen one; a choice only after a merger."""
        province = self.province_combo.currentData()
        old = predecessors(self.context.db, province) if province else []
        self.before_combo.clear()
        if len(old) > 1:
            self.before_combo.addItem(BEFORE_PLACEHOLDER, None)
        for name in old:
            self.before_combo.addItem(name, name)
        self.before_combo.setCurrentIndex(max(self.before_combo.findData(chosen), 0))
        self.before_combo.setEnabled(len(old) > 1)

    def _current_unit(self, province: str) -> str | None:
        """The unit of this year the stored name designates (a name from an earlier year may still match)."""
        if not province:
            return None
        try:
            return check_value(self.context.db, OWN_PROVINCE, province, self.year)
        except CchcError:
            return None

    def _capitalise(self, text: str) -> None:
        if text != text.upper():
            position = self.initials_edit.cursorPosition()
            self.initials_edit.setText(text.upper())
            self.initials_edit.setCursorPosition(position)

    def submit(self) -> None:
        """Check both values, store them, tell the window; on a refusal show why and keep the dialog open."""
        province = self.province_combo.currentData() or ""
        try:
            values = {
                OWN_PROVINCE: check_value(self.context.db, OWN_PROVINCE, province, self.year),
                OWN_PROVINCE_BEFORE_2025: check_value(self.context.db, OWN_PROVINCE_BEFORE_2025, self.before(),
                                                      own_province=province),
                DRAFTER_INITIALS: check_value(self.context.db, DRAFTER_INITIALS, self.initials_edit.text()),
            }
            for key, value in values.items():
                self.service.set(key, value)
        except CchcError as error:
            self._show_error(error)
            return
        self.context.signals.announce(Topic.SETTINGS)
        self.context.signals.status_message.emit(SAVED_MESSAGE)
        self.accept()

    def _show_error(self, error: CchcError) -> None:
        show_error(self.error_label, error, {OWN_PROVINCE: self.province_combo,
                                                   OWN_PROVINCE_BEFORE_2025: self.before_combo,
                                                   DRAFTER_INITIALS: self.initials_edit})
