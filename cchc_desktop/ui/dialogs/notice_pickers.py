"""The recipient-group chooser of the notice editor (the agency chooser is :mod:`.agency_chooser`)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.services.recipients import GroupRow
from ..widgets.common import dialog_buttons
from ..widgets.mnemonics import assign_mnemonics


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    buttons, ok, cancel = dialog_buttons(ok_text)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok, cancel


class GroupChooser(QDialog):
    """One recipient group; double-click or "Chèn" inserts its lines."""

    def __init__(self, groups: Sequence[GroupRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Thêm nhóm nơi nhận")
        self.setMinimumWidth(420)
        self.list = QListWidget()
        for group in groups:
            item = QListWidgetItem(f"{group.name} ({group.line_count} dòng)")
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        buttons, self.ok_button, self.cancel_button = _buttons(self, "Chèn")
        buttons.accepted.connect(self.accept)
        self.list.itemDoubleClicked.connect(self.accept)
        layout = QVBoxLayout(self)
        self.prompt_label = QLabel("Chèn các dòng của nhóm vào cuối danh sách nơi nhận:")
        self.prompt_label.setBuddy(self.list)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        assign_mnemonics(self)

    def chosen_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def choose_group(groups: Sequence[GroupRow], parent: QWidget | None = None) -> int | None:
    """Ask for a recipient group (modal); its id, or None when cancelled."""
    dialog = GroupChooser(groups, parent)
    return dialog.chosen_id() if dialog.exec() == QDialog.DialogCode.Accepted else None
