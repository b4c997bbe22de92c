"""Opening the task editor from a plan: a new task whose source is the plan, or one of its tasks.

The task editor belongs to the tasks page; it is imported when first used so that opening the plans page does not
load it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QWidget

from ....core.enums import PlanKind, TaskSource
from ....core.formats import format_date
from ....core.services.tasks import TaskInput
from ...context import AppContext


def source_reference(kind: PlanKind, reference: str, issued_on: dt.date | None, issuer: str) -> str:
    """How a task cites its plan: "Kế hoạch số 04/KH-UBND ngày 09/01/2024 của UBND tỉnh"."""
    text = f"{kind.label} số {reference}"
    if issued_on is not None:
        text += f" ngày {format_date(issued_on)}"
    if issuer:
        text += f" của {issuer}"
    return text


def assign_task(context: AppContext, parent: QWidget, plan_id: int, reference: str) -> QDialog:
    """Open the task editor for a new task assigned by plan ``plan_id`` (``reference`` as from
    :func:`source_reference`)."""
    from ...dialogs.task_editor.editor_dialog import open_task_editor

    initial = TaskInput(
        title="", lead_agency_id=None, source=TaskSource.PLAN, plan_id=plan_id, source_reference=reference
    )
    return open_task_editor(context, parent, initial=initial)


def open_task(context: AppContext, parent: QWidget, task_id: int) -> QDialog:
    """Open the task editor on an existing task."""
    from ...dialogs.task_editor.editor_dialog import open_task_editor

    return open_task_editor(context, parent, task_id=task_id)
