"""Widgets of the "Nhóm nơi nhận" page (layout only): the list of groups on the left, the editor on the right."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from ...models.recipient_group_model import GroupColumn
from ...widgets.common import hint_label
from ...widgets.page_actions import SplitLayout, list_beside_editor, list_table, make_action
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

        self.splitter = list_beside_editor(
            self, "Nhóm nơi nhận", INTRO, (self.add_action, self.rename_action, self.delete_action),
            self.groups, self.count_label, self.editor,
            SplitLayout(stretch=(2, 5), sizes=(LIST_WIDTH, 2 * LIST_WIDTH), list_minimum=260, button_width=80),
        )

    def set_groups_model(self, model: QAbstractItemModel) -> None:
        self.groups.setModel(model)
        header = self.groups.horizontalHeader()
        header.setSectionResizeMode(GroupColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(GroupColumn.LINES, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)

    def set_count(self, count: int) -> None:
        self.count_label.setText(f"{count} nhóm nơi nhận" if count else "Chưa có nhóm nơi nhận nào.")
