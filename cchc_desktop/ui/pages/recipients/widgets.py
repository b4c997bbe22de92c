"""Small building blocks of the "Nhóm nơi nhận" and "Sổ văn bản đi" views (same look as the other pages)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QToolButton, QWidget

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: #5f6368;"


def make_action(parent: QWidget, text: str, tip: str, context: Qt.ShortcutContext, *keys: str) -> QAction:
    """An action of ``parent`` (its shortcuts work where ``context`` says); the tip names the shortcut."""
    action = QAction(text, parent)
    action.setIconText(text)  # keeps "…" on buttons: the command asks something before it acts
    action.setToolTip(tip)
    action.setShortcuts([QKeySequence(key) for key in keys])
    action.setShortcutContext(context)
    parent.addAction(action)
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
    """Red text under a form; hidden while there is nothing to say."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def list_table() -> QTableView:
    """A read-only, row-selecting table in the look of the other pages' lists."""
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.verticalHeader().hide()
    return table
