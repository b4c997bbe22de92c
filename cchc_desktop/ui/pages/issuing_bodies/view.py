"""Widgets of the "Cơ quan ban hành" page (layout only): the list of bodies on the left, the editor on the right."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from ...widgets.common import hint_label
from ...widgets.page_actions import SplitLayout, list_beside_editor, list_table, make_action
from .editor_view import BodyEditorView

LIST_WIDTH = 250
NAME_COLUMN, SYMBOL_COLUMN = range(2)
INTRO = ("Cơ quan đứng tên trên thông báo: dòng cơ quan chủ quản và tên cơ quan ban hành ở góc trái, ký hiệu "
         "(TB-…), địa danh và chữ ký mặc định. Số thông báo được cấp riêng cho từng cơ quan, từng năm.")
ACTIVATE, DEACTIVATE = "Dùng lại", "Ngừng dùng"


class IssuingBodiesView(QWidget):
    """Heading; left: Thêm / Ngừng dùng / Xóa over the list of bodies; right: :class:`BodyEditorView`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        window, table = Qt.ShortcutContext.WidgetWithChildrenShortcut, Qt.ShortcutContext.WidgetShortcut
        self.bodies = list_table()
        self.add_action = make_action(self, "Thêm", "Thêm cơ quan ban hành mới (Ctrl+N)", window, "Ctrl+N")
        self.active_action = make_action(
            self.bodies, DEACTIVATE, "Ngừng dùng: không chọn được khi soạn thông báo mới, văn bản cũ giữ nguyên",
            table,
        )
        self.delete_action = make_action(self.bodies, "Xóa", "Xóa cơ quan đang chọn (Delete)", table, "Del")
        self.editor = BodyEditorView()
        self.count_label = hint_label()

        self.splitter = list_beside_editor(
            self, "Cơ quan ban hành", INTRO, (self.add_action, self.active_action, self.delete_action),
            self.bodies, self.count_label, self.editor,
            SplitLayout(stretch=(1, 4), sizes=(LIST_WIDTH, 4 * LIST_WIDTH), list_minimum=220, button_width=52),
        )

    def set_bodies_model(self, model: QAbstractItemModel) -> None:
        self.bodies.setModel(model)
        header = self.bodies.horizontalHeader()
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SYMBOL_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)

    def set_count(self, count: int, inactive: int) -> None:
        if not count:
            self.count_label.setText("Chưa có cơ quan ban hành nào. Bấm “Thêm” để khai báo cơ quan đứng tên "
                                     "trên thông báo.")
            return
        stopped = f" ({inactive} ngừng dùng)" if inactive else ""
        self.count_label.setText(f"{count} cơ quan ban hành{stopped}")
