"""The agencies catalogue (cơ quan, đơn vị): list, search, add, edit, deactivate, delete."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ...store.db import Database
from ...store.models import (
    Agency,
    Criterion,
    IssuingBody,
    MeetingAttendee,
    MeetingReport,
    Person,
    PlanTarget,
    Position,
    RecipientLine,
    Result,
    Task,
    task_cooperators,
)
from ..enums import AgencyKind
from ..errors import ConflictError, NotFoundError, ValidationError
from ..text import collation_key, fold, nfc, nfc_or_none
from . import audit


@dataclass(frozen=True)
class AgencyRow:
    id: int
    uuid: str
    name: str
    short_name: str
    kind: AgencyKind
    parent_id: int | None
    parent_name: str
    code: str
    active: bool
    notes: str
    task_count: int

    @property
    def status_label(self) -> str:
        return "Đang hoạt động" if self.active else "Ngừng hoạt động"


@dataclass
class AgencyInput:
    """What a user fills in to add or edit an agency."""

    name: str
    short_name: str = ""
    kind: AgencyKind = AgencyKind.DEPARTMENT
    parent_id: int | None = None
    code: str = ""
    notes: str = ""


class AgencyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, search: str = "", *, include_inactive: bool = True,
             kind: AgencyKind | None = None) -> list[AgencyRow]:
        """Agencies in Vietnamese alphabetical order; ``search`` ignores diacritics and case."""
        parent = aliased(Agency)
        lead_counts = (
            select(Task.lead_agency_id.label("aid"), func.count().label("n")).group_by(Task.lead_agency_id).subquery()
        )
        query = (
            select(Agency, parent.name, func.coalesce(lead_counts.c.n, 0))
            .outerjoin(parent, Agency.parent_id == parent.id)
            .outerjoin(lead_counts, lead_counts.c.aid == Agency.id)
        )
        for word in fold(search).split():
            query = query.where(Agency.search_folded.contains(word, autoescape=True))
        if not include_inactive:
            query = query.where(Agency.active.is_(True))
        if kind is not None:
            query = query.where(Agency.kind == kind)
        with self.db.session() as session:
            rows = [
                AgencyRow(
                    id=a.id, uuid=a.uuid, name=a.name, short_name=a.short_name or "", kind=a.kind,
                    parent_id=a.parent_id, parent_name=parent_name or "", code=a.code or "", active=a.active,
                    notes=a.notes or "", task_count=count,
                )
                for a, parent_name, count in session.execute(query)
            ]
        rows.sort(key=lambda r: collation_key(r.name))
        return rows

    def get(self, agency_id: int) -> AgencyRow:
        for row in self.list():
            if row.id == agency_id:
                return row
        raise NotFoundError(f"Không tìm thấy cơ quan, đơn vị có mã {agency_id}.")

    def create(self, data: AgencyInput) -> int:
        with self.db.session() as session:
            clean = self._validate(session, data, None)
            agency = Agency(**clean)
            session.add(agency)
            session.flush()
            audit.record(session, "create", "agencies", agency.uuid, f"Thêm cơ quan {agency.name}")
            return agency.id

    def update(self, agency_id: int, data: AgencyInput) -> None:
        with self.db.session() as session:
            agency = self._load(session, agency_id)
            before = audit.snapshot(agency)
            clean = self._validate(session, data, agency_id)
            for key, value in clean.items():
                setattr(agency, key, value)
            audit.change_record(session, "update", "agencies", agency, before, f"Sửa cơ quan {agency.name}")

    def set_active(self, agency_id: int, active: bool) -> None:
        with self.db.session() as session:
            agency = self._load(session, agency_id)
            before = audit.snapshot(agency)
            agency.active = active
            action = "activate" if active else "deactivate"
            verb = "Kích hoạt lại" if active else "Ngừng hoạt động"
            audit.change_record(session, action, "agencies", agency, before, f"{verb} cơ quan {agency.name}")

    def usage(self, agency_id: int) -> dict[str, int]:
        """How many records refer to the agency, by what they are (Vietnamese labels)."""
        with self.db.session() as session:
            return self._usage(session, agency_id)

    def delete(self, agency_id: int) -> None:
        """Delete an agency nothing refers to; one still named anywhere (tasks, results, meetings, plan targets,
        issuing bodies, people, positions, recipient lines) can only be deactivated."""
        with self.db.session() as session:
            agency = self._load(session, agency_id)
            refusal = self._delete_refusal(session, agency)
            if refusal:
                raise ConflictError(refusal)
            audit.record(session, "delete", "agencies", agency.uuid, f"Xóa cơ quan {agency.name}")
            session.delete(agency)

    def delete_refusal(self, agency_id: int) -> str:
        """Why the agency cannot be deleted, naming what uses it; "" when it can. Asked before the user is asked to
        confirm, so that a deletion bound to fail is refused straight away."""
        with self.db.session() as session:
            return self._delete_refusal(session, self._load(session, agency_id))

    # -- helpers ---------------------------------------------------------------------------------------------
    def _delete_refusal(self, session: Session, agency: Agency) -> str:
        used = {label: n for label, n in self._usage(session, agency.id).items() if n}
        if not used:
            return ""
        detail = ", ".join(f"{n} {label}" for label, n in used.items())
        return (f"Không thể xóa “{agency.name}” vì đang được dùng ({detail}). "
                "Hãy chọn “Ngừng hoạt động” để ẩn cơ quan này khỏi các danh sách chọn.")

    def _load(self, session: Session, agency_id: int) -> Agency:
        agency = session.get(Agency, agency_id)
        if agency is None:
            raise NotFoundError(f"Không tìm thấy cơ quan, đơn vị có mã {agency_id}.")
        return agency

    def _usage(self, session: Session, agency_id: int) -> dict[str, int]:
        def count(stmt) -> int:  # type: ignore[no-untyped-def]
            return session.scalar(select(func.count()).select_from(stmt.subquery())) or 0

        return {
            "nhiệm vụ chủ trì": count(select(Task.id).where(Task.lead_agency_id == agency_id)),
            "nhiệm vụ phối hợp": count(
                select(task_cooperators.c.task_id).where(task_cooperators.c.agency_id == agency_id)),
            "kết quả chỉ số": count(select(Result.id).where(Result.agency_id == agency_id)),
            "tiêu chí được giao chủ trì": count(select(Criterion.id).where(Criterion.lead_agency_id == agency_id)),
            "lượt dự họp": count(select(MeetingAttendee.id).where(MeetingAttendee.agency_id == agency_id)),
            "báo cáo tại cuộc họp": count(
                select(MeetingReport.id).where(MeetingReport.presenter_agency_id == agency_id)),
            "chỉ tiêu được giao chủ trì": count(select(PlanTarget.id).where(PlanTarget.lead_agency_id == agency_id)),
            "cơ quan ban hành văn bản": count(select(IssuingBody.id).where(IssuingBody.agency_id == agency_id)),
            "người thuộc cơ quan": count(select(Person.id).where(Person.agency_id == agency_id)),
            "chức vụ tại cơ quan": count(select(Position.id).where(Position.agency_id == agency_id)),
            "dòng nơi nhận": count(select(RecipientLine.id).where(RecipientLine.agency_id == agency_id)),
            "đơn vị trực thuộc": count(select(Agency.id).where(Agency.parent_id == agency_id)),
        }

    def _validate(self, session: Session, data: AgencyInput, agency_id: int | None) -> dict[str, Any]:
        name = nfc(data.name or "")
        if not name:
            raise ValidationError("Tên cơ quan, đơn vị", data.name, "Tên cơ quan, đơn vị không được để trống.")
        if len(name) > 300:
            raise ValidationError("Tên cơ quan, đơn vị", name, "Tên cơ quan, đơn vị dài quá 300 ký tự.")
        short_name = nfc_or_none(data.short_name)
        if short_name and len(short_name) > 80:
            raise ValidationError("Tên viết tắt", short_name, f"Tên viết tắt “{short_name}” dài quá 80 ký tự.")
        code = nfc_or_none(data.code)
        if code and (len(code) > 20 or " " in code):
            raise ValidationError("Mã đơn vị", code, f"Mã đơn vị “{code}” phải liền, không quá 20 ký tự.")
        try:
            kind = AgencyKind(data.kind)
        except ValueError:
            raise ValidationError("Loại", data.kind, f"Loại cơ quan “{data.kind}” không hợp lệ.") from None
        duplicate = session.scalars(
            select(Agency).where(Agency.search_folded.startswith(fold(name), autoescape=True))
        ).all()
        for other in duplicate:
            if other.id != agency_id and fold(other.name) == fold(name):
                raise ValidationError("Tên cơ quan, đơn vị", name, f"Đã có cơ quan, đơn vị “{other.name}”.")
        if data.parent_id is not None:
            parent = session.get(Agency, data.parent_id)
            if parent is None:
                raise ValidationError("Trực thuộc", data.parent_id, "Cơ quan cấp trên đã chọn không còn tồn tại.")
            seen = set()
            node: Agency | None = parent
            while node is not None and node.id not in seen:
                if node.id == agency_id:
                    raise ValidationError("Trực thuộc", parent.name,
                                          f"“{parent.name}” đang trực thuộc chính cơ quan này.")
                seen.add(node.id)
                node = node.parent
        return {
            "name": name, "short_name": short_name, "kind": kind, "parent_id": data.parent_id, "code": code,
            "notes": nfc_or_none(data.notes),
        }
