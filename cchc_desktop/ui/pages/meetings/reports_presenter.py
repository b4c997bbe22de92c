"""Behaviour of the "Báo cáo" tab: add, edit, reorder and remove the reports heard."""

from __future__ import annotations

from collections.abc import Callable

from ....core.services.meetings import ReportInput
from ...models.meeting_report_model import ReportsModel
from .catalogue import MeetingCatalogue
from .delegates import AgencyDelegate
from .reports_view import ReportsTab
from .row_commands import RowCommands


class ReportsPresenter:
    """Owns the reports model; ``changed`` is called after any edit."""

    def __init__(self, view: ReportsTab, catalogue: MeetingCatalogue, changed: Callable[[], None]) -> None:
        self.view = view
        self.catalogue = catalogue
        self.model = ReportsModel(view)
        self.model.agency_name = catalogue.agency_name
        view.table.setModel(self.model)
        view.set_model_widths()
        view.table.setItemDelegateForColumn(ReportsModel.AGENCY, AgencyDelegate(catalogue.agencies, view.table))
        self.rows = RowCommands(view.table, self.model, view.row_buttons)
        view.add_button.clicked.connect(self.add)
        view.subject_edit.returnPressed.connect(self.add)
        self.model.rows_changed.connect(changed)

    def fill(self, reports: list[ReportInput]) -> None:
        self.refill_catalogue()
        self.model.set_rows(reports)
        self.view.add_error.hide()

    def refill_catalogue(self) -> None:
        combo = self.view.agency_combo
        combo.set_agencies(self.catalogue.agencies(), combo.agency_id())
        self.model.refresh()

    def reports(self) -> list[ReportInput]:
        return self.model.rows()

    def snapshot(self) -> tuple:
        return tuple((r.presenter, r.presenter_agency_id, r.subject) for r in self.model.rows())

    def add(self) -> None:
        """Add the report typed below the table; the presenter defaults to "Lãnh đạo <cơ quan>"."""
        view = self.view
        agency_id = view.agency_combo.agency_id()
        presenter = " ".join(view.presenter_edit.text().split())
        subject = " ".join(view.subject_edit.text().split())
        if not presenter and agency_id is not None:
            presenter = f"Lãnh đạo {self.catalogue.agency_name(agency_id)}"
        problem = (
            (view.presenter_edit, "Hãy ghi người trình bày hoặc chọn cơ quan trình bày.") if not presenter
            else (view.subject_edit, "Hãy ghi nội dung báo cáo.") if not subject else None
        )
        if problem is not None:
            view.add_error.setText(problem[1])
            view.add_error.show()
            problem[0].setFocus()
            return
        self.rows.select(self.model.append(ReportInput(presenter, subject, agency_id)))
        view.add_error.hide()
        view.presenter_edit.clear()
        view.subject_edit.clear()
        view.agency_combo.set_agency_id(None)
