"""Tasks (nhiệm vụ): assign, edit, record progress and completion, list with filters."""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...store.db import Database
from ...store.models import Agency, Criterion, Meeting, Plan, Task, TaskProgress, TextBlock
from ..deadlines import Deadline, date_order_problems
from ..enums import DeadlineKind, TaskSource, TaskStatus
from ..errors import NotFoundError, ValidationError
from ..formats import format_date
from ..text import fold, nfc, nfc_or_none
from . import audit
from .task_queries import OPEN_STATUSES, count_by_lead_agency, count_by_status, count_matching, list_rows

DONE_STATUSES = (TaskStatus.DONE, TaskStatus.DONE_LATE)


@dataclass
class TaskInput:
    """What a user fills in for a task."""

    title: str
    lead_agency_id: int | None
    cooperator_ids: list[int] = field(default_factory=list)
    description: str = ""
    source: TaskSource = TaskSource.DIRECT
    meeting_id: int | None = None
    source_block_id: int | None = None
    plan_id: int | None = None
    source_reference: str = ""
    criterion_id: int | None = None
    assigned_on: dt.date | None = None
    deadline: Deadline = field(default_factory=Deadline)
    deadline_text: str = ""  # as the document writes it; default: the deadline's own description
    status: TaskStatus = TaskStatus.NOT_STARTED
    completed_on: dt.date | None = None
    evidence: str = ""


@dataclass(frozen=True)
class ProgressNote:
    id: int
    noted_on: dt.date
    note: str
    author: str


@dataclass(slots=True)
class TaskRow:
    """One task as lists show it (read-only by convention: not frozen, since a list builds tens of thousands of
    them and a frozen dataclass takes four times as long to build)."""

    id: int  # the stable uuid, which lists do not need, is in TaskService.uuids()
    title: str
    lead_agency_id: int
    lead_agency: str
    cooperators: str
    source: TaskSource
    source_label: str
    deadline: str
    due_date: dt.date | None
    status: TaskStatus
    completed_on: dt.date | None
    overdue: bool
    working_days_left: int | None  # negative: working days overdue
    criterion: str
    last_progress: str
    meeting_id: int | None
    plan_id: int | None
    search_folded: str = ""  # what the text filter searches (see :func:`search_words`)


@dataclass
class TaskDetail:
    id: int
    uuid: str
    data: TaskInput
    progress: list[ProgressNote]


@dataclass
class TaskFilter:
    text: str = ""
    agency_id: int | None = None  # lead or co-operating
    statuses: tuple[TaskStatus, ...] = ()
    source: TaskSource | None = None
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    overdue_only: bool = False
    meeting_id: int | None = None
    plan_id: int | None = None


def search_words(text: str) -> list[str]:
    """The words :class:`TaskFilter`'s ``text`` looks for in each task's folded text (``search_folded``): a task
    matches when it contains every one, marks and case ignored. The tasks page applies them in memory to rows it
    has listed (a test keeps both ways equal)."""
    return fold(text).split()


def is_overdue(status: TaskStatus, due: dt.date | None, today: dt.date) -> bool:
    return status in OPEN_STATUSES and due is not None and due < today


def completion_status(due: dt.date | None, completed_on: dt.date) -> TaskStatus:
    """Done on time, or done late when completed after the due date."""
    return TaskStatus.DONE_LATE if due is not None and completed_on > due else TaskStatus.DONE


