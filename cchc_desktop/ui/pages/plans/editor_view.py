"""Widgets of the plan editor (layout only; behaviour is in :mod:`.editor`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ....core.enums import PlanKind
from ...models.plan_target_model import TargetColumn
from ...models.plan_task_model import TaskColumn
from ...widgets.common import dialog_buttons, error_label, field_caption
from ...widgets.date_field import DateField
from ...widgets.mnemonics import assign_mnemonics
from ...widgets.year_spin import YearSpin
from .row_padding import PaddedDelegate

KIND = "Loại văn bản"
REFERENCE = "Số, ký hiệu"
ISSUED_ON = "Ngày ban hành"
ISSUER = "Cơ quan ban hành"
TITLE = "Trích yếu"
PERIOD = "Giai đoạn"
TARGETS = "Chỉ tiêu"
"""Field labels; they are also the ``field`` of the core's ValidationError, which is how errors find their widget."""

TARGET_WIDTHS = {
    TargetColumn.CODE: 48, TargetColumn.TARGET: 100, TargetColumn.ACHIEVED: 125, TargetColumn.STATUS: 124,
    TargetColumn.LEAD: 194, TargetColumn.ASSESSED_ON: 105, TargetColumn.NOTES: 140,
}
TASK_WIDTHS = {TaskColumn.LEAD: 210, TaskColumn.DEADLINE: 160, TaskColumn.STATUS: 215}



def _table() -> QTableView:
    """A table whose long texts wrap: rows grow to show a whole target or task (a plan has tens of them)."""
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().setMinimumSectionSize(table.fontMetrics().height() + 12)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().hide()
    table.setItemDelegate(PaddedDelegate(table))
    return table


class PlanEditorView(QDialog):
    """The document's fields, a tab with its targets and one with the tasks it assigned, an error line and
    Lưu / Hủy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(900, 600)
        self.resize(1180, 720)
        self.kind_combo = QComboBox()
        for kind in PlanKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.reference_edit = QLineEdit()
        self.reference_edit.setMaxLength(100)
        self.reference_edit.setPlaceholderText("Ví dụ: 60-NQ/TU")
        self.issued_field = DateField(ISSUED_ON)
        self.issuer_edit = QLineEdit()
        self.issuer_edit.setMaxLength(300)
        self.issuer_edit.setPlaceholderText("Ví dụ: Ban Thường vụ Tỉnh ủy")
        self.title_edit = QPlainTextEdit()
        self.title_edit.setTabChangesFocus(True)
        self.title_edit.setFixedHeight(self.title_edit.fontMetrics().lineSpacing() * 2 + 14)
        self.start_spin = YearSpin()
        self.start_spin.setToolTip("Năm bắt đầu; để trống (—) nếu văn bản không nêu giai đoạn")
        self.end_spin = YearSpin()
        self.end_spin.setToolTip("Năm kết thúc; để trống (—) nếu văn bản không nêu giai đoạn")
        self.fields: dict[str, QWidget] = {
            KIND: self.kind_combo, REFERENCE: self.reference_edit, ISSUED_ON: self.issued_field,
            ISSUER: self.issuer_edit, TITLE: self.title_edit, PERIOD: self.start_spin,
        }

        self.tabs = QTabWidget()
        self.tabs.addTab(self._targets_tab(), TARGETS)
        self.tabs.addTab(self._tasks_tab(), "Nhiệm vụ giao theo văn bản")
        self.fields[TARGETS] = self.targets_table

        self.error_label = error_label()
        self.buttons, self.ok_button, self.cancel_button = dialog_buttons()

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(self._form())
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        assign_mnemonics(self)

    def _form(self) -> QGridLayout:
        period = QHBoxLayout()
        period.setSpacing(6)
        period.addWidget(QLabel("từ năm"))
        period.addWidget(self.start_spin)
        period.addWidget(QLabel("đến năm"))
        period.addWidget(self.end_spin)
        period.addStretch(1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.addWidget(field_caption(KIND, self.kind_combo), 0, 0)
        grid.addWidget(self.kind_combo, 0, 1)
        grid.addWidget(field_caption(REFERENCE, self.reference_edit, required=True), 0, 2)
        grid.addWidget(self.reference_edit, 0, 3)
        grid.addWidget(field_caption(ISSUED_ON, self.issued_field), 0, 4)
        grid.addWidget(self.issued_field, 0, 5)
        grid.addWidget(field_caption(ISSUER, self.issuer_edit), 1, 0)
        grid.addWidget(self.issuer_edit, 1, 1, 1, 3)
        grid.addWidget(field_caption(PERIOD, self.start_spin), 1, 4)
        grid.addLayout(period, 1, 5)
        title_caption = field_caption(TITLE, self.title_edit, required=True)
        grid.addWidget(title_caption, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title_edit, 2, 1, 1, 5)
        grid.setColumnStretch(3, 1)
        return grid

    def _targets_tab(self) -> QWidget:
        self.add_target_button = QPushButton("Thêm chỉ tiêu")
        self.add_target_button.setToolTip("Thêm một chỉ tiêu vào cuối danh sách (Ctrl+Insert)")
        self.remove_target_button = QPushButton("Xóa chỉ tiêu")
        self.remove_target_button.setToolTip("Bỏ chỉ tiêu đang chọn khỏi văn bản (có hiệu lực khi Lưu)")
        self.up_button = QPushButton("Lên")
        self.up_button.setToolTip("Chuyển chỉ tiêu đang chọn lên trên (Ctrl+↑)")
        self.down_button = QPushButton("Xuống")
        self.down_button.setToolTip("Chuyển chỉ tiêu đang chọn xuống dưới (Ctrl+↓)")
        self.summary_label = QLabel()
        font = QFont(self.summary_label.font())
        font.setBold(True)
        self.summary_label.setFont(font)
        self.targets_table = _table()
        self.targets_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.targets_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)

        commands = QHBoxLayout()
        for button in (self.add_target_button, self.remove_target_button, self.up_button, self.down_button):
            commands.addWidget(button)
        commands.addSpacing(16)
        commands.addWidget(self.summary_label, 1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(commands)
        layout.addWidget(self.targets_table, 1)
        return tab

    def _tasks_tab(self) -> QWidget:
        self.assign_button = QPushButton("Giao nhiệm vụ theo văn bản này…")
        self.tasks_hint = QLabel()
        self.tasks_table = _table()
        self.tasks_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tasks_table.setToolTip("Nhấp đúp để mở nhiệm vụ")
        commands = QHBoxLayout()
        commands.addWidget(self.assign_button)
        commands.addSpacing(16)
        commands.addWidget(self.tasks_hint, 1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(commands)
        layout.addWidget(self.tasks_table, 1)
        return tab

    def size_columns(self) -> None:
        """Widths once the models are set: the target's text and the task's title take the spare width."""
        header = self.targets_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TargetColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        for target_column, width in TARGET_WIDTHS.items():
            header.resizeSection(target_column, width)
        header = self.tasks_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TaskColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        for task_column, width in TASK_WIDTHS.items():
            header.resizeSection(task_column, width)
