"""A criteria tree (lĩnh vực → tiêu chí → tiêu chí thành phần) as a Qt item model.

Each index points at its :class:`CriterionNode`; the model keeps every node's parent and row, so ``parent()``
needs no search. A node whose children do not add up to its maximum is drawn red with a warning icon; the lead
agency is bold when the node names its own and greyed "↳ Sở Nội vụ" when it inherits its parent's.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ...core.criteria import CriterionNode
from ...core.formats import format_number

ModelIndex = QModelIndex | QPersistentModelIndex

MISMATCH_COLOR = QColor(179, 38, 30)
INHERITED_COLOR = QColor(120, 120, 120)
INHERITED_MARK = "↳ "
SURVEY_NOTE = "Chấm qua điều tra xã hội học"


class TreeColumn(IntEnum):
    CODE = 0
    NAME = 1
    MAX = 2
    AGENCY = 3


HEADERS = {
    TreeColumn.CODE: "Mã",
    TreeColumn.NAME: "Tên",
    TreeColumn.MAX: "Điểm tối đa",
    TreeColumn.AGENCY: "Cơ quan chủ trì",
}


def points(value: float) -> str:
    """"9", "3,5", "23,5"."""
    return format_number(value, 2, trim=True)


def mismatch_text(node: CriterionNode) -> str:
    """Why the node is marked, for its tooltip; empty when its children add up."""
    if node.mismatch is None:
        return ""
    return (f"Các mục con cộng lại {points(node.children_total)} điểm, khác điểm tối đa {points(node.max_points)} "
            f"(lệch {points(node.mismatch)}).")


def _agency_text(node: CriterionNode) -> str:
    if node.lead_agency:
        return node.lead_agency
    return INHERITED_MARK + node.inherited_agency if node.inherited_agency else ""


class CriteriaTreeModel(QAbstractItemModel):
    """Read-only; changes go through the node dialog and the service, then :meth:`set_tree` again."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._roots: list[CriterionNode] = []
        self._parent: dict[int, CriterionNode | None] = {}
        self._row: dict[int, int] = {}
        self._warning = QIcon()

    def set_tree(self, roots: Sequence[CriterionNode]) -> None:
        self.beginResetModel()
        self._roots = list(roots)
        self._parent.clear()
        self._row.clear()
        self._register(self._roots, None)
        self.endResetModel()

    def _register(self, nodes: Sequence[CriterionNode], parent: CriterionNode | None) -> None:
        for row, node in enumerate(nodes):
            self._parent[id(node)] = parent
            self._row[id(node)] = row
            self._register(node.children, node)

    def roots(self) -> list[CriterionNode]:
        return list(self._roots)

    def node(self, index: ModelIndex) -> CriterionNode | None:
        return index.internalPointer() if index.isValid() else None

    def parent_node(self, node: CriterionNode) -> CriterionNode | None:
        return self._parent.get(id(node))

    def index_of(self, node_id: int, column: int = 0) -> QModelIndex:
        """The index of the node with this database id (invalid when the tree has none)."""
        for root in self._roots:
            for node in root.walk():
                if node.id == node_id:
                    return self.createIndex(self._row[id(node)], column, node)
        return QModelIndex()

    # -- structure -------------------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        siblings = self._children(parent)
        if not (0 <= row < len(siblings) and 0 <= column < len(TreeColumn)):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: ModelIndex | None = None) -> Any:
        """The parent item of ``index``; without an argument, the QObject parent (both overloads of Qt)."""
        if index is None:
            return super().parent()
        node = self.node(index)
        parent = self._parent.get(id(node)) if node is not None else None
        if parent is None:
            return QModelIndex()
        return self.createIndex(self._row[id(parent)], 0, parent)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(TreeColumn)

    def _children(self, parent: ModelIndex) -> list[CriterionNode]:
        node = self.node(parent)
        return self._roots if node is None else node.children

    # -- content ---------------------------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[TreeColumn(section)]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(TreeColumn(section))
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = TreeColumn(index.column())
        marked = node.mismatch is not None and column in (TreeColumn.CODE, TreeColumn.MAX)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.DecorationRole and column == TreeColumn.CODE and node.mismatch is not None:
            return self._warning_icon()
        if role == Qt.ItemDataRole.ForegroundRole:
            if marked:
                return MISMATCH_COLOR
            return INHERITED_COLOR if column == TreeColumn.AGENCY and not node.lead_agency else None
        if role == Qt.ItemDataRole.FontRole and column == TreeColumn.AGENCY and node.lead_agency:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, column)
        return None

    @staticmethod
    def _text(node: CriterionNode, column: TreeColumn) -> str:
        match column:
            case TreeColumn.CODE:
                return node.code
            case TreeColumn.NAME:
                return node.name
            case TreeColumn.MAX:
                return points(node.max_points)
            case TreeColumn.AGENCY:
                return _agency_text(node)

    @staticmethod
    def _tooltip(node: CriterionNode, column: TreeColumn) -> str:
        if column in (TreeColumn.CODE, TreeColumn.MAX) and node.mismatch is not None:
            return mismatch_text(node)
        if column == TreeColumn.AGENCY and not node.lead_agency and node.inherited_agency:
            return f"Kế thừa cơ quan chủ trì của mục cha: {node.inherited_agency}"
        lines = [node.name, node.level.label]
        if node.is_survey:
            lines.append(SURVEY_NOTE)
        return "\n".join(lines) if column == TreeColumn.NAME else CriteriaTreeModel._text(node, column)

    @staticmethod
    def _alignment(column: TreeColumn) -> Qt.AlignmentFlag:
        horizontal = Qt.AlignmentFlag.AlignRight if column == TreeColumn.MAX else Qt.AlignmentFlag.AlignLeft
        return horizontal | Qt.AlignmentFlag.AlignVCenter

    def _warning_icon(self) -> QIcon:
        if self._warning.isNull():
            self._warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning
