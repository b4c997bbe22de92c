"""In-place editors for the meeting's row tables: a choice list, a site count, an agency."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ....core.services.agencies import AgencyRow
from ...widgets.agency_picker import AgencyCombo

ModelIndex = QModelIndex | QPersistentModelIndex
EDIT = Qt.ItemDataRole.EditRole


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell holding one of ``choices`` (value → label) with a combo box."""

    def __init__(self, choices: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for value, label in self.choices.items():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(EDIT))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), EDIT)


class CountDelegate(QStyledItemDelegate):
    """Edits a number of sites; 0 reads "không ghi số"."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:  # noqa: N802
        spin = QSpinBox(parent)
        spin.setRange(0, 100_000)
        spin.setSpecialValueText("không ghi số")
        return spin

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(EDIT) or 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), EDIT)


class AgencyDelegate(QStyledItemDelegate):
    """Edits an optional agency id with a searchable :class:`AgencyCombo`; clearing the text removes it."""

    def __init__(self, agencies: Callable[[], Sequence[AgencyRow]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._agencies = agencies

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:  # noqa: N802
        combo = AgencyCombo(parent=parent)
        combo.setMinimumContentsLength(12)
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, AgencyCombo)
        editor.set_agencies(self._agencies(), index.data(EDIT))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, AgencyCombo)
        model.setData(index, editor.agency_id(), EDIT)
