"""Widgets of the plans page (layout only; behaviour is in :mod:`.presenter`)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from ....core.enums import PlanKind
from ...models.plan_table_model import Column
from ...widgets.common import command_button, heading_label, make_action
from ...widgets.page_actions import page_column
from .row_padding import PaddedDelegate

TITLE = "Kế hoạch, nghị quyết"
SEARCH_PLACEHOLDER = "Tìm theo số, ký hiệu, trích yếu hoặc cơ quan ban hành (gõ không dấu cũng được)"
ALL_KINDS = "Tất cả loại văn bản"
ASSIGN = "Giao nhiệm vụ theo văn bản này…"




class PlansView(QWidget):
    """Heading, command buttons, filters, the table of plans and a count of the rows shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = heading_label(TITLE)

        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        # Summaries are long: they wrap, and each row is as tall as its text (a register holds tens of plans).
        self.table.setWordWrap(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setItemDelegate(PaddedDelegate(self.table))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        window, table = Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.WidgetShortcut
        self.add_action = make_action(
            self, "Thêm", "Thêm kế hoạch, nghị quyết (Ctrl+N hoặc Insert)", window, "Ctrl+N", "Ins"
        )
        self.edit_action = make_action(
            self, "Sửa", "Sửa văn bản đang chọn và các chỉ tiêu (Enter hoặc nhấp đúp)", table, "Return", "Enter"
        )
        self.delete_action = make_action(self, "Xóa", "Xóa văn bản đang chọn (Delete)", table, "Del")
        self.assign_action = make_action(
            self, ASSIGN, "Giao một nhiệm vụ mới có nguồn là văn bản đang chọn", window
        )
        self.assign_action.setIconText(ASSIGN)  # Qt drops a trailing "…" from button texts unless told
        self.find_action = make_action(self, "Tìm", "Tìm kế hoạch, nghị quyết (Ctrl+F)", window, "Ctrl+F")
        self.addActions([self.add_action, self.find_action])
        self.table.addActions([self.add_action, self.edit_action, self.delete_action, self.assign_action])

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(SEARCH_PLACEHOLDER)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(240)
        self.kind_combo = QComboBox()
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_combo.setMinimumContentsLength(16)
        self.kind_combo.addItem(ALL_KINDS, None)
        for kind in PlanKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.count_label = QLabel()

        self.add_button = command_button(self.add_action, 96)
        self.edit_button = command_button(self.edit_action, 96)
        self.delete_button = command_button(self.delete_action, 96)
        self.assign_button = command_button(self.assign_action, 96)
        commands = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.assign_button):
            commands.addWidget(button)
        commands.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.kind_combo)

        page_column(self, heading, commands, filters, self.table, self.count_label, grow=self.table)

    def set_model(self, model: QAbstractItemModel) -> None:
        """Show ``model``: the summary column takes the spare width, the others fit their contents; newest first."""
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.sortByColumn(Column.ISSUED_ON, Qt.SortOrder.DescendingOrder)

    def set_count(self, shown: int, total: int) -> None:
        self.count_label.setText(f"Hiển thị {shown}/{total} kế hoạch, nghị quyết")
