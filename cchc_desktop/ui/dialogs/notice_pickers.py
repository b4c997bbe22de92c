"""Small choosers used by the notice editor: a recipient group, an agency."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...core.services.agencies import AgencyRow
from ...core.services.recipients import GroupRow
from ..widgets.agency_picker import AgencyCombo
from ..widgets.common import ERROR_STYLE, dialog_buttons


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons, _, _ = dialog_buttons(ok_text)
    buttons.rejected.connect(dialog.reject)
    return buttons


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
        buttons = _buttons(self, "Chèn")
        buttons.accepted.connect(self.accept)
        self.list.itemDoubleClicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Chèn các dòng của nhóm vào cuối danh sách nơi nhận:"))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class AgencyNameChooser(QDialog):
    """One active agency typed (without diacritics is fine) or picked; OK only with a real agency."""

    def __init__(self, agencies: Sequence[AgencyRow], prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Chọn cơ quan, đơn vị")
        self.setMinimumWidth(480)
        active = [a for a in agencies if a.active]
        self._names = {a.id: a.name for a in active}
        self.combo = AgencyCombo()
        self.combo.set_agencies(active)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        buttons = _buttons(self, "Chèn")
        buttons.accepted.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.combo)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.combo.setFocus()

    def chosen_name(self) -> str | None:
        agency_id = self.combo.agency_id()
        return self._names.get(agency_id) if agency_id is not None else None

    def submit(self) -> None:
        if self.chosen_name() is None:
            self.error_label.setText("Hãy chọn một cơ quan, đơn vị trong danh sách.")
            self.error_label.show()
            return
        self.accept()


def choose_group(groups: Sequence[GroupRow], parent: QWidget | None = None) -> int | None:
    """Ask for a recipient group (modal); its id, or None when cancelled."""
    dialog = GroupChooser(groups, parent)
    return dialog.chosen_id() if dialog.exec() == QDialog.DialogCode.Accepted else None


def choose_agency_name(agencies: Sequence[AgencyRow], prompt: str, parent: QWidget | None = None) -> str | None:
    """Ask for an agency (modal); its official name, or None when cancelled."""
    dialog = AgencyNameChooser(agencies, prompt, parent)
    return dialog.chosen_name() if dialog.exec() == QDialog.DialogCode.Accepted else None
