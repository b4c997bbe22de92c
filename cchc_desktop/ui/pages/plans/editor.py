"""Add or edit one plan or resolution with its targets; see the tasks it assigned.

Saving runs :class:`PlanService`; a validation error stays in the dialog, in red under the tabs, and focuses the
field it names; nothing is stored. Closing with unsaved edits asks before dropping them, and the page can ask the
editor to save (:meth:`PlanEditor.commit`) when the window closes.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from ....core.enums import PlanKind
from ....core.errors import CchcError, ValidationError
from ....core.services.agencies import AgencyService
from ....core.services.plans import PlanInput, PlanService
from ....core.services.tasks import TaskFilter, TaskService
from ...context import AppContext
from ...models.plan_target_model import PlanTargetModel, TargetColumn
from ...models.plan_task_model import PlanTaskModel
from ...refresh import ReloadOnChange
from ...topics import Topic
from ...widgets.field_errors import error_field, show_error, show_message
from . import task_links
from .editor_view import TARGETS, PlanEditorView
from .target_delegates import AgencyDelegate, DateDelegate, StatusDelegate

KEEP_OLD_VALUE = "Sửa lại ô đó, hoặc bấm “Lưu” lần nữa để giữ giá trị cũ."
TASKS_TAB = 1
TOPICS = frozenset({Topic.TASKS, Topic.AGENCIES, Topic.MEETINGS, Topic.CRITERIA, Topic.INDEXES})
"""What the list of the plan's tasks shows (titles, lead agencies, sources); saving a plan reloads it itself."""


