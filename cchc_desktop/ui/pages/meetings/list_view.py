"""Widgets of the meetings list (layout only; behaviour is in :mod:`.list_presenter`)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QWidget

from ....core.enums import MeetingKind
from ...models.meeting_table_model import Column
from ...widgets.common import command_button, data_table, heading_label, make_action
from ...widgets.page_actions import page_column

SEARCH_PLACEHOLDER = "Tìm theo tên cuộc họp, chủ trì, ngày (gõ không dấu cũng được)"
ALL_YEARS = "Tất cả các năm"
ALL_KINDS = "Tất cả loại cuộc họp"
COLUMN_WIDTHS = {Column.DATE: 96, Column.KIND: 170, Column.CHAIR: 240, Column.TASKS: 100, Column.CONCLUSION: 76}


class MeetingListView(QWidget):
    """Heading, command buttons, filters, the table and a count of the rows shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = data_table()
        self.table.setSortingEnabled(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        window, table = Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.WidgetShortcut
        self.add_action = make_action(self, "Thêm cuộc họp", "Thêm cuộc họp, hội nghị (Ctrl+N)", window,
                                      "Ctrl+N", "Ins")
        self.open_action = make_action(self, "Mở, sửa", "Mở cuộc họp đang chọn để xem, sửa (Enter hoặc nhấp đúp)",
                                       table, "Return", "Enter")
        self.delete_action = make_action(self, "Xóa", "Xóa cuộc họp đang chọn (Delete)", table, "Del")
        self.find_action = make_action(self, "Tìm", "Tìm cuộc họp (Ctrl+F)", window, "Ctrl+F")
        self.addActions([self.add_action, self.find_action])
        self.table.addActions([self.add_action, self.open_action, self.delete_action])

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(SEARCH_PLACEHOLDER)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(260)
        self.year_combo = QComboBox()
        self.year_combo.addItem(ALL_YEARS, None)
        self.year_combo.setMinimumContentsLength(14)
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_combo = QComboBox()
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_combo.setMinimumContentsLength(20)
        self.kind_combo.addItem(ALL_KINDS, None)
        for kind in MeetingKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.count_label = QLabel()

        commands = QHBoxLayout()
        commands.addWidget(command_button(self.add_action, 120))
        for action in (self.open_action, self.delete_action):
            commands.addWidget(command_button(action, 96))
        commands.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.year_combo, 1)
        filters.addWidget(self.kind_combo, 1)

        page_column(
            self, heading_label("Cuộc họp, kết luận"), commands, filters, self.table, self.count_label, grow=self.table
        )

    def set_model(self, model: QAbstractItemModel) -> None:
        """Show ``model``: the title takes the spare width; newest meetings first."""
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)

    def set_count(self, shown: int, total: int) -> None:
        self.count_label.setText(f"Hiển thị {shown}/{total} cuộc họp")
