"""What the task editor offers to pick from, read once when it opens: agencies, plans, sub-criteria, meetings.

Qt-free on purpose (plain data for the widgets).
"""

from __future__ import annotations

from dataclasses import dataclass

from ....core.errors import NotFoundError
from ....core.formats import format_date
from ....core.services.agencies import AgencyRow, AgencyService
from ....core.services.criteria import CriteriaService
from ....core.services.meetings import MeetingService
from ....core.services.plans import PlanService
from ....store.db import Database


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


def sub_criteria(db: Database) -> list[Choice]:
    """The criteria a task can be linked to (the deepest nodes of every criteria tree)."""
    return [Choice(node_id, label) for node_id, label in CriteriaService(db).link_choices()]


def meeting_source_label(db: Database, meeting_id: int) -> str:
    """How the editor names a task's source meeting: "Kết luận tại <cuộc họp> ngày dd/mm/yyyy"."""
    try:
        meeting = MeetingService(db).get(meeting_id)
    except NotFoundError:
        return "Kết luận của một cuộc họp không còn trong dữ liệu"
    when = f" ngày {format_date(meeting.date)}" if meeting.date else ""
    return f"Kết luận tại {meeting.title}{when}"
