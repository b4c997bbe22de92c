"""Filling the notice editor's widgets from a :class:`NoticeInput` and reading them back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from ....core.errors import ValidationError
from ....core.formats import BLANK_DAY, PartialDate, notice_date_line
from ....core.notice_builder import NoticeInput, notice_reference, notice_symbol
from ....core.services.issuing_bodies import IssuingBodyRow
from ....core.text import fold
from .catalogue import NoticeCatalogue
from .editor_view import ATTACHMENTS, RECIPIENTS, NoticeEditorView

SHOWN_BLANK = "…"


def new_notice(catalogue: NoticeCatalogue, body: IssuingBodyRow, today: dt.date) -> NoticeInput:
    """An empty draft with the issuing body's defaults: place, this month, signature, archive line."""
    return NoticeInput(
        issuing_body_id=body.id, summary="", place=body.place, date=PartialDate(today.year, today.month),
        blocks=[], signing_authority=body.signing_authority, signer_title=body.signer_title,
        signer_id=body.default_signer_id, signer_name=body.default_signer, recipients=[],
        archive_line=catalogue.default_archive(body),
    )


class FormPresenter:
    """The widgets of every tab except the preview; :meth:`body_changed` applies the issuing body's defaults."""

    def __init__(self, view: NoticeEditorView, catalogue: NoticeCatalogue) -> None:
        self.view = view
        self.catalogue = catalogue
        self.number: int | None = None
        self.meeting_id: int | None = None
        self._body_id: int | None = None
        general = view.general
        general.body_combo.currentIndexChanged.connect(self.body_changed)
        general.place_edit.textChanged.connect(self.refresh_date_line)
        for spin in (general.day_spin, general.month_spin, general.year_spin):
            spin.valueChanged.connect(self.refresh_date_line)
        view.recipients.changed.connect(self.refresh_counts)
        view.attachments.changed.connect(self.refresh_counts)

    # -- filling ------------------------------------------------------------------------------------------------
    def fill(self, data: NoticeInput, number: int | None) -> None:
        general = self.view.general
        self.number, self.meeting_id = number, data.meeting_id
        self._body_id = None
        combo = general.body_combo
        combo.blockSignals(True)
        combo.clear()
        active = {b.id for b in self.catalogue.active_bodies()}
        for body in self.catalogue.bodies:
            if body.id in active or body.id == data.issuing_body_id:
                combo.addItem(f"{body.name} ({notice_symbol(body.symbol)})", body.id)
        combo.setCurrentIndex(combo.findData(data.issuing_body_id))
        combo.blockSignals(False)
        self._body_id = data.issuing_body_id
        general.summary_edit.setPlainText(data.summary)
        general.place_edit.setText(data.place)
        general.year_spin.setValue(data.date.year or dt.date.today().year)
        general.month_spin.setValue(data.date.month or 0)
        general.day_spin.setValue(data.date.day or 0)
        general.authority_edit.setText(data.signing_authority)
        general.signer_title_edit.setText(data.signer_title)
        self._fill_signers(data.signer_id, data.signer_name)
        self.view.body.set_blocks(data.blocks)
        self.view.recipients.set_lines(data.recipients, data.archive_line)
        self.view.attachments.set_attachments(data.attachments)
        self.refresh_reference()
        self.refresh_date_line()
        self.refresh_counts()

    def _fill_signers(self, signer_id: int | None, name: str) -> None:
        combo = self.view.general.signer_combo
        combo.blockSignals(True)
        combo.clear()
        for person in self.catalogue.people:
            combo.addItem(person.full_name, person.id)
            combo.setItemData(combo.count() - 1, person.label, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(signer_id) if signer_id is not None else -1
        combo.setCurrentIndex(index)
        if index < 0:
            combo.setEditText(name)
        combo.blockSignals(False)

    def refill_people(self) -> None:
        """Another page changed the people: offer the new list, keeping what is typed."""
        signer_id, name = self._signer()
        self._fill_signers(signer_id, name)

    # -- reading ------------------------------------------------------------------------------------------------
    def read(self) -> NoticeInput:
        """The notice as the widgets hold it; raises ValidationError when the date is not a real date."""
        general = self.view.general
        signer_id, signer_name = self._signer()
        return NoticeInput(
            issuing_body_id=general.body_combo.currentData(),
            summary=general.summary_edit.toPlainText(),
            place=general.place_edit.text(),
            date=self.partial_date(),
            blocks=self.view.body.blocks(),
            signing_authority=general.authority_edit.text(),
            signer_title=general.signer_title_edit.text(),
            signer_id=signer_id,
            signer_name=signer_name,
            recipients=self.view.recipients.lines(),
            archive_line=self.view.recipients.archive_line(),
            attachments=self.view.attachments.attachments(),
            meeting_id=self.meeting_id,
        )

    def partial_date(self) -> PartialDate:
        general = self.view.general
        return PartialDate(general.year_spin.value(), general.month_spin.value() or None,
                           general.day_spin.value() or None)

    def _signer(self) -> tuple[int | None, str]:
        combo = self.view.general.signer_combo
        name = " ".join(combo.currentText().split())
        index = combo.currentIndex()
        if index >= 0 and combo.itemText(index) == name:
            return combo.itemData(index), name
        matches = [r for r in range(combo.count()) if fold(combo.itemText(r)) == fold(name)] if name else []
        return (combo.itemData(matches[0]), combo.itemText(matches[0])) if len(matches) == 1 else (None, name)

    # -- reactions ----------------------------------------------------------------------------------------------
    def body_changed(self) -> None:
        """Another issuing body: its symbol, and its default place, signature and archive line."""
        general = self.view.general
        old = self.catalogue.body(self._body_id)
        new = self.catalogue.body(general.body_combo.currentData())
        self._body_id = new.id if new else None
        if new is None:
            return
        if old is None or general.place_edit.text().strip() in ("", old.place):
            general.place_edit.setText(new.place)
        general.authority_edit.setText(new.signing_authority)
        general.signer_title_edit.setText(new.signer_title)
        self._fill_signers(new.default_signer_id, new.default_signer)
        recipients = self.view.recipients
        if old is None or recipients.archive_line().strip() in ("", self.catalogue.default_archive(old)):
            recipients.archive_edit.setText(self.catalogue.default_archive(new))
        self.refresh_reference()
        self.view.changed.emit()

    def refresh_reference(self) -> None:
        body = self.catalogue.body(self.view.general.body_combo.currentData())
        symbol = notice_symbol(body.symbol) if body else ""
        text = notice_reference(self.number, symbol)
        suffix = "" if self.number is not None else "   (số được cấp khi ban hành)"
        self.view.general.reference_label.setText(f"{text}{suffix}")

    def refresh_date_line(self) -> None:
        general = self.view.general
        place = general.place_edit.text().strip() or "…"
        try:
            line = notice_date_line(place, self.partial_date())
        except ValidationError:  # an impossible day is reported when saving; show the parts as typed
            line = f"{place}, ngày {general.day_spin.value()} tháng {general.month_spin.value()} năm …"
        general.date_line.setText(line.replace(f" {BLANK_DAY} ", f" {SHOWN_BLANK} "))

    def refresh_counts(self) -> None:
        self.view.set_tab_count(RECIPIENTS, "Nơi nhận", len(self.view.recipients.lines()))
        self.view.set_tab_count(ATTACHMENTS, "Phụ lục", self.view.attachments.count())
