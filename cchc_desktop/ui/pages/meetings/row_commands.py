"""Lên / Xuống / Xóa for a table of ordered rows, keeping the moved row selected."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView

from ...models.meeting_rows_model import OrderedRowsModel
from .widgets import RowButtons


class RowCommands:
    """Wires a :class:`RowButtons` to ``table`` showing ``model``; buttons apply only when a row is selected."""

    def __init__(self, table: QTableView, model: OrderedRowsModel, buttons: RowButtons) -> None:
        self.table = table
        self.model = model
        self.buttons = buttons
        buttons.up.clicked.connect(lambda: self.move(-1))
        buttons.down.clicked.connect(lambda: self.move(+1))
        buttons.remove.clicked.connect(self.remove)
        table.selectionModel().selectionChanged.connect(self.refresh)
        model.rows_changed.connect(self.refresh)
        self.refresh()

    def current(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select(self, row: int) -> None:
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def move(self, delta: int) -> None:
        row = self.current()
        moved = self.model.move(row, delta) if row is not None else None
        if moved is not None:
            self.select(moved)

    def remove(self) -> None:
        row = self.current()
        if row is None:
            return
        self.model.remove(row)
        if self.model.rowCount():
            self.select(min(row, self.model.rowCount() - 1))

    def refresh(self) -> None:
        row = self.current()
        count = self.model.rowCount()
        self.buttons.remove.setEnabled(row is not None)
        self.buttons.up.setEnabled(row is not None and row > 0)
        self.buttons.down.setEnabled(row is not None and row < count - 1)
