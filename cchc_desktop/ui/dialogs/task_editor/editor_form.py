"""Widgets of the task editor (layout only; behaviour is in :mod:`.editor_dialog`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....core.enums import TaskSource, TaskStatus
from ...models.task_progress_model import ProgressColumn, TaskProgressModel
from ...widgets.agency_picker import AgencyChecklist, AgencyCombo
from ...widgets.common import HINT_STYLE, dialog_buttons, error_label, field_caption
from ...widgets.date_field import DateField
from ...widgets.eliding_combo import ElidingComboBox
from ...widgets.mnemonics import assign_mnemonics
from .deadline_input import DeadlineInput

TITLE = "Nội dung nhiệm vụ"
DESCRIPTION = "Mô tả"
LEAD = "Cơ quan chủ trì"
COOPERATORS = "Cơ quan phối hợp"
SOURCE = "Nguồn"
PLAN = "Kế hoạch, nghị quyết"
REFERENCE = "Văn bản giao"
CRITERION = "Tiêu chí thành phần"
ASSIGNED = "Ngày giao"
DEADLINE = "Thời hạn"
STATUS = "Tình trạng"
COMPLETED = "Ngày hoàn thành"
EVIDENCE = "Minh chứng"
PROGRESS_DATE = "Ngày cập nhật"
PROGRESS_NOTE = "Nội dung tiến độ"
"""Field labels; they are also the ``field`` of the core's ValidationError, which is how errors find their widget."""

NO_CRITERION = "(Không)"
EDITABLE_SOURCES = (TaskSource.DIRECT, TaskSource.PLAN)


def _text_box(lines: int, hint: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setUndoRedoEnabled(True)
    edit.setPlaceholderText(hint)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 18)
    return edit



def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setVerticalSpacing(8)
    return form