class PlanEditor(PlanEditorView):
    """Window-modal (``open()``); emits :attr:`saved` and closes once the save succeeded."""

    saved = Signal(int)
    """The plan with this id was stored."""

    def __init__(self, context: AppContext, plan_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.plan_id = plan_id
        self._cell_problem = False
        self.service = PlanService(context.db)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.targets = PlanTargetModel(self)
        self.tasks = PlanTaskModel(self)
        self.targets_table.setModel(self.targets)
        self.tasks_table.setModel(self.tasks)
        self.size_columns()
        self._set_delegates()

        data = self.service.get(plan_id) if plan_id is not None else PlanInput(PlanKind.PLAN, "", "")
        self._fill(data)
        self._saved_input = self.plan_input()
        self._connect()
        self.reload_tasks()
        self.refresh()

    # -- reading the form ------------------------------------------------------------------------------------
    def plan_input(self) -> PlanInput:
        """What the form holds; raises ValidationError when the date of issue is not a real date."""
        return PlanInput(
            kind=PlanKind(self.kind_combo.currentData()), reference=self.reference_edit.text(),
            title=self.title_edit.toPlainText(), issued_on=self.issued_field.date(), issuer=self.issuer_edit.text(),
            period_start=self.start_spin.year(), period_end=self.end_spin.year(), targets=self.targets.targets(),
        )

    def is_dirty(self) -> bool:
        try:
            return self.plan_input() != self._saved_input
        except ValidationError:
            return True

    # -- saving and closing ----------------------------------------------------------------------------------
    def submit(self) -> bool:
        """Save; on success emit :attr:`saved` and close, otherwise show why and stay open.

        A value just refused by a target cell (a date that does not exist) stops the first attempt, so it is not
        dropped unseen; saving again keeps the cell's previous value.
        """
        self._finish_cell_edit()
        if self._cell_problem:
            self._cell_problem = False
            self.error_label.setText(f"{self.error_label.text()} {KEEP_OLD_VALUE}")
            self.targets_table.setFocus()
            return False
        try:
            data = self.plan_input()
            if self.plan_id is None:
                self.plan_id = self.service.create(data)
            else:
                self.service.update(self.plan_id, data)
        except CchcError as error:
            self.show_error(error)
            return False
        self._saved_input = data
        self.context.signals.announce(Topic.PLANS)
        self.saved.emit(self.plan_id)
        self.accept()
        return True

    def commit(self) -> bool:
        """Save pending edits, if any; False when they could not be saved (the reason is shown)."""
        return not self.is_dirty() or self.submit()

    def reject(self) -> None:
        """Hủy, Escape or closing the window: ask before unsaved edits are dropped."""
        if self.is_dirty() and not self.context.prompter.confirm(
            "Chưa lưu thay đổi",
            f"{self._document_name()} có thay đổi chưa lưu.\n\nBỏ các thay đổi này? "
            "Chọn “Ở lại” rồi bấm “Lưu” để giữ lại.",
            yes="Bỏ thay đổi", no="Ở lại",
        ):
            return
        super().reject()

    def show_error(self, error: CchcError) -> None:
        self._cell_problem = False
        if error_field(error) == TARGETS:
            show_message(self.error_label, str(error))
            self._show_empty_target()
            return
        show_error(self.error_label, error, self.fields)

    # -- targets ---------------------------------------------------------------------------------------------
    def add_target(self) -> None:
        row = self.targets.add_target()
        self.tabs.setCurrentIndex(0)
        self._edit_cell(row, TargetColumn.TEXT)

    def remove_target(self) -> None:
        row = self._current_target_row()
        if row is None:
            return
        self.targets.remove_target(row)
        if self.targets.rowCount():
            self._select_cell(min(row, self.targets.rowCount() - 1), TargetColumn.TEXT)

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def refresh(self) -> None:
        """Summary line, tab titles and which target commands apply."""
        self.summary_label.setText(self.targets.summary())
        self.tabs.setTabText(0, f"{TARGETS} ({self.targets.rowCount()})")
        row = self._current_target_row()
        self.remove_target_button.setEnabled(row is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < self.targets.rowCount() - 1)

    def show_problem(self, text: str) -> None:
        """A value typed into a target cell was refused; the message stays until a cell takes a value."""
        self.error_label.setText(text)
        self.error_label.show()
        self._cell_problem = True

    def clear_problem(self) -> None:
        if self._cell_problem:
            self.error_label.hide()
            self._cell_problem = False

    # -- tasks -----------------------------------------------------------------------------------------------
    def reload_tasks(self) -> None:
        saved = self.plan_id is not None
        rows = TaskService(self.context.db).list(TaskFilter(plan_id=self.plan_id)) if saved else []
        self.tasks.set_rows(rows)
        self.assign_button.setEnabled(saved)
        self.tasks_hint.setText(
            "Nhấp đúp vào một nhiệm vụ để mở." if rows else
            "Chưa có nhiệm vụ nào giao theo văn bản này." if saved else
            "Lưu văn bản trước khi giao nhiệm vụ theo văn bản này."
        )
        self.tabs.setTabText(TASKS_TAB, f"Nhiệm vụ giao theo văn bản ({len(rows)})")

    def assign_task(self) -> None:
        if self.plan_id is not None:
            data = self._saved_input
            reference = task_links.source_reference(data.kind, data.reference, data.issued_on, data.issuer)
            task_links.assign_task(self.context, self, self.plan_id, reference)

    def open_task(self, index: QModelIndex) -> None:
        if index.isValid():
            task_links.open_task(self.context, self, self.tasks.task(index.row()).id)

    # -- helpers ---------------------------------------------------------------------------------------------
    def _check_period(self) -> None:
        """Say at once when the period ends before it starts (saving would refuse it with the same words); the
        message goes once the years are in order."""
        start, end = self.start_spin.year(), self.end_spin.year()
        message = f"Giai đoạn {start}–{end} có năm kết thúc trước năm bắt đầu." if start and end and end < start else ""
        if message:
            show_message(self.error_label, message)
        elif self.error_label.text().startswith("Giai đoạn "):
            show_message(self.error_label, "")

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.start_spin.valueChanged.connect(self._check_period)
        self.end_spin.valueChanged.connect(self._check_period)
        self.add_target_button.clicked.connect(self.add_target)
        self.remove_target_button.clicked.connect(self.remove_target)
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)
        self.assign_button.clicked.connect(self.assign_task)
        self.tasks_table.doubleClicked.connect(self.open_task)
        self.targets.problem.connect(self.show_problem)
        self.targets.dataChanged.connect(self.clear_problem)
        for signal in (self.targets.dataChanged, self.targets.rowsInserted, self.targets.rowsRemoved,
                       self.targets.rowsMoved, self.targets.modelReset):
            signal.connect(self.refresh)
        self.targets_table.selectionModel().currentChanged.connect(self.refresh)
        for keys, slot in (("Ctrl+Ins", self.add_target), ("Ctrl+Up", self.move_up), ("Ctrl+Down", self.move_down)):
            QShortcut(QKeySequence(keys), self.targets_table, slot, Qt.ShortcutContext.WidgetShortcut)
        # App-wide signal: a task saved in the task editor shows here at once (the dialog is small: no deferring).
        ReloadOnChange(self, self.context.signals, TOPICS, lambda _changed: self.reload_tasks(),
                       defer_while_hidden=False)

    def _set_delegates(self) -> None:
        agencies = AgencyService(self.context.db).list()
        self.targets.set_agency_names({row.id: row.name for row in agencies})
        self.agency_delegate = AgencyDelegate(self)
        self.agency_delegate.set_agencies(agencies)
        self.targets_table.setItemDelegateForColumn(TargetColumn.STATUS, StatusDelegate(self))
        self.targets_table.setItemDelegateForColumn(TargetColumn.LEAD, self.agency_delegate)
        self.targets_table.setItemDelegateForColumn(TargetColumn.ASSESSED_ON, DateDelegate(self))

    def _fill(self, data: PlanInput) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(data.kind.value))
        self.reference_edit.setText(data.reference)
        self.issued_field.set_date(data.issued_on)
        self.issuer_edit.setText(data.issuer)
        self.title_edit.setPlainText(data.title)
        self.start_spin.set_year(data.period_start)
        self.end_spin.set_year(data.period_end)
        self.targets.set_targets(data.targets)
        self.setWindowTitle(f"Sửa {self._document_name()}" if self.plan_id else "Thêm kế hoạch, nghị quyết")

    def _document_name(self) -> str:
        reference = self.reference_edit.text().strip()
        kind = PlanKind(self.kind_combo.currentData()).label
        return f"{kind} số {reference}" if reference else f"{kind} mới"

    def _current_target_row(self) -> int | None:
        index = self.targets_table.currentIndex()
        return index.row() if index.isValid() else None

    def _move(self, delta: int) -> None:
        row = self._current_target_row()
        if row is not None:
            column = self.targets_table.currentIndex().column()
            self._select_cell(self.targets.move_target(row, delta), column)

    def _select_cell(self, row: int, column: int) -> None:
        index = self.targets.index(row, column)
        self.targets_table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.targets_table.scrollTo(index)

    def _edit_cell(self, row: int, column: int) -> None:
        self._select_cell(row, column)
        self.targets_table.setFocus()
        self.targets_table.edit(self.targets.index(row, column))

    def _finish_cell_edit(self) -> None:
        """Hand the value of a target cell still being edited to the model, as leaving the cell would."""
        viewport = self.targets_table.viewport()
        editor = QApplication.focusWidget()
        while editor is not None and editor.parentWidget() is not viewport:
            editor = editor.parentWidget()
        if editor is not None:
            delegate = self.targets_table.itemDelegateForIndex(self.targets_table.currentIndex())
            delegate.commitData.emit(editor)
            delegate.closeEditor.emit(editor)

    def _show_empty_target(self) -> None:
        self.tabs.setCurrentIndex(0)
        empty = next((r for r in range(self.targets.rowCount()) if not self.targets.target(r).text.strip()), None)
        if empty is not None:
            self._select_cell(empty, TargetColumn.TEXT)
        self.targets_table.setFocus()
