"""The task editor dialog (a task's fields, deadline and progress), opened by the tasks, overview, meetings and
plans pages."""

from .editor_dialog import UNSAVED_QUESTION, TaskEditorDialog, open_task_editor

__all__ = ["UNSAVED_QUESTION", "TaskEditorDialog", "open_task_editor"]
