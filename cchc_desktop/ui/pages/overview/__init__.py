"""The overview page (tổng quan): overdue tasks, tasks due soon, counts by lead agency and by status."""

from .page import OverviewPage

__all__ = ["OverviewPage"]
