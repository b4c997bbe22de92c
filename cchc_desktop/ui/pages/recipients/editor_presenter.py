"""Behaviour of the group editor: opening a group, the line commands, the preview, saving and leaving.

The shared editing model (:mod:`cchc_desktop.ui.widgets.save_state`): a stored group saves itself two seconds
after the last edit, and on :meth:`GroupEditorPresenter.save` (the Lưu button, Enter in the name, leaving the group
or the page); a new group is stored by Lưu or on leaving. When a save is refused the reason shows in red under the
lines and nothing is stored; leaving then asks whether to drop the edits, so they are never lost without the user
saying so. Ctrl+Z undoes line edits one by one; "Hoàn tác thay đổi" stores the group as it was when opened again.
Autosaves announce nothing; the next explicit save, or leaving the group, announces once.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject, Signal

from ....core.errors import CchcError
from ....core.services.agencies import AgencyService
from ....core.services.recipients import LineInput, RecipientGroupService
from ...context import AppContext
from ...models.recipient_lines_model import TEXT_COLUMN, RecipientLinesModel
from ...widgets.field_errors import error_field
from ...widgets.save_state import Autosave
from .editor_view import GroupEditorView
from .printing import has_report_marker, preview_html, with_report_marker

Snapshot = tuple[str, str, tuple[tuple[str, int | None], ...]]


class GroupEditorPresenter(QObject):
    """Edits one group at a time: a stored one (``group_id``) or a new one (``group_id`` None while open)."""

    saved = Signal(int, str)
    """A group was stored: its id and a status message."""

    def __init__(self, view: GroupEditorView, context: AppContext) -> None:
        super().__init__(view)
        self.view = view
        self.context = context
        self.service = RecipientGroupService(context.db)
        self.agencies = AgencyService(context.db)
        self.model = RecipientLinesModel(view)
        self.group_id: int | None = None
        self.is_open = False
        self._loaded: Snapshot = ("", "", ())
        self.last_error = ""
        self._opened: tuple[int, str, str, list[LineInput]] | None = None  # as opened, for "Hoàn tác thay đổi"
        self._unannounced = False  # autosaved since ``saved`` was last emitted
        self._filling = False
        self.autosave = Autosave(self, self.autosave_now)

    # -- opening -------------------------------------------------------------------------------------------------
    def open_group(self, group_id: int) -> None:
        group = next((g for g in self.service.list() if g.id == group_id), None)
        if group is None:
            self.close()
            return
        lines = self.service.lines(group_id)
        if self._opened is None or self._opened[0] != group_id:
            self._opened = (group_id, group.name, group.notes, lines)
        self._load(group_id, group.name, group.notes, lines)

    def start_new(self) -> None:
        self._opened = None
        self._load(None, "", "", [])
        self.view.name_edit.setFocus()

    def close(self) -> None:
        """Nothing is being edited (no group selected)."""
        self._opened = None
        self._load(None, "", "", [])
        self.is_open = False
        self.refresh_state()
        self._show_opened_state()

    def reload_agencies(self) -> None:
        rows = self.agencies.list()
        self.view.agency_combo.set_agencies(rows)
        self.model.set_agency_names({row.id: row.name for row in rows})

    def _load(self, group_id: int | None, name: str, notes: str, lines: list[LineInput]) -> None:
        self.group_id = group_id
        self.is_open = True
        self._filling = True
        try:
            self.view.name_edit.setText(name)
            self.view.notes_edit.setText(notes)
            self.model.set_lines(lines)
            self.view.new_line_edit.clear()
        finally:
            self._filling = False
        self.autosave.stop()
        self._loaded = self.snapshot()
        self._set_error("")
        if lines:
            self.select_row(0)
        self.refresh_state()
        self._show_opened_state()

    def _show_opened_state(self) -> None:
        label = self.view.state_label
        if not self.is_open:
            label.note("Chọn một nhóm ở danh sách bên trái hoặc bấm “Thêm nhóm”.")
        elif self.group_id is None:
            label.new_record()
        else:
            label.clear_state()

    # -- state ---------------------------------------------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        lines = tuple((line.text, line.agency_id) for line in self.model.lines())
        return self.view.name_edit.text().strip(), self.view.notes_edit.text().strip(), lines

    def is_dirty(self) -> bool:
        return self.is_open and (self.group_id is None or self.snapshot() != self._loaded)

    def current_row(self) -> int | None:
        selection = self.view.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return rows[0].row() if rows else None

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, TEXT_COLUMN)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.table.selectionModel().setCurrentIndex(index, flags)
        self.view.table.scrollTo(index)

    def edited(self) -> None:
        """Name, notes or lines changed: a shown error no longer applies; a stored group saves once edits pause."""
        self._set_error("")
        self.refresh_state()
        if self._filling or not self.is_dirty():
            return
        if self.group_id is None:
            self.view.state_label.new_record()
        else:
            self.view.state_label.editing()
            self.autosave.schedule()

    def changed_since_opened(self) -> bool:
        if not self.is_open or self._opened is None or self._opened[0] != self.group_id:
            return False
        _, name, notes, lines = self._opened
        return self.snapshot() != (name.strip(), notes.strip(), tuple((line.text, line.agency_id) for line in lines))

    def refresh_state(self) -> None:
        view, row = self.view, self.current_row()
        view.setEnabled(self.is_open)
        count = self.model.rowCount()
        view.up_action.setEnabled(row is not None and row > 0)
        view.down_action.setEnabled(row is not None and row < count - 1)
        view.remove_action.setEnabled(row is not None)
        view.add_line_action.setEnabled(bool(view.new_line_edit.text().strip()))
        view.undo_action.setEnabled(self.model.undo_stack.canUndo())
        view.redo_action.setEnabled(self.model.undo_stack.canRedo())
        view.undo_action.setToolTip(_undo_tip("Hoàn tác", self.model.undo_stack.undoText(), "Ctrl+Z"))
        view.redo_action.setToolTip(_undo_tip("Làm lại", self.model.undo_stack.redoText(), "Ctrl+Y"))
        view.marker_check.setEnabled(row is not None)
        view.marker_check.blockSignals(True)
        view.marker_check.setChecked(row is not None and has_report_marker(self.model.line(row).text))
        view.marker_check.blockSignals(False)
        dirty = self.is_dirty()
        view.save_action.setEnabled(dirty)
        view.revert_action.setEnabled(self.changed_since_opened() or (self.is_open and self.group_id is None))
        view.preview.setHtml(preview_html(line.text for line in self.model.lines()))

    # -- line commands -------------------------------------------------------------------------------------------
    def add_typed_line(self) -> None:
        row = self._insert(self.view.new_line_edit.text(), None)
        if row is not None:
            self.view.new_line_edit.clear()
        self.view.new_line_edit.setFocus()

    def add_agency_line(self) -> None:
        agency_id = self.view.agency_combo.agency_id()
        if agency_id is None:
            self._set_error("Hãy chọn một cơ quan, đơn vị trong danh mục trước khi bấm “Thêm cơ quan…”.")
            self.view.agency_combo.setFocus()
            return
        name = next(row.name for row in self.agencies.list() if row.id == agency_id)
        if self._insert(name, agency_id) is not None:
            self.view.agency_combo.set_agency_id(None)

    def _insert(self, text: str, agency_id: int | None) -> int | None:
        current = self.current_row()
        position = self.model.rowCount() if current is None else current + 1
        return self.model.insert_line(position, text, agency_id)

    def move(self, delta: int) -> None:
        row = self.current_row()
        if row is not None:
            self.model.move_line(row, delta)

    def remove(self) -> None:
        row = self.current_row()
        if row is not None:
            self.model.remove_line(row)

    def set_report_marker(self, on: bool) -> None:
        row = self.current_row()
        if row is not None:
            self.model.set_text(row, with_report_marker(self.model.line(row).text, on))

    # -- saving --------------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Store the group; False (and the reason in red) when the service refuses it."""
        if not self.is_open:
            return True
        self.view.finish_cell_edit()
        name, notes, _ = self.snapshot()
        group_id = self._store()
        if group_id is None:
            return False
        created = self.group_id is None
        self.group_id = group_id
        if created:  # a new group: "as opened" is as first stored
            self._opened = (group_id, name, notes, self.model.lines())
        self._filling = True
        try:
            self.view.name_edit.setText(name)
            self.view.notes_edit.setText(notes)
        finally:
            self._filling = False
        self._loaded = self.snapshot()
        self._set_error("")
        self.refresh_state()
        self.view.state_label.saved()
        self._announce_saved()
        return True

    def autosave_now(self) -> None:
        """Store a stored group's edits without touching the fields (the cursor stays where the clerk types)."""
        if self.is_open and self.group_id is not None and self.is_dirty() and self._store(focus=False) is not None:
            self._loaded = self.snapshot()
            self._unannounced = True
            self.refresh_state()
            self.view.state_label.saved()

    def _store(self, focus: bool = True) -> int | None:
        """Save the group as the editor holds it; on a refusal the reason is shown (``focus``: in the field)."""
        self.autosave.stop()
        name, notes, _ = self.snapshot()
        try:
            return self.service.save(name, self.model.lines(), self.group_id, notes)
        except CchcError as error:
            self._set_error(str(error))
            self.view.state_label.failed(str(error))
            if focus:
                no_lines = error_field(error) == "Nơi nhận"
                (self.view.new_line_edit if no_lines else self.view.name_edit).setFocus()
            return None

    def _announce_saved(self) -> None:
        """``saved`` once for the stored group and the autosaves not announced yet (the page tells the others)."""
        self._unannounced = False
        if self.group_id is not None:
            name = self.view.name_edit.text().strip()
            self.saved.emit(self.group_id, f"Đã lưu nhóm nơi nhận “{name}” ({self.model.rowCount()} dòng).")

    def leave(self) -> bool:
        """Save before the group is left; when that fails, ask whether to drop the edits. False: stay."""
        self.view.finish_cell_edit()
        self.autosave.stop()
        if not self.is_dirty() or self.save():
            if self._unannounced:
                self._announce_saved()
            return True
        question = f"{self.last_error}\n\nChưa lưu được nhóm nơi nhận. Bỏ các thay đổi này?"
        if not self.context.prompter.confirm("Chưa lưu được nhóm nơi nhận", question, yes="Bỏ thay đổi",
                                             no="Ở lại để sửa"):
            return False
        self._discard()
        if self._unannounced:
            self._announce_saved()
        return True

    def _discard(self) -> None:
        """Drop unsaved edits: a stored group is read again, a new one is abandoned."""
        if self.group_id is None:
            self.close()
        else:
            self.open_group(self.group_id)

    def revert(self) -> None:
        """"Hoàn tác thay đổi": store the group as it was when opened again (autosaves included), after asking; a
        new group is abandoned."""
        if self.group_id is None:
            self._discard()
            return
        if not self.changed_since_opened() or self._opened is None or not self.context.prompter.confirm(
            "Hoàn tác thay đổi", "Trả nhóm nơi nhận về như lúc mở? Mọi thay đổi từ lúc đó (kể cả đã tự lưu) sẽ bị "
            "bỏ.", yes="Hoàn tác", no="Không",
        ):
            return
        self.autosave.stop()
        group_id, name, notes, lines = self._opened
        try:
            self.service.save(name, lines, group_id, notes)
        except CchcError as error:
            self.context.prompter.error("Không hoàn tác được", str(error))
            return
        self._discard()
        self._announce_saved()

    def _set_error(self, text: str) -> None:
        self.last_error = text
        self.view.show_error(text)


def _undo_tip(verb: str, what: str, key: str) -> str:
    return f"{verb} {what} ({key})" if what else f"{verb} ({key})"
