"""Widgets of the tasks page (layout only; behaviour is in :mod:`.presenter`)."""

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
    QToolButton,
    QWidget,
)

from ....core.enums import TaskSource, TaskStatus
from ....core.formats import format_number
from ...models.task_table_model import Column
from ...widgets.agency_picker import AgencyCombo
from ...widgets.common import command_button, error_label, heading_label, make_action
from ...widgets.date_field import DateField
from ...widgets.mnemonics import MENU_LETTERS, assign_mnemonics
from ...widgets.page_actions import page_column
from .wrap_delegate import WrappedTextDelegate

SEARCH_PLACEHOLDER = "Tìm nhiệm vụ (gõ không dấu cũng được)"
ALL_AGENCIES = "Tất cả cơ quan (chủ trì hoặc phối hợp)"
ALL_STATUSES = "Tất cả tình trạng"
OPEN_TASKS = "Chưa hoàn thành"
ALL_SOURCES = "Tất cả nguồn"
OVERDUE_ONLY = "Chỉ nhiệm vụ quá hạn"

# Starting widths of the columns that do not stretch, as a sample of the text they should hold on one line
# (longer text wraps onto the row's lines); the task text takes what is left.
_COLUMN_SAMPLES = {
    Column.LEAD: "Văn phòng UBND", Column.COOPERATORS: "Sở Thông tin và", Column.DEADLINE: "trong Quý IV/",
    Column.DUE: "30/09/2024 ▾", Column.STATUS: "Đang thực hiện", Column.SOURCE: "Kế hoạch số 04/",
    Column.PROGRESS: "05/07/2022: Đã gửi",
}
ROW_LINES = 3




class TasksView(QWidget):
    """Heading, command buttons, filters, the table and a count of the rows shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = heading_label("Nhiệm vụ")

        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # one Tab stop: Tab goes on, the arrows move within the list
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setItemDelegate(WrappedTextDelegate(ROW_LINES, self.table))
        self.table.setShowGrid(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setAlternatingRowColors(True)
        # Exactly ROW_LINES lines of text per row: longer text ends in "…" (the tooltip has all of it).
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * ROW_LINES + 10)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        window, table = Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.WidgetShortcut
        self.add_action = make_action(self, "Giao nhiệm vụ", "Giao nhiệm vụ mới (Ctrl+N)", window, "Ctrl+N")
        self.edit_action = make_action(
            self, "Sửa", "Sửa nhiệm vụ đang chọn (Enter hoặc nhấp đúp)", table, "Return", "Enter")
        self.progress_action = make_action(self, "Cập nhật tiến độ…", "Ghi tiến độ của nhiệm vụ đang chọn", table)
        self.complete_action = make_action(self, "Hoàn thành…", "Ghi nhận nhiệm vụ đang chọn đã hoàn thành", table)
        self.delete_action = make_action(self, "Xóa", "Xóa nhiệm vụ đang chọn (Delete)", table, "Del")
        self.export_action = make_action(self, "Xuất Excel…", "Xuất danh sách đang hiển thị ra tệp Excel", window)
        self.import_action = make_action(self, "Nhập từ Excel…", "Nhập nhiệm vụ từ tệp mẫu Excel đã điền", window)
        self.template_action = make_action(self, "Ghi tệp mẫu…", "Ghi tệp Excel mẫu để điền nhiệm vụ rồi nhập", window)
        self.find_action = make_action(self, "Tìm", "Tìm nhiệm vụ (Ctrl+F)", window, "Ctrl+F")
        self.addActions([self.add_action, self.find_action])
        self.table.addActions([self.add_action, self.edit_action, self.progress_action, self.complete_action,
                               self.delete_action])

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(SEARCH_PLACEHOLDER)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(260)
        self.agency_combo = AgencyCombo(ALL_AGENCIES)
        self.agency_combo.setMinimumContentsLength(24)
        self.agency_combo.setToolTip("Nhiệm vụ mà cơ quan này chủ trì hoặc phối hợp; để trống: tất cả")
        self.status_combo = QComboBox()
        self.status_combo.addItem(ALL_STATUSES, ())
        self.status_combo.addItem(OPEN_TASKS, (TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS))
        for status in TaskStatus:
            self.status_combo.addItem(status.label, (status,))
        self.source_combo = QComboBox()
        self.source_combo.addItem(ALL_SOURCES, None)
        for source in TaskSource:
            self.source_combo.addItem(source.label, source)
        self.due_from = DateField("Hạn từ")
        self.due_to = DateField("Hạn đến")
        self.overdue_check = QCheckBox(OVERDUE_ONLY)
        self.clear_filters_button = QToolButton()
        self.clear_filters_button.setText("Bỏ lọc")
        self.clear_filters_button.setToolTip("Hiện lại tất cả nhiệm vụ")
        self.count_label = QLabel()
        self.date_error = error_label()
        """A due-date range that cannot be used (an end before the start, a date that does not exist)."""

        commands = QHBoxLayout()
        for action in (self.add_action, self.edit_action, self.progress_action, self.complete_action,
                       self.delete_action):
            commands.addWidget(command_button(action, 72))
        commands.addStretch(1)
        for action in (self.export_action, self.import_action, self.template_action):
            commands.addWidget(command_button(action, 72))
        first = QHBoxLayout()
        first.addWidget(self.search_edit, 3)
        first.addWidget(self.agency_combo, 2)
        first.addWidget(self.status_combo)
        first.addWidget(self.source_combo)
        second = QHBoxLayout()
        for text, widget in (("Hạn từ", self.due_from), ("đến", self.due_to)):
            caption = QLabel(text)
            caption.setBuddy(widget)
            second.addWidget(caption)
            second.addWidget(widget)
        second.addSpacing(16)
        second.addWidget(self.overdue_check)
        second.addSpacing(8)
        second.addWidget(self.clear_filters_button)
        second.addSpacing(8)
        second.addWidget(self.date_error)
        second.addStretch(1)
        second.addWidget(self.count_label)

        page_column(self, heading, commands, first, second, self.table, grow=self.table, spacing=8)
        assign_mnemonics(self, MENU_LETTERS)

    def set_model(self, model: QAbstractItemModel) -> None:
        """Show ``model``: the task text takes the spare width, the others start narrow enough to leave it room."""
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        metrics = self.fontMetrics()
        for column, sample in _COLUMN_SAMPLES.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 14)
        # Overdue tasks first, then those not finished, then finished ones; each group by due date (the
        # service's order, which the stable sort keeps).
        self.table.sortByColumn(Column.STATUS, Qt.SortOrder.AscendingOrder)

    def set_count(self, shown: int, total: int, overdue: int, *, loading: bool = False) -> None:
        """The count under the list ("Hiển thị 5/17 nhiệm vụ – 1 quá hạn"); while the rest of a long list is being
        read, how many of the first rows are shown and that the others are coming."""
        if loading:
            self.count_label.setText(f"Hiển thị {format_number(shown, 0)} nhiệm vụ đầu tiên/{format_number(total, 0)}"
                                     " – đang tải các nhiệm vụ còn lại…")
            return
        late = f" – {format_number(overdue, 0)} quá hạn" if overdue else ""
        self.count_label.setText(f"Hiển thị {format_number(shown, 0)}/{format_number(total, 0)} nhiệm vụ{late}")
