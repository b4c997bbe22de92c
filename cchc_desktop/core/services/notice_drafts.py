"""Creating a draft notice from a meeting: text drafted from the meeting, defaults from the issuing body."""

from __future__ import annotations

import copy
import datetime as dt

from sqlalchemy import select

from ...store.db import Database
from ...store.models import IssuingBody, Meeting, RecipientGroup
from ..errors import NotFoundError, ValidationError
from ..formats import PartialDate
from ..notice_builder import NoticeInput
from ..notice_drafting import MeetingFacts, draft_closing, draft_opening, draft_summary
from ..text import initials
from .bodies import load_body
from .meetings import attendee_display
from .notices import NoticeService
from .settings import DRAFTER_INITIALS, SettingsService


def meeting_facts(meeting: Meeting) -> MeetingFacts:
    return MeetingFacts(
        date=meeting.date, kind=meeting.kind, format=meeting.format, title=meeting.title,
        chair_name=meeting.chair.full_name if meeting.chair else "",
        chair_title=meeting.chair_title or (meeting.chair.current_title(meeting.date) if meeting.chair else "") or "",
        sites=[(s.level, s.count, s.label) for s in meeting.sites],
        attendees=[(a.site_level, attendee_display(a.person, a.agency, a.text, meeting.date)) for a in meeting.attendees
                   if not (meeting.chair_id and a.person_id == meeting.chair_id)],
        reports=[(r.presenter, r.subject) for r in meeting.reports],
    )


def issuer_short_name(body: IssuingBody) -> str:
    """How the body names itself in the closing sentence ("UBND tỉnh", "Văn phòng UBND tỉnh")."""
    if body.agency is not None:
        return body.agency.short_name or body.agency.name
    return body.name


def draft_from_meeting(db: Database, meeting_id: int, issuing_body_id: int, recipient_group_ids: list[int],
                       today: dt.date | None = None) -> int:
    """Create a draft notice of the meeting's conclusions; returns its id. Everything stays editable."""
    today = today or dt.date.today()
    with db.session() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise NotFoundError(f"Không tìm thấy cuộc họp có mã {meeting_id}.")
        body = session.get(IssuingBody, issuing_body_id)
        if body is None:
            raise ValidationError("Cơ quan ban hành", issuing_body_id, "Cần chọn cơ quan ban hành.")
        if meeting.chair is None:
            raise ValidationError("Chủ trì", "", "Cuộc họp chưa ghi người chủ trì nên chưa soạn được kết luận.")
        facts = meeting_facts(meeting)
        conclusion = copy.deepcopy(load_body(meeting.conclusion))
        for block in (b for root in conclusion for b in root.walk()):
            block.id = None
        recipients: list[str] = []
        groups = session.scalars(select(RecipientGroup).where(RecipientGroup.id.in_(recipient_group_ids))).all()
        for group in sorted(groups, key=lambda g: recipient_group_ids.index(g.id)):
            recipients.extend(line.text for line in group.lines if line.text not in recipients)
        signer = body.default_signer
        unit = body.archive_unit or ""
        drafter = SettingsService(db).get(DRAFTER_INITIALS) or ""
        archive = "VT" + (f", {unit}" if unit else "") + (f" ({drafter})" if drafter else "")
        data = NoticeInput(
            issuing_body_id=body.id, summary=draft_summary(facts), place=body.place,
            date=PartialDate(today.year, today.month), meeting_id=meeting.id,
            blocks=[*draft_opening(facts), *conclusion, draft_closing(issuer_short_name(body))],
            signing_authority=body.signing_authority or "", signer_title=body.signer_title or "",
            signer_id=signer.id if signer else None, signer_name=signer.full_name if signer else "",
            recipients=recipients or ["Như trên"], archive_line=archive,
        )
    return NoticeService(db).create(data)


__all__ = ["draft_from_meeting", "meeting_facts", "initials"]
