"""Behaviour of the "Kết luận" tab: the conclusion editor bound to one saved meeting, and tasks from its items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

from ....core.body import Block
from ....core.services.agencies import AgencyRow
from ....core.services.meetings import MeetingService
from ...conclusion.panel import ConclusionPanel
from ...context import AppContext
from ...dialogs.agency_chooser import choose_lead_agency
from ...topics import Topic
from . import task_links
from .catalogue import MeetingCatalogue
from .conclusion_view import ConclusionTab

AgencyAsker = Callable[[Sequence[AgencyRow], QWidget | None], str | None]


class ConclusionPresenter:
    """Autosaves through :meth:`MeetingService.save_conclusion`; :meth:`save_now` is called whenever the meeting
    is left. ``ask_agency`` (a modal chooser) can be replaced, e.g. by tests.

    Autosaves are announced app-wide (``Topic.MEETINGS``) when the first one gives the meeting its
    conclusion (the list's ✓), and otherwise once, when the meeting is left or saved with Ctrl+S — not after every
    pause in typing, which would make every page reload while the clerk writes.
    """

    def __init__(self, view: ConclusionTab, context: AppContext, catalogue: MeetingCatalogue) -> None:
        self.view = view
        self.context = context
        self.catalogue = catalogue
        self.service = MeetingService(context.db)
        self.meeting_id: int | None = None
        self.meeting_date: dt.date | None = None
        self.ask_agency: AgencyAsker = choose_lead_agency
        self._listed = False  # the meeting has a stored conclusion (shown ✓ in the list)
        self._unannounced = False  # saved since the last announce
        self.panel = ConclusionPanel(self._save, self._choose_agency, self._report_error)
        view.install(self.panel)
        self.panel.create_task_requested.connect(self.create_task)
        self.panel.saved.connect(self._saved)

    def load(self, meeting_id: int | None, meeting_date: dt.date | None) -> None:
        """Show the meeting's conclusion; a meeting not saved yet shows why there is no editor."""
        self.meeting_id, self.meeting_date = meeting_id, meeting_date
        blocks = self.service.get_conclusion(meeting_id) if meeting_id is not None else []
        self.panel.load(blocks)
        self._listed, self._unannounced = bool(blocks), False
        self.view.show_panel(meeting_id is not None)

    def save_now(self) -> bool:
        """Save pending edits; False (the error has been shown) when they could not be saved."""
        if self.meeting_id is None:
            return True
        if not self.panel.save_now():
            return False
        if self._unannounced:
            self._announce()
        return True

    def create_task(self, block_id: int, text: str) -> None:
        """Open the task editor filled from the item: agencies it (or its group) names, deadline, source."""
        if self.meeting_id is None or self.meeting_date is None:
            return
        conclusion = self.service.get_conclusion(self.meeting_id)
        initial = task_links.task_from_item(self.meeting_id, self.meeting_date, conclusion, block_id, text,
                                            self.catalogue.agency_triples())
        task_links.open_task_editor(self.context, self.view, initial=initial)

    def _save(self, blocks: list[Block]) -> None:
        if self.meeting_id is not None:
            self.service.save_conclusion(self.meeting_id, blocks)

    def _saved(self) -> None:
        if self._listed:
            self._unannounced = True
        else:
            self._listed = True
            self._announce()

    def _announce(self) -> None:
        self._unannounced = False
        self.context.signals.announce(Topic.MEETINGS)

    def _choose_agency(self) -> str | None:
        return self.ask_agency(self.catalogue.agencies(), self.view)

    def _report_error(self, message: str) -> None:
        self.context.prompter.error("Kết luận", message)
