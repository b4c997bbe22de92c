"""A list sorts itself with one key per row and filters without losing its order; the selection follows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from cchc_desktop.ui.models.row_table import ColumnSpec, RowTableModel
from cchc_desktop.ui.models.task_sort_proxy import SortRoleProxy

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


@dataclass(frozen=True)
class Item:
    name: str
    size: int | None


COLUMNS = [ColumnSpec("Tên", lambda item: item.name),
           ColumnSpec("Cỡ", lambda item: "" if item.size is None else str(item.size), lambda item: item.size)]
ITEMS = [Item("Sở Tài chính", 3), Item("Sở Nội vụ", None), Item("Ủy ban", 1), Item("Sở Công Thương", 3),
         Item("an", 2), Item("ăn", None)]


def _names(model) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _model() -> RowTableModel[Item]:
    model: RowTableModel[Item] = RowTableModel(COLUMNS)
    model.set_rows(ITEMS)
    return model


def test_sorts_text_in_vietnamese_order_and_back_to_the_given_order(qapp) -> None:
    model = _model()
    model.sort(0, ASC)
    assert _names(model) == ["an", "ăn", "Sở Công Thương", "Sở Nội vụ", "Sở Tài chính", "Ủy ban"]
    model.sort(0, DESC)
    assert _names(model) == ["Ủy ban", "Sở Tài chính", "Sở Nội vụ", "Sở Công Thương", "ăn", "an"]
    model.sort(-1, ASC)
    assert _names(model) == [item.name for item in ITEMS]


def test_sort_is_stable_and_puts_empty_cells_first(qapp) -> None:
    model = _model()
    model.sort(1, ASC)
    # Equal sizes keep the given order (Tài chính before Công Thương), in both directions.
    assert _names(model) == ["Sở Nội vụ", "ăn", "Ủy ban", "an", "Sở Tài chính", "Sở Công Thương"]
    model.sort(1, DESC)
    assert _names(model) == ["Sở Tài chính", "Sở Công Thương", "an", "Ủy ban", "Sở Nội vụ", "ăn"]


def test_filter_keeps_the_sort_and_new_rows_are_sorted_and_filtered(qapp) -> None:
    model = _model()
    model.sort(0, DESC)
    model.set_filter(lambda item: item.name.startswith("Sở"))
    assert _names(model) == ["Sở Tài chính", "Sở Nội vụ", "Sở Công Thương"]
    assert len(model.all_rows()) == len(ITEMS)
    model.set_rows([*ITEMS, Item("Sở Y tế", 9), Item("Văn phòng", 9)])
    assert _names(model) == ["Sở Y tế", "Sở Tài chính", "Sở Nội vụ", "Sở Công Thương"]
    model.set_filter(None)
    model.set_rows(ITEMS)
    assert model.rowCount() == len(ITEMS)


def test_clicking_a_header_sorts_through_the_proxy_and_the_selection_follows_its_row(qtbot) -> None:
    model = _model()
    proxy = SortRoleProxy(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.sortByColumn(0, ASC)
    view.selectRow(_names(proxy).index("Sở Nội vụ"))
    view.sortByColumn(0, DESC)
    assert _names(proxy) == ["Ủy ban", "Sở Tài chính", "Sở Nội vụ", "Sở Công Thương", "ăn", "an"]
    assert proxy.sortColumn() == -1  # the proxy compares nothing itself: the model sorted
    assert [index.data() for index in view.selectionModel().selectedRows(0)] == ["Sở Nội vụ"]
    assert view.currentIndex().data() == "Sở Nội vụ"
