"""The own province's criteria tree of one year: maximum, achieved and lost points, lead agency, change."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ...core.enums import CriterionLevel
from ...core.formats import format_number
from ...core.services.analysis import NodeScore, change_text

ModelIndex = QModelIndex | QPersistentModelIndex

NODE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The :class:`NodeScore` of a row."""

LOST_COLOR = QColor("#a93226")
GAIN_COLOR = QColor("#1e7d45")
INHERITED_COLOR = QColor(110, 110, 110)


class Column(IntEnum):
    NAME = 0
    MAX = 1
    ACHIEVED = 2
    LOST = 3
    AGENCY = 4
    CHANGE = 5


HEADERS = {
    Column.NAME: "Lĩnh vực, tiêu chí",
    Column.MAX: "Điểm tối đa",
    Column.ACHIEVED: "Điểm đạt",
    Column.LOST: "Điểm bị trừ",
    Column.AGENCY: "Cơ quan chủ trì",
    Column.CHANGE: "So với năm trước",
}
NUMERIC = (Column.MAX, Column.ACHIEVED, Column.LOST)


def points(value: float | None) -> str:
    """"23,5", "17,31", "" for no score."""
    return format_number(value, 2, trim=True) if value is not None else ""


class _Row:
    """A node of the tree with its place, so that ``parent()`` can be answered."""

    def __init__(self, score: NodeScore, parent: _Row | None, row: int) -> None:
        self.score = score
        self.parent = parent
        self.row = row
        self.children = [_Row(child, self, i) for i, child in enumerate(score.children)]


class AnalysisTreeModel(QAbstractItemModel):
    """Read-only; :meth:`set_detail` takes what :meth:`AnalysisService.detail` returns."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._roots: list[_Row] = []

    def set_detail(self, detail: list[NodeScore]) -> None:
        self.beginResetModel()
        self._roots = [_Row(score, None, i) for i, score in enumerate(detail)]
        self.endResetModel()

    def find(self, code: str) -> QModelIndex:
        """The index (first column) of the node with ``code``; invalid when there is none."""
        def search(rows: list[_Row]) -> _Row | None:
            for row in rows:
                if row.score.node.code == code:
                    return row
                found = search(row.children)
                if found is not None:
                    return found
            return None

        found = search(self._roots)
        return self.createIndex(found.row, 0, found) if found is not None else QModelIndex()

    # -- structure -------------------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        rows = self._children(parent)
        if not (0 <= row < len(rows) and 0 <= column < len(Column)):
            return QModelIndex()
        return self.createIndex(row, column, rows[row])

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        item: _Row = index.internalPointer()
        if item.parent is None:
            return QModelIndex()
        return self.createIndex(item.parent.row, 0, item.parent)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def _children(self, parent: ModelIndex) -> list[_Row]:
        return parent.internalPointer().children if parent.isValid() else self._roots

    # -- content ---------------------------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(Column(section))
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        score: NodeScore = index.internalPointer().score
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(score, column)
        if role == NODE_ROLE:
            return score
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.FontRole and score.node.level == CriterionLevel.FIELD:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return _colour(score, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(score, column)
        return None


def _text(score: NodeScore, column: Column) -> str:
    node = score.node
    match column:
        case Column.NAME:
            return f"{node.code}. {node.name}"
        case Column.MAX:
            return points(node.max_points)
        case Column.ACHIEVED:
            return points(score.achieved)
        case Column.LOST:
            return points(score.lost)
        case Column.AGENCY:
            return node.inherited_agency
        case Column.CHANGE:
            return change_text(score.change)


def _alignment(column: Column) -> Qt.AlignmentFlag:
    horizontal = Qt.AlignmentFlag.AlignRight if column in NUMERIC else Qt.AlignmentFlag.AlignLeft
    return horizontal | Qt.AlignmentFlag.AlignVCenter


def _colour(score: NodeScore, column: Column) -> QColor | None:
    if column == Column.LOST and score.lost:
        return LOST_COLOR
    if column == Column.CHANGE and score.change:
        return GAIN_COLOR if score.change > 0 else LOST_COLOR
    if column == Column.AGENCY and not score.node.lead_agency:
        return INHERITED_COLOR
    return None


def _tooltip(score: NodeScore, column: Column) -> str:
    node = score.node
    if column == Column.AGENCY and node.inherited_agency and not node.lead_agency:
        return f"{node.inherited_agency} (theo mục cấp trên)"
    if column == Column.CHANGE and score.previous is not None:
        return f"Năm trước: {points(score.previous)} điểm"
    return _text(score, column)
