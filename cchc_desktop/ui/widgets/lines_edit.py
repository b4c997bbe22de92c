"""A short multi-line box with the line edit's API: for a value stored as a few lines joined by "\\n", such as the
signing authority "TM. ỦY BAN NHÂN DÂN\\nKT. CHỦ TỊCH", which a QLineEdit would show run together on one line."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

__all__ = ["LinesEdit"]


class LinesEdit(QPlainTextEdit):
    """``lines`` lines high; Tab moves on. ``text()`` / ``setText()`` read and write the lines joined by "\\n";
    ``textEdited(text)`` is emitted for the user's edits only, as in QLineEdit."""

    textEdited = Signal(str)  # noqa: N815 (Qt naming, as QLineEdit's)

    def __init__(self, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() + margins.top() + margins.bottom()
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + int(2 * self.document().documentMargin())
                            + frame + 2)
        self._setting = False
        self.textChanged.connect(self._edited)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self._setting = True
        try:
            self.setPlainText(text)
        finally:
            self._setting = False

    def end(self, mark: bool = False) -> None:
        """Put the cursor after the last character (``mark`` selects up to there), as QLineEdit.end()."""
        mode = QTextCursor.MoveMode.KeepAnchor if mark else QTextCursor.MoveMode.MoveAnchor
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End, mode)
        self.setTextCursor(cursor)

    def _edited(self) -> None:
        if not self._setting:
            self.textEdited.emit(self.toPlainText())
