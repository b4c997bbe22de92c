"""Small building blocks shared by the notices page's views."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QToolButton, QWidget

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: #5f6368;"
BANNER_STYLE = (
    "QFrame#issuedBanner { background: #fff4ce; border: 1px solid #e0c872; border-radius: 4px; }"
    "QFrame#issuedBanner QLabel { color: #4d3b00; }"
)
INVALID_STYLE = "border: 1px solid #b3261e;"


def make_action(parent: QWidget, text: str, tip: str, context: Qt.ShortcutContext, *keys: str) -> QAction:
    action = QAction(text, parent)
    action.setIconText(text)  # keep the "…" that announces a question (Qt strips it from the icon text)
    action.setToolTip(tip)
    action.setShortcuts([QKeySequence(key) for key in keys])
    action.setShortcutContext(context)
    return action


def command_button(action: QAction, minimum_width: int = 0) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    if minimum_width:
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
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def data_table() -> QTableView:
    """A read-only, row-selecting table in the look of the other pages' lists."""
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    table.verticalHeader().hide()
    return table
