"""What the demo modules share: the build context, block builders, and helpers that add bodies, notices, tasks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...store.models import (
    Agency,
    IssuingBody,
    Meeting,
    Notice,
    NoticeRecipient,
    Person,
    Plan,
    RecipientGroup,
    Task,
    TaskProgress,
    TextBody,
)
from ..body import Block, Run
from ..deadlines import Deadline
from ..enums import BlockKind, TaskSource, TaskStatus
from ..errors import CchcError
from ..notice_builder import notice_symbol
from ..services.bodies import save_body

PROGRESS_AUTHOR = "Tổ Thư ký CCHC tỉnh"

Part = str | Run


@dataclass
class DemoContext:
    """The session being filled, the reference ``today``, and the records later parts refer to by name."""

    session: Session
    today: dt.date
    agencies: dict[str, Agency] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    issuing_bodies: dict[str, IssuingBody] = field(default_factory=dict)
    recipient_groups: dict[str, RecipientGroup] = field(default_factory=dict)

    def load_agencies(self) -> None:
        self.agencies = {agency.name: agency for agency in self.session.scalars(select(Agency))}

    def agency(self, name: str) -> Agency:
        try:
            return self.agencies[name]
        except KeyError:
            raise CchcError(f"Dữ liệu mẫu cần cơ quan “{name}” nhưng danh mục cơ quan không có.") from None


# -- block builders ------------------------------------------------------------------------------------------
def bold(text: str) -> Run:
    return Run(text, bold=True)


def italic(text: str) -> Run:
    return Run(text, italic=True)


def bold_italic(text: str) -> Run:
    return Run(text, bold=True, italic=True)


def _runs(parts: Iterable[Part]) -> list[Run]:
    return [Run(part) if isinstance(part, str) else part for part in parts]


def para(*parts: Part) -> Block:
    return Block(BlockKind.PARAGRAPH, _runs(parts))


def bullet(*parts: Part) -> Block:
    return Block(BlockKind.BULLET, _runs(parts))


def numbered(*parts: Part, children: Sequence[Block] = ()) -> Block:
    return Block(BlockKind.NUMBERED, _runs(parts), list(children))


def heading(text: str, children: Sequence[Block]) -> Block:
    return Block(BlockKind.HEADING, [Run(text)], list(children))


def lettered(text: str, children: Sequence[Block]) -> Block:
    return Block(BlockKind.LETTERED, [Run(text)], list(children))


def block_starting(blocks: Iterable[Block], prefix: str) -> Block:
    """The first block (depth first) whose text starts with ``prefix``."""
    for top in blocks:
        for block in top.walk():
            if block.text.startswith(prefix):
                return block
    raise LookupError(prefix)


# -- records ---------------------------------------------------------------------------------------------------
def add_body(session: Session, blocks: list[Block]) -> TextBody:
    """A new stored body holding ``blocks``; each block gets the id of its stored row."""
    body = TextBody()
    session.add(body)
    save_body(session, body, blocks)
    return body


@dataclass(frozen=True)
class NoticeDraft:
    """A draft notice of a meeting's conclusions: number and day blank until it is registered."""

    summary: str
    year: int
    month: int
    signer: str
    recipients: tuple[str, ...]
    archive_line: str
    issuing_body: str = "UBND tỉnh Lạng Sơn"
    symbol: str = notice_symbol("UBND")


def add_notice(ctx: DemoContext, meeting: Meeting, draft: NoticeDraft, blocks: list[Block]) -> Notice:
    body = ctx.issuing_bodies[draft.issuing_body]
    signer = ctx.people[draft.signer]
    notice = Notice(
        issuing_body=body, meeting=meeting, number=None, symbol=draft.symbol, place=body.place,
        date_year=draft.year, date_month=draft.month, date_day=None, summary=draft.summary,
        body=add_body(ctx.session, blocks), signing_authority=body.signing_authority,
        signer_title=body.signer_title, signer=signer, signer_name=signer.full_name,
        archive_line=draft.archive_line,
    )
    for position, line in enumerate(draft.recipients):
        notice.recipients.append(NoticeRecipient(position=position, text=line))
    ctx.session.add(notice)
    return notice


@dataclass(frozen=True)
class Origin:
    """Where a task comes from: a block of a meeting's conclusion (and its notice), or a plan."""

    reference: str
    meeting: Meeting | None = None
    block: Block | None = None
    notice: Notice | None = None
    plan: Plan | None = None

    @property
    def source(self) -> TaskSource:
        if self.meeting is not None:
            return TaskSource.CONCLUSION
        return TaskSource.PLAN if self.plan is not None else TaskSource.DIRECT


@dataclass(frozen=True)
class TaskSpec:
    title: str
    lead: str
    deadline: Deadline
    status: TaskStatus
    assigned_on: dt.date
    cooperators: Sequence[str] = ()
    deadline_text: str | None = None  # as the source writes it; default: the deadline's own wording
    completed_on: dt.date | None = None
    evidence: str | None = None
    progress: Sequence[tuple[dt.date, str]] = ()


def add_task(ctx: DemoContext, origin: Origin, spec: TaskSpec) -> Task:
    deadline = spec.deadline
    task = Task(
        title=spec.title, source=origin.source, meeting=origin.meeting, notice=origin.notice, plan=origin.plan,
        source_block_id=origin.block.id if origin.block is not None else None,
        source_reference=origin.reference, lead_agency=ctx.agency(spec.lead),
        cooperators=[ctx.agency(name) for name in spec.cooperators], assigned_on=spec.assigned_on,
        deadline_kind=deadline.kind, deadline_date=deadline.date, deadline_year=deadline.year,
        deadline_quarter=deadline.quarter, deadline_month=deadline.month, recurrence=deadline.recurrence,
        deadline_text=spec.deadline_text or deadline.describe(), due_date=deadline.due_date,
        status=spec.status, completed_on=spec.completed_on, evidence=spec.evidence,
        progress=[TaskProgress(noted_on=day, note=note, author=PROGRESS_AUTHOR) for day, note in spec.progress],
    )
    ctx.session.add(task)
    return task
