"""Small building blocks of the meetings page's own views (the common ones are in ``ui.widgets.common``)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ....core.services.people import PersonRow

NOBODY = "(Chưa chọn)"


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