class TaskEditorForm(QDialog):
    """Two columns of fields (what and who; source, deadline and result), progress notes, an error line, buttons."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(980)
        self.title_edit = _text_box(
            3, "Ví dụ: Rà soát, tham mưu UBND tỉnh hỗ trợ kinh phí hiện đại hóa Bộ phận Một cửa")
        self.description_edit = _text_box(2, "Yêu cầu cụ thể, sản phẩm cần có (không bắt buộc)")
        self.lead_combo = AgencyCombo()
        self.cooperators = AgencyChecklist()
        self.cooperators_summary = QLabel()
        self.cooperators_summary.setWordWrap(True)
        self.cooperators_summary.setStyleSheet(HINT_STYLE)

        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_combo = QComboBox()
        for source in EDITABLE_SOURCES:
            self.source_combo.addItem(source.label, source)
        self.plan_combo = ElidingComboBox()
        self.plan_combo.setMinimumContentsLength(20)
        self.reference_edit = QLineEdit()
        self.reference_edit.setMaxLength(300)
        self.reference_edit.setPlaceholderText("Văn bản giao (số, ký hiệu)")
        self.reference_edit.setToolTip("Ví dụ: Công văn số 123/UBND-NC ngày 05/3/2024")
        self.source_inputs = QStackedWidget()
        self.source_inputs.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.source_inputs.addWidget(self.reference_edit)
        self.source_inputs.addWidget(self.plan_combo)
        self.source_chooser = QWidget()
        chooser = QHBoxLayout(self.source_chooser)
        chooser.setContentsMargins(0, 0, 0, 0)
        chooser.addWidget(self.source_combo)
        chooser.addWidget(self.source_inputs, 1)
        source_box = QWidget()
        source_layout = QVBoxLayout(source_box)
        source_layout.setContentsMargins(0, 0, 0, 0)
        source_layout.addWidget(self.source_label)
        source_layout.addWidget(self.source_chooser)

        self.criterion_combo = ElidingComboBox()
        self.criterion_combo.setMinimumContentsLength(20)
        self.criterion_combo.addItem(NO_CRITERION, None)
        self.assigned_field = DateField(ASSIGNED)
        self.deadline_input = DeadlineInput(today)
        self.status_combo = QComboBox()
        for status in TaskStatus:
            self.status_combo.addItem(status.label, status)
        self.completed_field = DateField(COMPLETED)
        self.evidence_edit = QLineEdit()
        self.evidence_edit.setMaxLength(1000)
        self.evidence_edit.setPlaceholderText("Ví dụ: Báo cáo số 45/BC-SNV ngày 05/7/2022")

        self.fields: dict[str, QWidget] = {
            TITLE: self.title_edit, DESCRIPTION: self.description_edit, LEAD: self.lead_combo,
            COOPERATORS: self.cooperators, SOURCE: self.source_combo, PLAN: self.plan_combo,
            REFERENCE: self.reference_edit, CRITERION: self.criterion_combo, ASSIGNED: self.assigned_field,
            DEADLINE: self.deadline_input, STATUS: self.status_combo, COMPLETED: self.completed_field,
            EVIDENCE: self.evidence_edit,
        }
        left = _form()
        left.addRow(field_caption(TITLE, self.title_edit, required=True), self.title_edit)
        left.addRow(field_caption(DESCRIPTION, self.description_edit), self.description_edit)
        left.addRow(field_caption(LEAD, self.lead_combo, required=True), self.lead_combo)
        left.addRow(field_caption(COOPERATORS, self.cooperators.search), self.cooperators)
        left.addRow("", self.cooperators_summary)
        right = _form()
        right.addRow(field_caption(SOURCE, self.source_combo), source_box)
        right.addRow(field_caption(CRITERION, self.criterion_combo), self.criterion_combo)
        right.addRow(field_caption(ASSIGNED, self.assigned_field), self._left_aligned(self.assigned_field))
        right.addRow(field_caption(DEADLINE, self.deadline_input), self.deadline_input)
        right.addRow(field_caption(STATUS, self.status_combo), self._left_aligned(self.status_combo))
        right.addRow(field_caption(COMPLETED, self.completed_field), self._left_aligned(self.completed_field))
        right.addRow(field_caption(EVIDENCE, self.evidence_edit), self.evidence_edit)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        for form in (left, right):
            column = QVBoxLayout()
            column.addLayout(form, 1 if form is left else 0)
            if form is right:  # the left column's co-operating agencies list takes its spare height
                column.addStretch(1)
            columns.addLayout(column, 1)

        self.progress_box = self._progress_box()
        self.date_warning = error_label()
        """Dates out of order (a deadline before the assignment date), said while they are typed."""
        self.error_label = error_label()
        self.buttons, self.ok_button, self.cancel_button = dialog_buttons()

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(columns)
        layout.addWidget(self.date_warning)
        layout.addWidget(self.progress_box, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        assign_mnemonics(self)

    @staticmethod
    def _left_aligned(widget: QWidget) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget)
        row.addStretch(1)
        return holder

    def _progress_box(self) -> QGroupBox:
        box = QGroupBox("Tiến độ thực hiện")
        self.progress_model = TaskProgressModel(self)
        self.progress_table = QTableView()
        self.progress_table.setModel(self.progress_model)
        self.progress_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.progress_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.progress_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.progress_table.setWordWrap(False)
        self.progress_table.verticalHeader().hide()
        self.progress_table.setMinimumHeight(self.fontMetrics().height() * 7)
        header = self.progress_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProgressColumn.NOTE, QHeaderView.ResizeMode.Stretch)
        self.progress_date = DateField(PROGRESS_DATE)
        self.progress_text = QLineEdit()
        self.progress_text.setMaxLength(4000)
        self.progress_text.setPlaceholderText("Kết quả, vướng mắc, việc đã làm…")
        self.add_progress_button = QPushButton("Thêm tiến độ")
        self.add_progress_button.setAutoDefault(False)
        self.delete_progress_button = QPushButton("Xóa tiến độ đã chọn…")
        self.delete_progress_button.setAutoDefault(False)
        self.fields[PROGRESS_DATE] = self.progress_date
        self.fields[PROGRESS_NOTE] = self.progress_text
        adding = QHBoxLayout()
        adding.addWidget(field_caption(PROGRESS_DATE, self.progress_date))
        adding.addWidget(self.progress_date)
        adding.addWidget(self.progress_text, 1)
        adding.addWidget(self.add_progress_button)
        adding.addWidget(self.delete_progress_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.progress_table, 1)
        layout.addLayout(adding)
        return box
