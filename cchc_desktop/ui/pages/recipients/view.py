"""Widgets of the "Nhóm nơi nhận" page (layout only): the list of groups on the left, the editor on the right."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QSplitter, QVBoxLayout, QWidget

from ...models.recipient_group_model import GroupColumn
from ...widgets.common import command_button, heading_label, hint_label
from ...widgets.page_actions import list_table, make_action
from .editor_view import GroupEditorView

LIST_WIDTH = 360
INTRO = "Các nhóm dòng “Nơi nhận” dùng lại khi soạn thông báo. Chọn một nhóm để sửa các dòng và thứ tự in."


class RecipientGroupsView(QWidget):
    """Heading; left: Thêm nhóm / Đổi tên / Xóa over the list of groups; right: :class:`GroupEditorView`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        window, table = Qt.ShortcutContext.WidgetWithChildrenShortcut, Qt.ShortcutContext.WidgetShortcut
        self.groups = list_table()
        self.add_action = make_action(self, "Thêm nhóm", "Thêm nhóm nơi nhận mới (Ctrl+N)", window, "Ctrl+N")
        self.rename_action = make_action(self.groups, "Đổi tên", "Sửa tên nhóm đang chọn (F2)", table, "F2")
        self.delete_action = make_action(self.groups, "Xóa", "Xóa nhóm đang chọn (Delete)", table, "Del")
        self.editor = GroupEditorView()
        self.count_label = hint_label()

        commands = QHBoxLayout()
        for action in (self.add_action, self.rename_action, self.delete_action):
            commands.addWidget(command_button(action, 80))
        commands.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addLayout(commands)
        left_layout.addWidget(self.groups, 1)
        left_layout.addWidget(self.count_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.editor)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([LIST_WIDTH, 2 * LIST_WIDTH])
        left.setMinimumWidth(260)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(heading_label("Nhóm nơi nhận"))
        layout.addWidget(hint_label(INTRO))
        layout.addWidget(self.splitter, 1)

    def set_groups_model(self, model: QAbstractItemModel) -> None:
        self.groups.setModel(model)
        header = self.groups.horizontalHeader()
        header.setSectionResizeMode(GroupColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(GroupColumn.LINES, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)

    def set_count(self, count: int) -> None:
        self.count_label.setText(f"{count} nhóm nơi nhận" if count else "Chưa có nhóm nơi nhận nào.")
