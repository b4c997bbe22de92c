"""The tasks page (nhiệm vụ) and the task editor other pages open."""

from ...dialogs.task_editor import open_task_editor
from .page import TasksPage

__all__ = ["TasksPage", "open_task_editor"]
