"""Plans and resolutions (kế hoạch, nghị quyết) with their targets (chỉ tiêu) and attainment."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ...store.db import Database
from ...store.models import Agency, Plan, PlanTarget, Task
from ..enums import PlanKind, TargetStatus
from ..errors import ConflictError, NotFoundError, ValidationError
from ..text import fold, nfc, nfc_or_none
from . import audit

ATTAINED = (TargetStatus.MET, TargetStatus.EXCEEDED)


@dataclass
class TargetInput:
    text: str
    code: str = ""
    target_value: str = ""
    achieved_value: str = ""
    status: TargetStatus = TargetStatus.IN_PROGRESS
    lead_agency_id: int | None = None
    assessed_on: dt.date | None = None
    notes: str = ""
    id: int | None = None


@dataclass
class PlanInput:
    kind: PlanKind
    reference: str
    title: str
    issued_on: dt.date | None = None
    issuer: str = ""
    period_start: int | None = None
    period_end: int | None = None
    targets: list[TargetInput] = field(default_factory=list)


@dataclass(frozen=True)
class PlanRow:
    id: int
    kind: PlanKind
    reference: str
    title: str
    issued_on: dt.date | None
    issuer: str
    targets_total: int
    targets_attained: int
    task_count: int

    @property
    def display_name(self) -> str:
        return f"{self.kind.label} số {self.reference}"

    @property
    def attainment(self) -> str:
        """"đạt và vượt 10/18 chỉ tiêu"."""
        return attainment_text(self.targets_attained, self.targets_total)


def attainment_text(attained: int, total: int) -> str:
    return f"đạt và vượt {attained}/{total} chỉ tiêu" if total else "chưa có chỉ tiêu"


class PlanService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, search: str = "") -> list[PlanRow]:
        tasks = select(Task.plan_id.label("pid"), func.count().label("n")).group_by(Task.plan_id).subquery()
        query = (
            select(Plan, func.coalesce(tasks.c.n, 0))
            .outerjoin(tasks, tasks.c.pid == Plan.id)
            .options(selectinload(Plan.targets))
            .order_by(Plan.issued_on.desc(), Plan.id.desc())
        )
        for word in fold(search).split():
            query = query.where(Plan.search_folded.contains(word, autoescape=True))
        with self.db.session() as session:
            return [
                PlanRow(p.id, p.kind, p.reference, p.title, p.issued_on, p.issuer or "", len(p.targets),
                        sum(1 for t in p.targets if t.status in ATTAINED), count)
                for p, count in session.execute(query)
            ]

    def get(self, plan_id: int) -> PlanInput:
        with self.db.session() as session:
            p = self._load(session, plan_id)
            return PlanInput(
                kind=p.kind, reference=p.reference, title=p.title, issued_on=p.issued_on, issuer=p.issuer or "",
                period_start=p.period_start, period_end=p.period_end,
                targets=[
                    TargetInput(t.text, t.code or "", t.target_value or "", t.achieved_value or "", t.status,
                                t.lead_agency_id, t.assessed_on, t.notes or "", t.id)
                    for t in p.targets
                ],
            )

    def create(self, data: PlanInput) -> int:
        with self.db.session() as session:
            plan = Plan()
            self._apply(session, plan, data)
            session.add(plan)
            session.flush()
            audit.record(session, "create", "plans", plan.uuid, f"Thêm {plan.kind.label} số {plan.reference}")
            return plan.id

    def update(self, plan_id: int, data: PlanInput) -> None:
        with self.db.session() as session:
            plan = self._load(session, plan_id)
            before = audit.snapshot(plan)
            self._apply(session, plan, data)
            audit.change_record(session, "update", "plans", plan, before, f"Sửa {plan.kind.label} số {plan.reference}")

    def delete(self, plan_id: int) -> None:
        with self.db.session() as session:
            plan = self._load(session, plan_id)
            count = session.scalar(select(func.count(Task.id)).where(Task.plan_id == plan_id)) or 0
            if count:
                raise ConflictError(
                    f"Không thể xóa {plan.kind.label} số {plan.reference} vì có {count} nhiệm vụ giao từ văn bản này."
                )
            audit.record(session, "delete", "plans", plan.uuid, f"Xóa {plan.kind.label} số {plan.reference}")
            session.delete(plan)

    def _load(self, session: Session, plan_id: int) -> Plan:
        plan = session.get(Plan, plan_id)
        if plan is None:
            raise NotFoundError(f"Không tìm thấy kế hoạch, nghị quyết có mã {plan_id}.")
        return plan

    def _apply(self, session: Session, plan: Plan, data: PlanInput) -> None:
        reference = nfc(data.reference or "")
        if not reference:
            raise ValidationError("Số, ký hiệu", data.reference, "Cần nhập số, ký hiệu văn bản (ví dụ 04/KH-UBND).")
        title = nfc(data.title or "")
        if not title:
            raise ValidationError("Trích yếu", data.title, "Cần nhập trích yếu của văn bản.")
        if data.period_start and data.period_end and data.period_end < data.period_start:
            raise ValidationError("Giai đoạn", f"{data.period_start}-{data.period_end}",
                                  f"Giai đoạn {data.period_start}–{data.period_end} có năm kết thúc trước năm bắt đầu.")
        existing = {t.id: t for t in plan.targets}
        targets = []
        for position, item in enumerate(data.targets):
            text = nfc(item.text or "")
            if not text:
                raise ValidationError("Chỉ tiêu", "", f"Chỉ tiêu thứ {position + 1} chưa có nội dung.")
            if item.lead_agency_id is not None and session.get(Agency, item.lead_agency_id) is None:
                raise ValidationError("Cơ quan chủ trì", item.lead_agency_id,
                                      f"Cơ quan chủ trì chỉ tiêu thứ {position + 1} đã chọn không còn tồn tại.")
            target = existing.get(item.id) if item.id is not None else None
            target = target or PlanTarget()
            target.position = position
            target.text = text
            target.code = nfc_or_none(item.code)
            target.target_value = nfc_or_none(item.target_value)
            target.achieved_value = nfc_or_none(item.achieved_value)
            target.status = item.status
            target.lead_agency_id = item.lead_agency_id
            target.assessed_on = item.assessed_on
            target.notes = nfc_or_none(item.notes)
            targets.append(target)
        plan.kind = data.kind
        plan.reference = reference
        plan.title = title
        plan.issued_on = data.issued_on
        plan.issuer = nfc_or_none(data.issuer)
        plan.period_start = data.period_start
        plan.period_end = data.period_end
        plan.targets = targets
