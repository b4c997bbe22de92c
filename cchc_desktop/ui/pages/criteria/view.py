"""Widgets of the "Bộ tiêu chí" page (layout only; behaviour is in :mod:`.presenter` and :mod:`.actions`)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...models.criteria_index_model import IndexColumn
from ...models.criteria_tree_model import TreeColumn
from ...widgets.common import HINT_STYLE, command_button, data_table, heading_label, make_action
from .name_delegate import WrappingNameDelegate

CHECK_OK_STYLE = "color: #1b7a33;"
CHECK_BAD_STYLE = ("QLabel { color: #b3261e; background: #fdecea; border: 1px solid #f1b0aa; border-radius: 4px; "
                   "padding: 6px 10px; }")




def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class CriteriaView(QWidget):
    """Left: the index catalogue and the chosen index's facts. Right: versions, node commands, the tree, the
    check of the maxima."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut

        def command(text: str, tip: str, *keys: str) -> QAction:
            return make_action(self, text, tip, within, *keys)

        self.edit_index_action = command("Sửa thang điểm, ghi chú…", "Sửa thang điểm, đơn vị tính, ghi chú")
        self.add_version_action = command("Thêm phiên bản…", "Thêm phiên bản bộ tiêu chí (có thể sao chép)")
        self.import_action = command("Nhập từ Excel/CSV…", "Thay cây tiêu chí của phiên bản bằng bảng trong tệp")
        self.add_field_action = command("Thêm lĩnh vực", "Thêm mục cấp cao nhất (Ctrl+N)", "Ctrl+N")
        self.add_child_action = command("Thêm mục con", "Thêm mục con của mục đang chọn (Insert)", "Ins")
        self.edit_action = command("Sửa", "Sửa mục đang chọn (Enter hoặc nhấp đúp)", "Return", "Enter")
        self.delete_action = command("Xóa", "Xóa mục đang chọn (Delete)", "Del")
        self.addActions([self.add_field_action])

        self.index_table = data_table(row_padding=10, highlight_header=False)
        self.index_detail = QLabel()
        self.index_detail.setWordWrap(True)
        self.index_detail.setTextFormat(Qt.TextFormat.RichText)
        self.index_detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.index_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(_bold(QLabel("Danh mục chỉ số")))
        left_layout.addWidget(self.index_table)
        left_layout.addWidget(self.index_detail)
        index_buttons = QHBoxLayout()
        index_buttons.addWidget(command_button(self.edit_index_action))
        index_buttons.addStretch(1)
        left_layout.addLayout(index_buttons)
        left_layout.addStretch(1)

        self.version_combo = QComboBox()
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.version_combo.setMinimumContentsLength(30)
        versions = QHBoxLayout()
        caption = QLabel("Phiên bản:")
        caption.setBuddy(self.version_combo)
        versions.addWidget(caption)
        versions.addWidget(self.version_combo, 1)
        versions.addWidget(command_button(self.add_version_action))
        versions.addWidget(command_button(self.import_action))
        self.version_detail = QLabel()
        self.version_detail.setWordWrap(True)
        self.version_detail.setStyleSheet(HINT_STYLE)
        commands = QHBoxLayout()
        for action in (self.add_field_action, self.add_child_action, self.edit_action, self.delete_action):
            commands.addWidget(command_button(action))
        commands.addStretch(1)

        self.tree = QTreeView()
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)  # long names wrap in the name column instead of being cut
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.tree.setItemDelegateForColumn(TreeColumn.NAME, WrappingNameDelegate(self.tree, TreeColumn.NAME))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.addActions([self.add_child_action, self.edit_action, self.delete_action])
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.check_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addLayout(versions)
        right_layout.addWidget(self.version_detail)
        right_layout.addLayout(commands)
        right_layout.addWidget(self.tree, 1)
        right_layout.addWidget(self.check_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 720])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        layout.addWidget(heading_label("Bộ tiêu chí"))
        layout.addWidget(self.splitter, 1)

    def set_models(self, index_model: QAbstractItemModel, tree_model: QAbstractItemModel) -> None:
        self.index_table.setModel(index_model)
        header = self.index_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(IndexColumn.NAME, QHeaderView.ResizeMode.Stretch)
        self.index_table.setColumnHidden(IndexColumn.PUBLISHER, True)  # in the detail below, to keep names legible
        self.tree.setModel(tree_model)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TreeColumn.NAME, QHeaderView.ResizeMode.Stretch)

    def fit_index_table(self) -> None:
        """Make the catalogue exactly as tall as its rows (a handful), leaving the rest to the index's facts."""
        rows = self.index_table.model().rowCount() if self.index_table.model() else 0
        height = self.index_table.verticalHeader().defaultSectionSize() * rows
        height += self.index_table.horizontalHeader().sizeHint().height() + 2 * self.index_table.frameWidth() + 2
        self.index_table.setFixedHeight(height)

    def set_check(self, problems: list[str], ok_text: str) -> None:
        """The maxima that do not add up (red), or a one-line confirmation that they all do."""
        if problems:
            self.check_label.setStyleSheet(CHECK_BAD_STYLE)
            self.check_label.setText("Điểm tối đa chưa khớp:\n" + "\n".join(f"• {p}" for p in problems))
        else:
            self.check_label.setStyleSheet(CHECK_OK_STYLE)
            self.check_label.setText(ok_text)
        self.check_label.setVisible(bool(problems or ok_text))
