"""What the task editor offers to pick from, read once when it opens: agencies, plans, sub-criteria, meetings.

Qt-free on purpose (plain data for the widgets). There is no criteria service yet, so the sub-criteria are read
here with one query; move :func:`sub_criteria` into ``core.services`` when the index pages bring one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ....core.enums import CriterionLevel
from ....core.errors import NotFoundError
from ....core.formats import format_date
from ....core.services.agencies import AgencyRow, AgencyService
from ....core.services.meetings import MeetingService
from ....core.services.plans import PlanService
from ....store.db import Database
from ....store.models import CriteriaVersion, Criterion


@dataclass(frozen=True)
class Choice:
    """One entry of a pick list."""

    id: int
    label: str


@dataclass(frozen=True)
class EditorChoices:
    agencies: list[AgencyRow]
    plans: list[Choice]
    criteria: list[Choice]


def load_choices(db: Database) -> EditorChoices:
    plans = [Choice(p.id, f"{p.display_name} – {p.title}") for p in PlanService(db).list()]
    return EditorChoices(AgencyService(db).list(), plans, sub_criteria(db))


def _code_key(code: str) -> tuple[int | str, ...]:
    """"1.10" after "1.9": the numeric parts of a criterion code compare as numbers."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"[.\s]+", code) if part)


def sub_criteria(db: Database) -> list[Choice]:
    """Sub-criteria (tiêu chí thành phần) of every index and methodology, newest methodology first."""
    query = (
        select(Criterion)
        .where(Criterion.level == CriterionLevel.SUB_CRITERION)
        .options(selectinload(Criterion.version).selectinload(CriteriaVersion.index))
    )
    with db.session() as session:
        rows = [
            (c.version.index.sort_order, c.version.index.code, -c.version.valid_from_year, _code_key(c.code),
             Choice(c.id, f"{c.version.index.code} (từ năm {c.version.valid_from_year}) – {c.code} {c.name}"))
            for c in session.scalars(query)
        ]
    rows.sort(key=lambda row: row[:4])
    return [row[-1] for row in rows]


def meeting_source_label(db: Database, meeting_id: int) -> str:
    """How the editor names a task's source meeting: "Kết luận tại <cuộc họp> ngày dd/mm/yyyy"."""
    try:
        meeting = MeetingService(db).get(meeting_id)
    except NotFoundError:
        return "Kết luận của một cuộc họp không còn trong dữ liệu"
    when = f" ngày {format_date(meeting.date)}" if meeting.date else ""
    return f"Kết luận tại {meeting.title}{when}"
