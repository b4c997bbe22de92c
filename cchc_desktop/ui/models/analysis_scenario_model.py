"""The scored criteria of a year as a checkable list: which scores to replace in a scenario, and by what."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ...core.enums import CriterionLevel
from ...core.services.analysis import NodeScore
from .analysis_tree_model import points

ModelIndex = QModelIndex | QPersistentModelIndex

PREVIOUS_YEAR = "điểm năm trước"
"""What the replacement column shows (and accepts) for "use the previous year's score"."""

PLACEHOLDER_COLOR = QColor(110, 110, 110)
INDENT = "    "


class Column(IntEnum):
    NAME = 0
    MAX = 1
    ACHIEVED = 2
    PREVIOUS = 3
    REPLACEMENT = 4


class ScenarioModel(QAbstractTableModel):
    """Rows are the scored nodes in tree order; the name column is checkable and the last column editable.

    Typing a replacement checks the row. An empty replacement means the previous year's score.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[NodeScore, int]] = []  # (node, depth)
        self._checked: set[str] = set()
        self._typed: dict[str, str] = {}
        self.year = 0

    def set_detail(self, detail: list[NodeScore], year: int) -> None:
        """Show the nodes of ``detail`` that have a score this year; choices made on the same codes stay."""
        self.beginResetModel()
        self.year = year
        self._rows = []

        def add(items: list[NodeScore], depth: int) -> None:
            for item in items:
                if item.achieved is not None:
                    self._rows.append((item, depth))
                add(item.children, depth + 1)

        add(detail, 0)
        codes = {item.node.code for item, _ in self._rows}
        self._checked &= codes
        self._typed = {code: text for code, text in self._typed.items() if code in codes}
        self.endResetModel()

    def row_of(self, code: str) -> int | None:
        return next((i for i, (item, _) in enumerate(self._rows) if item.node.code == code), None)

    def chosen(self) -> list[tuple[NodeScore, str]]:
        """The checked nodes with what was typed for them ("" for the previous year's score)."""
        return [(item, self._typed.get(item.node.code, "")) for item, _ in self._rows
                if item.node.code in self._checked]

    def clear_choices(self) -> None:
        self.beginResetModel()
        self._checked.clear()
        self._typed.clear()
        self.endResetModel()

    # -- Qt model --------------------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.NAME: "Mục (đánh dấu để thay điểm)", Column.MAX: "Điểm tối đa",
                Column.ACHIEVED: f"Điểm năm {self.year}", Column.PREVIOUS: f"Điểm năm {self.year - 1}",
                Column.REPLACEMENT: "Thay bằng",
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.NAME:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == Column.REPLACEMENT:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, depth = self._rows[index.row()]
        code = item.node.code
        column = Column(index.column())
        checked = code in self._checked
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case Column.NAME:
                    return f"{INDENT * depth}{code}. {item.node.name}"
                case Column.MAX:
                    return points(item.node.max_points)
                case Column.ACHIEVED:
                    return points(item.achieved)
                case Column.PREVIOUS:
                    return points(item.previous)
                case Column.REPLACEMENT:
                    return (self._typed.get(code) or PREVIOUS_YEAR) if checked else ""
        if role == Qt.ItemDataRole.EditRole and column == Column.REPLACEMENT:
            return self._typed.get(code, "")
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.NAME:
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.REPLACEMENT and not self._typed.get(code):
            return PLACEHOLDER_COLOR
        if role == Qt.ItemDataRole.FontRole and item.node.level == CriterionLevel.FIELD and column == Column.NAME:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.REPLACEMENT:
                return "Gõ điểm muốn thay (ví dụ 20,5), hoặc để “điểm năm trước”."
            return f"{code}. {item.node.name}"
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        code = self._rows[index.row()][0].node.code
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == Column.NAME:
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                self._checked.add(code)
            else:
                self._checked.discard(code)
        elif role == Qt.ItemDataRole.EditRole and index.column() == Column.REPLACEMENT:
            text = str(value or "").strip()
            self._typed[code] = "" if text == PREVIOUS_YEAR else text
            self._checked.add(code)
        else:
            return False
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        return True


def _alignment(column: Column) -> Qt.AlignmentFlag:
    horizontal = Qt.AlignmentFlag.AlignLeft if column == Column.NAME else Qt.AlignmentFlag.AlignRight
    return horizontal | Qt.AlignmentFlag.AlignVCenter
