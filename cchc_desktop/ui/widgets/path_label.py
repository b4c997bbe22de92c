"""A file path on one line: shortened in the middle ("C:\\Users\\…\\PAPI_2024.xlsx") to the room it has, so the
file name stays readable and a long folder never widens its dialog; the whole path is in its tooltip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class PathLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = ""
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # takes the room it is given
        self.setMinimumWidth(120)

    def set_path(self, path: Path | str) -> None:
        self._path = str(path)
        self.setToolTip(self._path)
        self._elide()

    def path(self) -> str:
        """The whole path, as given."""
        return self._path

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), self.minimumWidth())
        self.setText(self.fontMetrics().elidedText(self._path, Qt.TextElideMode.ElideMiddle, width))
