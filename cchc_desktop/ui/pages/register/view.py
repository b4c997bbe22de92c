"""Widgets of the "Sổ văn bản đi" page (layout only; behaviour is in :mod:`.presenter` and :mod:`.file_actions`)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QWidget

from ...models.register_table_model import Column
from ...widgets.common import command_button, fit_columns_to_contents, heading_label, hint_label
from ...widgets.page_actions import list_table, make_action, page_column

SEARCH_PLACEHOLDER = "Tìm theo số, ký hiệu, trích yếu hoặc người ký (gõ không dấu cũng được)"
ALL_YEARS = "Tất cả các năm"
INTRO = ("Văn bản được vào sổ khi ban hành: số theo từng cơ quan ban hành và từng năm, bản PDF lưu kèm mã kiểm tra "
         "SHA-256 và không sửa được nữa.")
EMPTY = "Chưa có văn bản nào được ban hành. Thông báo được vào sổ khi bấm “Ban hành” trên trang “Thông báo”."


class RegisterView(QWidget):
    """Heading, commands, filters, the register table, a count and the full details of the selected entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = list_table()
        self.table.setSortingEnabled(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        window, table = Qt.ShortcutContext.WidgetWithChildrenShortcut, Qt.ShortcutContext.WidgetShortcut
        self.open_action = make_action(
            self.table, "Mở bản PDF đã ban hành", "Mở bản PDF lưu trong sổ khi ban hành (Enter hoặc nhấp đúp)",
            table, "Return", "Enter",
        )
        self.save_pdf_action = make_action(self.table, "Lưu bản PDF…", "Lưu bản PDF đã ban hành ra một tệp (Ctrl+S)",
                                           table, "Ctrl+S")
        self.export_action = make_action(self, "Xuất Excel…", "Xuất các dòng đang hiển thị ra tệp Excel (Ctrl+E)",
                                         window, "Ctrl+E")
        self.find_action = make_action(self, "Tìm", "Tìm trong sổ (Ctrl+F)", window, "Ctrl+F")
        self.table.addAction(self.export_action)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(SEARCH_PLACEHOLDER)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(280)
        self.year_combo = QComboBox()
        self.year_combo.setMinimumContentsLength(12)
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.count_label = QLabel()
        self.empty_label = hint_label(EMPTY)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        commands = QHBoxLayout()
        commands.addWidget(command_button(self.open_action, 96))
        commands.addWidget(command_button(self.save_pdf_action, 96))
        commands.addWidget(command_button(self.export_action, 96))
        commands.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(QLabel("Năm:"))
        filters.addWidget(self.year_combo, 1)

        page_column(
            self, heading_label("Sổ văn bản đi"), hint_label(INTRO), commands, filters,
            self.table, self.empty_label, self.count_label, self.detail_label, grow=self.table,
        )

    def set_model(self, model: QAbstractItemModel) -> None:
        """Show ``model``: the summary takes the spare width, the other columns fit their contents."""
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        fit_columns_to_contents(header)
        header.setSectionResizeMode(Column.SUMMARY, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)

    def set_years(self, years: list[int], selected: int | None) -> None:
        """Fill the year filter ("Tất cả các năm" first) without announcing the change."""
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(ALL_YEARS, None)
        for year in years:
            self.year_combo.addItem(f"Năm {year}", year)
        index = self.year_combo.findData(selected) if selected is not None else 0
        self.year_combo.setCurrentIndex(max(0, index))
        self.year_combo.blockSignals(False)

    def set_count(self, shown: int, total: int) -> None:
        self.count_label.setText(f"Hiển thị {shown}/{total} văn bản")
        self.count_label.setVisible(total > 0)
        self.empty_label.setVisible(total == 0)
