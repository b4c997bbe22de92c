"""Typed change topics: only a Topic can be announced, and a widget reloads after the topics it shows — at once
when visible, once on its next showing when hidden, never after an unrelated topic."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from cchc_desktop.core.services.agencies import AgencyInput, AgencyService
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages.agencies import AgenciesPage
from cchc_desktop.ui.pages.tasks.page import TasksPage
from cchc_desktop.ui.refresh import ReloadOnChange
from cchc_desktop.ui.signals import AppSignals
from cchc_desktop.ui.topics import ALL_TOPICS, Topic
from cchc_desktop.ui.widgets.agency_picker import ID_ROLE

PACKAGE = Path(__file__).resolve().parents[2] / "cchc_desktop"


class Listener:
    """Two pages in a stack, like the main window's; ``first`` shows TASKS and AGENCIES."""

    def __init__(self, qtbot: QtBot) -> None:
        self.signals = AppSignals()
        self.stack = QStackedWidget()
        qtbot.addWidget(self.stack)
        self.first, self.second = QWidget(), QWidget()
        self.stack.addWidget(self.first)
        self.stack.addWidget(self.second)
        self.reloads: list[frozenset[Topic]] = []
        self.helper = ReloadOnChange(self.first, self.signals, {Topic.TASKS, Topic.AGENCIES}, self.reloads.append)
        self.stack.show()
        qtbot.waitExposed(self.stack)


@pytest.fixture
def listener(qtbot: QtBot) -> Listener:
    return Listener(qtbot)


def test_only_a_topic_can_be_announced(listener: Listener) -> None:
    with pytest.raises(TypeError, match="Topic"):
        listener.signals.announce("tasks")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Topic"):
        listener.helper.changed("tasks")  # what a bare data_changed.emit("tasks") would deliver
    with pytest.raises(TypeError):
        ReloadOnChange(QWidget(), listener.signals, {"tasks"}, print)  # type: ignore[arg-type]
    assert listener.reloads == []


def test_a_visible_widget_reloads_at_once(listener: Listener) -> None:
    with_topic: list[Topic] = []
    listener.signals.data_changed.connect(with_topic.append)
    listener.signals.announce(Topic.TASKS)
    assert with_topic == [Topic.TASKS]
    assert listener.reloads == [frozenset({Topic.TASKS})] and not listener.helper.stale


def test_an_unrelated_topic_does_not_reload(listener: Listener) -> None:
    listener.signals.announce(Topic.RESULTS)
    listener.stack.setCurrentWidget(listener.second)
    listener.signals.announce(Topic.NOTICES)
    assert not listener.helper.stale
    listener.stack.setCurrentWidget(listener.first)
    assert listener.reloads == []


def test_a_hidden_widget_reloads_once_when_shown(listener: Listener) -> None:
    listener.stack.setCurrentWidget(listener.second)
    assert not listener.first.isVisible()
    listener.signals.announce(Topic.TASKS)
    listener.signals.announce(Topic.AGENCIES)
    listener.signals.announce(Topic.TASKS)
    assert listener.reloads == [] and listener.helper.stale
    listener.stack.setCurrentWidget(listener.first)
    assert listener.reloads == [frozenset({Topic.TASKS, Topic.AGENCIES})] and not listener.helper.stale
    listener.stack.setCurrentWidget(listener.second)
    listener.stack.setCurrentWidget(listener.first)  # nothing changed meanwhile: no second reload
    assert len(listener.reloads) == 1


def test_a_widget_that_does_not_defer_reloads_while_hidden(qtbot: QtBot) -> None:
    signals, widget = AppSignals(), QWidget()
    reloads: list[frozenset[Topic]] = []
    qtbot.addWidget(widget)
    ReloadOnChange(widget, signals, {Topic.TASKS}, reloads.append, defer_while_hidden=False)
    signals.announce(Topic.TASKS)
    assert reloads == [frozenset({Topic.TASKS})]


def test_the_connection_ends_with_the_widget(qtbot: QtBot) -> None:
    signals, widget = AppSignals(), QWidget()
    reloads: list[frozenset[Topic]] = []
    ReloadOnChange(widget, signals, {Topic.TASKS}, reloads.append, defer_while_hidden=False)
    with qtbot.waitSignal(widget.destroyed):
        widget.deleteLater()
    signals.announce(Topic.TASKS)
    assert reloads == []


def test_nothing_emits_data_changed_but_announce() -> None:
    """Every change goes through AppSignals.announce(), which checks that it carries a Topic."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and node.attr == "emit" and isinstance(node.value, ast.Attribute)
                    and node.value.attr == "data_changed" and path.name != "signals.py"):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


PAGES = {
    "overview.page": "OverviewPage", "meetings.page": "MeetingsPage", "tasks.page": "TasksPage",
    "plans.page": "PlansPage", "notices.page": "NoticesPage", "register.page": "RegisterPage",
    "results.page": "ResultsPage", "analysis.page": "AnalysisPage", "charts.page": "ChartsPage",
    "criteria.page": "CriteriaPage", "recipients.page": "RecipientGroupsPage",
    "issuing_bodies.page": "IssuingBodiesPage", "agencies.page": "AgenciesPage", "audit.page": "AuditPage",
}


@pytest.mark.parametrize("module", sorted(PAGES))
def test_every_page_declares_its_topics(module: str) -> None:
    page = getattr(importlib.import_module(f"cchc_desktop.ui.pages.{module}"), PAGES[module])
    assert isinstance(page.TOPICS, frozenset) and page.TOPICS
    assert all(isinstance(topic, Topic) for topic in page.TOPICS)


def test_what_the_pages_listen_to() -> None:
    from cchc_desktop.ui.pages.audit.page import AuditPage
    from cchc_desktop.ui.pages.register.page import RegisterPage

    assert AuditPage.TOPICS == ALL_TOPICS  # every change writes to the log
    assert RegisterPage.TOPICS == {Topic.NOTICES, Topic.REGISTER, Topic.ISSUING_BODIES}
    assert {Topic.TASKS, Topic.AGENCIES} <= AgenciesPage.TOPICS  # task counts per agency
    assert {Topic.AGENCIES, Topic.PLANS, Topic.MEETINGS} <= TasksPage.TOPICS  # filters and sources


def test_an_agency_added_shows_in_the_tasks_page_when_it_is_opened(qtbot: QtBot, window: MainWindow) -> None:
    tasks = window.show_page("tasks")
    assert isinstance(tasks, TasksPage)
    agencies = window.show_page("agencies")
    assert isinstance(agencies, AgenciesPage) and not tasks.isVisible()
    reloads: list[int] = []
    original = tasks.presenter.reload

    def counted() -> None:
        reloads.append(1)
        original()

    tasks.presenter.reload = counted  # type: ignore[method-assign]

    new_id = AgencyService(window.context.db).create(AgencyInput(name="Ban Quản lý dự án tỉnh"))
    window.context.signals.announce(Topic.AGENCIES)
    assert agencies.presenter.model.row_of(new_id) is not None  # the visible page reloaded at once
    assert reloads == [] and tasks.agency_combo.findData(new_id, ID_ROLE) < 0  # the hidden one waits

    assert window.show_page("tasks") is tasks
    assert reloads == [1]
    assert tasks.agency_combo.findData(new_id, ID_ROLE) >= 0
    window.context.signals.announce(Topic.RESULTS)  # the tasks page shows nothing of results
    assert reloads == [1]
