"""Behaviour of the analysis page: loading the chosen index and year into the tree, tables, text and scenario."""

from __future__ import annotations

import dataclasses
import datetime as dt

from ....core.body import Block
from ....core.errors import CchcError
from ....core.formats import format_number
from ....core.services.analysis import AnalysisService, NodeScore
from ....core.services.criteria import CriteriaService
from ....core.services.results import HistoryRow, ResultService
from ....core.services.scores import own_province_name
from ...context import AppContext
from ...index_catalogue import IndexInfo, index_catalogue
from ...models.analysis_scenario_model import ScenarioModel
from ...models.analysis_share_model import ShareTableModel
from ...models.analysis_tree_model import AnalysisTreeModel
from ...widgets.index_year_choice import IndexYearChoice
from .drafting import DraftPresenter
from .report_export import ReportExport
from .scenario import ScenarioPresenter
from .scores import ScoreEditing
from .view import AnalysisView

DEFAULT_INDEX = "PAR INDEX"
NO_TREE = "Chưa có chỉ số nào có bộ tiêu chí. Nhập bộ tiêu chí ở trang “Bộ tiêu chí”."


class AnalysisPresenter:
    """Owns the models; every figure comes from :class:`AnalysisService` and :class:`ResultService`."""

    def __init__(self, view: AnalysisView, context: AppContext) -> None:
        self.view = view
        self.context = context
        self.service = AnalysisService(context.db)
        self.results = ResultService(context.db)
        self.tree_model = AnalysisTreeModel(view)
        self.agency_model = ShareTableModel("Cơ quan chủ trì", view)
        self.field_model = ShareTableModel("Lĩnh vực", view)
        self.scenario_model = ScenarioModel(view)
        self.choice = IndexYearChoice(view.index_combo, view.year_combo, self.chosen)
        self.detail: list[NodeScore] = []
        self.loaded: tuple[str, int] | None = None
        self.scores = ScoreEditing(context, self.tree_model, view.criteria_tab.totals_label, view, self.load)
        self.draft = DraftPresenter(view.draft_tab.browser, view, context)
        self.scenario = ScenarioPresenter(self.scenario_model, view.scenario_tab.result_label, self.service,
                                          self.current)
        self.report = ReportExport(context, view)

    # -- choices ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the indexes again (those with a criteria tree) and reload the chosen one."""
        criteria = CriteriaService(self.context.db)
        published = [info for info in index_catalogue(self.context.db) if criteria.versions(info.code)]
        code = self.choice.code() or DEFAULT_INDEX
        # The first time, the latest year with a results table; afterwards the year the user chose.
        year = self.choice.year() or max(next((i.years for i in published if i.code == code), ()), default=None)
        self.choice.fill([with_scoring_years(info, criteria) for info in published], code, year)
        self.load()

    def chosen(self) -> None:
        """Another index or year: first the typed scores of the one shown are saved, dropped, or kept (the
        choice then goes back)."""
        if self.scores.leave():
            self.load()
        elif self.loaded is not None:
            self.choice.fill(self.choice.indexes, *self.loaded)

    def current(self) -> tuple[str, int] | None:
        code, year = self.choice.code(), self.choice.year()
        return (code, year) if code is not None and year is not None else None

    # -- loading ---------------------------------------------------------------------------------------------
    def load(self) -> None:
        current = self.current()
        message = ""
        self.detail = []
        self.loaded = current
        if current is None:
            code = self.choice.code()
            no_results = f"Chưa có kết quả {code} của năm nào; nhập bảng kết quả ở trang “Kết quả chỉ số”."
            message = no_results if self.choice.indexes else NO_TREE
        else:
            try:
                self.detail = self.service.detail(*current)
            except CchcError as error:
                message = str(error)
            if not message and not any(item.achieved is not None for item in self.detail):
                message = (f"Chưa có điểm chi tiết {current[0]} năm {current[1]} của tỉnh: gõ điểm vào cây tiêu chí "
                           "dưới đây, hoặc “Nhập điểm từ tệp…” (có thể “Tạo mẫu để điền điểm…” trước).")
        self.view.show_message(message)
        row = self._own_row(current)
        sheet = self.scores.sheet_for(current, row.score if row is not None else None) if self.detail else None
        self.tree_model.set_detail(self.detail, sheet)
        self.view.criteria_tab.tree.expandAll()
        self.agency_model.set_rows(self.service.lost_by_agency(self.detail))
        self.field_model.set_rows(self.service.lost_by_field(self.detail))
        self.scenario_model.set_detail(self.detail, current[1] if current else 0)
        self.scenario.clear()
        self.view.summary_label.setText(self._summary(current, row))
        self.draft.set_blocks(self._drafted(current), current[1] if current else 0)
        enabled = current is not None
        for widget in (self.view.report_button, self.view.draft_tab.copy_button, self.view.draft_tab.insert_button,
                       self.view.scenario_tab.compute_button):
            widget.setEnabled(enabled and (widget is self.view.report_button or bool(self.detail)))
        tab = self.view.criteria_tab
        for action in (tab.import_action, tab.template_action):
            action.setEnabled(sheet is not None)

    def _own_row(self, current: tuple[str, int] | None) -> HistoryRow | None:
        if current is None:
            return None
        try:
            province = own_province_name(self.context.db)
        except CchcError:
            return None
        return next((r for r in self.results.history(current[0], province) if r.year == current[1]), None)

    def _summary(self, current: tuple[str, int] | None, row: HistoryRow | None) -> str:
        if current is None:
            return ""
        code, year = current
        try:
            province = own_province_name(self.context.db)
        except CchcError as error:
            return str(error)
        lost = sum(item.lost or 0 for item in self.detail if item.achieved is not None)
        lost_text = f"; điểm bị trừ {format_number(lost, 2, trim=True)} điểm" if self.detail and lost else ""
        if row is not None and row.rank is None and row.score is not None:
            return (f"<b>{province}</b> – {code} năm {year}: {format_number(row.score, 2)} điểm (tổng điểm các tiêu "
                    f"chí; chưa có bảng xếp hạng){lost_text}.")
        if row is None or row.rank is None:
            return f"{province}: chưa có kết quả {code} năm {year}."
        score = f"{format_number(row.score, 2)} điểm, " if row.score is not None else ""
        change = f", {row.change} so với năm {year - 1}" if row.change else ""
        return f"<b>{province}</b> – {code} năm {year}: {score}xếp hạng {row.rank}/{row.rank_of}{change}{lost_text}."

    def _drafted(self, current: tuple[str, int] | None) -> list[Block]:
        if current is None:
            return []
        blocks: list[Block] = []
        try:
            blocks.append(self.service.results_paragraph(current[1]))
        except CchcError:
            pass  # no result of any index that year: only the limitations are drafted
        return blocks + self.service.limitation_blocks(self.detail)

    # -- commands --------------------------------------------------------------------------------------------
    def export_report(self) -> None:
        current = self.current()
        if current is not None:
            self.report.export(current[1], current[0])


def with_scoring_years(info: IndexInfo, criteria: CriteriaService, today: dt.date | None = None) -> IndexInfo:
    """``info`` with, besides the years that have a results table, every year up to this one that a criteria
    version applies to: the province's scores of a new year can be entered before the ministry's table exists."""
    this_year = (today or dt.date.today()).year
    years = set(info.years)
    for version in criteria.versions(info.code):
        last = min(version.valid_to_year or this_year, this_year)
        years.update(range(version.valid_from_year, last + 1))
    return dataclasses.replace(info, years=tuple(sorted(years)))
