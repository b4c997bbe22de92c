"""The drafted text of the analysis (results paragraph, limitation bullets): shown, copied, put into a conclusion."""

from __future__ import annotations

import copy
import html
from collections.abc import Callable

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from ....core.body import Block, labels, plain_text
from ....core.enums import MeetingKind
from ....core.errors import CchcError
from ....core.formats import format_date
from ....core.services.meetings import MeetingRow, MeetingService
from ...context import AppContext
from ...topics import Topic
from .meeting_chooser import choose_meeting

Chooser = Callable[[list[MeetingRow], int | None, QWidget | None], int | None]
EMPTY = "Chưa có số liệu để soạn văn bản cho chỉ số và năm đã chọn."


def blocks_html(blocks: list[Block]) -> str:
    """The blocks as HTML paragraphs with their labels; bold and italic runs kept (for display and Word)."""
    paragraphs = []
    for label, block in zip(labels(blocks), blocks, strict=True):
        runs = []
        for run in block.runs:
            text = html.escape(run.text)
            if run.italic:
                text = f"<i>{text}</i>"
            if run.bold:
                text = f"<b>{text}</b>"
            runs.append(text)
        prefix = f"{html.escape(label)} " if label else ""
        paragraphs.append(f'<p style="margin-bottom:8px; text-align:justify">{prefix}{"".join(runs)}</p>')
    return "\n".join(paragraphs)


def preferred_meeting(meetings: list[MeetingRow], year: int) -> int | None:
    """The conference that analysed ``year``'s results (held the year after), else the newest meeting."""
    for meeting in meetings:
        if meeting.kind == MeetingKind.INDEX_ANALYSIS and meeting.date.year == year + 1:
            return meeting.id
    return meetings[0].id if meetings else None


class DraftPresenter:
    """``choose`` asks which meeting (a dialog); tests replace it with a function that answers directly."""

    def __init__(self, browser: QTextBrowser, parent: QWidget, context: AppContext) -> None:
        self.browser = browser
        self.parent = parent
        self.context = context
        self.meetings = MeetingService(context.db)
        self.choose: Chooser = choose_meeting
        self.blocks: list[Block] = []
        self.year = 0

    def set_blocks(self, blocks: list[Block], year: int) -> None:
        self.blocks, self.year = blocks, year
        self.browser.setHtml(blocks_html(blocks) if blocks else f"<p><i>{EMPTY}</i></p>")

    def copy(self) -> None:
        """Plain text with the labels ("- …") for any program, and formatted HTML for Word."""
        if not self.blocks:
            return
        data = QMimeData()
        data.setText(plain_text(self.blocks))
        data.setHtml(blocks_html(self.blocks))
        QGuiApplication.clipboard().setMimeData(data)
        self.context.signals.status_message.emit(f"Đã chép {len(self.blocks)} đoạn văn bản dự thảo.")

    def insert_into_meeting(self) -> None:
        if not self.blocks:
            return
        meetings = self.meetings.list()
        if not meetings:
            self.context.prompter.info("Chưa có cuộc họp", "Chưa có cuộc họp nào để chèn văn bản vào kết luận.")
            return
        meeting_id = self.choose(meetings, preferred_meeting(meetings, self.year), self.parent)
        if meeting_id is not None:
            self.insert_into(meeting_id)

    def insert_into(self, meeting_id: int) -> bool:
        """Append the drafted blocks to the meeting's conclusion after the user confirms; True when saved."""
        meeting = next((m for m in self.meetings.list() if m.id == meeting_id), None)
        if meeting is None or not self.blocks:
            return False
        question = (f"Thêm {len(self.blocks)} đoạn văn bản dự thảo vào cuối kết luận của cuộc họp:\n"
                    f"“{meeting.title}” ngày {format_date(meeting.date)}?\n\n"
                    "Có thể sửa tiếp ở trang “Cuộc họp, kết luận”.")
        if not self.context.prompter.confirm("Chèn vào kết luận", question, yes="Chèn"):
            return False
        try:
            existing = self.meetings.get_conclusion(meeting_id)
            added = [_fresh(block) for block in self.blocks]
            self.meetings.save_conclusion(meeting_id, existing + added)
        except CchcError as error:
            self.context.prompter.error("Không chèn được", str(error))
            return False
        self.context.signals.announce(Topic.MEETINGS)
        self.context.signals.status_message.emit(
            f"Đã chèn {len(added)} đoạn vào kết luận cuộc họp ngày {format_date(meeting.date)}.")
        return True


def _fresh(block: Block) -> Block:
    """A copy that is stored as new blocks (saving writes ids back into the blocks it is given)."""
    fresh = copy.deepcopy(block)
    for item in fresh.walk():
        item.id = None
    return fresh
