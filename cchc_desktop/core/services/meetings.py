"""Meetings (hội nghị, cuộc họp), what was heard, who attended, and the chair's conclusion."""

from __future__ import annotations

import builtins
import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session, selectinload

from ...store.db import Database
from ...store.models import (
    Agency,
    Meeting,
    MeetingAttendee,
    MeetingReport,
    MeetingSite,
    Person,
    Task,
    TextBody,
)
from ..body import Block
from ..enums import MeetingFormat, MeetingKind, TaskSource
from ..errors import ConflictError, NotFoundError, ValidationError
from ..formats import format_date
from ..text import nfc, nfc_or_none
from . import audit
from .bodies import load_body, save_body
from .notices import release_meeting

SITE_LEVELS = {"province": "cấp tỉnh", "district": "cấp huyện", "commune": "cấp xã"}


@dataclass
class SiteInput:
    level: str = "district"
    count: int = 0
    label: str = ""  # "huyện, thành phố"


@dataclass
class AttendeeInput:
    site_level: str = "province"
    person_id: int | None = None
    agency_id: int | None = None
    text: str = ""  # typed attendee, or the role of a person/agency ("đại diện Lãnh đạo")
    display: str = ""  # filled when read back: how the attendee reads in a list


@dataclass
class ReportInput:
    presenter: str = ""
    subject: str = ""
    presenter_agency_id: int | None = None


@dataclass
class MeetingInput:
    date: dt.date | None
    title: str
    kind: MeetingKind = MeetingKind.QUARTERLY
    format: MeetingFormat = MeetingFormat.IN_PERSON
    location: str = ""
    organiser: str = ""
    chair_id: int | None = None
    chair_title: str = ""
    notes: str = ""
    sites: list[SiteInput] = field(default_factory=list)
    attendees: list[AttendeeInput] = field(default_factory=list)
    reports: list[ReportInput] = field(default_factory=list)


@dataclass(frozen=True)
class MeetingRow:
    id: int
    uuid: str
    date: dt.date
    kind: MeetingKind
    title: str
    format: MeetingFormat
    chair: str  # "Hồ Tiến Thiệu, Chủ tịch UBND tỉnh"
    task_count: int
    has_conclusion: bool


def attendee_display(person: Person | None, agency: Agency | None, text: str | None, on: dt.date | None) -> str:
    if person is not None:
        title = text or person.current_title(on) or ""
        return f"đồng chí {person.full_name}, {title}" if title else f"đồng chí {person.full_name}"
    if agency is not None:
        return f"{text} {agency.name}" if text else agency.name
    return text or ""


class MeetingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, search: str = "", year: int | None = None, kind: MeetingKind | None = None) -> list[MeetingRow]:
        """Meetings, newest first; ``search`` is matched without diacritics."""
        from ..text import fold

        tasks = select(Task.meeting_id.label("mid"), func.count().label("n")).group_by(Task.meeting_id).subquery()
        query = (
            select(Meeting, func.coalesce(tasks.c.n, 0))
            .outerjoin(tasks, tasks.c.mid == Meeting.id)
            .options(selectinload(Meeting.chair))
            .order_by(Meeting.date.desc(), Meeting.id.desc())
        )
        for word in fold(search).split():
            query = query.where(Meeting.search_folded.contains(word, autoescape=True))
        if year is not None:
            query = query.where(extract("year", Meeting.date) == year)
        if kind is not None:
            query = query.where(Meeting.kind == kind)
        with self.db.session() as session:
            return [
                MeetingRow(
                    id=m.id, uuid=m.uuid, date=m.date, kind=m.kind, title=m.title, format=m.format,
                    chair=", ".join(p for p in ((m.chair.full_name if m.chair else ""), m.chair_title or "") if p),
                    task_count=count, has_conclusion=m.conclusion_id is not None,
                )
                for m, count in session.execute(query)
            ]

    def years(self) -> builtins.list[int]:
        with self.db.session() as session:
            dates = session.scalars(select(Meeting.date))
            return sorted({d.year for d in dates}, reverse=True)

    def get(self, meeting_id: int) -> MeetingInput:
        with self.db.session() as session:
            m = self._load(session, meeting_id)
            return MeetingInput(
                date=m.date, title=m.title, kind=m.kind, format=m.format, location=m.location or "",
                organiser=m.organiser or "", chair_id=m.chair_id, chair_title=m.chair_title or "",
                notes=m.notes or "",
                sites=[SiteInput(s.level, s.count, s.label) for s in m.sites],
                attendees=[
                    AttendeeInput(a.site_level, a.person_id, a.agency_id, a.text or "",
                                  attendee_display(a.person, a.agency, a.text, m.date))
                    for a in m.attendees
                ],
                reports=[ReportInput(r.presenter, r.subject, r.presenter_agency_id) for r in m.reports],
            )

    def create(self, data: MeetingInput) -> int:
        with self.db.session() as session:
            meeting = Meeting()
            self._apply(session, meeting, data)
            session.add(meeting)
            session.flush()
            audit.change_record(session, "create", "meetings", meeting, None, f"Thêm cuộc họp: {meeting.title[:200]}")
            return meeting.id

    def update(self, meeting_id: int, data: MeetingInput) -> None:
        with self.db.session() as session:
            meeting = self._load(session, meeting_id)
            before = audit.snapshot(meeting)
            self._apply(session, meeting, data)
            audit.change_record(session, "update", "meetings", meeting, before, f"Sửa cuộc họp: {meeting.title[:200]}")

    def task_count(self, meeting_id: int) -> int:
        with self.db.session() as session:
            return session.scalar(select(func.count(Task.id)).where(Task.meeting_id == meeting_id)) or 0

    def delete(self, meeting_id: int, *, keep_tasks: bool = False) -> None:
        """Delete a meeting. One with tasks needs ``keep_tasks=True``: its tasks stay, becoming directly assigned
        tasks whose source reference names the deleted meeting, so no task is ever orphaned."""
        with self.db.session() as session:
            meeting = self._load(session, meeting_id)
            release_meeting(session, meeting_id, meeting.title)  # refused when an issued notice came from it
            tasks = session.scalars(select(Task).where(Task.meeting_id == meeting_id)).all()
            if tasks and not keep_tasks:
                raise ConflictError(
                    f"Cuộc họp “{meeting.title}” có {len(tasks)} nhiệm vụ được giao từ kết luận. Nếu xóa, các "
                    "nhiệm vụ vẫn được giữ lại và ghi nguồn là cuộc họp đã xóa."
                )
            origin = f"Kết luận tại {meeting.title} ngày {format_date(meeting.date)} (cuộc họp đã xóa)"
            for task in tasks:
                task.meeting_id = None
                task.source_block_id = None
                task.source = TaskSource.DIRECT
                task.source_reference = task.source_reference or origin[:300]
            audit.record(session, "delete", "meetings", meeting.uuid, f"Xóa cuộc họp: {meeting.title[:200]}",
                         tasks_kept=len(tasks), changes=audit.changes("meetings", audit.snapshot(meeting), {}))
            session.flush()
            session.delete(meeting)

    def get_conclusion(self, meeting_id: int) -> builtins.list[Block]:
        with self.db.session() as session:
            return load_body(self._load(session, meeting_id).conclusion)

    def save_conclusion(self, meeting_id: int, blocks: builtins.list[Block]) -> None:
        """Store the conclusion; blocks keep their ids (and so their tasks) when only their text changes."""
        with self.db.session() as session:
            meeting = self._load(session, meeting_id)
            if meeting.conclusion is None:
                meeting.conclusion = TextBody()
                session.flush()
            save_body(session, meeting.conclusion, blocks)
            audit.record(session, "conclusion", "meetings", meeting.uuid, "Lưu kết luận")

    # -- helpers ----------------------------------------------------------------------------------------------
    def _load(self, session: Session, meeting_id: int) -> Meeting:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise NotFoundError(f"Không tìm thấy cuộc họp có mã {meeting_id}.")
        return meeting

    def _apply(self, session: Session, meeting: Meeting, data: MeetingInput) -> None:
        if data.date is None:
            raise ValidationError("Ngày họp", "", "Cần nhập ngày họp.")
        title = nfc(data.title or "")
        if not title:
            raise ValidationError("Tên cuộc họp", data.title, "Tên cuộc họp không được để trống.")
        if data.chair_id is not None and session.get(Person, data.chair_id) is None:
            raise ValidationError("Chủ trì", data.chair_id, "Người chủ trì đã chọn không còn tồn tại.")
        for number, site in enumerate(data.sites, start=1):
            if site.count < 0:
                raise ValidationError("Điểm cầu", site.count, f"Số điểm cầu ở dòng {number} không được âm.")
            if not nfc(site.label or ""):
                raise ValidationError("Điểm cầu", site.label,
                                      f"Dòng điểm cầu {number} cần ghi rõ loại (ví dụ “huyện, thành phố”).")
        for number, attendee in enumerate(data.attendees, start=1):
            _check_attendee(session, number, attendee)
        for number, report in enumerate(data.reports, start=1):
            if not nfc(report.subject or "") or not nfc(report.presenter or ""):
                raise ValidationError("Báo cáo", "", f"Báo cáo thứ {number} cần có người trình bày và nội dung.")
            if report.presenter_agency_id is not None and session.get(Agency, report.presenter_agency_id) is None:
                raise ValidationError("Báo cáo", report.presenter_agency_id,
                                      f"Cơ quan trình bày báo cáo thứ {number} đã chọn không còn tồn tại.")
        meeting.date = data.date
        meeting.title = title
        meeting.kind = data.kind
        meeting.format = data.format
        meeting.location = nfc_or_none(data.location)
        meeting.organiser = nfc_or_none(data.organiser)
        meeting.chair_id = data.chair_id
        meeting.chair_title = nfc_or_none(data.chair_title)
        meeting.notes = nfc_or_none(data.notes)
        meeting.sites = [
            MeetingSite(position=i, level=s.level, count=s.count, label=nfc(s.label or ""))
            for i, s in enumerate(data.sites)
        ]
        meeting.attendees = [
            MeetingAttendee(position=i, site_level=a.site_level, person_id=a.person_id, agency_id=a.agency_id,
                            text=nfc_or_none(a.text))
            for i, a in enumerate(data.attendees)
        ]
        meeting.reports = [
            MeetingReport(position=i, presenter=nfc(r.presenter or ""), subject=nfc(r.subject),
                          presenter_agency_id=r.presenter_agency_id)
            for i, r in enumerate(data.reports)
        ]


def _check_attendee(session: Session, number: int, attendee: AttendeeInput) -> None:
    """Refuse an empty attendee line, or one naming a person or agency that no longer exists."""
    if attendee.person_id is None and attendee.agency_id is None and not nfc(attendee.text or ""):
        raise ValidationError("Thành phần dự", "", f"Dòng thành phần dự {number} đang trống.")
    if attendee.person_id is not None and session.get(Person, attendee.person_id) is None:
        raise ValidationError("Thành phần dự", attendee.person_id,
                              f"Người dự họp đã chọn ở dòng thành phần dự {number} không còn tồn tại.")
    if attendee.agency_id is not None and session.get(Agency, attendee.agency_id) is None:
        raise ValidationError("Thành phần dự", attendee.agency_id,
                              f"Cơ quan dự họp đã chọn ở dòng thành phần dự {number} không còn tồn tại.")
