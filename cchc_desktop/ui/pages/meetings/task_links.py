"""From a conclusion item to a task: the suggested :class:`TaskInput`, and the task editor dialog.

The task editor (``ui.dialogs.task_editor``) is imported when first used so this page does not load it at
start-up (and so tests can replace :func:`open_task_editor` here).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QWidget

from ....core.body import Block
from ....core.enums import TaskSource
from ....core.services.tasks import TaskInput
from ....core.task_drafting import suggest_task
from ...context import AppContext


def ancestors(blocks: Sequence[Block], block_id: int) -> list[Block] | None:
    """The blocks enclosing the block with ``block_id``, outermost first; None when it is not in ``blocks``."""
    for block in blocks:
        if block.id == block_id:
            return []
        found = ancestors(block.children, block_id)
        if found is not None:
            return [block, *found]
    return None


def task_from_item(meeting_id: int, meeting_date: dt.date, conclusion: Sequence[Block], block_id: int,
                   item_text: str, agencies: list[tuple[int, str, str]]) -> TaskInput:
    """A task for the conclusion item ``block_id``: agencies and deadline as the item (or its group) names them."""
    enclosing = ancestors(conclusion, block_id) or []
    context_texts = [block.text for block in reversed(enclosing)]
    suggestion = suggest_task(item_text, context_texts, agencies)
    return TaskInput(
        title=suggestion.title, lead_agency_id=suggestion.lead_agency_id, cooperator_ids=suggestion.cooperator_ids,
        source=TaskSource.CONCLUSION, meeting_id=meeting_id, source_block_id=block_id, assigned_on=meeting_date,
        deadline=suggestion.deadline, deadline_text=suggestion.deadline_text,
    )


def new_meeting_task(meeting_id: int, meeting_date: dt.date) -> TaskInput:
    """An empty task assigned by the meeting's conclusion, for the clerk to fill in."""
    return TaskInput(title="", lead_agency_id=None, source=TaskSource.CONCLUSION, meeting_id=meeting_id,
                     assigned_on=meeting_date)


def open_task_editor(context: AppContext, parent: QWidget, *, task_id: int | None = None,
                     initial: TaskInput | None = None) -> QDialog:
    """Open the task editor (non-blocking); it announces ``Topic.TASKS`` when it saves."""
    from ...dialogs.task_editor.editor_dialog import open_task_editor as open_editor

    return open_editor(context, parent, task_id=task_id, initial=initial)
