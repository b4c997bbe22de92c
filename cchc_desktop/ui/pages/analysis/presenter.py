"""Behaviour of the analysis page: loading the chosen index and year into the tree, tables, text and scenario."""

from __future__ import annotations

from ....core.body import Block
from ....core.errors import CchcError
from ....core.formats import format_number
from ....core.services.analysis import AnalysisService, NodeScore
from ....core.services.criteria import CriteriaService
from ....core.services.results import ResultService
from ....core.services.scores import own_province_name
from ...context import AppContext
from ...index_catalogue import index_catalogue
from ...models.analysis_scenario_model import ScenarioModel
from ...models.analysis_share_model import ShareTableModel
from ...models.analysis_tree_model import AnalysisTreeModel
from ...widgets.index_year_choice import IndexYearChoice
from .drafting import DraftPresenter
from .report_export import ReportExport
from .scenario import ScenarioPresenter
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
        self.choice = IndexYearChoice(view.index_combo, view.year_combo, self.load)
        self.detail: list[NodeScore] = []
        self.draft = DraftPresenter(view.draft_tab.browser, view, context)
        self.scenario = ScenarioPresenter(self.scenario_model, view.scenario_tab.result_label, self.service,
                                          self.current)
        self.report = ReportExport(context, view)

    # -- choices ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the indexes again (those with a criteria tree) and reload the chosen one."""
        criteria = CriteriaService(self.context.db)
        indexes = [info for info in index_catalogue(self.context.db) if criteria.versions(info.code)]
        self.choice.fill(indexes, self.choice.code() or DEFAULT_INDEX, self.choice.year())
        self.load()

    def current(self) -> tuple[str, int] | None:
        code, year = self.choice.code(), self.choice.year()
        return (code, year) if code is not None and year is not None else None

    # -- loading ---------------------------------------------------------------------------------------------
    def load(self) -> None:
        current = self.current()
        message = ""
        self.detail = []
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
                message = (f"Chưa có điểm chi tiết {current[0]} năm {current[1]} của tỉnh; nhập điểm từng tiêu chí "
                           "ở trang “Kết quả chỉ số”.")
        self.view.show_message(message)
        self.tree_model.set_detail(self.detail)
        self.view.criteria_tab.tree.expandAll()
        self.agency_model.set_rows(self.service.lost_by_agency(self.detail))
        self.field_model.set_rows(self.service.lost_by_field(self.detail))
        self.scenario_model.set_detail(self.detail, current[1] if current else 0)
        self.scenario.clear()
        self.view.summary_label.setText(self._summary(current))
        self.draft.set_blocks(self._drafted(current), current[1] if current else 0)
        enabled = current is not None
        for widget in (self.view.report_button, self.view.draft_tab.copy_button, self.view.draft_tab.insert_button,
                       self.view.scenario_tab.compute_button):
            widget.setEnabled(enabled and (widget is self.view.report_button or bool(self.detail)))

    def _summary(self, current: tuple[str, int] | None) -> str:
        if current is None:
            return ""
        code, year = current
        try:
            province = own_province_name(self.context.db)
            row = next((r for r in self.results.history(code, province) if r.year == year), None)
        except CchcError as error:
            return str(error)
        if row is None or row.rank is None:
            return f"{province}: chưa có kết quả {code} năm {year}."
        score = f"{format_number(row.score, 2)} điểm, " if row.score is not None else ""
        change = f", {row.change} so với năm {year - 1}" if row.change else ""
        lost = sum(item.lost or 0 for item in self.detail if item.achieved is not None)
        lost_text = f"; điểm bị trừ {format_number(lost, 2, trim=True)} điểm" if self.detail and lost else ""
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