class TaskService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading ----------------------------------------------------------------------------------------------
    def list(self, flt: TaskFilter | None = None, today: dt.date | None = None,
             limit: int | None = None, *, overdue_first: bool = False) -> list[TaskRow]:
        """Tasks matching ``flt``, nearest due date first (undated last), overdue flags relative to ``today``; the
        first ``limit`` of them when given, quickly however long the list (with ``overdue_first``: the first in
        overdue-then-status order, as the task page sorts by default)."""
        flt = flt or TaskFilter()
        today = today or dt.date.today()
        with self.db.session() as session:
            return list_rows(session, flt, today, TaskRow, limit, overdue_first=overdue_first)

    def count_matching(self, flt: TaskFilter, today: dt.date | None = None) -> int:
        """How many tasks match ``flt`` (one COUNT query, no rows loaded)."""
        with self.db.session() as session:
            return count_matching(session, flt, today or dt.date.today())

    def count_by_status(self) -> dict[TaskStatus, int]:
        """How many tasks have each status (one GROUP BY query, no rows loaded)."""
        with self.db.session() as session:
            return count_by_status(session)

    def count_by_lead_agency(self, today: dt.date) -> builtins.list[tuple[int, str, int, int, int, int, int]]:
        """Per lead agency: (id, name, total, open, overdue on ``today``, done, done late); one query."""
        with self.db.session() as session:
            return count_by_lead_agency(session, today)

    def uuids(self) -> dict[int, str]:
        """Every task's stable id (what exports and other databases know a task by), by its row id."""
        with self.db.session() as session:
            return {task_id: task_uuid for task_id, task_uuid in session.execute(select(Task.id, Task.uuid))}

    def count(self) -> int:
        """How many tasks there are, whatever their filters (one COUNT query, no rows loaded)."""
        with self.db.session() as session:
            return session.scalar(select(func.count()).select_from(Task)) or 0

    def get(self, task_id: int) -> TaskDetail:
        with self.db.session() as session:
            task = self._load(session, task_id)
            data = self._input(task)
            notes = [ProgressNote(p.id, p.noted_on, p.note, p.author or "") for p in task.progress]
            return TaskDetail(task.id, task.uuid, data, notes)

    # -- changing ---------------------------------------------------------------------------------------------
    def create(self, data: TaskInput) -> tuple[int, builtins.list[str]]:
        """Create a task; returns its id and warnings (e.g. a deadline before the meeting) that did not block."""
        with self.db.session() as session:
            task = Task()
            warnings = self._apply(session, task, data)
            session.add(task)
            session.flush()
            audit.change_record(session, "create", "tasks", task, None, f"Giao nhiệm vụ: {task.title[:200]}")
            return task.id, warnings

    def create_many(self, items: builtins.list[TaskInput], summary: str) -> builtins.list[int]:
        """Create several tasks in one transaction: all of them, or none when any is invalid."""
        with self.db.session() as session:
            tasks = []
            for data in items:
                task = Task()
                self._apply(session, task, data)
                session.add(task)
                tasks.append(task)
            session.flush()
            audit.record(session, "import", "tasks", None, summary, count=len(tasks))
            return [task.id for task in tasks]

    def create_in(self, session: Session, data: TaskInput) -> Task:
        """Add a task inside the caller's transaction (an import that checked duplicates in it). Raises
        ValidationError before anything is added."""
        task = Task()
        self._apply(session, task, data)
        session.add(task)
        return task

    def update_in(self, session: Session, task_uuid: str, edit: Callable[[TaskInput], None], summary: str) -> bool:
        """Inside the caller's transaction, let ``edit`` change the current input of the task with ``task_uuid``
        and store it (audited with before/after values). False when there is no such task; raises ValidationError
        before the task is changed."""
        task = session.scalars(select(Task).where(Task.uuid == task_uuid)).one_or_none()
        if task is None:
            return False
        data = self._input(task)
        edit(data)
        before = audit.snapshot(task)
        self._apply(session, task, data)
        audit.change_record(session, "update", "tasks", task, before, f"{summary}: {task.title[:200]}")
        return True

    def update(self, task_id: int, data: TaskInput) -> builtins.list[str]:
        with self.db.session() as session:
            task = self._load(session, task_id)
            before = audit.snapshot(task)
            warnings = self._apply(session, task, data)
            audit.change_record(session, "update", "tasks", task, before, f"Sửa nhiệm vụ: {task.title[:200]}")
            return warnings

    def delete(self, task_id: int) -> None:
        with self.db.session() as session:
            task = self._load(session, task_id)
            audit.record(session, "delete", "tasks", task.uuid, f"Xóa nhiệm vụ: {task.title[:200]}",
                         changes=audit.changes("tasks", audit.snapshot(task), {}))
            session.delete(task)

    def add_progress(self, task_id: int, noted_on: dt.date, note: str, author: str = "") -> int:
        """Add a dated progress note; a task not started becomes in progress."""
        text = nfc(note or "")
        if not text:
            raise ValidationError("Nội dung tiến độ", note, "Nội dung tiến độ không được để trống.")
        with self.db.session() as session:
            task = self._load(session, task_id)
            before = audit.snapshot(task)
            entry = TaskProgress(noted_on=noted_on, note=text, author=nfc_or_none(author) or audit.current_user())
            task.progress.append(entry)
            if task.status == TaskStatus.NOT_STARTED:
                task.status = TaskStatus.IN_PROGRESS
            session.flush()
            audit.change_record(session, "progress", "tasks", task, before,
                                f"Cập nhật tiến độ ngày {format_date(noted_on)}", note=text[:1000])
            return entry.id

    def remove_progress(self, progress_id: int) -> None:
        with self.db.session() as session:
            entry = session.get(TaskProgress, progress_id)
            if entry is None:
                raise NotFoundError("Ghi chú tiến độ này không còn tồn tại.")
            audit.record(session, "progress-delete", "tasks", entry.task.uuid,
                         f"Xóa tiến độ ngày {format_date(entry.noted_on)}")
            session.delete(entry)

    def complete(self, task_id: int, completed_on: dt.date, evidence: str = "") -> TaskStatus:
        """Mark a task done on ``completed_on``; it is "hoàn thành chậm" when that is after the due date."""
        with self.db.session() as session:
            task = self._load(session, task_id)
            before = audit.snapshot(task)
            if task.assigned_on and completed_on < task.assigned_on:
                raise ValidationError(
                    "Ngày hoàn thành", format_date(completed_on),
                    f"Ngày hoàn thành {format_date(completed_on)} sớm hơn ngày giao {format_date(task.assigned_on)}.",
                )
            task.completed_on = completed_on
            task.status = completion_status(task.due_date, completed_on)
            task.evidence = nfc_or_none(evidence) or task.evidence
            audit.change_record(session, "complete", "tasks", task, before,
                                f"Hoàn thành ngày {format_date(completed_on)}")
            return task.status

    # -- helpers ----------------------------------------------------------------------------------------------
    def _load(self, session: Session, task_id: int) -> Task:
        task = session.get(Task, task_id)
        if task is None:
            raise NotFoundError(f"Không tìm thấy nhiệm vụ có mã {task_id}.")
        return task

    @staticmethod
    def _input(task: Task) -> TaskInput:
        """What the form shows for ``task``."""
        return TaskInput(
            title=task.title, lead_agency_id=task.lead_agency_id,
            cooperator_ids=[a.id for a in task.cooperators], description=task.description or "",
            source=task.source, meeting_id=task.meeting_id, source_block_id=task.source_block_id,
            plan_id=task.plan_id, source_reference=task.source_reference or "", criterion_id=task.criterion_id,
            assigned_on=task.assigned_on,
            deadline=Deadline(task.deadline_kind, task.deadline_date, task.deadline_year, task.deadline_quarter,
                              task.deadline_month, task.recurrence),
            deadline_text=task.deadline_text or "", status=task.status, completed_on=task.completed_on,
            evidence=task.evidence or "",
        )

    def _apply(self, session: Session, task: Task, data: TaskInput) -> builtins.list[str]:
        """Validate ``data`` and copy it onto ``task``. Raises ValidationError; returns warnings."""
        title = nfc(data.title or "")
        if not title:
            raise ValidationError("Nội dung nhiệm vụ", data.title, "Nội dung nhiệm vụ không được để trống.")
        if data.lead_agency_id is None:
            raise ValidationError("Cơ quan chủ trì", "", "Nhiệm vụ phải có cơ quan chủ trì.")
        lead = session.get(Agency, data.lead_agency_id)
        if lead is None:
            raise ValidationError("Cơ quan chủ trì", data.lead_agency_id, "Cơ quan chủ trì đã chọn không còn tồn tại.")
        cooperators = []
        for agency_id in dict.fromkeys(data.cooperator_ids):
            if agency_id == data.lead_agency_id:
                continue
            agency = session.get(Agency, agency_id)
            if agency is None:
                raise ValidationError("Cơ quan phối hợp", agency_id, "Một cơ quan phối hợp đã chọn không còn tồn tại.")
            cooperators.append(agency)
        meeting = session.get(Meeting, data.meeting_id) if data.meeting_id is not None else None
        if data.meeting_id is not None and meeting is None:
            raise ValidationError("Cuộc họp", data.meeting_id, "Cuộc họp nguồn không còn tồn tại.")
        if data.source_block_id is not None and session.get(TextBlock, data.source_block_id) is None:
            raise ValidationError("Mục kết luận", data.source_block_id, "Mục kết luận nguồn không còn tồn tại.")
        if data.plan_id is not None and session.get(Plan, data.plan_id) is None:
            raise ValidationError("Kế hoạch, nghị quyết", data.plan_id, "Kế hoạch, nghị quyết nguồn không còn tồn tại.")
        if data.criterion_id is not None and session.get(Criterion, data.criterion_id) is None:
            raise ValidationError("Tiêu chí thành phần", data.criterion_id, "Tiêu chí đã chọn không còn tồn tại.")
        status = data.status
        due = data.deadline.due_date
        if status in DONE_STATUSES:
            if data.completed_on is None:
                raise ValidationError("Ngày hoàn thành", "", "Nhiệm vụ đã hoàn thành cần có ngày hoàn thành.")
            status = completion_status(due, data.completed_on)
        elif data.completed_on is not None:
            raise ValidationError("Ngày hoàn thành", format_date(data.completed_on),
                                  "Chỉ ghi ngày hoàn thành khi nhiệm vụ đã hoàn thành.")
        start = data.assigned_on or (meeting.date if meeting else None)
        warnings = date_order_problems(start, due, origin="ngày giao" if data.assigned_on else "ngày họp")
        deadline = data.deadline
        task.title = title
        task.description = nfc_or_none(data.description)
        task.source = data.source
        task.meeting_id = data.meeting_id
        task.source_block_id = data.source_block_id
        task.plan_id = data.plan_id
        task.source_reference = nfc_or_none(data.source_reference)
        task.lead_agency_id = lead.id
        task.cooperators = cooperators
        task.criterion_id = data.criterion_id
        task.assigned_on = data.assigned_on or (meeting.date if meeting else None)
        task.deadline_kind = deadline.kind
        task.deadline_date = deadline.date
        task.deadline_year = deadline.year
        task.deadline_quarter = deadline.quarter
        task.deadline_month = deadline.month
        task.recurrence = deadline.recurrence
        task.deadline_text = nfc_or_none(data.deadline_text) or (
            None if deadline.kind == DeadlineKind.NONE else deadline.describe()
        )
        task.due_date = due
        task.status = status
        task.completed_on = data.completed_on
        task.evidence = nfc_or_none(data.evidence)
        return warnings
