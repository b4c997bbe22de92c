"""The pages of the main window and how they are registered.

A page is any ``QWidget`` built from the :class:`~cchc_desktop.ui.context.AppContext`. To add one, write its
module under ``ui/pages/`` and append a :class:`PageSpec` to :func:`standard_pages`; the main window adds a
navigation entry for it and builds the widget the first time the user opens it (so heavy imports such as
pyqtgraph stay out of start-up when the factory imports lazily).

A page that shows stored data declares the :class:`~cchc_desktop.ui.topics.Topic` set it depends on as a class
attribute ``TOPICS`` (every kind of record it shows, pick lists and counts included: a stale list is a bug, an
extra reload is not) and wires it with :class:`~cchc_desktop.ui.refresh.ReloadOnChange`:
``ReloadOnChange(self, context.signals, self.TOPICS, reload)``. A change of one of those topics reloads the page
at once when it is the page shown; a hidden page is only marked stale and reloads once, with every topic that
arrived meanwhile, when the window shows it again. Whoever changes records announces them with
``context.signals.announce(Topic.…)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ..context import AppContext


@dataclass(frozen=True)
class PageSpec:
    """One entry of the navigation list."""

    key: str
    """Stable identifier, remembered between sessions ("agencies")."""
    title: str
    """Label in the navigation list ("Cơ quan, đơn vị")."""
    build: Callable[[AppContext], QWidget]
    """Creates the page for the open database; called again after another database is opened."""
    icon: str = ""
    """Name of its navigation icon (:func:`cchc_desktop.ui.icons.icon`), none when empty."""


def _overview(context: AppContext) -> QWidget:
    from .overview.page import OverviewPage

    return OverviewPage(context)


def _meetings(context: AppContext) -> QWidget:
    from .meetings.page import MeetingsPage

    return MeetingsPage(context)


def _tasks(context: AppContext) -> QWidget:
    from .tasks.page import TasksPage

    return TasksPage(context)


def _plans(context: AppContext) -> QWidget:
    from .plans.page import PlansPage

    return PlansPage(context)


def _notices(context: AppContext) -> QWidget:
    from .notices.page import NoticesPage

    return NoticesPage(context)


def _register(context: AppContext) -> QWidget:
    from .register.page import RegisterPage

    return RegisterPage(context)


def _recipients(context: AppContext) -> QWidget:
    from .recipients.page import RecipientGroupsPage

    return RecipientGroupsPage(context)


def _issuing_bodies(context: AppContext) -> QWidget:
    from .issuing_bodies import IssuingBodiesPage

    return IssuingBodiesPage(context)


def _results(context: AppContext) -> QWidget:
    from .results.page import ResultsPage

    return ResultsPage(context)


def _analysis(context: AppContext) -> QWidget:
    from .analysis.page import AnalysisPage

    return AnalysisPage(context)


def _charts(context: AppContext) -> QWidget:
    from .charts.page import ChartsPage

    return ChartsPage(context)


def _criteria(context: AppContext) -> QWidget:
    from .criteria.page import CriteriaPage

    return CriteriaPage(context)


def _agencies(context: AppContext) -> QWidget:
    from .agencies import AgenciesPage

    return AgenciesPage(context)


def _audit(context: AppContext) -> QWidget:
    from .audit import AuditPage

    return AuditPage(context)


def standard_pages() -> list[PageSpec]:
    """The pages of the application, in navigation order (the first one opens on a first start)."""
    return [
        PageSpec("overview", "Tổng quan", _overview, "layout-dashboard"),
        PageSpec("meetings", "Cuộc họp, kết luận", _meetings, "users"),
        PageSpec("tasks", "Nhiệm vụ", _tasks, "list-checks"),
        PageSpec("plans", "Kế hoạch, nghị quyết", _plans, "clipboard-list"),
        PageSpec("notices", "Thông báo", _notices, "file-text"),
        PageSpec("register", "Sổ văn bản đi", _register, "book-marked"),
        PageSpec("results", "Kết quả chỉ số", _results, "award"),
        PageSpec("analysis", "Phân tích, kịch bản", _analysis, "trending-up"),
        PageSpec("charts", "Đồ thị", _charts, "chart-column"),
        PageSpec("criteria", "Bộ tiêu chí", _criteria, "list-tree"),
        PageSpec("recipients", "Nhóm nơi nhận", _recipients, "send"),
        PageSpec("issuing_bodies", "Cơ quan ban hành", _issuing_bodies, "stamp"),
        PageSpec("agencies", "Cơ quan, đơn vị", _agencies, "building-2"),
        PageSpec("audit", "Nhật ký thay đổi", _audit, "history"),
    ]
