"""Behaviour of the "Bộ tiêu chí" page: choosing an index and a version, showing its tree and the check."""

from __future__ import annotations

import html
from collections import Counter

from PySide6.QtCore import QItemSelectionModel, QSignalBlocker

from ....core.criteria import CriterionNode
from ....core.enums import CriterionLevel
from ....core.services.criteria import CriteriaService, VersionRow
from ....core.services.index_catalogue import IndexCatalogueService, IndexInfo
from ...context import AppContext
from ...models.criteria_index_model import IndexCatalogueModel
from ...models.criteria_tree_model import CriteriaTreeModel, points
from .version_dialog import version_label, version_years
from .view import CriteriaView


def index_detail(info: IndexInfo) -> str:
    """Rich text of the chosen index: name, publisher, scale, groups, stored years, notes."""
    rows = [
        ("Cơ quan công bố", info.publisher), ("Thang điểm", info.scale_label), ("Đối tượng", info.subject_label),
        ("Xếp nhóm", info.grouping_label), ("Bảng kết quả đã có", info.years_label), ("Ghi chú", info.notes),
    ]
    lines = [f"<b>{html.escape(info.code)} – {html.escape(info.name)}</b>"]
    lines += [f"{label}: {html.escape(value)}" for label, value in rows if value]
    return "<br>".join(lines)


def tree_summary(roots: list[CriterionNode], version: VersionRow) -> str:
    """"Áp dụng cho kết quả năm 2021. 10 lĩnh vực, 18 tiêu chí; tổng điểm tối đa 100."."""
    levels = Counter(node.level for root in roots for node in root.walk())
    counts = [f"{levels[level]} {level.label.lower()}" for level in CriterionLevel if levels[level]]
    text = f"Áp dụng cho kết quả năm {version_years(version)}. "
    if not counts:
        return text + "Chưa có tiêu chí nào: thêm lĩnh vực hoặc nhập từ tệp Excel/CSV."
    return text + ", ".join(counts) + f"; tổng điểm tối đa {points(sum(root.max_points for root in roots))}."


class CriteriaPresenter:
    """Owns the catalogue and tree models; reads through :class:`CriteriaService` and the index catalogue."""

    def __init__(self, view: CriteriaView, context: AppContext) -> None:
        self.view = view
        self.context = context
        self.service = CriteriaService(context.db)
        self.catalogue = IndexCatalogueService(context.db)
        self.index_model = IndexCatalogueModel(view)
        self.tree_model = CriteriaTreeModel(view)
        self.versions: list[VersionRow] = []

    # -- state -----------------------------------------------------------------------------------------------
    def index_info(self) -> IndexInfo | None:
        rows = self.view.index_table.selectionModel().selectedRows() if self.view.index_table.selectionModel() else []
        return self.index_model.info(rows[0].row()) if rows else None

    def version(self) -> VersionRow | None:
        version_id = self.view.version_combo.currentData()
        return next((v for v in self.versions if v.id == version_id), None)

    def selected_node(self) -> CriterionNode | None:
        model = self.view.tree.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.tree_model.node(rows[0]) if rows else None

    # -- loading ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read everything again, keeping the chosen index, version and node when they still exist."""
        info, version, node = self.index_info(), self.version(), self.selected_node()
        self.show(info.code if info else None, version.id if version else None, node.id if node else None)

    def show(self, index_code: str | None, version_id: int | None = None, node_id: int | None = None) -> None:
        """Choose the index (the first one when None), the version (the one of its latest results when None)
        and select the node."""
        self.index_model.set_rows(self.catalogue.list())
        row = self.index_model.row_of(index_code) if index_code else None
        with QSignalBlocker(self.view.index_table.selectionModel()):
            self.view.index_table.selectRow(row if row is not None else 0)
        self.view.index_table.viewport().update()  # the blocked signals did not repaint the selection
        self._show_index(version_id, node_id)

    def index_chosen(self) -> None:
        self._show_index(None, None)

    def version_chosen(self) -> None:
        self.load_tree(None)

    def _show_index(self, version_id: int | None, node_id: int | None) -> None:
        info = self.index_info()
        self.view.index_detail.setText(index_detail(info) if info else "")
        self.versions = self.service.versions(info.code) if info else []
        if version_id is None and info is not None:
            version_id = self._default_version(info)
        combo = self.view.version_combo
        with QSignalBlocker(combo):
            combo.clear()
            for version in self.versions:
                combo.addItem(version_label(version), version.id)
            combo.setCurrentIndex(max(0, combo.findData(version_id)))
        combo.setEnabled(bool(self.versions))
        self.load_tree(node_id)

    def _default_version(self, info: IndexInfo) -> int | None:
        """The version of the index's latest stored results, else its newest version."""
        if info.years:
            found = self.service.version_for_year(info.code, info.years[-1])
            if found is not None:
                return found.id
        return self.versions[-1].id if self.versions else None

    def load_tree(self, node_id: int | None) -> None:
        version, info = self.version(), self.index_info()
        roots = self.service.tree(version.id) if version else []
        self.tree_model.set_tree(roots)
        self.view.tree.expandAll()
        if version is None:
            self.view.version_detail.setText(
                f"Chỉ số {info.code} chưa có bộ tiêu chí. Chọn “Thêm phiên bản…” để tạo." if info else "")
            self.view.set_check([], "")
        else:
            self.view.version_detail.setText(tree_summary(roots, version))
            problems = self.service.check(version.id, info.scale_max if info and roots else None)
            self.view.set_check(problems, "Điểm tối đa của các mục con cộng lại khớp với mục cha." if roots else "")
        if node_id is not None:
            self.select_node(node_id)
        self.refresh_state()

    # -- selection -------------------------------------------------------------------------------------------
    def select_node(self, node_id: int) -> bool:
        index = self.tree_model.index_of(node_id)
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.tree.selectionModel().setCurrentIndex(index, flags)
        self.view.tree.scrollTo(index)
        return True

    def refresh_state(self) -> None:
        has_version = self.version() is not None
        node = self.selected_node()
        self.view.import_action.setEnabled(has_version)
        self.view.add_field_action.setEnabled(has_version)
        for action in (self.view.add_child_action, self.view.edit_action, self.view.delete_action):
            action.setEnabled(node is not None)
        self.view.add_version_action.setEnabled(self.index_info() is not None)
        self.view.edit_index_action.setEnabled(self.index_info() is not None)

