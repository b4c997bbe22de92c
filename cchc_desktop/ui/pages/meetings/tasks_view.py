"""The "Nhiệm vụ" tab: the tasks assigned at the meeting (layout only)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ...models.meeting_task_table_model import Column
from ...widgets.common import data_table, hint_label

UNSAVED = "Hãy lưu cuộc họp (Ctrl+S) trước: nhiệm vụ được giao từ kết luận của một cuộc họp đã lưu."


class TasksTab(QStackedWidget):
    """An explanation while the meeting is not saved; afterwards the task list with its commands."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unsaved_note = hint_label(UNSAVED)
        self.unsaved_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table = data_table()
        self.table.setSortingEnabled(True)
        self.summary = hint_label()
        self.open_button = QPushButton("Mở nhiệm vụ")
        self.open_button.setToolTip("Xem, sửa, cập nhật tiến độ nhiệm vụ đang chọn (nhấp đúp)")
        self.add_button = QPushButton("Giao nhiệm vụ mới…")
        self.add_button.setToolTip("Giao một nhiệm vụ theo kết luận của cuộc họp này")

        list_page = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(list_page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.addWidget(self.unsaved_note)
        self.addWidget(list_page)

    def set_model(self, model: QAbstractItemModel) -> None:
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in {Column.LEAD: 180, Column.COOPERATORS: 180, Column.DEADLINE: 175,
                              Column.STATUS: 165}.items():
            self.table.setColumnWidth(column, width)

    def show_list(self, shown: bool) -> None:
        self.setCurrentIndex(1 if shown else 0)
