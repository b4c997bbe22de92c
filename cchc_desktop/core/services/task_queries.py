"""Listing tasks fast: one SQL query with the names it needs, no ORM objects (tens of thousands of rows)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select, true
from sqlalchemy.orm import Session

from ...store.models import Agency, Criterion, Meeting, Plan, Task, TaskProgress, task_cooperators
from ..enums import DeadlineKind, TaskStatus
from ..formats import format_date
from ..text import collation_key, fold
from ..workdays import working_days_between

if TYPE_CHECKING:  # tasks.py imports this module
    from .tasks import TaskFilter

# The tables, not the ORM classes: the overview runs these queries before the window's first paint, and a query
# through an ORM class first makes SQLAlchemy configure every mapper (about 0,1 s), which the application does
# once the window has painted instead.
tasks = Task.__table__
agencies = Agency.__table__
meetings = Meeting.__table__
plans = Plan.__table__
criteria = Criterion.__table__
progress = TaskProgress.__table__

OPEN_STATUSES = (TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS)  # in TaskStatus order
NAME_SEPARATOR = "\x1f"


def filtered_ids(flt: TaskFilter, today: dt.date) -> Select[tuple[int]]:
    """``SELECT tasks.id`` restricted by a :class:`~.tasks.TaskFilter`."""
    query = select(tasks.c.id)
    for word in fold(flt.text).split():
        query = query.where(tasks.c.search_folded.contains(word, autoescape=True))
    if flt.agency_id is not None:
        cooperating = select(task_cooperators.c.task_id).where(task_cooperators.c.agency_id == flt.agency_id)
        query = query.where(or_(tasks.c.lead_agency_id == flt.agency_id, tasks.c.id.in_(cooperating)))
    if flt.statuses:
        query = query.where(tasks.c.status.in_(flt.statuses))
    if flt.source is not None:
        query = query.where(tasks.c.source == flt.source)
    if flt.due_from is not None:
        query = query.where(tasks.c.due_date >= flt.due_from)
    if flt.due_to is not None:
        query = query.where(tasks.c.due_date <= flt.due_to)
    if flt.overdue_only:
        query = query.where(tasks.c.status.in_(OPEN_STATUSES), tasks.c.due_date < today)
    if flt.meeting_id is not None:
        query = query.where(tasks.c.meeting_id == flt.meeting_id)
    if flt.plan_id is not None:
        query = query.where(tasks.c.plan_id == flt.plan_id)
    return query


@lru_cache(maxsize=8192)
def _working_days(today: dt.date, due: dt.date) -> int:
    return working_days_between(today, due)


def count_matching(session: Session, flt: TaskFilter, today: dt.date) -> int:
    """How many tasks match ``flt`` (one COUNT, no rows)."""
    return session.scalar(select(func.count()).select_from(filtered_ids(flt, today).subquery())) or 0


def list_rows(session: Session, flt: TaskFilter, today: dt.date, row_type: type, limit: int | None = None,
              *, overdue_first: bool = False) -> list[Any]:
    """Rows of ``row_type`` (TaskRow) for the tasks matching ``flt``: nearest due date first, undated last, then
    in the order they were entered; the first ``limit`` of them when given.

    ``overdue_first`` (with a limit): the first rows in the order of the task page's "Tình trạng" column instead:
    overdue tasks, then each status in turn (:class:`TaskStatus` order), each group in the order above.

    With a limit the list is read group by group (dated, then undated, of each), each group in the order of an
    index on the due date, so the first rows of a long list come at once instead of after sorting every task."""
    if limit is None:
        return _rows(session, _listing(filtered_ids(flt, today)).order_by(
            tasks.c.due_date.is_(None), tasks.c.due_date, tasks.c.id), today, row_type)
    rows: list[Any] = []
    due, task_id = tasks.c.due_date, tasks.c.id
    parts = ((due.is_not(None), (due, task_id)), (due.is_(None), (task_id,)))
    for group in _groups(today, overdue_first, flt.statuses):
        for dated, order in parts:
            if len(rows) >= limit:
                return rows
            # The limit goes into the ids first: only those rows are joined with their names.
            ids = filtered_ids(flt, today).where(group, dated).order_by(*order).limit(limit - len(rows))
            rows += _rows(session, _listing(ids).order_by(*order), today, row_type)
    return rows


def _groups(today: dt.date, overdue_first: bool, statuses: tuple[TaskStatus, ...]) -> list[ColumnElement[bool]]:
    """The conditions that cut the list into consecutive groups (see :func:`list_rows`); none for a status the
    filter leaves out."""
    if not overdue_first:
        return [true()]
    shown = [status for status in TaskStatus if not statuses or status in statuses]
    overdue = [and_(tasks.c.status == status, tasks.c.due_date < today) for status in shown if status in OPEN_STATUSES]
    rest = [and_(tasks.c.status == status, or_(tasks.c.due_date.is_(None), tasks.c.due_date >= today))
            if status in OPEN_STATUSES else tasks.c.status == status for status in shown]
    return overdue + rest


def _listing(matching: Select[tuple[int]]) -> Select[Any]:
    """The columns of a task row for the tasks whose ids ``matching`` selects, in no particular order."""
    lead = agencies.alias()
    cooperator = agencies.alias()
    ids = matching.subquery()
    cooperators = (
        select(task_cooperators.c.task_id.label("task_id"),
               func.aggregate_strings(cooperator.c.name, NAME_SEPARATOR).label("names"))
        .join(cooperator, cooperator.c.id == task_cooperators.c.agency_id)
        .group_by(task_cooperators.c.task_id)
        .subquery()
    )
    ranked = select(
        progress.c.task_id, progress.c.noted_on, progress.c.note,
        func.row_number().over(partition_by=progress.c.task_id,
                               order_by=(progress.c.noted_on.desc(), progress.c.id.desc())).label("n"),
    ).subquery()
    latest = select(ranked.c.task_id, ranked.c.noted_on, ranked.c.note).where(ranked.c.n == 1).subquery()
    return (
        select(
            tasks.c.id, tasks.c.title, tasks.c.lead_agency_id, lead.c.name, cooperators.c.names, tasks.c.source,
            tasks.c.source_reference, meetings.c.title, meetings.c.date, plans.c.kind, plans.c.reference,
            tasks.c.deadline_text, tasks.c.deadline_kind, tasks.c.due_date, tasks.c.status, tasks.c.completed_on,
            criteria.c.code, criteria.c.name, latest.c.noted_on, latest.c.note, tasks.c.meeting_id, tasks.c.plan_id,
            tasks.c.search_folded,
        )
        .join(ids, ids.c.id == tasks.c.id)
        .join(lead, lead.c.id == tasks.c.lead_agency_id)
        .outerjoin(cooperators, cooperators.c.task_id == tasks.c.id)
        .outerjoin(meetings, meetings.c.id == tasks.c.meeting_id)
        .outerjoin(plans, plans.c.id == tasks.c.plan_id)
        .outerjoin(criteria, criteria.c.id == tasks.c.criterion_id)
        .outerjoin(latest, latest.c.task_id == tasks.c.id)
    )


def _rows(session: Session, query: Select[Any], today: dt.date, row_type: type) -> list[Any]:
    """Run a :func:`_listing` query and make a ``row_type`` of each row."""
    rows = []
    # Lists hold tens of thousands of rows: read them in batches (not all at once) and keep one copy of each text
    # or date many rows repeat (agency names, deadlines, sources, due dates).
    shared: dict[str, str] = {}
    share = shared.setdefault
    dates: dict[dt.date | None, dt.date | None] = {None: None}
    share_date = dates.setdefault
    found = session.connection().execution_options(yield_per=2000).execute(query)
    for (task_id, title, lead_id, lead_name, cooperator_names, source, reference, meeting_title, meeting_date,
         plan_kind, plan_reference, deadline_text, deadline_kind, due, status, completed_on, criterion_code,
         criterion_name, noted_on, note, meeting_id, plan_id, folded) in found:
        if meeting_title is not None:
            source_label = f"{meeting_title} ({format_date(meeting_date)})"
        elif plan_reference is not None:
            source_label = f"{plan_kind.label} số {plan_reference}"
        else:
            source_label = reference or source.label
        open_task = status in OPEN_STATUSES
        names = sorted(cooperator_names.split(NAME_SEPARATOR), key=collation_key) if cooperator_names else []
        deadline = deadline_text or ("" if deadline_kind == DeadlineKind.NONE else deadline_kind.label)
        rows.append(row_type(
            id=task_id, title=title, lead_agency_id=lead_id, lead_agency=share(lead_name, lead_name),
            cooperators=share(joined := "; ".join(names), joined), source=source,
            source_label=share(source_label, source_label), deadline=share(deadline, deadline),
            due_date=(due := share_date(due, due)), status=status, completed_on=share_date(completed_on, completed_on),
            overdue=open_task and due is not None and due < today,
            working_days_left=_working_days(today, due) if (due is not None and open_task) else None,
            criterion=share(criterion := f"{criterion_code} {criterion_name}", criterion) if criterion_code else "",
            last_progress=f"{format_date(noted_on)}: {note}" if noted_on else "",
            meeting_id=meeting_id, plan_id=plan_id, search_folded=folded,
        ))
    return rows


def count_by_status(session: Session) -> dict[TaskStatus, int]:
    """How many tasks have each status (every status present, 0 where none), counted by the database."""
    counts = {status: 0 for status in TaskStatus}
    for status, count in session.execute(select(tasks.c.status, func.count()).group_by(tasks.c.status)):
        counts[TaskStatus(status)] = count
    return counts


def count_by_lead_agency(session: Session, today: dt.date) -> list[tuple[int, str, int, int, int, int, int]]:
    """Per lead agency with tasks: (id, name, total, open, overdue, done, done late), counted by the database."""

    def counting(condition: Any) -> Any:
        return func.sum(case((condition, 1), else_=0))

    open_task = tasks.c.status.in_(OPEN_STATUSES)
    query = (
        select(agencies.c.id, agencies.c.name, func.count(), counting(open_task),
               counting(open_task & (tasks.c.due_date < today)), counting(tasks.c.status == TaskStatus.DONE),
               counting(tasks.c.status == TaskStatus.DONE_LATE))
        .join(agencies, agencies.c.id == tasks.c.lead_agency_id)
        .group_by(agencies.c.id, agencies.c.name)
    )
    return [(aid, name, total, int(open_), int(overdue), int(done), int(late))
            for aid, name, total, open_, overdue, done, late in session.execute(query)]
