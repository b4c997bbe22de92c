"""The four tabs of the analysis page (layout only): criteria tree, lost points, drafted text, scenario."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...models.analysis_scenario_model import PREVIOUS_YEAR
from ...models.analysis_scenario_model import Column as ScenarioColumn
from ...models.analysis_share_model import Column as ShareColumn
from ...models.analysis_tree_model import Column as TreeColumn
from ...widgets.common import combo_line_edit, command_button
from ...widgets.page_actions import make_action
from .share_delegate import ShareBarDelegate

CUMULATIVE_COLOR = QColor("#1f5fa8")  # documents/charts.py PALETTE[0]
DOCUMENT_FONT = "Liberation Serif"


def _caption(text: str) -> QLabel:
    label = QLabel(f"<b>{text}</b>")
    label.setContentsMargins(0, 6, 0, 2)
    return label


def _table() -> QTableView:
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    return table


class CriteriaTab(QWidget):
    """The tree with the score of every item; the scores of the items without sub-items are typed in the tree
    (Enter or F2, or just type), imported from a file or written out as a workbook to fill in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeView()
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        keys = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.save_action = make_action(self, "Lưu điểm", "Lưu các điểm vừa nhập (Ctrl+S)", keys, "Ctrl+S")
        self.revert_action = make_action(self, "Bỏ thay đổi", "Trở lại các điểm đã lưu", keys)
        self.undo_action = make_action(self, "Hoàn tác", "Hoàn tác điểm vừa nhập (Ctrl+Z)", keys, "Ctrl+Z")
        self.redo_action = make_action(self, "Làm lại", "Làm lại (Ctrl+Y)", keys, "Ctrl+Y", "Ctrl+Shift+Z")
        self.import_action = make_action(self, "Nhập điểm từ tệp…", "Nhập điểm từng mục từ tệp Excel (.xlsx) hoặc "
                                         "CSV có cột “Mã” và “Điểm” (tất cả hoặc không dòng nào)", keys)
        self.template_action = make_action(self, "Tạo mẫu để điền điểm…", "Ghi tệp Excel theo cây tiêu chí của năm, "
                                           "điền cột “Điểm” rồi nhập lại", keys)
        hint = QLabel("Gõ điểm đạt vào ô của từng tiêu chí thành phần (ô nền xanh nhạt); điểm của tiêu chí là tổng "
                      "các tiêu chí thành phần. Ô nền vàng: điểm chưa lưu.")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        commands = QHBoxLayout()
        for action in (self.import_action, self.template_action):
            commands.addWidget(command_button(action))
        commands.addStretch(1)
        for action in (self.undo_action, self.redo_action, self.revert_action, self.save_action):
            commands.addWidget(command_button(action))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.totals_label)
        layout.addLayout(commands)

    def set_model(self, model: QAbstractItemModel) -> None:
        self.tree.setModel(model)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TreeColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TreeColumn.AGENCY, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TreeColumn.AGENCY, 210)


class LostPointsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agency_table = _table()
        self.field_table = _table()
        self.share_delegate = ShareBarDelegate(parent=self)
        self.cumulative_delegate = ShareBarDelegate(CUMULATIVE_COLOR, parent=self)
        halves = QSplitter(Qt.Orientation.Vertical)
        for caption, table in (("Theo cơ quan chủ trì (xếp từ nhiều đến ít, có tỷ lệ cộng dồn)", self.agency_table),
                               ("Theo lĩnh vực", self.field_table)):
            half = QWidget()
            half_layout = QVBoxLayout(half)
            half_layout.setContentsMargins(0, 0, 0, 0)
            half_layout.addWidget(_caption(caption))
            half_layout.addWidget(table)
            halves.addWidget(half)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(halves)

    def set_models(self, agencies: QAbstractItemModel, fields: QAbstractItemModel) -> None:
        for table, model in ((self.agency_table, agencies), (self.field_table, fields)):
            table.setModel(model)
            table.setItemDelegateForColumn(ShareColumn.SHARE, self.share_delegate)
            table.setItemDelegateForColumn(ShareColumn.CUMULATIVE, self.cumulative_delegate)
            header = table.horizontalHeader()
            header.setSectionResizeMode(ShareColumn.NAME, QHeaderView.ResizeMode.Stretch)
            for column in (ShareColumn.LOST, ShareColumn.SHARE, ShareColumn.CUMULATIVE):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(column, 190 if column != ShareColumn.LOST else 110)


class DraftTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        hint = QLabel("Đoạn kết quả và các gạch đầu dòng tồn tại, hạn chế theo cơ quan chủ trì, soạn sẵn từ số liệu "
                      "của năm đã chọn. Chép vào văn bản, hoặc chèn vào cuối kết luận của một cuộc họp rồi sửa tiếp.")
        hint.setWordWrap(True)
        self.browser = QTextBrowser()
        # The typeface of the printed notices, so the draft reads as it will in the conclusion.
        self.browser.document().setDefaultFont(QFont(DOCUMENT_FONT, 13))
        self.browser.document().setDocumentMargin(14)
        self.copy_button = QPushButton("Sao chép")
        self.copy_button.setToolTip("Chép văn bản (kèm gạch đầu dòng, giữ chữ đậm, nghiêng khi dán vào Word)")
        self.insert_button = QPushButton("Chèn vào kết luận cuộc họp…")
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.insert_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(hint)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)


class ReplacementDelegate(QStyledItemDelegate):
    """An editable list with "điểm năm trước" for the replacement column; any score can be typed instead."""

    def createEditor(self, parent: QWidget, option: object, index: object) -> QWidget:  # noqa: N802
        editor = QComboBox(parent)
        editor.setEditable(True)
        editor.addItem(PREVIOUS_YEAR)
        # Enter in the text, or picking the entry from the list, stores the value at once.
        combo_line_edit(editor).returnPressed.connect(lambda: self._finish(editor))
        editor.activated.connect(lambda _row: self._finish(editor))
        return editor

    def _finish(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: object) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or PREVIOUS_YEAR)  # type: ignore[attr-defined]
        combo_line_edit(editor).selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: object) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)  # type: ignore[arg-type]


class ScenarioTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        hint = QLabel("Đánh dấu các mục muốn thay điểm; ở cột “Thay bằng” để “điểm năm trước” hoặc gõ điểm "
                      "(dùng dấu phẩy thập phân, ví dụ 20,5). Bấm “Tính” để xem tổng điểm và thứ hạng khi đó.")
        hint.setWordWrap(True)
        self.table = _table()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.replacement_delegate = ReplacementDelegate(self)
        self.compute_button = QPushButton("Tính")
        self.compute_button.setDefault(True)
        self.clear_button = QPushButton("Bỏ chọn tất cả")
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setMinimumHeight(self.fontMetrics().height() * 4)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compute_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)

    def set_model(self, model: QAbstractItemModel) -> None:
        self.table.setModel(model)
        self.table.setItemDelegateForColumn(ScenarioColumn.REPLACEMENT, self.replacement_delegate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ScenarioColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ScenarioColumn.REPLACEMENT, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ScenarioColumn.REPLACEMENT, 170)
