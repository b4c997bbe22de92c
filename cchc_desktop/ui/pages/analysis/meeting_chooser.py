"""A small dialog to pick the meeting whose conclusion the drafted text goes into."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ....core.formats import format_date
from ....core.services.meetings import MeetingRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def meeting_label(row: MeetingRow) -> str:
    marker = "" if row.has_conclusion else " (chưa có kết luận)"
    return f"{format_date(row.date)} – {row.title}{marker}"


class MeetingChooser(QDialog):
    """Lists the meetings, newest first, with ``preferred`` selected; :meth:`chosen` after it is accepted."""

    def __init__(self, meetings: list[MeetingRow], preferred: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Chèn vào kết luận cuộc họp")
        self.resize(720, 380)
        self.model = QStandardItemModel(self)
        for meeting in meetings:
            item = QStandardItem(meeting_label(meeting))
            item.setData(meeting.id, ID_ROLE)
            item.setToolTip(meeting.title)
            item.setEditable(False)
            self.model.appendRow(item)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.doubleClicked.connect(self.accept)
        ids = [meeting.id for meeting in meetings]
        if ids:
            self.list.setCurrentIndex(self.model.index(ids.index(preferred) if preferred in ids else 0, 0))
        buttons = QDialogButtonBox()
        buttons.addButton("Chọn", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton("Hủy", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Chọn cuộc họp; văn bản dự thảo được thêm vào cuối phần kết luận của cuộc họp đó:"))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None


def choose_meeting(meetings: list[MeetingRow], preferred: int | None, parent: QWidget | None) -> int | None:
    """Ask which meeting (modal); None when cancelled."""
    dialog = MeetingChooser(meetings, preferred, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
