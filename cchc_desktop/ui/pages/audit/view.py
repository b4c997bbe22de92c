"""Widgets of the "Nhật ký thay đổi" page (layout only; behaviour is in :mod:`.presenter`)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...models.audit_table_model import Column
from ...widgets.common import error_label, fit_columns_to_contents, heading_label, hint_label
from ...widgets.date_field import DateField
from ...widgets.page_actions import list_table, make_action

TITLE = "Nhật ký thay đổi"
SEARCH_PLACEHOLDER = "Tìm trong nội dung, giá trị (không dấu cũng được)"
SEARCH_TIP = "Tìm trong nội dung, người thực hiện, bảng và giá trị trước, sau; gõ không dấu cũng được (Ctrl+F)"
ALL_USERS = "Mọi người"
ALL_TABLES = "Mọi bảng"
INTRO = ("Mỗi lần thêm, sửa, xóa, nhập hay ban hành đều được ghi lại: ai làm, lúc nào, ở bảng nào, bản ghi nào và "
         "giá trị trước, sau của từng trường đã đổi. Nhật ký chỉ để xem, không sửa được.")
EMPTY = "Chưa có thay đổi nào được ghi vào nhật ký."
NO_SELECTION = "Chọn một dòng để xem chi tiết thay đổi."


class AuditView(QWidget):
    """Heading, filters, the log table, a count and the before/after details of the selected entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = list_table()
        self.table.setSortingEnabled(True)
        window = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.find_action = make_action(self, "Tìm", "Tìm trong nhật ký (Ctrl+F)", window, "Ctrl+F")

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(SEARCH_PLACEHOLDER)
        self.search_edit.setToolTip(SEARCH_TIP)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(240)
        self.user_combo = _combo(10)
        self.table_combo = _combo(14)
        self.from_field = DateField("Từ ngày")
        self.to_field = DateField("Đến ngày")
        self.date_error = error_label()
        self.count_label = QLabel()
        self.empty_label = hint_label(EMPTY)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(NO_SELECTION)
        self.detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        for caption, widget in (("Người thực hiện:", self.user_combo), ("Bảng:", self.table_combo)):
            filters.addSpacing(6)
            filters.addWidget(QLabel(caption))
            filters.addWidget(widget)
        dates = QHBoxLayout()
        for caption, field in (("Từ ngày:", self.from_field), ("Đến ngày:", self.to_field)):
            dates.addWidget(QLabel(caption))
            dates.addWidget(field)
            dates.addSpacing(6)
        dates.addWidget(self.date_error, 1)
        dates.addStretch(1)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.empty_label)
        top_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        layout.addWidget(heading_label(TITLE))
        layout.addWidget(hint_label(INTRO))
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addWidget(self.splitter, 1)

    def set_model(self, model: QAbstractItemModel) -> None:
        """Show ``model``: the summary takes the spare width, the other columns fit their contents."""
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        fit_columns_to_contents(header)
        header.setSectionResizeMode(Column.SUMMARY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.CHANGES, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.sortByColumn(Column.TIME, Qt.SortOrder.DescendingOrder)

    def set_choices(self, combo: QComboBox, everything: str, choices: list[tuple[str, str]],
                    selected: str | None) -> None:
        """Fill a filter (``everything`` first, data None) with (caption, value) pairs, without announcing it."""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for caption, value in choices:
            combo.addItem(caption, value)
        index = combo.findData(selected) if selected is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def set_count(self, shown: int, total: int) -> None:
        self.count_label.setText(f"Hiển thị {shown}/{total} thay đổi")
        self.count_label.setVisible(total > 0)
        self.empty_label.setVisible(total == 0)


def _combo(characters: int) -> QComboBox:
    combo = QComboBox()
    combo.setMinimumContentsLength(characters)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo
