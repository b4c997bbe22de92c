"""Tasks and their follow-up; plans and resolutions with their targets; the audit log."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Column, Date, DateTime, ForeignKey, Index, Integer, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...core.enums import DeadlineKind, PlanKind, Recurrence, TargetStatus, TaskSource, TaskStatus
from ..types import Text, enum_column
from .base import Base, Identified, Timestamped, utcnow
from .catalogue import Agency
from .indexes import Criterion
from .meetings import Meeting, TextBlock
from .notices import Notice

task_cooperators = Table(
    "task_cooperators",
    Base.metadata,
    Column("task_id", ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True),
    Column("agency_id", ForeignKey("agencies.id", ondelete="RESTRICT"), primary_key=True),
)


class Plan(Identified, Timestamped, Base):
    """A plan, resolution or programme that assigns tasks and sets targets (Kế hoạch 04/KH-UBND, NQ 60-NQ/TU)."""

    __tablename__ = "plans"

    kind: Mapped[PlanKind] = mapped_column(enum_column(PlanKind), default=PlanKind.PLAN)
    reference: Mapped[str] = mapped_column(Text(60))  # "04/KH-UBND", "60-NQ/TU"
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    issuer: Mapped[str | None] = mapped_column(Text(200))  # "UBND tỉnh", "Ban Thường vụ Tỉnh uỷ"
    title: Mapped[str] = mapped_column(Text(1000))
    period_start: Mapped[int | None] = mapped_column(Integer)
    period_end: Mapped[int | None] = mapped_column(Integer)
    search_folded: Mapped[str] = mapped_column(String(1200), default="")

    targets: Mapped[list[PlanTarget]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanTarget.position"
    )


class PlanTarget(Identified, Timestamped, Base):
    """A target (chỉ tiêu) of a plan or resolution and how far it is met."""

    __tablename__ = "plan_targets"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str | None] = mapped_column(Text(20))
    text: Mapped[str] = mapped_column(Text(1000))
    target_value: Mapped[str | None] = mapped_column(Text(100))
    achieved_value: Mapped[str | None] = mapped_column(Text(100))
    status: Mapped[TargetStatus] = mapped_column(enum_column(TargetStatus), default=TargetStatus.IN_PROGRESS)
    lead_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id", ondelete="SET NULL"))
    assessed_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text(2000))

    plan: Mapped[Plan] = relationship(back_populates="targets")
    lead_agency: Mapped[Agency | None] = relationship()


class Task(Identified, Timestamped, Base):
    """A task assigned by a conclusion, a plan or directly, chased until done.

    The deadline is stored in the shape it was written (``deadline_kind`` + its parts + the words) and
    ``due_date`` is the computed last day, where one exists, for sorting and overdue checks.
    """

    __tablename__ = "tasks"
    __table_args__ = (
        # Covering indexes for the counts and the overdue list of the overview (per agency, per status, by due
        # date): read from the index alone, not from the rows with their long texts.
        Index("ix_tasks_lead_status_due", "lead_agency_id", "status", "due_date"),
        Index("ix_tasks_status_due", "status", "due_date"),
    )

    title: Mapped[str] = mapped_column(Text(1000))
    description: Mapped[str | None] = mapped_column(Text(8000))
    source: Mapped[TaskSource] = mapped_column(enum_column(TaskSource), default=TaskSource.DIRECT)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="RESTRICT"), index=True)
    source_block_id: Mapped[int | None] = mapped_column(ForeignKey("text_blocks.id", ondelete="SET NULL"))
    notice_id: Mapped[int | None] = mapped_column(ForeignKey("notices.id", ondelete="SET NULL"))
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id", ondelete="RESTRICT"), index=True)
    source_reference: Mapped[str | None] = mapped_column(Text(300))  # as written: "Thông báo số 123/TB-UBND"
    lead_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"), index=True)
    criterion_id: Mapped[int | None] = mapped_column(ForeignKey("criteria.id", ondelete="SET NULL"), index=True)
    assigned_on: Mapped[dt.date | None] = mapped_column(Date)
    deadline_kind: Mapped[DeadlineKind] = mapped_column(enum_column(DeadlineKind), default=DeadlineKind.NONE)
    deadline_date: Mapped[dt.date | None] = mapped_column(Date)
    deadline_year: Mapped[int | None] = mapped_column(Integer)
    deadline_quarter: Mapped[int | None] = mapped_column(Integer)
    deadline_month: Mapped[int | None] = mapped_column(Integer)
    recurrence: Mapped[Recurrence | None] = mapped_column(enum_column(Recurrence))
    deadline_text: Mapped[str | None] = mapped_column(Text(200))
    due_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[TaskStatus] = mapped_column(enum_column(TaskStatus), default=TaskStatus.NOT_STARTED, index=True)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    evidence: Mapped[str | None] = mapped_column(Text(1000))  # "Báo cáo số 45/BC-SNV ngày …"
    search_folded: Mapped[str] = mapped_column(String(2000), default="")

    lead_agency: Mapped[Agency] = relationship(foreign_keys=[lead_agency_id])
    cooperators: Mapped[list[Agency]] = relationship(secondary=task_cooperators)
    meeting: Mapped[Meeting | None] = relationship()
    source_block: Mapped[TextBlock | None] = relationship()
    notice: Mapped[Notice | None] = relationship()
    plan: Mapped[Plan | None] = relationship()
    criterion: Mapped[Criterion | None] = relationship()
    progress: Mapped[list[TaskProgress]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="TaskProgress.noted_on"
    )


class TaskProgress(Identified, Base):
    """A dated progress note on a task."""

    __tablename__ = "task_progress"

    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    noted_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text(4000))
    author: Mapped[str | None] = mapped_column(Text(120))

    task: Mapped[Task] = relationship(back_populates="progress")


class AuditEntry(Base):
    """Who changed what, when. Written by the services in the same transaction as the change."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user: Mapped[str | None] = mapped_column(Text(120))
    action: Mapped[str] = mapped_column(String(40))  # "create", "update", "deactivate", "delete", "import" …
    entity: Mapped[str] = mapped_column(String(40))  # table name
    entity_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    summary: Mapped[str | None] = mapped_column(Text(1000))
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON)
