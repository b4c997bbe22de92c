"""Choosing agencies: a searchable combo for one, a filterable check list for several.

Both match what is typed without diacritics ("so tai chinh" finds "Sở Tài chính") and list agencies in
Vietnamese order. Inactive agencies are offered only when they are already chosen (old records stay readable).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QListView,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...core.services.agencies import AgencyRow
from ...core.text import fold
from .common import combo_line_edit

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class _FoldedFilter(QSortFilterProxyModel):
    """Keeps rows whose folded text contains every folded word typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802  # type: ignore[no-untyped-def]
        folded = self.sourceModel().index(row, 0, parent).data(FOLDED_ROLE) or ""
        return all(word in folded for word in self._words)


def _item(row: AgencyRow) -> QStandardItem:
    label = row.name if row.active else f"{row.name} (ngừng hoạt động)"
    item = QStandardItem(label)
    item.setToolTip(label)  # a long name elided in a narrow list is whole in its tooltip
    item.setData(row.id, ID_ROLE)
    item.setData(fold(f"{row.name} {row.short_name} {row.code}"), FOLDED_ROLE)
    item.setEditable(False)
    return item


def _offered(rows: Iterable[AgencyRow], keep: set[int]) -> list[AgencyRow]:
    return [row for row in rows if row.active or row.id in keep]


class AgencyCombo(QComboBox):
    """One agency, typed or picked. ``agency_id()`` is None when nothing valid is chosen."""

    def __init__(self, hint: str = "Gõ để tìm cơ quan, đơn vị…", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo_line_edit(self).setPlaceholderText(hint)
        self.source = QStandardItemModel(self)
        self.setModel(self.source)
        self.filter = _FoldedFilter(self)
        self.filter.setSourceModel(self.source)
        completer = QCompleter(self.filter, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        combo_line_edit(self).textEdited.connect(self.filter.set_text)
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def set_agencies(self, rows: Iterable[AgencyRow], selected: int | None = None) -> None:
        self.source.clear()
        for row in _offered(rows, {selected} if selected is not None else set()):
            self.source.appendRow(_item(row))
        self.set_agency_id(selected)

    def set_agency_id(self, agency_id: int | None) -> None:
        index = self.findData(agency_id, ID_ROLE) if agency_id is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def agency_id(self) -> int | None:
        """The chosen agency; text typed without picking resolves when it names exactly one agency."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            return self.itemData(index, ID_ROLE)
        folded = fold(text)
        exact = [r for r in range(self.count()) if fold(self.itemText(r)) == folded]
        if len(exact) == 1:
            return self.itemData(exact[0], ID_ROLE)
        partial = [r for r in range(self.count()) if folded in (self.itemData(r, FOLDED_ROLE) or "")]
        return self.itemData(partial[0], ID_ROLE) if len(partial) == 1 else None


class _FitWidthDelegate(QStyledItemDelegate):
    """Items no wider than the list's viewport, so that a long name is elided instead of widening the list."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        return QSize(min(hint.width(), max(1, self._view.viewport().width())), hint.height())


class AgencyChecklist(QWidget):
    """Several agencies: a filter box over a check list that grows into the room it is given.

    The list never scrolls sideways: a name too long for its width ends in "…" (the tooltip has it whole).
    """

    VISIBLE_ROWS = 10  # rows shown at the least
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Lọc danh sách (không cần dấu)")
        self.search.setClearButtonEnabled(True)
        self.source = QStandardItemModel(self)
        self.filter = _FoldedFilter(self)
        self.filter.setSourceModel(self.source)
        self.view = QListView()
        self.view.setModel(self.filter)
        self.view.setItemDelegate(_FitWidthDelegate(self.view))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setSpacing(1)
        row_height = self.view.fontMetrics().height() + 6
        self.view.setMinimumHeight(row_height * self.VISIBLE_ROWS + 2 * self.view.frameWidth())
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.search.textChanged.connect(self.filter.set_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)

    def set_agencies(self, rows: Iterable[AgencyRow], checked: Iterable[int] = ()) -> None:
        chosen = set(checked)
        self.source.clear()
        for row in _offered(rows, chosen):
            item = _item(row)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked if row.id in chosen else Qt.CheckState.Unchecked)
            self.source.appendRow(item)

    def checked_ids(self) -> list[int]:
        return [
            self.source.item(r).data(ID_ROLE) for r in range(self.source.rowCount())
            if self.source.item(r).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, agency_id: int, checked: bool = True) -> None:
        for r in range(self.source.rowCount()):
            item = self.source.item(r)
            if item.data(ID_ROLE) == agency_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
