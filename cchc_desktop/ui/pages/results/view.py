"""Widgets of the "Kết quả chỉ số" page (layout only; behaviour is in :mod:`.presenter`)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...models.result_history_model import HistoryColumn
from ...models.result_table_model import Column
from ...widgets.common import command_button, data_table, fit_columns_to_contents, heading_label, hint_label

SEARCH_PLACEHOLDER = "Tìm tỉnh, thành phố…"
BANNER_STYLE = ("QLabel#banner { background: #fff4ce; color: #5c4300; border: 1px solid #e8c95a; "
                "border-radius: 4px; padding: 6px 10px; }")


def table_view() -> QTableView:
    """A read-only, row-selecting table in the application's list style, its column titles kept plain."""
    return data_table(row_padding=10, highlight_header=False)


class ResultsView(QWidget):
    """Index and year choice, search, the partial-table banner, the year's table and the history panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.import_action = QAction("Nhập bảng kết quả…", self)
        self.import_action.setToolTip("Nhập bảng kết quả một năm từ tệp .csv hoặc .xlsx (Ctrl+I)")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setIconText(self.import_action.text())  # a tool button would drop the "…"
        self.find_action = QAction("Tìm", self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.addActions([self.import_action, self.find_action])
        import_button = command_button(self.import_action)

        self.index_combo = QComboBox()
        self.index_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.index_combo.setMinimumContentsLength(46)
        self.year_combo = QComboBox()
        self.year_combo.setMinimumContentsLength(6)
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(SEARCH_PLACEHOLDER)
        self.search_edit.setToolTip("Gõ một phần tên, có dấu hay không dấu đều được (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(180)
        choices = QHBoxLayout()
        for caption, widget in (("Chỉ số:", self.index_combo), ("Năm:", self.year_combo)):
            label = QLabel(caption)
            label.setBuddy(widget)
            choices.addWidget(label)
            choices.addWidget(widget)
            choices.addSpacing(8)
        choices.addWidget(self.search_edit, 1)
        choices.addSpacing(8)
        choices.addWidget(import_button)

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.source_label = hint_label()
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = table_view()
        self.table.setSortingEnabled(True)
        self.count_label = QLabel()

        self.history_title = QLabel()
        title_font = QFont(self.history_title.font())
        title_font.setBold(True)
        self.history_title.setFont(title_font)
        self.history_title.setWordWrap(True)
        self.history_table = table_view()
        self.history_note = hint_label("Chọn một tỉnh, thành phố trong bảng để xem kết quả các năm.")
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(8, 0, 0, 0)
        history_layout.addWidget(self.history_title)
        history_layout.addWidget(self.history_table, 1)
        history_layout.addWidget(self.history_note)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(history)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 460])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        layout.addWidget(heading_label("Kết quả chỉ số"))
        layout.addLayout(choices)
        layout.addWidget(self.banner)
        layout.addWidget(self.source_label)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count_label)

    def set_models(self, table_model: QAbstractItemModel, history_model: QAbstractItemModel) -> None:
        self.table.setModel(table_model)
        header = self.table.horizontalHeader()
        fit_columns_to_contents(header)
        header.setSectionResizeMode(Column.SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(Column.RANK, Qt.SortOrder.AscendingOrder)
        self.history_table.setModel(history_model)
        header = self.history_table.horizontalHeader()
        fit_columns_to_contents(header)
        header.setSectionResizeMode(HistoryColumn.CHANGE, QHeaderView.ResizeMode.Stretch)

    def set_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
