"""Cell editors of the targets table: a status list, an agency picker and a dd/mm/yyyy date."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyleOptionViewItem, QWidget

from ....core.enums import TargetStatus
from ....core.services.agencies import AgencyRow
from ...widgets.agency_picker import AgencyCombo
from .row_padding import PaddedDelegate

ModelIndex = QModelIndex | QPersistentModelIndex

AGENCY_EDITOR_WIDTH = 340


class StatusDelegate(PaddedDelegate):
    """Picks one of the :class:`TargetStatus` labels; the choice is stored as soon as it is picked."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for status in TargetStatus:
            combo.addItem(status.label, status.value)
        combo.activated.connect(lambda _row: self._commit(combo))
        return combo

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """At least as wide as the longest label, so "Đang thực hiện" is not cut by the arrow."""
        rect = option.rect
        editor.setGeometry(rect.x(), rect.y(), max(rect.width(), editor.sizeHint().width()), rect.height())

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))  # the status value

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)


class AgencyDelegate(PaddedDelegate):
    """Picks the lead agency with the searchable :class:`AgencyCombo` (typing without diacritics works)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._agencies: list[AgencyRow] = []

    def set_agencies(self, rows: Sequence[AgencyRow]) -> None:
        self._agencies = list(rows)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:
        combo = AgencyCombo("Gõ để tìm cơ quan chủ trì…", parent)
        combo.setMinimumContentsLength(12)
        return combo

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """Wider than the cell when the cell is narrow, so an agency's full name fits while it is being chosen."""
        rect = option.rect
        editor.setGeometry(rect.x(), rect.y(), max(rect.width(), AGENCY_EDITOR_WIDTH), rect.height())

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        assert isinstance(editor, AgencyCombo)
        editor.set_agencies(self._agencies, index.data(Qt.ItemDataRole.EditRole))  # the agency id

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        """Store the chosen id; text that names no agency is handed over as text, which the model refuses."""
        assert isinstance(editor, AgencyCombo)
        agency_id = editor.agency_id()
        model.setData(index, agency_id if agency_id is not None else editor.currentText())


class DateDelegate(PaddedDelegate):
    """A line edit for dd/mm/yyyy; the model checks the date and reports one that does not exist."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:
        edit = QLineEdit(parent)
        edit.setPlaceholderText("dd/mm/yyyy")
        edit.setMaxLength(10)
        return edit
