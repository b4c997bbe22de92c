"""Widgets of the group editor (right half of "Nhóm nơi nhận"): layout only, behaviour is in
:mod:`.editor_presenter`."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...widgets.agency_picker import AgencyCombo
from ...widgets.common import command_button, error_label, hint_label
from ...widgets.field_errors import show_message
from ...widgets.mnemonics import MENU_LETTERS, assign_mnemonics
from ...widgets.page_actions import make_action
from ...widgets.save_state import REVERT_TEXT, REVERT_TIP, SAVE_TIP, SaveStateLabel
from .printing import REPORT_MARKER

NEW_LINE_PLACEHOLDER = "Gõ một dòng rồi nhấn Enter, ví dụ: Các sở, ban, ngành"
PREVIEW_FONT = "Liberation Serif"  # the notice's font (registered at start-up, see ui/startup.py)


class GroupEditorView(QWidget):
    """Name and notes, the ordered lines with their commands, the print preview, errors and Lưu / Hoàn tác thay đổi."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("Ví dụ: Họp Ban Chỉ đạo CCHC quý")
        self.name_edit.setMaxLength(200)
        self.notes_edit = QLineEdit()
        self.notes_edit.setPlaceholderText("Dùng khi nào, cho loại văn bản nào (không bắt buộc)")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Tên nhóm:", self.name_edit)
        form.addRow("Ghi chú:", self.notes_edit)

        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        self.table.setToolTip("Nhấp đúp hoặc nhấn F2 để sửa dòng; Ctrl+↑/Ctrl+↓ để đổi thứ tự")

        self.new_line_edit = QLineEdit()
        self.new_line_edit.setPlaceholderText(NEW_LINE_PLACEHOLDER)
        self.new_line_edit.setClearButtonEnabled(True)
        self.agency_combo = AgencyCombo("Gõ để tìm cơ quan, đơn vị trong danh mục…")

        table_keys = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.add_line_action = make_action(self, "Thêm dòng", "Thêm dòng vừa gõ sau dòng đang chọn (Enter)",
                                           Qt.ShortcutContext.WidgetShortcut)
        self.add_agency_action = make_action(
            self, "Thêm cơ quan…", "Thêm tên cơ quan đã chọn trong danh mục thành một dòng nơi nhận",
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.up_action = make_action(self.table, "Lên", "Đưa dòng đang chọn lên trên (Ctrl+↑)", table_keys, "Ctrl+Up")
        self.down_action = make_action(self.table, "Xuống", "Đưa dòng đang chọn xuống dưới (Ctrl+↓)", table_keys,
                                       "Ctrl+Down")
        self.remove_action = make_action(self.table, "Xóa dòng", "Xóa dòng đang chọn (Delete)", table_keys, "Del")
        self.undo_action = make_action(self.table, "Hoàn tác", "Hoàn tác thay đổi dòng gần nhất (Ctrl+Z)", table_keys,
                                       "Ctrl+Z")
        self.redo_action = make_action(self.table, "Làm lại", "Làm lại thay đổi vừa hoàn tác (Ctrl+Y)", table_keys,
                                       "Ctrl+Y", "Ctrl+Shift+Z")
        self.marker_check = QCheckBox(f"Để báo cáo {REPORT_MARKER}")
        self.marker_check.setToolTip(f"Thêm hoặc bỏ “{REPORT_MARKER}” ở cuối dòng đang chọn")

        self.preview = QTextBrowser()
        self.preview.setFrameShape(QFrame.Shape.NoFrame)
        self.preview.setFont(QFont(PREVIEW_FONT, 12))
        self.preview.setStyleSheet("QTextBrowser { background: white; color: black; }")
        self.preview.setMinimumWidth(240)

        self.error_label = error_label()
        self.state_label = SaveStateLabel()
        self.state_label.setWordWrap(True)
        self.save_action = make_action(self, "Lưu", SAVE_TIP, table_keys, "Ctrl+S")
        self.revert_action = make_action(self, REVERT_TEXT, REVERT_TIP, table_keys)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self._lines_box(), 1)
        layout.addWidget(self.error_label)
        layout.addLayout(self._save_row())
        assign_mnemonics(self, MENU_LETTERS)

    def _lines_box(self) -> QGroupBox:
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_line_edit, 1)
        add_row.addWidget(command_button(self.add_line_action, 110))
        agency_row = QHBoxLayout()
        agency_row.addWidget(self.agency_combo, 1)
        agency_row.addWidget(command_button(self.add_agency_action, 110))
        commands = QHBoxLayout()
        for action in (self.up_action, self.down_action, self.remove_action):
            commands.addWidget(command_button(action, 64))
        commands.addSpacing(12)
        commands.addWidget(self.marker_check)
        commands.addStretch(1)
        commands.addWidget(command_button(self.undo_action))
        commands.addWidget(command_button(self.redo_action))

        preview_box = QVBoxLayout()
        preview_box.setSpacing(4)
        preview_box.addWidget(QLabel("Khi in trong thông báo:"))
        preview_frame = QFrame()
        preview_frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(preview_frame)
        frame_layout.setContentsMargins(0, 0, 0, 0)
        frame_layout.addWidget(self.preview)
        preview_box.addWidget(preview_frame, 1)
        preview_box.addWidget(hint_label("Dòng “Lưu” ghi theo cơ quan ban hành của từng thông báo."))
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(preview_box, 2)

        box = QGroupBox("Các dòng nơi nhận")
        layout = QVBoxLayout(box)
        layout.addLayout(add_row)
        layout.addLayout(agency_row)
        layout.addLayout(commands)
        layout.addLayout(body, 1)
        return box

    def _save_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(command_button(self.save_action, 96))
        row.addWidget(command_button(self.revert_action))
        row.addSpacing(8)
        row.addWidget(self.state_label, 1)
        return row

    def set_lines_model(self, model: QAbstractItemModel) -> None:
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

    def finish_cell_edit(self) -> None:
        """Commit a line still being edited in place (a click on "Lưu" does not take the focus from it)."""
        focused = QApplication.focusWidget()
        if focused is None or focused is self.table or not self.table.isAncestorOf(focused):
            return
        self.table.commitData(focused)
        self.table.closeEditor(focused, QAbstractItemDelegate.EndEditHint.NoHint)

    def show_error(self, text: str) -> None:
        show_message(self.error_label, text)
