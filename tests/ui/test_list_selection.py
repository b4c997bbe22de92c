"""The list pages' selection helper: selection by id, kept across a reload, the next row after a delete."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel
from pytestqt.qtbot import QtBot

from cchc_desktop.ui.widgets.common import data_table
from cchc_desktop.ui.widgets.list_selection import ListSelection


@dataclass(frozen=True)
class Item:
    id: int
    name: str


def setup(qtbot: QtBot, items: list[Item]) -> tuple[ListSelection[Item], QStringListModel, list[Item]]:
    rows = list(items)
    model = QStringListModel([item.name for item in rows])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    table = data_table()
    qtbot.addWidget(table)
    table.setModel(proxy)

    def row_of(item_id: int) -> int | None:
        return next((r for r, item in enumerate(rows) if item.id == item_id), None)

    return ListSelection(table, proxy, row_of, lambda row: rows[row]), model, rows


def test_the_record_is_selected_again_after_a_reload(qtbot: QtBot) -> None:
    selection, model, rows = setup(qtbot, [Item(1, "a"), Item(2, "b"), Item(3, "c")])
    assert selection.current() is None and selection.select_id(2)
    assert selection.current_id() == 2 and selection.current_row() == 1
    kept = selection.remember()
    rows.insert(0, Item(9, "z"))
    model.setStringList([item.name for item in rows])
    assert selection.current() is None  # a reset model loses its selection
    selection.restore(kept)
    assert selection.current_id() == 2 and selection.current_row() == 2


def test_after_a_delete_the_row_at_the_same_place_is_selected(qtbot: QtBot) -> None:
    selection, model, rows = setup(qtbot, [Item(1, "a"), Item(2, "b"), Item(3, "c")])
    selection.select_id(3)
    kept = selection.remember()
    del rows[2]
    model.setStringList([item.name for item in rows])
    selection.restore(kept)
    assert selection.current_id() == 2  # the last row, at most
    assert not selection.select_id(3)


def test_first_row_when_asked_and_nothing_was_selected(qtbot: QtBot) -> None:
    selection, model, rows = setup(qtbot, [Item(1, "a"), Item(2, "b")])
    selection.restore(selection.remember())
    assert selection.current() is None
    selection.restore(selection.remember(), first=True)
    assert selection.current_id() == 1
    selection.select_id(2)
    selection.select_first_if_none()
    assert selection.current_id() == 2


def test_a_table_showing_its_model_directly(qtbot: QtBot) -> None:
    rows = [Item(1, "a"), Item(2, "b")]
    model = QStringListModel([item.name for item in rows])
    table = data_table()
    qtbot.addWidget(table)
    table.setModel(model)
    selection = ListSelection(table, model, lambda i: next((r for r, x in enumerate(rows) if x.id == i), None),
                              lambda row: rows[row])
    selection.show_only(2)
    assert selection.current_id() == 2
    selection.show_only(None)
    assert selection.current() is None
