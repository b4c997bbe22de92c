"""Widgets of the agencies page (layout only; behaviour is in :mod:`.presenter`)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from ....core.enums import AgencyKind
from ...models.agency_table_model import Column
from ...widgets.common import command_button, fit_columns_to_contents, heading_label, make_action
from ...widgets.page_actions import page_column

SEARCH_PLACEHOLDER = "Tìm theo tên, tên viết tắt hoặc mã (gõ không dấu cũng được)"
ALL_KINDS = "Tất cả loại"
DEACTIVATE = "Ngừng hoạt động"
REACTIVATE = "Kích hoạt lại"




class AgenciesView(QWidget):
    """Heading, command buttons, filters, the table and a count of the rows shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = heading_label("Cơ quan, đơn vị")

        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        window, table = Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.WidgetShortcut
        self.add_action = make_action(
            self, "Thêm", "Thêm cơ quan, đơn vị (Ctrl+N hoặc Insert)", window, "Ctrl+N", "Ins"
        )
        self.edit_action = make_action(
            self, "Sửa", "Sửa cơ quan, đơn vị đang chọn (Enter hoặc nhấp đúp)", table, "Return", "Enter"
        )
        self.toggle_action = make_action(self, DEACTIVATE, "Ngừng hoạt động hoặc kích hoạt lại đơn vị đang chọn", table)
        self.delete_action = make_action(self, "Xóa", "Xóa cơ quan, đơn vị đang chọn (Delete)", table, "Del")
        self.find_action = make_action(self, "Tìm", "Tìm cơ quan, đơn vị (Ctrl+F)", window, "Ctrl+F")
        self.addActions([self.add_action, self.find_action])
        self.table.addActions([self.add_action, self.edit_action, self.toggle_action, self.delete_action])

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(SEARCH_PLACEHOLDER)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(240)
        self.kind_combo = QComboBox()
        # Shrinks with the window (the open list still shows whole labels) so the search box keeps its room.
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_combo.setMinimumContentsLength(12)
        self.kind_combo.addItem(ALL_KINDS, None)
        for kind in AgencyKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.inactive_check = QCheckBox("Hiện cả đơn vị ngừng hoạt động")
        self.count_label = QLabel()

        commands = QHBoxLayout()
        for action in (self.add_action, self.edit_action, self.toggle_action, self.delete_action):
            commands.addWidget(command_button(action, 96))
        commands.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.kind_combo, 1)
        filters.addWidget(self.inactive_check)

        page_column(self, heading, commands, filters, self.table, self.count_label, grow=self.table)

    def set_model(self, model: QAbstractItemModel) -> None:
        """Show ``model`` in the table: the name column takes the spare width, the others fit their contents."""
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        fit_columns_to_contents(header)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)

    def set_count(self, shown: int, total: int) -> None:
        self.count_label.setText(f"Hiển thị {shown}/{total} cơ quan, đơn vị")
