"""Behaviour of the meeting editor: load, autosave, save (Ctrl+S), leave without losing edits, revert.

The editing model of every in-page editor (:mod:`cchc_desktop.ui.widgets.save_state`): a stored meeting saves
itself two seconds after typing stops, on Ctrl+S and whenever it is left (back to the list, another page, closing
the window), as the conclusion editor does; a new one is stored by Ctrl+S or on leaving. The state beside the
commands says "Đang sửa…", "Đã lưu lúc …" or "Chưa lưu được: …". Only when the edits cannot be saved (a required
field is empty, a date is not a real date) is the clerk asked, on leaving, whether to drop them or stay and
correct them. "Hoàn tác thay đổi" stores the meeting as it was when opened again (the conclusion has Ctrl+Z).
An autosave announces nothing; the next explicit save, or leaving the meeting, announces ``Topic.MEETINGS`` once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ....core.errors import CchcError
from ....core.formats import format_date
from ....core.services.meetings import MeetingInput, MeetingService
from ...context import AppContext
from ...topics import Topic
from ...widgets.field_errors import error_field, focus_field, show_message
from ...widgets.save_state import Autosave
from . import notice_links
from .attendees_presenter import AttendeesPresenter
from .catalogue import MeetingCatalogue
from .conclusion_presenter import ConclusionPresenter
from .editor_view import ATTENDEES, GENERAL, NEW_MEETING, REPORTS, TASKS, MeetingEditorView
from .general_presenter import GeneralPresenter
from .reports_presenter import ReportsPresenter
from .tasks_presenter import TasksPresenter


class MeetingEditorPresenter:
    """``closed(meeting_id or None)`` is called when the clerk goes back to the list."""

    def __init__(self, view: MeetingEditorView, context: AppContext, closed: Callable[[int | None], None]) -> None:
        self.view = view
        self.context = context
        self.service = MeetingService(context.db)
        self.catalogue = MeetingCatalogue(context.db)
        self.general = GeneralPresenter(view.general, context, self.catalogue, self.edited)
        self.attendees = AttendeesPresenter(view.attendees, self.catalogue, self.edited)
        self.reports = ReportsPresenter(view.reports, self.catalogue, self.edited)
        self.conclusion = ConclusionPresenter(view.conclusion, context, self.catalogue)
        self.tasks = TasksPresenter(view.tasks, context)
        self.meeting_id: int | None = None
        self.last_error = ""
        self._saved_state: tuple = ()
        self._opened: tuple[tuple, MeetingInput] | None = None  # form and record as opened ("Hoàn tác thay đổi")
        self._unannounced = False  # autosaved since Topic.MEETINGS was last announced
        self._loading = False
        self._closed = closed
        self.autosave = Autosave(view, self.autosave_now)
        view.general.date_field.changed.connect(self.date_changed)
        view.save_action.triggered.connect(self.save)
        view.save_button.clicked.connect(self.save)
        view.back_button.clicked.connect(self.back)
        view.revert_button.clicked.connect(self.revert)
        view.notice_button.clicked.connect(self.draft_notice)

    # -- loading ------------------------------------------------------------------------------------------------
    def load(self, meeting_id: int | None) -> None:
        """Show a stored meeting, or an empty form for a new one (None)."""
        self.autosave.stop()
        data = self.service.get(meeting_id) if meeting_id is not None else MeetingInput(date=None, title="")
        self.meeting_id = meeting_id
        self.catalogue.reload(data.date)
        self._loading = True
        try:
            self.general.fill(data)
            self.attendees.fill(data.attendees)
            self.reports.fill(data.reports)
        finally:
            self._loading = False
        self.conclusion.load(meeting_id, data.date)
        self.tasks.load(meeting_id, data.date)
        self._saved_state = self.snapshot()
        self._opened = (self._saved_state, data) if meeting_id is not None else None
        if meeting_id is None:
            self.view.state_label.new_record()
        else:
            self.view.state_label.clear_state()
        self.clear_error()
        self.view.tabs.setCurrentIndex(GENERAL)
        self.refresh_state()
        if meeting_id is None:
            self.view.general.date_field.setFocus()

    def snapshot(self) -> tuple:
        return self.general.snapshot(), self.attendees.snapshot(), self.reports.snapshot()

    def is_dirty(self) -> bool:
        return self.snapshot() != self._saved_state

    def changed_since_opened(self) -> bool:
        return self._opened is not None and self.snapshot() != self._opened[0]

    def read(self) -> MeetingInput:
        """The meeting as the form holds it; raises ValidationError when the date is not a real date."""
        data = MeetingInput(date=None, title="")
        self.general.read(data)
        data.attendees = self.attendees.attendees()
        data.reports = self.reports.reports()
        return data

    # -- commands -----------------------------------------------------------------------------------------------
    def edited(self) -> None:
        """Any edit of the form: show "Đang sửa…" and save a stored meeting once typing pauses."""
        self.refresh_state()
        if self._loading or not self.is_dirty():
            return
        if self.meeting_id is None:
            self.view.state_label.new_record()
        else:
            self.view.state_label.editing()
            self.autosave.schedule()

    def autosave_now(self) -> None:
        if self.meeting_id is not None and self.is_dirty():
            self._save_form(announce=False)

    def save(self) -> bool:
        """Ctrl+S: store the meeting (a new one is created) and the conclusion's pending edits."""
        if (self.meeting_id is None or self.is_dirty()) and not self._save_form():
            return False
        self._announce()
        return self.conclusion.save_now()

    def leave(self) -> bool:
        """Save before the meeting is left; when that fails, ask whether to drop the edits. False: stay."""
        self.autosave.stop()
        if not self.conclusion.save_now():
            return False
        if not self.is_dirty() or self._save_form():
            self._announce()
            return True
        question = f"{self.last_error}\n\nChưa lưu được các thay đổi của cuộc họp. Bỏ các thay đổi này?"
        if not self.context.prompter.confirm("Chưa lưu được cuộc họp", question, yes="Bỏ thay đổi",
                                             no="Ở lại để sửa"):
            return False
        self._discard()
        self._announce()
        return True

    def back(self) -> None:
        if self.leave():
            self._closed(self.meeting_id)

    def revert(self) -> None:
        """"Hoàn tác thay đổi": store the meeting as it was when opened again (general information, attendees,
        reports, autosaves included; the conclusion has its own Ctrl+Z); a new meeting is abandoned."""
        if self.meeting_id is None:
            if not self.is_dirty() or self.context.prompter.confirm(
                    "Hoàn tác thay đổi", "Bỏ cuộc họp mới này?", yes="Bỏ cuộc họp", no="Không"):
                self._discard()
                self._closed(None)
            return
        if self._opened is None or not self.changed_since_opened() or not self.context.prompter.confirm(
            "Hoàn tác thay đổi", "Trả cuộc họp về như lúc mở (thông tin chung, thành phần dự, báo cáo)? Mọi thay "
            "đổi từ lúc đó, kể cả đã tự lưu, sẽ bị bỏ.", yes="Hoàn tác", no="Không",
        ):
            return
        self.autosave.stop()
        self.conclusion.save_now()
        opened = self._opened
        try:
            self.service.update(self.meeting_id, opened[1])
        except CchcError as error:
            self.context.prompter.error("Không hoàn tác được", str(error))
            return
        self._discard()
        self._opened = opened  # "as opened" stays the first opening
        self._unannounced = True
        self._announce()
        self.context.signals.status_message.emit("Đã trả cuộc họp về như lúc mở.")

    def draft_notice(self) -> int | None:
        """Save the meeting, draft its notice of conclusions and open it on the notices page; the notice's id."""
        if not self.save() or self.meeting_id is None:
            return None
        notice_id = notice_links.draft_notice_for_meeting(self.context, self.view, self.meeting_id)
        if notice_id is not None and not notice_links.show_notice(self.view, notice_id):
            self.context.signals.status_message.emit(notice_links.DRAFTED_ELSEWHERE)
        return notice_id

    def date_changed(self) -> None:
        """Positions shown for people are those held on the meeting date."""
        date = self.general.meeting_date()
        if date is not None and date != self.catalogue.on:
            self.catalogue.reload_people(date)
            self.general.refill_people()
            self.attendees.refill_catalogue()

    def external_change(self, changed: frozenset[Topic]) -> None:
        """Another part of the window changed stored records (``changed``): refresh what this editor shows."""
        if Topic.TASKS in changed:
            self.tasks.reload()
        if changed & {Topic.PEOPLE, Topic.AGENCIES}:
            self.catalogue.reload(self.general.meeting_date())
            self.general.refill_people()
            self.attendees.refill_catalogue()
            self.reports.refill_catalogue()
        self.refresh_state()

    # -- state and errors ---------------------------------------------------------------------------------------
    def refresh_state(self) -> None:
        view = self.view
        view.revert_button.setEnabled(self.changed_since_opened() or self.meeting_id is None)
        title = view.general.title_edit.text() or NEW_MEETING
        date = self.general.meeting_date()
        view.set_heading(f"{format_date(date)} · {title}" if date else title)
        view.set_tab_count(ATTENDEES, "Thành phần dự", self.attendees.model.rowCount())
        view.set_tab_count(REPORTS, "Báo cáo", self.reports.model.rowCount())
        view.set_tab_count(TASKS, "Nhiệm vụ", self.tasks.count())

    def show_error(self, error: CchcError, focus: bool = True) -> None:
        """Show the message in red above the tabs and (``focus``) put the cursor in the field it names."""
        self.last_error = str(error)
        show_message(self.view.error_label, self.last_error)
        place = self._field_place(error_field(error))
        if place is not None and focus:
            tab, widget = place
            self.view.tabs.setCurrentIndex(tab)
            focus_field(widget)

    def clear_error(self) -> None:
        self.last_error = ""
        self.view.error_label.hide()

    # -- helpers ------------------------------------------------------------------------------------------------
    def _save_form(self, announce: bool = True) -> bool:
        """Store the form; ``announce`` False (an autosave) leaves telling the other pages to :meth:`_announce`."""
        self.autosave.stop()
        try:
            data = self.read()
            created = self.meeting_id is None
            if self.meeting_id is None:
                self.meeting_id = self.service.create(data)
            else:
                self.service.update(self.meeting_id, data)
        except CchcError as error:
            self.show_error(error, focus=announce)  # an autosave leaves the cursor where the clerk types
            self.view.state_label.failed(str(error))
            return False
        self._saved_state = self.snapshot()
        self.view.state_label.saved()
        self.clear_error()
        if created:
            self.conclusion.load(self.meeting_id, data.date)
            self.tasks.load(self.meeting_id, data.date)
        else:
            self.conclusion.meeting_date = self.tasks.meeting_date = data.date
        self.refresh_state()
        self._unannounced = True
        if announce or created:  # a new meeting shows in the list at once
            self._announce()
            self.context.signals.status_message.emit(f"Đã lưu cuộc họp ngày {format_date(data.date)}.")
        return True

    def _announce(self) -> None:
        """Tell the other pages (``Topic.MEETINGS``) once about the saves not announced yet."""
        if self._unannounced:
            self._unannounced = False
            self.context.signals.announce(Topic.MEETINGS)

    def _discard(self) -> None:
        self.load(self.meeting_id)

    def _field_place(self, field: str) -> tuple[int, QWidget] | None:
        if field in self.view.general.fields:
            return GENERAL, self.view.general.fields[field]
        return {"Thành phần dự": (ATTENDEES, self.view.attendees.table),
                "Báo cáo": (REPORTS, self.view.reports.table)}.get(field)
