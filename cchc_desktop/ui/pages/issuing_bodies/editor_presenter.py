"""Behaviour of the issuing body editor: opening a body, the live preview, saving, leaving, adding a signer.

The shared editing model (:mod:`cchc_desktop.ui.widgets.save_state`): a stored body saves itself two seconds after
typing stops, and on :meth:`BodyEditorPresenter.save` (the Lưu button, Ctrl+S, Enter in the name, leaving the body
or the page); a new body is stored by Lưu or on leaving. A refused save shows the reason in red and puts the cursor
in the field it names; leaving then asks whether to drop the edits, so they are never lost without the user saying
so. "Hoàn tác thay đổi" stores the body as it was when opened again. Autosaves announce nothing; the next explicit
save, or leaving the body, announces ``Topic.ISSUING_BODIES`` once.
"""

from __future__ import annotations

from dataclasses import astuple

from PySide6.QtCore import QObject, Signal

from ....core.errors import CchcError, NotFoundError
from ....core.notice_builder import notice_symbol
from ....core.services.agencies import AgencyRow, AgencyService
from ....core.services.issuing_bodies import IssuingBodyInput, IssuingBodyService, clean_symbol, split_lines
from ....core.services.people import PeopleService
from ....core.services.settings import OWN_PROVINCE, SettingsService
from ...context import AppContext
from ...dialogs.person_dialog import PersonDialog
from ...topics import Topic
from ...widgets.agency_picker import ID_ROLE
from ...widgets.field_errors import error_field, focus_field
from ...widgets.save_state import Autosave
from .editor_view import BodyEditorView
from .preview import BodyPreview, preview_html

EMPTY = IssuingBodyInput(name="", body_lines="", symbol="", place="")


