"""The own province's criteria tree of one year: maximum, achieved and lost points, lead agency, change.

With a :class:`~cchc_desktop.core.score_sheet.ScoreSheet` the "Điểm đạt" cells of the items without sub-items can
be typed in: each change is one step on :attr:`AnalysisTreeModel.undo_stack`, the sub-totals above follow at once,
and a refused value (not a number, above the maximum) is reported by :attr:`AnalysisTreeModel.rejected`.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QUndoCommand, QUndoStack

from ...core.enums import CriterionLevel
from ...core.errors import ValidationError
from ...core.formats import format_number
from ...core.score_sheet import ScoreSheet
from ...core.services.analysis import NodeScore, change_text

ModelIndex = QModelIndex | QPersistentModelIndex

NODE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The :class:`NodeScore` of a row."""

LOST_COLOR = QColor("#a93226")
GAIN_COLOR = QColor("#1e7d45")
INHERITED_COLOR = QColor(110, 110, 110)
CHANGED_BACKGROUND = QColor("#fff3c4")  # typed, not saved yet
EDITABLE_BACKGROUND = QColor("#f3f7fc")  # a cell that takes a score


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


class ScoreEdit(QUndoCommand):
    """One typed score (or a cleared one) of one item."""

    def __init__(self, model: AnalysisTreeModel, code: str, before: float | None, after: float | None) -> None:
        super().__init__(f"điểm mục {code}")
        self.model, self.code, self.before, self.after = model, code, before, after

    def redo(self) -> None:
        self.model.apply_score(self.code, self.after)

    def undo(self) -> None:
        self.model.apply_score(self.code, self.before)


class AnalysisTreeModel(QAbstractItemModel):
    """:meth:`set_detail` takes what :meth:`AnalysisService.detail` returns, and the sheet to edit (if any)."""

    rejected = Signal(str)
    """A typed score was refused: the Vietnamese reason, naming the item and the value."""
    edited = Signal()
    """The sheet changed (typed, undone or redone)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._roots: list[_Row] = []
        self._by_code: dict[str, _Row] = {}
        self.sheet: ScoreSheet | None = None
        self.undo_stack = QUndoStack(self)

    def set_detail(self, detail: list[NodeScore], sheet: ScoreSheet | None = None) -> None:
        self.beginResetModel()
        self._roots = [_Row(score, None, i) for i, score in enumerate(detail)]
        self._by_code = {}
        stack = list(self._roots)
        while stack:
            row = stack.pop()
            self._by_code[row.score.node.code] = row
            stack.extend(row.children)
        self.sheet = sheet
        self.undo_stack.clear()
        self.endResetModel()
        self.edited.emit()

    # -- editing ---------------------------------------------------------------------------------------------
    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._editable(index):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not self._editable(index) or self.sheet is None:
            return False
        code = index.internalPointer().score.node.code
        try:
            score = self.sheet.parse(code, str(value if value is not None else ""))
        except ValidationError as error:
            self.rejected.emit(str(error))
            return False
        before = self.sheet.entered(code)
        if score != before:
            self.undo_stack.push(ScoreEdit(self, code, before, score))
        return True

    def apply_score(self, code: str, score: float | None) -> None:
        """Put ``score`` in the sheet without recording it (the undo commands call this)."""
        assert self.sheet is not None
        self.sheet.set(code, score)
        for changed in (code, *self.sheet.ancestors(code)):
            row = self._by_code[changed]
            self.dataChanged.emit(self.createIndex(row.row, Column.ACHIEVED, row),
                                  self.createIndex(row.row, Column.CHANGE, row))
        self.edited.emit()

    def _editable(self, index: ModelIndex) -> bool:
        return (self.sheet is not None and index.isValid() and index.column() == Column.ACHIEVED
                and self.sheet.is_editable(index.internalPointer().score.node.code))

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
        if self.sheet is not None and column in (Column.ACHIEVED, Column.LOST, Column.CHANGE):
            score = NodeScore(score.node, self.sheet.value(score.node.code), score.previous, score.children)
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(score, column)
        if role == Qt.ItemDataRole.EditRole:
            return points(score.achieved)
        if role == NODE_ROLE:
            return score
        if role == Qt.ItemDataRole.BackgroundRole and self._editable(index):
            assert self.sheet is not None
            return CHANGED_BACKGROUND if self.sheet.is_changed(score.node.code) else EDITABLE_BACKGROUND
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
