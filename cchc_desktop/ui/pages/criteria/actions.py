"""The commands of the "Bộ tiêu chí" page: nodes (add, edit, delete), versions, import of a tree, index edit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from ....core.criteria import CriterionNode, code_key
from ....core.errors import CchcError, ImportRejected
from ....core.services.agencies import AgencyService
from ...background import run_in_background
from ...context import AppContext
from ...topics import Topic
from ...widgets.problems_dialog import problems_dialog
from .index_dialog import IndexDialog
from .node_dialog import NodeDialog
from .presenter import CriteriaPresenter
from .version_dialog import VersionDialog

TABLE_FILTER = "Bảng tiêu chí (*.xlsx *.csv);;Tệp Excel (*.xlsx);;Tệp CSV (*.csv)"


def next_code(siblings: list[CriterionNode], parent_code: str | None) -> str:
    """The code after the last sibling: "1.4" after 1.1–1.3, "11" after ten fields, "2.1" for a first child."""
    last_parts = (code_key(node.code)[-1] for node in siblings)
    last = max((part for part in last_parts if isinstance(part, int)), default=0)
    return f"{parent_code}.{last + 1}" if parent_code else str(last + 1)


def _years(years: tuple[int, ...]) -> str:
    return ", ".join(str(year) for year in years)


class CriteriaActions:
    """Each command asks through the dialogs or the prompter, calls the service, then announces the change."""

    def __init__(self, context: AppContext, presenter: CriteriaPresenter, parent: QWidget) -> None:
        self.context = context
        self.presenter = presenter
        self.service = presenter.service
        self.agencies = AgencyService(context.db)
        self.parent = parent
        self.folder = Path.home()
        self.dialog: QDialog | None = None

    # -- nodes -----------------------------------------------------------------------------------------------
    def add_field(self) -> None:
        self._open_node(None, None, next_code(self.presenter.tree_model.roots(), None))

    def add_child(self) -> None:
        node = self.presenter.selected_node()
        if node is not None:
            self._open_node(None, node, next_code(node.children, node.code))

    def edit(self) -> None:
        node = self.presenter.selected_node()
        if node is not None:
            self._open_node(node, self.presenter.tree_model.parent_node(node), "")

    def delete(self) -> None:
        node, version = self.presenter.selected_node(), self.presenter.version()
        if node is None or version is None:
            return
        scored = self.presenter.catalogue.scored_years(version.id).get(node.id or 0)
        if scored:
            self.context.prompter.error("Không xóa được", f"Mục {node.code} đã có điểm chấm của năm {_years(scored)}; "
                                                          "xóa mục này sẽ mất các điểm đó nên chương trình không xóa.")
            return
        question = f"Xóa mục {node.code} “{node.name}” khỏi bộ tiêu chí {version.name}?"
        if not self.context.prompter.confirm("Xóa tiêu chí", question, yes="Xóa"):
            return
        try:
            self.service.delete_node(node.id or 0)
        except CchcError as error:
            self.context.prompter.error("Không xóa được", str(error))
            return
        self._changed(f"Đã xóa mục {node.code}.")

    def _open_node(self, node: CriterionNode | None, parent_node: CriterionNode | None, code: str) -> None:
        version = self.presenter.version()
        if version is None:
            return
        dialog = NodeDialog(self.service, version, self.agencies.list(), node, parent_node, code, self.parent)
        dialog.saved.connect(self._node_saved)
        self._open(dialog)

    def _node_saved(self, node_id: object) -> None:
        self._changed("Đã lưu tiêu chí.")
        self.presenter.select_node(int(node_id))  # type: ignore[call-overload]

    # -- versions and import ---------------------------------------------------------------------------------
    def add_version(self) -> None:
        info = self.presenter.index_info()
        if info is None:
            return
        current = self.presenter.version()
        dialog = VersionDialog(self.service, info.code, self.presenter.versions, current.id if current else None,
                               self.parent)
        dialog.saved.connect(lambda version_id: self._version_added(info.code, int(version_id)))
        self._open(dialog)

    def _version_added(self, index_code: str, version_id: int) -> None:
        self.context.signals.announce(Topic.CRITERIA)
        self.presenter.show(index_code, version_id)
        version = self.presenter.version()
        self.context.signals.status_message.emit(f"Đã thêm phiên bản “{version.name if version else ''}”.")

    def import_file(self) -> None:
        """Replace the version's tree by a table file, all rows or none; rejected rows are listed."""
        version = self.presenter.version()
        if version is None:
            return
        scored_nodes = self.presenter.catalogue.scored_years(version.id).values()
        scored = sorted({year for years in scored_nodes for year in years})
        if scored:
            self.context.prompter.error(
                "Không nhập được", f"Bộ tiêu chí {version.name} đã có điểm chấm của năm {_years(tuple(scored))}; thay "
                "cả cây sẽ mất các điểm đó. Hãy sửa từng mục, hoặc thêm phiên bản mới rồi nhập vào phiên bản đó.")
            return
        path = self.context.prompter.open_file(f"Nhập bộ tiêu chí {version.name}", self.folder, TABLE_FILTER)
        if path is None:
            return
        self.folder = path.parent
        count = sum(1 for root in self.presenter.tree_model.roots() for _ in root.walk())
        if count and not self.context.prompter.confirm(
                "Thay cây tiêu chí", f"Thay toàn bộ {count} mục của bộ tiêu chí {version.name} bằng nội dung tệp "
                f"“{path.name}”?", yes="Thay"):
            return
        def failed(error: CchcError) -> None:
            if isinstance(error, ImportRejected):
                self.dialog = problems_dialog(path.name, error.problems, "chưa nhập tiêu chí nào", self.parent)
                self.dialog.open()
            else:
                self.context.prompter.error("Không nhập được", f"{error}\n\nCây tiêu chí chưa thay đổi.")

        version_id, name = version.id, version.name
        run_in_background(self.parent, f"Nhập bộ tiêu chí {name}", f"Đang nhập tệp “{path.name}”…",
                          lambda _progress: self.service.import_tree(version_id, path),
                          on_done=lambda imported: self._changed(
                              f"Đã nhập {imported} mục vào bộ tiêu chí {name} từ tệp “{path.name}”."),
                          on_error=failed, cancellable=False)

    # -- the index -------------------------------------------------------------------------------------------
    def edit_index(self) -> None:
        info = self.presenter.index_info()
        if info is not None:
            dialog = IndexDialog(self.presenter.catalogue, info, self.parent)
            dialog.saved.connect(lambda code: self._changed(f"Đã lưu thông tin chỉ số {code}.", Topic.INDEXES))
            self._open(dialog)

    # -- helpers ---------------------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog  # the dialog last opened (it deletes itself when closed)
        dialog.open()

    def _changed(self, message: str, topic: Topic = Topic.CRITERIA) -> None:
        self.context.signals.announce(topic)
        self.context.signals.status_message.emit(message)
