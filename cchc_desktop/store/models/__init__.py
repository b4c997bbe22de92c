"""All persistent records. Import from here: ``from cchc_desktop.store.models import Agency``."""

from .base import Base, Identified, Timestamped
from .catalogue import (
    Agency,
    IssuingBody,
    Person,
    Position,
    Province,
    RecipientGroup,
    RecipientLine,
    Setting,
)
from .indexes import CriteriaVersion, Criterion, CriterionScore, IndexDef, Result, ResultSet
from .meetings import Meeting, MeetingAttendee, MeetingReport, MeetingSite, TextBlock, TextBody
from .notices import Notice, NoticeAttachment, NoticeRecipient, RegisterEntry
from .tasks import AuditEntry, Plan, PlanTarget, Task, TaskProgress, task_cooperators

__all__ = [
    "Base", "Identified", "Timestamped",
    "Agency", "IssuingBody", "Person", "Position", "Province", "RecipientGroup", "RecipientLine", "Setting",
    "CriteriaVersion", "Criterion", "CriterionScore", "IndexDef", "Result", "ResultSet",
    "Meeting", "MeetingAttendee", "MeetingReport", "MeetingSite", "TextBlock", "TextBody",
    "Notice", "NoticeAttachment", "NoticeRecipient", "RegisterEntry",
    "AuditEntry", "Plan", "PlanTarget", "Task", "TaskProgress", "task_cooperators",
]