class BodyEditorPresenter(QObject):
    """Edits one body at a time: a stored one (``body_id``) or a new one (``body_id`` None while open)."""

    saved = Signal(int, str)
    """A body was stored (explicitly, or autosaved and now left): its id and a status message."""

    def __init__(self, view: BodyEditorView, context: AppContext) -> None:
        super().__init__(view)
        self.view = view
        self.context = context
        self.service = IssuingBodyService(context.db)
        self.body_id: int | None = None
        self.active = True
        self.is_open = False
        self.last_error = ""
        self._loaded: tuple = astuple(EMPTY)
        self._filling = False
        self._agencies: dict[int, AgencyRow] = {}
        self._people: dict[int, str] = {}
        self._opened: tuple[int, IssuingBodyInput] | None = None  # the stored body as opened ("Hoàn tác")
        self._unannounced = False  # autosaved since ``saved`` was last emitted
        self.autosave = Autosave(self, self.autosave_now)

    # -- opening -------------------------------------------------------------------------------------------------
    def open_body(self, body_id: int, active: bool = True) -> None:
        try:
            data = self.service.get(body_id)
        except NotFoundError:
            self.close()
            return
        self.active = active
        if self._opened is None or self._opened[0] != body_id:
            self._opened = (body_id, data)
        self._load(body_id, data)

    def start_new(self) -> None:
        place = SettingsService(self.context.db).get(OWN_PROVINCE) or ""
        self.active = True
        self._opened = None
        self._load(None, IssuingBodyInput(name="", body_lines="", symbol="", place=place))
        self.view.name_edit.setFocus()

    def close(self) -> None:
        """Nothing is being edited (no body selected)."""
        self._opened = None
        self._load(None, EMPTY)
        self.is_open = False
        self.refresh_state()
        self._show_opened_state()

    def set_active(self, active: bool) -> None:
        """The open body was stopped or taken back into use."""
        self.active = active
        self.refresh_state()
        if not self.is_dirty():
            self._show_opened_state()

    def reload_people(self) -> None:
        self._fill_people(self.view.signer_combo.person_id())
        self.refresh_state()

    def reload_agencies(self) -> None:
        self._fill_agencies(self.view.agency_combo.agency_id())
        self.refresh_state()

    def _fill_people(self, chosen: int | None) -> None:
        """Active people, and ``chosen`` even when no longer active (a stored choice stays readable)."""
        rows = [p for p in PeopleService(self.context.db).list(include_inactive=True) if p.active or p.id == chosen]
        self._people = {row.id: row.full_name for row in rows}
        self._filling = True
        try:
            self.view.signer_combo.set_people(rows, chosen)
        finally:
            self._filling = False

    def _fill_agencies(self, chosen: int | None) -> None:
        rows = AgencyService(self.context.db).list()
        self._agencies = {row.id: row for row in rows}
        self._filling = True
        try:
            self.view.agency_combo.set_agencies(rows, chosen)
        finally:
            self._filling = False

    def _load(self, body_id: int | None, data: IssuingBodyInput) -> None:
        view = self.view
        self.autosave.stop()
        self.body_id = body_id
        self.is_open = True
        if data.default_signer_id is not None and view.signer_combo.findData(data.default_signer_id) < 0:
            self._fill_people(data.default_signer_id)
        if data.agency_id is not None and view.agency_combo.findData(data.agency_id, ID_ROLE) < 0:
            self._fill_agencies(data.agency_id)
        self._filling = True
        try:
            view.name_edit.setText(data.name)
            view.parent_edit.setText(data.parent_line)
            view.body_lines_edit.setPlainText(data.body_lines)
            view.symbol_edit.setText(data.symbol)
            view.place_edit.setText(data.place)
            view.authority_combo.setCurrentText(data.signing_authority)
            view.signer_title_edit.setText(data.signer_title)
            view.signer_combo.set_person_id(data.default_signer_id)
            view.archive_edit.setText(data.archive_unit)
            view.agency_combo.set_agency_id(data.agency_id)
        finally:
            self._filling = False
        self._loaded = self.snapshot()
        self._set_error("")
        self.refresh_state()
        self._show_opened_state()

    # -- state ---------------------------------------------------------------------------------------------------
    def read(self) -> IssuingBodyInput:
        view = self.view
        return IssuingBodyInput(
            name=view.name_edit.text().strip(), body_lines=view.body_lines_edit.toPlainText().strip(),
            symbol=view.symbol_edit.text().strip(), place=view.place_edit.text().strip(),
            parent_line=view.parent_edit.text().strip(), signing_authority=view.authority_combo.currentText().strip(),
            signer_title=view.signer_title_edit.text().strip(), default_signer_id=view.signer_combo.person_id(),
            archive_unit=view.archive_edit.text().strip(), agency_id=view.agency_combo.agency_id(),
        )

    def snapshot(self) -> tuple:
        return astuple(self.read())

    def is_dirty(self) -> bool:
        return self.is_open and (self.body_id is None or self.snapshot() != self._loaded)

    def edited(self) -> None:
        """A field changed: a shown error no longer applies; the preview follows."""
        if self._filling:
            return
        self._set_error("")
        self.refresh_state()
        if not self.is_dirty():
            return
        if self.body_id is None:
            self.view.state_label.new_record()
        else:
            self.view.state_label.editing()
            self.autosave.schedule()

    def changed_since_opened(self) -> bool:
        return (self.is_open and self._opened is not None and self._opened[0] == self.body_id
                and self.snapshot() != astuple(self._opened[1]))

    def refresh_state(self) -> None:
        view = self.view
        view.setEnabled(self.is_open)
        dirty = self.is_dirty()
        view.save_action.setEnabled(dirty)
        view.revert_action.setEnabled(self.changed_since_opened() or (self.is_open and self.body_id is None))
        data = self.read()
        symbol = clean_symbol(data.symbol)
        automatic = f"“{notice_symbol('')}” được thêm tự động"
        view.symbol_note.setText(f"→ {notice_symbol(symbol)}" if symbol else automatic)
        view.preview.setHtml(preview_html(self.preview_data(data)))

    def preview_data(self, data: IssuingBodyInput) -> BodyPreview:
        agency = self._agencies.get(data.agency_id) if data.agency_id is not None else None
        issuer = (agency.short_name or agency.name) if agency is not None else " ".join(data.name.split())
        return BodyPreview(
            parent_line=" ".join(data.parent_line.split()), body_lines=split_lines(data.body_lines),
            symbol=clean_symbol(data.symbol), place=" ".join(data.place.split()),
            authority_lines=split_lines(data.signing_authority) + split_lines(data.signer_title),
            signer_name=self._people.get(data.default_signer_id, "") if data.default_signer_id else "",
            archive_unit=" ".join(data.archive_unit.split()), issuer=issuer,
        )

    def _show_opened_state(self) -> None:
        label = self.view.state_label
        if not self.is_open:
            label.note("Chọn một cơ quan ở danh sách bên trái hoặc bấm “Thêm”.")
        elif self.body_id is None:
            label.new_record()
        elif not self.active:
            label.note("Đang ngừng dùng nên không được chọn khi soạn thông báo mới.")
        else:
            label.clear_state()

    # -- saving --------------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Store the body; False (and the reason in red) when the service refuses it."""
        if not self.is_open:
            return True
        body_id = self._store()
        if body_id is None:
            return False
        stored = self.service.get(body_id)
        if self._opened is None:  # a new body: "as opened" is as first stored
            self._opened = (body_id, stored)
        self._load(body_id, stored)
        self.view.state_label.saved()
        self._announce_saved()
        return True

    def autosave_now(self) -> None:
        """Store a stored body's edits without touching the form (the cursor stays where the clerk types)."""
        if self.is_open and self.body_id is not None and self.is_dirty() and self._store(focus=False) is not None:
            self._loaded = self.snapshot()
            self._unannounced = True
            self.refresh_state()
            self.view.state_label.saved()

    def _store(self, focus: bool = True) -> int | None:
        """Save the body as the form holds it; on a refusal the reason is shown (``focus``: in the field)."""
        self.autosave.stop()
        try:
            body_id = self.service.save(self.read(), self.body_id)
        except CchcError as error:
            self._set_error(str(error))
            self.view.state_label.failed(str(error))
            widget = self.view.fields.get(error_field(error))
            if widget is not None and focus:
                focus_field(widget)
            return None
        return body_id

    def _announce_saved(self) -> None:
        """``saved`` once for the stored body and the autosaves not announced yet (the page tells the others)."""
        self._unannounced = False
        if self.body_id is not None:
            stored = self.service.get(self.body_id)
            self.saved.emit(self.body_id,
                            f"Đã lưu cơ quan ban hành “{stored.name}” ({notice_symbol(stored.symbol)}).")

    def leave(self) -> bool:
        """Save before the body is left; when that fails, ask whether to drop the edits. False: stay."""
        self.autosave.stop()
        if not self.is_dirty() or self.save():
            if self._unannounced:
                self._announce_saved()
            return True
        question = f"{self.last_error}\n\nChưa lưu được cơ quan ban hành. Bỏ các thay đổi này?"
        if not self.context.prompter.confirm("Chưa lưu được cơ quan ban hành", question, yes="Bỏ thay đổi",
                                             no="Ở lại để sửa"):
            return False
        self._discard()
        if self._unannounced:
            self._announce_saved()
        return True

    def _discard(self) -> None:
        """Drop unsaved edits: a stored body is read again, a new one is abandoned."""
        if self.body_id is None:
            self.close()
        else:
            self.open_body(self.body_id, self.active)

    def revert(self) -> None:
        """"Hoàn tác thay đổi": store the body as it was when opened again (autosaves included), after asking; a new
        body is abandoned."""
        if self.body_id is None:
            self._discard()
            return
        if not self.changed_since_opened() or self._opened is None or not self.context.prompter.confirm(
            "Hoàn tác thay đổi", "Trả cơ quan ban hành về như lúc mở? Mọi thay đổi từ lúc đó (kể cả đã tự lưu) sẽ "
            "bị bỏ.", yes="Hoàn tác", no="Không",
        ):
            return
        self.autosave.stop()
        try:
            self.service.save(self._opened[1], self.body_id)
        except CchcError as error:
            self.context.prompter.error("Không hoàn tác được", str(error))
            return
        self._discard()
        self._announce_saved()

    # -- people --------------------------------------------------------------------------------------------------
    def add_person(self) -> PersonDialog:
        """Open the "Thêm người" dialog; the person saved becomes the default signer."""
        dialog = PersonDialog(self._create_person, AgencyService(self.context.db).list(), self.view)
        dialog.saved.connect(self._person_added)
        dialog.open()
        return dialog

    def _create_person(self, full_name: str, title: str, agency_id: int | None) -> int:
        return PeopleService(self.context.db).create(full_name, title, agency_id)

    def _person_added(self, person_id: int) -> None:
        self.reload_people()
        self.view.signer_combo.set_person_id(person_id)
        self.context.signals.announce(Topic.PEOPLE)
        self.context.signals.status_message.emit(f"Đã thêm “{self._people.get(person_id, '')}”.")

    def _set_error(self, text: str) -> None:
        self.last_error = text
        self.view.show_error(text)
