"""From a meeting to its notice of conclusions: drafting it, then showing it on the notices page.

Drafting (``ui.dialogs.notice_from_meeting``, shared with the notices page) is imported when first used so this
page does not load it at start-up (and so tests can replace :func:`draft_notice_for_meeting` here). The notices
page is reached through the main window holding the editor; the meetings page used on its own (in tests) simply
stays where it is.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...context import AppContext

DRAFTED_ELSEWHERE = "Đã soạn dự thảo thông báo kết luận; mở trang “Thông báo” để xem và sửa."


def draft_notice_for_meeting(context: AppContext, parent: QWidget, meeting_id: int) -> int | None:
    """Ask for the issuing body and recipient groups and create the draft; its id, or None (cancelled or refused,
    the reason has been shown)."""
    from ...dialogs.notice_from_meeting import draft_notice_for_meeting as draft

    return draft(context, parent, meeting_id)


def show_notice(widget: QWidget, notice_id: int) -> bool:
    """Open the notice on the notices page of the main window holding ``widget``; False when there is none."""
    show_page = getattr(widget.window(), "show_page", None)
    if show_page is None:
        return False
    try:
        page = show_page("notices")
    except KeyError:  # no notices page registered, or the current page kept the window on itself
        return False
    open_notice = getattr(page, "open_notice", None)
    return bool(open_notice(notice_id)) if open_notice is not None else False
