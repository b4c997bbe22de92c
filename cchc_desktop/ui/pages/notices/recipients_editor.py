"""The "Nơi nhận" editor: an ordered list of lines, plus the "Lưu:" archive line.

Lines are stored without the leading "- " and the trailing ";" (the notice prints them). Whole recipient groups
and agency names are inserted through two injected askers, so tests need no modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QStringListModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....core.services.recipients import clean_line
from ...widgets.common import hint_label

LinesAsker = Callable[[], list[str] | None]
NameAsker = Callable[[], str | None]
HINT = "Mỗi dòng một nơi nhận, không cần gõ “- ” ở đầu và “;” ở cuối. Nhấp đúp để sửa một dòng."


class RecipientsEditor(QWidget):
    """``ask_group_lines`` returns the lines of a chosen group; ``ask_agency`` the name of a chosen agency."""

    changed = Signal()

    def __init__(self, ask_group_lines: LinesAsker, ask_agency: NameAsker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ask_group_lines = ask_group_lines
        self._ask_agency = ask_agency
        self.model = QStringListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.add_button = QPushButton("Thêm dòng")
        self.edit_button = QPushButton("Sửa dòng")
        self.remove_button = QPushButton("Xóa dòng")
        self.up_button = QPushButton("Lên")
        self.down_button = QPushButton("Xuống")
        self.group_button = QPushButton("Thêm nhóm…")
        self.group_button.setToolTip("Chèn các dòng của một nhóm nơi nhận đã lưu")
        self.agency_button = QPushButton("Thêm cơ quan…")
        self.agency_button.setToolTip("Chèn tên một cơ quan, đơn vị trong danh mục")
        self.archive_edit = QLineEdit()
        self.archive_edit.setPlaceholderText("VT, NC (TPT)")
        self.archive_edit.setToolTip("In ra thành dòng cuối “- Lưu: VT, NC (TPT).”")

        buttons = QGridLayout()
        for column, button in enumerate((self.add_button, self.edit_button, self.remove_button, self.up_button,
                                         self.down_button)):
            buttons.addWidget(button, 0, column)
        buttons.addWidget(self.group_button, 1, 0, 1, 2)
        buttons.addWidget(self.agency_button, 1, 2, 1, 2)
        archive = QFormLayout()
        archive.addRow("Lưu:", self.archive_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(hint_label(HINT))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(archive)

        self.add_button.clicked.connect(self.add_line)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.group_button.clicked.connect(self.add_group)
        self.agency_button.clicked.connect(self.add_agency)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.rowsMoved, self.model.modelReset):
            signal.connect(self.changed)
        self.archive_edit.textEdited.connect(self.changed)

    # -- content ------------------------------------------------------------------------------------------------
    def set_lines(self, lines: list[str], archive_line: str) -> None:
        self.model.setStringList(list(lines))
        self.archive_edit.setText(archive_line)

    def lines(self) -> list[str]:
        return [clean_line(line) for line in self.model.stringList() if clean_line(line)]

    def archive_line(self) -> str:
        return self.archive_edit.text()

    def set_read_only(self, read_only: bool) -> None:
        triggers = QAbstractItemView.EditTrigger.NoEditTriggers if read_only else (
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setEditTriggers(triggers)
        for button in (self.add_button, self.edit_button, self.remove_button, self.up_button, self.down_button,
                       self.group_button, self.agency_button):
            button.setEnabled(not read_only)
        self.archive_edit.setReadOnly(read_only)

    # -- commands -----------------------------------------------------------------------------------------------
    def add_line(self, text: str = "") -> None:
        """Insert a line after the current one (at the end when none) and start editing it."""
        current = self.list.currentIndex()
        row = current.row() + 1 if current.isValid() else self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row)
        self.model.setData(index, text)
        self.list.setCurrentIndex(index)
        if not text:
            self.list.edit(index)

    def edit_current(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.list.edit(index)

    def remove_current(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.model.removeRows(index.row(), 1)

    def move_current(self, delta: int) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        row, target = index.row(), index.row() + delta
        if not 0 <= target < self.model.rowCount():
            return
        # moveRows' destination is the row the item goes before, counted before the move.
        self.model.moveRows(QModelIndex(), row, 1, QModelIndex(), target + 1 if delta > 0 else target)
        self.list.setCurrentIndex(self.model.index(target))

    def insert_lines(self, lines: list[str]) -> None:
        """Append ``lines`` at the end, skipping those already listed."""
        present = {clean_line(line) for line in self.model.stringList()}
        for line in lines:
            text = clean_line(line)
            if text and text not in present:
                row = self.model.rowCount()
                self.model.insertRows(row, 1)
                self.model.setData(self.model.index(row), text)
                present.add(text)
        self.list.setCurrentIndex(self.model.index(self.model.rowCount() - 1))

    def add_group(self) -> None:
        lines = self._ask_group_lines()
        if lines:
            self.insert_lines(lines)

    def add_agency(self) -> None:
        name = self._ask_agency()
        if name:
            self.insert_lines([name])

    def focus_list(self) -> None:
        self.list.setFocus()
        if not self.list.currentIndex().isValid() and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))


__all__ = ["RecipientsEditor"]
