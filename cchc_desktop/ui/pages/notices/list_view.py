"""Widgets of the notices list (layout only; behaviour is in :mod:`.list_presenter`)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QWidget

from ....core.enums import DocumentStatus
from ...models.notice_table_model import Column
from ...widgets.common import command_button, data_table, heading_label, make_action
from ...widgets.page_actions import page_column

SEARCH_PLACEHOLDER = "Tìm theo số, trích yếu, người ký, ngày (gõ không dấu cũng được)"
ALL_STATUSES = "Tất cả trạng thái"
COLUMN_WIDTHS = {Column.REFERENCE: 120, Column.DATE: 110, Column.SIGNER: 160, Column.STATUS: 170}


class NoticeListView(QWidget):
    """Heading, command buttons, filters, the table and a count of the rows shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = data_table()
        self.table.setSortingEnabled(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        window, table = Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.WidgetShortcut
        self.from_meeting_action = make_action(self, "Soạn từ cuộc họp…",
                                               "Soạn dự thảo thông báo kết luận từ một cuộc họp đã ghi", window)
        self.new_action = make_action(self, "Soạn mới", "Soạn thông báo mới, trống (Ctrl+N)", window, "Ctrl+N")
        self.open_action = make_action(self, "Mở", "Mở thông báo đang chọn (Enter hoặc nhấp đúp)", table,
                                       "Return", "Enter")
        self.delete_action = make_action(self, "Xóa dự thảo", "Xóa dự thảo đang chọn (Delete)", table, "Del")
        self.issue_action = make_action(self, "Ban hành…", "Cấp số trong sổ văn bản đi và ban hành", table)
        self.new_version_action = make_action(self, "Tạo phiên bản mới",
                                              "Tạo dự thảo mới từ thông báo đã ban hành để sửa", table)
        self.find_action = make_action(self, "Tìm", "Tìm thông báo (Ctrl+F)", window, "Ctrl+F")
        self.addActions([self.new_action, self.find_action])
        self.table.addActions([self.open_action, self.issue_action, self.new_version_action, self.delete_action])

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(SEARCH_PLACEHOLDER)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(260)
        self.status_combo = QComboBox()
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_combo.setMinimumContentsLength(16)
        self.status_combo.addItem(ALL_STATUSES, None)
        for status in DocumentStatus:
            self.status_combo.addItem(status.label, status.value)
        self.count_label = QLabel()

        commands = QHBoxLayout()
        commands.addWidget(command_button(self.from_meeting_action, 130))
        commands.addWidget(command_button(self.new_action, 90))
        for action in (self.open_action, self.delete_action):
            commands.addWidget(command_button(action, 80))
        commands.addSpacing(16)
        for action in (self.issue_action, self.new_version_action):
            commands.addWidget(command_button(action, 90))
        commands.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.status_combo, 1)

        page_column(self, heading_label("Thông báo"), commands, filters, self.table, self.count_label, grow=self.table)

    def set_model(self, model: QAbstractItemModel) -> None:
        """Show ``model``: the summary takes the spare width; newest notices first."""
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.SUMMARY, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)

    def set_count(self, shown: int, total: int) -> None:
        self.count_label.setText(f"Hiển thị {shown}/{total} thông báo")
