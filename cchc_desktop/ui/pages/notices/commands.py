"""Commands on one notice shared by the list and the editor: issue, new version, delete.

Each runs one service call, tells the user through the prompter, and announces the change with
``Topic.NOTICES``. The issue-date question is an attribute so tests can answer it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ....core.enums import DocumentStatus
from ....core.errors import CchcError
from ....core.formats import format_date
from ....core.register_row import RegisterRow
from ....core.services.notices import NoticeService
from ....core.services.register import MissingGlyphsError, RegisterService
from ....documents.glyph_check import glyph_warning
from ...context import AppContext
from ...dialogs.notice_issue_dialog import ask_issue_date
from ...topics import Topic

IssueDateAsker = Callable[[QWidget | None, str], dt.date | None]


def issued_message(row: RegisterRow) -> str:
    return f"Đã ban hành Thông báo số {row.reference}"


class NoticeCommands:
    def __init__(self, context: AppContext, parent: QWidget) -> None:
        self.context = context
        self.parent = parent
        self.notices = NoticeService(context.db)
        self.register = RegisterService(context.db)
        self.ask_issue_date: IssueDateAsker = ask_issue_date

    def issue(self, notice_id: int, summary: str) -> RegisterRow | None:
        """Ask for the date, give the number, archive the PDF; None when cancelled or refused."""
        issued_on = self.ask_issue_date(self.parent, summary)
        if issued_on is None:
            return None
        try:
            row = self._issue_confirming_glyphs(notice_id, issued_on)
        except CchcError as error:
            self.context.prompter.error("Chưa ban hành được", str(error))
            return None
        if row is None:
            return None
        self._changed(f"{issued_message(row)}.")
        self.context.prompter.info(
            "Đã ban hành",
            f"{issued_message(row)} ngày {format_date(row.issued_on)}.\n\n"
            "Bản PDF ban hành đã được lưu trong sổ văn bản đi; muốn sửa hãy tạo phiên bản mới.",
        )
        return row

    def _issue_confirming_glyphs(self, notice_id: int, issued_on: dt.date) -> RegisterRow | None:
        """Issue; when the fonts lack characters of the notice, ask first (the default answer is No)."""
        try:
            return self.register.issue(notice_id, issued_on)
        except MissingGlyphsError as error:
            question = (f"{glyph_warning(error.problems)}\n\nVẫn ban hành? Bản lưu trong sổ văn bản đi sẽ có "
                        "ô trống ở các chỗ này và không sửa được nữa.")
            if not self.context.prompter.confirm("Có ký tự không in được", question, yes="Vẫn ban hành",
                                                 no="Để sửa lại", default_yes=False):
                return None
            return self.register.issue(notice_id, issued_on, allow_missing_glyphs=True)

    def new_version(self, notice_id: int) -> int | None:
        """A new draft copied from an issued notice; its id, or None when refused."""
        try:
            new_id = self.register.new_version(notice_id)
        except CchcError as error:
            self.context.prompter.error("Không tạo được phiên bản mới", str(error))
            return None
        self._changed("Đã tạo dự thảo phiên bản mới; bản đã ban hành được giữ nguyên.")
        return new_id

    def delete(self, notice_id: int, status: DocumentStatus, summary: str) -> bool:
        """Delete a draft after confirmation. An issued notice is refused by the service, whose reason is shown."""
        if status == DocumentStatus.DRAFT and not self.context.prompter.confirm(
            "Xóa dự thảo", f"Xóa dự thảo thông báo “{summary}”?\n\nViệc xóa không hoàn tác được.", yes="Xóa",
        ):
            return False
        try:
            self.notices.delete(notice_id)
        except CchcError as error:
            self.context.prompter.error("Không xóa được", str(error))
            return False
        self._changed("Đã xóa dự thảo thông báo.")
        return True

    def _changed(self, message: str) -> None:
        self.context.signals.announce(Topic.NOTICES)
        self.context.signals.status_message.emit(message)
