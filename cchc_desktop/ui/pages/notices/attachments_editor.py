"""Attachments (phụ lục) of a notice: a title and a structured body each, printed after the notice."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....core.body import Block
from ...widgets.common import hint_label
from .body_panel import AgencyAsker, NoticeBodyPanel

NEW_TITLE = "Phụ lục"
NO_ATTACHMENT = "Thông báo chưa có phụ lục. Bấm “Thêm phụ lục” để kèm theo một danh sách, một bảng kê…"
UNTITLED = "(Chưa đặt tên)"


class AttachmentsEditor(QWidget):
    """Edits a list of ``(title, blocks)``; the list on top chooses which one the fields below show."""

    changed = Signal()

    def __init__(self, choose_agency: AgencyAsker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, list[Block]]] = []
        self._current = -1
        self._read_only = False
        self.list = QListWidget()
        self.list.setMaximumHeight(96)
        self.add_button = QPushButton("Thêm phụ lục")
        self.remove_button = QPushButton("Xóa phụ lục")
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("Danh sách các đơn vị yêu cầu kiểm điểm, xử lý")
        self.body = NoticeBodyPanel(choose_agency)
        self.empty_hint = hint_label(NO_ATTACHMENT)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow("Tên phụ lục:", self.title_edit)
        details.addLayout(form)
        details.addWidget(self.body, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.details, 1)
        self.stretch_when_empty = QWidget()
        layout.addWidget(self.stretch_when_empty, 1)

        self.add_button.clicked.connect(self.add_attachment)
        self.remove_button.clicked.connect(self.remove_current)
        self.list.currentRowChanged.connect(self._show)
        self.title_edit.textEdited.connect(self._title_edited)
        self.body.changed.connect(self.changed)

    # -- content ------------------------------------------------------------------------------------------------
    def set_attachments(self, items: list[tuple[str, list[Block]]]) -> None:
        self._items = [(title, blocks) for title, blocks in items]
        self._current = -1
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([title or UNTITLED for title, _ in self._items])
        self.list.blockSignals(False)
        self._show(0 if self._items else -1)

    def attachments(self) -> list[tuple[str, list[Block]]]:
        self._store_current()
        return [(title, blocks) for title, blocks in self._items if title.strip() or blocks]

    def count(self) -> int:
        return len(self._items)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setEnabled(not read_only)
        self.title_edit.setReadOnly(read_only)
        self.body.set_read_only(read_only)
        self._refresh_state()

    # -- commands -----------------------------------------------------------------------------------------------
    def add_attachment(self) -> None:
        self._store_current()
        self._items.append((NEW_TITLE, []))
        self.list.addItem(NEW_TITLE)
        self.list.setCurrentRow(len(self._items) - 1)
        self.title_edit.setFocus()
        self.title_edit.selectAll()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self._current = -1  # the one shown is dropped, not stored back
        del self._items[row]
        self.list.blockSignals(True)
        self.list.takeItem(row)
        self.list.blockSignals(False)
        self._show(min(row, len(self._items) - 1))
        self.changed.emit()

    # -- helpers ------------------------------------------------------------------------------------------------
    def _store_current(self) -> None:
        if 0 <= self._current < len(self._items):
            self._items[self._current] = (self.title_edit.text().strip(), self.body.blocks())

    def _show(self, row: int) -> None:
        self._store_current()
        self._current = row
        if 0 <= row < len(self._items):
            title, blocks = self._items[row]
            self.title_edit.setText(title)
            self.body.set_blocks(blocks)
            if self.list.currentRow() != row:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
        else:
            self.title_edit.clear()
            self.body.set_blocks([])
        self._refresh_state()

    def _title_edited(self, text: str) -> None:
        item = self.list.item(self._current) if self._current >= 0 else None
        if item is not None:
            item.setText(text.strip() or UNTITLED)
        self.changed.emit()

    def _refresh_state(self) -> None:
        has = bool(self._items)
        self.empty_hint.setVisible(not has)
        self.list.setVisible(has)
        self.details.setVisible(has)
        self.stretch_when_empty.setVisible(not has)
        self.remove_button.setEnabled(has and not self._read_only)
