"""Drafting a notice of a meeting's conclusions, for the notices page and the meetings page.

The meetings page calls :func:`draft_notice_for_meeting` (then, typically, opens the notices page and
:meth:`NoticesPage.open_notice` with the id returned).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

from ...core.errors import CchcError
from ...core.services.issuing_bodies import IssuingBodyRow, IssuingBodyService
from ...core.services.meetings import MeetingRow, MeetingService
from ...core.services.notice_drafts import draft_from_meeting
from ...core.services.recipients import GroupRow, RecipientGroupService
from ..context import AppContext
from ..topics import Topic
from .notice_draft_dialog import DraftChoice, ask_draft_choice

NO_ISSUING_BODY = ("Chưa khai báo cơ quan ban hành nào nên chưa soạn được thông báo. "
                   "Hãy khai báo ở Tệp › Thiết lập ban đầu… hoặc ở trang “Cơ quan ban hành”.")
DraftAsker = Callable[
    [QWidget | None, Sequence[IssuingBodyRow], Sequence[GroupRow], Sequence[MeetingRow] | None, int | None],
    DraftChoice | None,
]
"""Asks for the meeting (when the list is given), issuing body and recipient groups; None when cancelled."""


def draft_notice(context: AppContext, parent: QWidget | None, meeting_id: int | None,
                 ask: DraftAsker = ask_draft_choice, today: dt.date | None = None) -> int | None:
    """Ask, then create the draft; its id, or None when cancelled or refused (the reason has been shown).

    ``meeting_id`` None offers the list of meetings to choose from.
    """
    bodies = IssuingBodyService(context.db).list()
    if not bodies:
        context.prompter.error("Chưa soạn được thông báo", NO_ISSUING_BODY)
        return None
    meetings = MeetingService(context.db).list() if meeting_id is None else None
    if meetings is not None and not meetings:
        context.prompter.error("Chưa soạn được thông báo", "Chưa có cuộc họp nào để soạn thông báo kết luận.")
        return None
    choice = ask(parent, bodies, RecipientGroupService(context.db).list(), meetings, meeting_id)
    if choice is None:
        return None
    try:
        notice_id = draft_from_meeting(context.db, choice.meeting_id, choice.issuing_body_id,
                                       choice.recipient_group_ids, today)
    except CchcError as error:
        context.prompter.error("Chưa soạn được thông báo", str(error))
        return None
    context.signals.announce(Topic.NOTICES)
    context.signals.status_message.emit("Đã soạn dự thảo thông báo kết luận từ cuộc họp.")
    return notice_id


def draft_notice_for_meeting(context: AppContext, parent: QWidget, meeting_id: int,
                             ask: DraftAsker = ask_draft_choice) -> int | None:
    """Ask for the issuing body and recipient groups, create the draft notice of the meeting's conclusions and
    announce ``Topic.NOTICES``; the new notice's id, or None when cancelled or refused."""
    return draft_notice(context, parent, meeting_id, ask)
