"""Small building blocks shared by the meetings page's views."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QLabel, QPlainTextEdit, QPushButton, QTableView, QToolButton, QVBoxLayout, QWidget,
)

from ....core.services.people import PersonRow

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: #5f6368;"
NOBODY = "(Chưa chọn)"


def make_action(parent: QWidget, text: str, tip: str, context: Qt.ShortcutContext, *keys: str) -> QAction:
    action = QAction(text, parent)
    action.setToolTip(tip)
    action.setShortcuts([QKeySequence(key) for key in keys])
    action.setShortcutContext(context)
    return action


def command_button(action: QAction, minimum_width: int = 96) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setMinimumWidth(minimum_width)
    return button


def heading_label(text: str, scale: float = 1.4) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def hint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def data_table(editable: bool = False) -> QTableView:
    """A row-selecting table in the look of the other pages' lists."""
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    if editable:
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
    else:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
    return table


class RowButtons(QWidget):
    """Lên / Xuống / Xóa beside an ordered table."""

    def __init__(self, remove_text: str = "Xóa dòng", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.up = QPushButton("Lên")
        self.up.setToolTip("Đưa dòng đang chọn lên trên")
        self.down = QPushButton("Xuống")
        self.down.setToolTip("Đưa dòng đang chọn xuống dưới")
        self.remove = QPushButton(remove_text)
        self.remove.setToolTip("Xóa dòng đang chọn khỏi danh sách")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.up, self.down, self.remove):
            layout.addWidget(button)
        layout.addStretch(1)


class SingleLineTextEdit(QPlainTextEdit):
    """A wrapping text box for one long line (a meeting's title): Enter does not break the line."""

    def __init__(self, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def text(self) -> str:
        return " ".join(self.toPlainText().split())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        self.insertPlainText(" ".join(source.text().split()))


class PersonCombo(QComboBox):
    """One person, shown as "Name, position"; the first entry means nobody."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(30)
        self.setMaxVisibleItems(20)

    def set_people(self, people: Iterable[PersonRow], selected: int | None = None) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(NOBODY, None)
        for person in people:
            self.addItem(person.label if person.active else f"{person.label} (không còn công tác)", person.id)
        self.setCurrentIndex(max(0, self.findData(selected)) if selected is not None else 0)
        self.blockSignals(False)

    def person_id(self) -> int | None:
        return self.currentData()

    def set_person_id(self, person_id: int | None) -> None:
        self.setCurrentIndex(max(0, self.findData(person_id)) if person_id is not None else 0)
