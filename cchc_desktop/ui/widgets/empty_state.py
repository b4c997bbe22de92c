"""What an empty list says: a sentence on what to do first and a button for it, shown over the empty table.

``EmptyState(table, "Chưa có cuộc họp nào. Bấm “Thêm cuộc họp” để …", add_action)`` lays itself over the
table's viewport (the column headers stay visible); :meth:`EmptyState.watch` shows it while the model has no
rows, or while a page's own test says there are no records (a list whose filters hide every row is not empty).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QVBoxLayout, QWidget

__all__ = ["EmptyState"]

MESSAGE_WIDTH = 460


class EmptyState(QWidget):
    def __init__(self, table: QAbstractItemView, message: str, action: QAction | None = None) -> None:
        viewport = table.viewport()
        super().__init__(viewport)
        self.setObjectName("empty_state")
        self.action = action
        self.label = QLabel(message, self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("font-size: 11pt;")
        self.button = QPushButton(action.text().replace("&", "") if action is not None else "", self)
        if action is None:
            self.button.hide()
        if action is not None:
            self.button.setToolTip(action.toolTip())
            self.button.clicked.connect(action.trigger)
            action.changed.connect(self._follow_action)
            self._follow_action()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self._model: QAbstractItemModel | None = None
        self._is_empty: Callable[[], bool] | None = None
        viewport.installEventFilter(self)
        self._fit(viewport)
        self.hide()

    def watch(self, model: QAbstractItemModel, is_empty: Callable[[], bool] | None = None) -> None:
        """Show the hint while ``model`` has no rows (or while ``is_empty()`` says so), checked on every change."""
        self._model, self._is_empty = model, is_empty
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if self._model is None:
            return
        empty = self._is_empty() if self._is_empty is not None else self._model.rowCount() == 0
        self.setVisible(empty)
        if empty:
            self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self._fit(watched)
        return False

    def _fit(self, viewport: QWidget) -> None:
        """Cover the viewport; the sentence wraps at a readable width (a word-wrapped label needs a fixed one)."""
        width = max(120, min(MESSAGE_WIDTH, viewport.width() - 32))
        self.label.setFixedSize(width, self.label.heightForWidth(width))
        self.setGeometry(viewport.rect())

    def _follow_action(self) -> None:
        if self.action is not None:
            self.button.setEnabled(self.action.isEnabled())
