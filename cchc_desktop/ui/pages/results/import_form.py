"""Widgets of the "Nhập bảng kết quả" dialog (layout only; behaviour is in :mod:`.import_dialog`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...widgets.common import ERROR_STYLE, HINT_STYLE
from ...widgets.eliding_combo import ElidingComboBox
from ...widgets.path_label import PathLabel
from ...widgets.year_spin import year_spin

FIRST_YEAR = 1990
LAST_YEAR = 2100
AUTO_COUNT = "Tự xác định"
OK_STYLE = "color: #1b7a33;"
MAX_INDEX_WIDTH = 640  # the dialog then stays within a 1366-pixel-wide screen
FORMAT_HINT = ("Tệp .xlsx hoặc .csv (kể cả CSV do Excel lưu: mã Windows-1258, cột cách nhau bằng dấu “;”, số "
               "thập phân dùng dấu phẩy) có dòng tiêu đề gồm cột “Tỉnh, thành phố”, “Điểm” và có thể có “Xếp "
               "hạng”. Tỉnh không có điểm thì để trống ô điểm. Không ghi thứ hạng thì chương trình tự xếp theo "
               "điểm.")


class ResultImportForm(QDialog):
    """File, index, year, N, "replace" choice, the result of the check, and Kiểm tra / Nhập / Hủy buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Nhập bảng kết quả chỉ số")
        self.setMinimumWidth(600)
        self.file_label = PathLabel()
        self.file_button = QPushButton("Chọn tệp khác…")
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.file_button)
        # Sized by fit_index_combo(), not by its longest name (which would widen it past the dialog's edge).
        self.index_combo = ElidingComboBox()
        self.index_combo.setMinimumContentsLength(24)
        self.year_spin = year_spin(FIRST_YEAR, LAST_YEAR,
                                   tip="Năm của kết quả (năm được đánh giá), không phải năm công bố")
        self.count_spin = QSpinBox()
        self.count_spin.setRange(0, 999)
        self.count_spin.setSpecialValueText(AUTO_COUNT)
        self.count_spin.setToolTip(
            "N trong “x/N”. Để “Tự xác định”: bảng có thứ hạng thì xếp trên mọi tỉnh, thành phố của năm đó; "
            "bảng chỉ có điểm thì xếp trên số tỉnh có điểm."
        )
        self.replace_check = QCheckBox("Thay bảng đã có của năm này")
        self.existing_label = QLabel()
        self.existing_label.setWordWrap(True)
        self.existing_label.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        form.addRow("Tệp:", file_row)
        form.addRow("Chỉ số:", self.index_combo)
        form.addRow("Năm kết quả:", self.year_spin)
        form.addRow("Số đơn vị được xếp hạng:", self.count_spin)
        form.addRow("", self.replace_check)
        form.addRow("", self.existing_label)

        hint = QLabel(FORMAT_HINT)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.hide()

        # In the order of the work: check first, then import (a button box would reorder them by platform).
        self.check_button = QPushButton("Kiểm tra")
        self.check_button.setToolTip("Đọc và kiểm tra tệp, chưa lưu gì (chạy thử)")
        self.import_button = QPushButton("Nhập")
        self.import_button.setToolTip("Có thể nhập sau khi kiểm tra không thấy lỗi")
        self.cancel_button = QPushButton("Hủy")
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        for button in (self.check_button, self.import_button, self.cancel_button):
            self.buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.status_label)
        layout.addLayout(self.buttons)

    def fit_index_combo(self) -> None:
        """Make the index box (and so the dialog) wide enough for the longest name, up to
        :data:`MAX_INDEX_WIDTH`; its open list is then no wider than the box, and a longer name ends in "…" with
        the whole name in its tooltip."""
        combo = self.index_combo
        metrics = combo.fontMetrics()
        longest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
        combo.setMinimumWidth(min(MAX_INDEX_WIDTH, longest + 2 * metrics.averageCharWidth() + 32))
        for i in range(combo.count()):
            combo.setItemData(i, combo.itemText(i), Qt.ItemDataRole.ToolTipRole)
        combo.setToolTip(combo.currentText())
        layout = self.layout()
        if layout is not None:  # an explicit minimum width stops the layout from widening the dialog itself
            self.setMinimumWidth(max(self.minimumWidth(), layout.minimumSize().width()))
            self.resize(max(self.width(), self.minimumWidth()), self.height())

    def show_status(self, text: str, ok: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.status_label.setVisible(bool(text))
        self.fit_height()

    def show_existing(self, text: str) -> None:
        self.existing_label.setText(text)
        self.existing_label.setStyleSheet(HINT_STYLE)
        self.existing_label.setVisible(bool(text))
        self.fit_height()

    def fit_height(self) -> None:
        """Grow or shrink to the wrapped labels (a dialog does not follow their height by itself)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
            self.resize(self.width(), layout.totalHeightForWidth(self.width()))
