"""Building blocks of the list pages ("Nhóm nơi nhận", "Cơ quan ban hành", "Sổ văn bản đi", "Nhật ký thay đổi")
that differ from the common ones in ``ui.widgets.common``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableView, QWidget

from . import common


def make_action(parent: QWidget, text: str, tip: str, context: Qt.ShortcutContext, *keys: str) -> QAction:
    """``common.make_action``, also added to ``parent`` so that its shortcuts work where ``context`` says
    even when no button shows it."""
    action = common.make_action(parent, text, tip, context, *keys)
    parent.addAction(action)
    return action


def list_table() -> QTableView:
    """A read-only, row-selecting table in the look of the other pages' lists, its rows a little lower."""
    return common.data_table(row_padding=10)
