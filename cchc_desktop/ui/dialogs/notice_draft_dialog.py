"""Drafting a notice from a meeting: which meeting (when not given), issuing body and recipient groups."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.formats import format_date
from ...core.notice_builder import notice_symbol
from ...core.services.issuing_bodies import IssuingBodyRow
from ...core.services.meetings import MeetingRow
from ...core.services.recipients import GroupRow
from ..widgets.common import dialog_buttons, error_label, field_caption, hint_label
from ..widgets.eliding_combo import ElidingComboBox
from ..widgets.mnemonics import assign_mnemonics

EMPTY_GROUPS = ("Chưa có nhóm nơi nhận nào: vẫn soạn được, phần Nơi nhận gõ trong dự thảo hoặc lập nhóm ở trang "
                "“Nhóm nơi nhận”.")


@dataclass(frozen=True)
class DraftChoice:
    """What the clerk chose: the meeting, the issuing body and the recipient groups, in the order ticked."""

    meeting_id: int
    issuing_body_id: int
    recipient_group_ids: list[int] = field(default_factory=list)


def meeting_label(row: MeetingRow) -> str:
    return f"{format_date(row.date)} · {row.title}"


class NoticeDraftDialog(QDialog):
    """``meetings`` None: the meeting is already known (``meeting_id``) and no meeting list is shown."""

    def __init__(self, bodies: Sequence[IssuingBodyRow], groups: Sequence[GroupRow],
                 meetings: Sequence[MeetingRow] | None = None, meeting_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Soạn thông báo kết luận từ cuộc họp")
        self.setMinimumWidth(620)
        self._meeting_id = meeting_id
        self.meeting_combo = ElidingComboBox()  # a long title ends in "…"; the tooltip has it whole
        self.meeting_combo.setMinimumContentsLength(50)
        for row in meetings or []:
            self.meeting_combo.addItem(meeting_label(row), row.id)
            self.meeting_combo.setItemData(self.meeting_combo.count() - 1, meeting_label(row),
                                           Qt.ItemDataRole.ToolTipRole)
        if meeting_id is not None:
            self.meeting_combo.setCurrentIndex(max(0, self.meeting_combo.findData(meeting_id)))
        self.body_combo = QComboBox()
        for body in bodies:
            self.body_combo.addItem(f"{body.name} ({notice_symbol(body.symbol)})", body.id)
        self.group_list = QListWidget()
        self.group_list.setMinimumHeight(120)
        self.group_list.setSpacing(2)  # a tick box per line, not crammed against the next
        for group in groups:
            item = QListWidgetItem(f"{group.name} ({group.line_count} dòng)")
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.group_list.addItem(item)
        self.empty_hint = hint_label(EMPTY_GROUPS if not groups else "")
        self.empty_hint.setVisible(not groups)
        self.error_label = error_label()
        self.buttons, self.ok_button, self.cancel_button = dialog_buttons("Soạn dự thảo")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        if meetings is not None:
            form.addRow(field_caption("Cuộc họp", self.meeting_combo), self.meeting_combo)
        form.addRow(field_caption("Cơ quan ban hành", self.body_combo), self.body_combo)
        form.addRow(field_caption("Nơi nhận theo nhóm", self.group_list), self.group_list)
        form.addRow("", self.empty_hint)
        hint = QLabel("Nội dung được soạn sẵn từ kết luận của cuộc họp; mọi phần vẫn sửa được sau đó.")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        assign_mnemonics(self)

    def set_group_checked(self, group_id: int, checked: bool = True) -> None:
        for row in range(self.group_list.count()):
            item = self.group_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == group_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def choice(self) -> DraftChoice | None:
        """The current choice, or None while no meeting or issuing body is chosen."""
        meeting_id = self._meeting_id if self.meeting_combo.count() == 0 else self.meeting_combo.currentData()
        body_id = self.body_combo.currentData()
        if meeting_id is None or body_id is None:
            return None
        groups = [self.group_list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.group_list.count())
                  if self.group_list.item(r).checkState() == Qt.CheckState.Checked]
        return DraftChoice(meeting_id, body_id, groups)

    def submit(self) -> None:
        if self.choice() is None:
            missing = "cơ quan ban hành" if self.body_combo.currentData() is None else "cuộc họp"
            self.error_label.setText(f"Hãy chọn {missing}.")
            self.error_label.show()
            return
        self.accept()


def ask_draft_choice(parent: QWidget | None, bodies: Sequence[IssuingBodyRow], groups: Sequence[GroupRow],
                     meetings: Sequence[MeetingRow] | None, meeting_id: int | None) -> DraftChoice | None:
    """Show the dialog modally; the choice, or None when cancelled."""
    dialog = NoticeDraftDialog(bodies, groups, meetings, meeting_id, parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
