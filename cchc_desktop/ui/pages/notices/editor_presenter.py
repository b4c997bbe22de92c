"""Behaviour of the notice editor: load, autosave, leave without losing edits, issue, preview, print, files.

A draft saves itself two seconds after typing stops, on Ctrl+S and whenever it is left (back to the list,
another page, closing the window), so a clerk never loses work by forgetting to press Lưu. An autosave tells the
other pages nothing (it fires every pause in typing); the next explicit save, or leaving the notice, announces
``Topic.NOTICES`` once for all of them. When the notice cannot
be saved (an empty summary, an impossible date…) the message is shown in red above the form, the field it names
gets the focus, nothing is stored, and leaving asks whether to drop the edits or stay. Issued notices open
read-only: the register's archived PDF is what is shown, printed and saved.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from ....core.enums import DocumentStatus
from ....core.errors import CchcError, NotFoundError, ValidationError
from ....core.notice_builder import TYPE_CODE, NoticeInput, notice_file_stem, notice_reference, notice_symbol
from ....core.services.notices import DocumentKind, NoticeFile, NoticeRow, NoticeService
from ....documents.glyph_check import glyph_warning
from ...context import AppContext
from ...dialogs.agency_chooser import RESPONSIBILITY_PROMPT, choose_agency_name
from ...dialogs.notice_from_meeting import NO_ISSUING_BODY
from ...dialogs.notice_pickers import choose_group
from ...topics import Topic
from ...widgets.field_errors import error_field, focus_field, show_message
from ...widgets.save_state import AUTOSAVE_DELAY_MS, autosave_slot
from .catalogue import NoticeCatalogue
from .commands import NoticeCommands
from .document_actions import DocumentActions
from .editor_view import BODY, GENERAL, RECIPIENTS, NoticeEditorView
from .form_presenter import FormPresenter, new_notice
from .preview_presenter import PreviewPresenter
from .widgets import INVALID_STYLE

_FIELD_TABS = {"Nơi nhận": RECIPIENTS, "Nội dung": BODY}


def fingerprint(data: NoticeInput) -> Any:
    """What a save would store, without the block ids a save hands out (so a saved form is not "dirty")."""
    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return tuple((k, strip(v)) for k, v in value.items() if k != "id")
        if isinstance(value, list | tuple):
            return tuple(strip(v) for v in value)
        return value

    return strip(dataclasses.asdict(data))


class NoticeEditorPresenter:
    """``closed(notice_id or None)`` is called when the clerk goes back to the list."""

    def __init__(self, view: NoticeEditorView, context: AppContext, closed: Callable[[int | None], None]) -> None:
        self.view = view
        self.context = context
        self.service = NoticeService(context.db)
        self.catalogue = NoticeCatalogue(context.db)
        self.form = FormPresenter(view, self.catalogue)
        self.preview = PreviewPresenter(view.preview, view)
        self.commands = NoticeCommands(context, view)
        self.documents = DocumentActions(context, view, self.preview, self.document_job, self.show_glyph_warning,
                                         self.file_stem)
        self.notice_id: int | None = None
        self.row: NoticeRow | None = None
        self.last_error = ""
        self._saved: Any = None
        self._opened: NoticeInput | None = None  # the stored notice as it was opened, for "Hoàn tác thay đổi"
        self._unannounced = False  # autosaved since data_changed was last emitted
        self._loading = False
        self._invalid: QWidget | None = None
        self._closed = closed
        self.autosave = QTimer(view)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_DELAY_MS)
        self.autosave.timeout.connect(autosave_slot(self.autosave, self.autosave_now))
        self.ask_group: Callable[[list, QWidget], int | None] = choose_group
        self.ask_agency: Callable[[list, str, QWidget], str | None] = choose_agency_name
        view.askers.group_lines = self._group_lines
        view.askers.recipient_agency = lambda: self.ask_agency(self.catalogue.agencies(), "Thêm nơi nhận:", view)
        view.askers.responsibility_agency = lambda: self.ask_agency(
            self.catalogue.agencies(), RESPONSIBILITY_PROMPT, view)
        view.changed.connect(self.edited)
        view.back_button.clicked.connect(self.back)
        view.save_action.triggered.connect(self.save)
        view.revert_action.triggered.connect(self.revert)
        view.issue_action.triggered.connect(self.issue)
        view.new_version_action.triggered.connect(self.new_version)
        view.print_action.triggered.connect(self.documents.print_notice)
        view.pdf_action.triggered.connect(self.documents.save_pdf)
        view.docx_action.triggered.connect(self.documents.save_docx)

    # -- loading ------------------------------------------------------------------------------------------------
    def load(self, notice_id: int | None) -> None:
        """Show a stored notice, or a new draft with the first issuing body's defaults (None)."""
        self.autosave.stop()
        self.catalogue.reload()
        self.row = self._row(notice_id)
        self.notice_id = self.row.id if self.row else None
        if self.row is not None:
            data = self.service.get(self.row.id)
        else:
            bodies = self.catalogue.active_bodies()
            if not bodies:
                raise CchcError(NO_ISSUING_BODY)
            data = new_notice(self.catalogue, bodies[0], dt.date.today())
        self._loading = True
        try:
            self.form.fill(data, self.row.number if self.row else None)
        finally:
            self._loading = False
        self._saved = fingerprint(data)
        self._opened = data if self.row is not None else None
        self.clear_error()
        read_only = self.read_only()
        self.view.set_read_only(read_only)
        self.view.tabs.setCurrentIndex(GENERAL)
        self.preview.set_source(self.pdf_bytes)
        self.preview.refresh_now()
        self.view.preview.scroll_to_top()
        if self.row is None:
            self.view.state_label.new_record()
        else:
            self.view.state_label.clear_state()
        self.refresh_state()
        if self.row is None:
            self.view.general.summary_edit.setFocus()

    def _row(self, notice_id: int | None) -> NoticeRow | None:
        """The stored notice's row; None for a new notice (or one deleted meanwhile, opened as a new one)."""
        try:
            return self.service.row(notice_id) if notice_id else None
        except NotFoundError:
            return None

    def read_only(self) -> bool:
        return self.row is not None and self.row.status != DocumentStatus.DRAFT

    def is_dirty(self) -> bool:
        """Edits not stored yet; a new notice counts once something of its own has been written."""
        if self.read_only():
            return False
        try:
            data = self.form.read()
        except ValidationError:
            return True
        if self.notice_id is None:
            return bool(data.summary.strip() or data.blocks or data.recipients or data.attachments)
        return fingerprint(data) != self._saved

    # -- editing and saving -------------------------------------------------------------------------------------
    def edited(self) -> None:
        if self._loading or self.read_only():
            return
        self.preview.schedule()
        if self.notice_id is not None:  # a new notice is created by Ctrl+S or on leaving, once it is valid
            self.autosave.start()
        if self.notice_id is not None:
            self.view.state_label.editing()
        else:
            self.view.state_label.new_record()
        self.refresh_state()

    def autosave_now(self) -> None:
        if self.is_dirty():
            self._store(announce=False)

    def save(self) -> bool:
        """Store the draft (a new one is created); False, with the reason shown, when it cannot be stored."""
        return self._store(announce=True)

    def _store(self, announce: bool) -> bool:
        """``announce`` False (autosave) leaves telling the other pages to :meth:`announce_saved`."""
        self.autosave.stop()
        if self.read_only():
            return True
        try:
            data = self.form.read()
            state = fingerprint(data)
            if self.notice_id is None:
                self.notice_id = self.service.create(data)
            else:
                self.service.update(self.notice_id, data)
        except CchcError as error:
            self.show_error(error, focus=announce)  # an autosave leaves the cursor where the clerk types
            self.view.state_label.failed(str(error))
            return False
        self._saved = state
        self.row = self._row(self.notice_id) or self.row
        self.clear_error()
        self.view.state_label.saved()
        self.refresh_state()
        self._unannounced = True
        if announce:
            self.announce_saved()
        return True

    def announce_saved(self) -> None:
        """Tell the other pages (``Topic.NOTICES``) once about the saves not announced yet."""
        if self._unannounced:
            self._unannounced = False
            self.context.signals.announce(Topic.NOTICES)

    def leave(self) -> bool:
        """Save before the notice is left; when that fails, ask whether to drop the edits. False: stay."""
        self.autosave.stop()
        if not self.is_dirty() or self.save():
            self.announce_saved()
            return True
        question = f"{self.last_error}\n\nChưa lưu được các thay đổi của thông báo. Bỏ các thay đổi này?"
        if not self.context.prompter.confirm("Chưa lưu được thông báo", question, yes="Bỏ thay đổi",
                                             no="Ở lại để sửa"):
            return False
        self.load(self.notice_id)
        self.announce_saved()
        return True

    def back(self) -> None:
        if self.leave():
            self._closed(self.notice_id)

    def changed_since_opened(self) -> bool:
        """The form differs from the notice as it was opened (edited, saved or not)."""
        if self._opened is None or self.read_only():
            return False
        try:
            return fingerprint(self.form.read()) != fingerprint(self._opened)
        except ValidationError:
            return True

    def revert(self) -> bool:
        """"Hoàn tác thay đổi": store the notice as it was when opened again (autosaves included), after asking."""
        if self._opened is None or self.notice_id is None or not self.changed_since_opened():
            return False
        if not self.context.prompter.confirm(
            "Hoàn tác thay đổi", "Trả thông báo về như lúc mở? Mọi thay đổi từ lúc đó (kể cả đã tự lưu) sẽ bị bỏ.",
            yes="Hoàn tác", no="Không",
        ):
            return False
        self.autosave.stop()
        try:
            self.service.update(self.notice_id, self._opened)
        except CchcError as error:
            self.context.prompter.error("Không hoàn tác được", str(error))
            return False
        opened = self._opened
        self.load(self.notice_id)
        self._opened = opened  # "as opened" stays the first opening
        self._unannounced = True
        self.announce_saved()
        self.context.signals.status_message.emit("Đã trả thông báo về như lúc mở.")
        return True

    # -- commands -----------------------------------------------------------------------------------------------
    def issue(self) -> None:
        """Save pending edits, then give the number (see :meth:`NoticeCommands.issue`) and show it read-only."""
        if self.read_only():
            return
        if (self.notice_id is None or self.is_dirty()) and not self.save():
            return
        summary = self.view.general.summary_edit.toPlainText()
        if self.notice_id is not None and self.commands.issue(self.notice_id, summary):
            self.load(self.notice_id)

    def new_version(self) -> None:
        if self.notice_id is not None and self.read_only():
            new_id = self.commands.new_version(self.notice_id)
            if new_id is not None:
                self.load(new_id)

    def external_change(self, changed: frozenset[Topic]) -> None:
        """Another page changed stored records (``changed``): refresh the lists this editor offers."""
        if changed & {Topic.PEOPLE, Topic.ISSUING_BODIES, Topic.AGENCIES, Topic.SETTINGS}:
            self.catalogue.reload()
            self.form.refill_people()

    # -- documents ----------------------------------------------------------------------------------------------
    def document_file(self, kind: DocumentKind) -> NoticeFile:
        """The notice as a file: the service decides (issued: the register's archived PDF; a draft: rendered
        from the form as it is now, saved or not)."""
        return self.document_job(kind)()

    def document_job(self, kind: DocumentKind) -> Callable[[], NoticeFile]:
        """Making the file, to run off the GUI thread: the form is read now, on the GUI thread."""
        content = None if self.read_only() else self.form.read()
        service, notice_id = self.service, self.notice_id
        return lambda: service.document_file(notice_id, kind, content)

    def pdf_bytes(self) -> bytes:
        file = self.document_file("pdf")
        self.show_glyph_warning(glyph_warning(file.missing_glyphs))
        return file.data

    def show_glyph_warning(self, warning: str) -> None:
        """Above the preview: the characters that would print as blank boxes, and where they are."""
        self.view.glyph_label.setText(warning)
        self.view.glyph_label.setVisible(bool(warning))

    def docx_bytes(self) -> bytes:
        return self.document_file("docx").data

    def file_stem(self) -> str:
        body = self.catalogue.body(self.view.general.body_combo.currentData())
        symbol = notice_symbol(body.symbol) if body else TYPE_CODE
        return notice_file_stem(self.form.number, symbol, self.form.partial_date())

    # -- state and errors ---------------------------------------------------------------------------------------
    def refresh_state(self) -> None:
        view, row = self.view, self.row
        draft = not self.read_only()
        view.save_action.setEnabled(draft)
        view.revert_action.setEnabled(self.changed_since_opened())
        view.issue_action.setEnabled(draft)
        view.new_version_action.setEnabled(row is not None and row.status == DocumentStatus.ISSUED)
        if row is None:
            view.set_heading("Thông báo mới")
        else:
            version = f", phiên bản {row.version}" if row.version > 1 else ""
            view.set_heading(f"Thông báo {row.reference} · {row.status.label}{version}")
        if row is not None and not draft:
            reference = notice_reference(row.number, row.symbol)
            view.banner_label.setText(
                f"Thông báo đã ban hành số {reference} — chỉ xem, không sửa được. Muốn sửa, hãy tạo phiên bản mới "
                "(một dự thảo chép từ bản này)." if row.status == DocumentStatus.ISSUED
                else f"Thông báo đã ban hành số {reference} và đã được thay thế bằng phiên bản mới — chỉ xem, "
                     "không sửa được.")

    def show_error(self, error: CchcError, focus: bool = True) -> None:
        """Show the message in red above the form and (``focus``) put the cursor in the field it names."""
        self.clear_error()
        self.last_error = str(error)
        show_message(self.view.error_label, self.last_error)
        field = error_field(error)
        widget = self.view.general.fields.get(field)
        if widget is not None:
            widget.setStyleSheet(INVALID_STYLE)
            self._invalid = widget
            if focus:
                self.view.tabs.setCurrentIndex(GENERAL)
                focus_field(widget)
        elif field in _FIELD_TABS and focus:
            self.view.tabs.setCurrentIndex(_FIELD_TABS[field])

    def clear_error(self) -> None:
        self.last_error = ""
        self.view.error_label.hide()
        if self._invalid is not None:
            self._invalid.setStyleSheet("")
            self._invalid = None

    def _group_lines(self) -> list[str] | None:
        group_id = self.ask_group(self.catalogue.groups(), self.view)
        return self.catalogue.group_lines(group_id) if group_id is not None else None
