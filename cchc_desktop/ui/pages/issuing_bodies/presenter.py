"""Behaviour of the list of issuing bodies: loading, following the selection, Thêm / Ngừng dùng / Xóa.

Choosing another body (or "Thêm") first leaves the one being edited through :meth:`BodyEditorPresenter.leave`;
when the user chooses to stay, the selection goes back to it. A body that notices already use cannot be deleted;
the page then offers to stop using it instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from ....core.errors import CchcError, ConflictError
from ....core.services.issuing_bodies import IssuingBodyRow, IssuingBodyService
from ...context import AppContext
from ...topics import Topic
from ...widgets.list_selection import ListSelection
from .editor_presenter import BodyEditorPresenter
from .view import ACTIVATE, DEACTIVATE, NAME_COLUMN, IssuingBodiesView

ID_ROLE = Qt.ItemDataRole.UserRole + 1
INACTIVE_COLOR = QColor("#80868b")


class IssuingBodiesPresenter:
    """Owns the list model; the editor presenter edits the selected body."""

    def __init__(self, view: IssuingBodiesView, context: AppContext, editor: BodyEditorPresenter) -> None:
        self.view = view
        self.context = context
        self.editor = editor
        self.service = IssuingBodyService(context.db)
        self.model = QStandardItemModel(0, 2, view)
        self.selection = ListSelection(view.bodies, self.model, self.row_of, lambda row: self.rows[row], NAME_COLUMN)
        self.model.setHorizontalHeaderLabels(["Cơ quan ban hành", "Ký hiệu"])
        self.rows: list[IssuingBodyRow] = []
        self._following = True  # False while the selection is changed by the presenter itself
        self._announcing = False  # True while this page's own change is being announced
        editor.saved.connect(self._saved)

    # -- reading -------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the bodies again; the body being edited stays selected."""
        self.rows = self.service.list(include_inactive=True)
        self._following = False
        try:
            self.model.removeRows(0, self.model.rowCount())
            for row in self.rows:
                self.model.appendRow(_items(row))
        finally:
            self._following = True
        self.view.set_count(len(self.rows), sum(1 for row in self.rows if not row.active))
        self._show_selected(self.editor.body_id)
        self.refresh_state()

    def external_change(self, changed: frozenset[Topic]) -> None:
        """Another part of the program changed data ; ``changed`` names the topics."""
        if Topic.AGENCIES in changed:
            self.editor.reload_agencies()
        if Topic.PEOPLE in changed:
            self.editor.reload_people()
        if self._announcing or Topic.ISSUING_BODIES not in changed:
            return
        self.reload()
        if self.editor.body_id is not None and not self.editor.is_dirty():
            row = self.row(self.editor.body_id)
            if row is None:
                self.editor.close()
            else:
                self.editor.open_body(row.id, row.active)

    def row(self, body_id: int | None) -> IssuingBodyRow | None:
        return next((row for row in self.rows if row.id == body_id), None)

    def row_of(self, body_id: int) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.id == body_id), None)

    def selected(self) -> IssuingBodyRow | None:
        row = self.selection.current_row()
        return self.rows[row] if row is not None and row < len(self.rows) else None

    def refresh_state(self) -> None:
        body = self.selected()
        self.view.active_action.setEnabled(body is not None)
        self.view.active_action.setText(ACTIVATE if body is not None and not body.active else DEACTIVATE)
        self.view.delete_action.setEnabled(body is not None)

    # -- selection -----------------------------------------------------------------------------------------------
    def selection_changed(self) -> None:
        self.refresh_state()
        if not self._following:
            return
        body = self.selected()
        if body is not None and body.id == self.editor.body_id and self.editor.is_open:
            return
        if not self.editor.leave():
            self._show_selected(self.editor.body_id)
            return
        if body is None:
            self.editor.close()
        else:
            self.editor.open_body(body.id, body.active)

    def _show_selected(self, body_id: int | None) -> None:
        """Select ``body_id``'s row (or nothing) without opening it again."""
        self._following = False
        try:
            self.selection.show_only(body_id)
        finally:
            self._following = True
        self.refresh_state()

    def select(self, body_id: int) -> None:
        """Select and open a body (as a click on its row does)."""
        self.selection.select_id(body_id)

    # -- commands ------------------------------------------------------------------------------------------------
    def add(self) -> None:
        if not self.editor.leave():
            return
        self._show_selected(None)
        self.editor.start_new()
        self.context.signals.status_message.emit(
            "Gõ tên cơ quan, các dòng tiêu đề, ký hiệu và chữ ký rồi bấm “Lưu”; bản xem trước cập nhật ngay.")

    def toggle_active(self) -> None:
        body = self.selected()
        if body is None:
            return
        self._set_active(body, not body.active)

    def delete(self) -> None:
        body = self.selected()
        if body is None:
            return
        question = (f"Xóa cơ quan ban hành “{body.name}” ({body.notice_symbol})?\n\n"
                    "Việc xóa không hoàn tác được.")
        if not self.context.prompter.confirm("Xóa cơ quan ban hành", question, yes="Xóa"):
            return
        try:
            self.service.delete(body.id)
        except ConflictError as error:
            if body.active and self.context.prompter.confirm(
                "Không xóa được", f"{error}\n\nNgừng dùng “{body.name}” ngay bây giờ?", yes="Ngừng dùng", no="Đóng"
            ):
                self._set_active(body, False)
            elif not body.active:
                self.context.prompter.error("Không xóa được", str(error))
            return
        except CchcError as error:
            self.context.prompter.error("Không xóa được", str(error))
            return
        position = self.row_of(body.id) or 0
        if self.editor.body_id == body.id:
            self.editor.close()
        self._announce(f"Đã xóa cơ quan ban hành “{body.name}”.")
        self.reload()
        if self.rows:  # the neighbour takes the deleted body's place
            self.select(self.rows[min(position, len(self.rows) - 1)].id)

    # -- helpers -------------------------------------------------------------------------------------------------
    def _set_active(self, body: IssuingBodyRow, active: bool) -> None:
        try:
            self.service.set_active(body.id, active)
        except CchcError as error:
            self.context.prompter.error("Không đổi được", str(error))
            return
        if self.editor.body_id == body.id:
            self.editor.set_active(active)
        self._announce(f"Đã dùng lại “{body.name}”." if active else
                       f"Đã ngừng dùng “{body.name}”: không còn được chọn khi soạn thông báo mới.")
        self.reload()

    def _saved(self, body_id: int, message: str) -> None:
        self._announce(message)
        self.reload()
        self._show_selected(body_id)

    def _announce(self, message: str) -> None:
        self._announcing = True
        try:
            self.context.signals.announce(Topic.ISSUING_BODIES)
        finally:
            self._announcing = False
        self.context.signals.status_message.emit(message)


def _items(row: IssuingBodyRow) -> list[QStandardItem]:
    name = QStandardItem(row.name if row.active else f"{row.name} (ngừng dùng)")
    symbol = QStandardItem(row.notice_symbol)
    for item in (name, symbol):
        item.setEditable(False)
        item.setData(row.id, ID_ROLE)
        item.setToolTip("\n".join(filter(None, [row.parent_line, *row.body_lines])))
        if not row.active:
            item.setForeground(QBrush(INACTIVE_COLOR))
    return [name, symbol]
