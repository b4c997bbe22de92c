"""The analysis page's models and helpers on the demo database (Lạng Sơn, PAR INDEX 2021)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from cchc_desktop.core.body import Block, Run
from cchc_desktop.core.enums import BlockKind
from cchc_desktop.core.errors import ValidationError
from cchc_desktop.core.services.analysis import AnalysisService
from cchc_desktop.core.services.meetings import MeetingService
from cchc_desktop.ui.models.analysis_scenario_model import PREVIOUS_YEAR, ScenarioModel
from cchc_desktop.ui.models.analysis_scenario_model import Column as ScenarioColumn
from cchc_desktop.ui.models.analysis_share_model import FRACTION_ROLE, ShareTableModel
from cchc_desktop.ui.models.analysis_share_model import Column as ShareColumn
from cchc_desktop.ui.models.analysis_tree_model import INHERITED_COLOR, AnalysisTreeModel, Column
from cchc_desktop.ui.pages.analysis.drafting import blocks_html, preferred_meeting
from cchc_desktop.ui.pages.analysis.scenario import nested_choice, replacement_value

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def detail(demo_db):
    return AnalysisService(demo_db).detail("PAR INDEX", 2021)


def _row(model, index: QModelIndex) -> list[str]:
    return [model.index(index.row(), column, index.parent()).data(DISPLAY) for column in Column]


def test_tree_model_shows_lost_points_change_and_inherited_agency(qtmodeltester, detail):
    model = AnalysisTreeModel()
    model.set_detail(detail)
    qtmodeltester.check(model)
    assert model.rowCount() == 10
    survey = model.find("9")
    assert _row(model, survey) == ["9. Khảo sát lãnh đạo, quản lý (điều tra xã hội học)", "23,5", "17,31", "6,19",
                                   "Sở Nội vụ", "giảm 1,47 điểm"]
    plan = model.find("1.1")
    assert plan.parent() == model.find("1")
    assert _row(model, plan)[1:] == ["3", "2,5", "0,5", "Sở Nội vụ", "không đổi"]
    agency = model.index(plan.row(), Column.AGENCY, plan.parent())
    assert agency.data(Qt.ItemDataRole.ForegroundRole) == INHERITED_COLOR  # taken from field 1
    assert agency.data(Qt.ItemDataRole.ToolTipRole) == "Sở Nội vụ (theo mục cấp trên)"
    assert model.headerData(Column.LOST, Qt.Orientation.Horizontal) == "Điểm bị trừ"
    assert not model.find("99").isValid()


def test_share_model_is_in_pareto_order_with_shares(qtmodeltester, demo_db, detail):
    model = ShareTableModel("Cơ quan chủ trì")
    model.set_rows(AnalysisService(demo_db).lost_by_agency(detail))
    qtmodeltester.check(model)
    first = [model.index(0, column).data(DISPLAY) for column in ShareColumn]
    assert first == ["Sở Nội vụ", "8,64", "67,0%", "67,0%"]
    last = model.rowCount() - 1
    assert model.index(last, ShareColumn.CUMULATIVE).data(DISPLAY) == "100,0%"
    assert model.index(0, ShareColumn.SHARE).data(FRACTION_ROLE) == pytest.approx(0.67, abs=0.001)
    assert "khảo sát lãnh đạo, quản lý" in model.index(0, ShareColumn.NAME).data(Qt.ItemDataRole.ToolTipRole)


def test_scenario_model_checks_and_replacements(qtmodeltester, detail):
    model = ScenarioModel()
    model.set_detail(detail, 2021)
    qtmodeltester.check(model)
    row = model.row_of("9")
    assert model.headerData(ScenarioColumn.PREVIOUS, Qt.Orientation.Horizontal) == "Điểm năm 2020"
    assert model.index(row, ScenarioColumn.PREVIOUS).data(DISPLAY) == "18,78"
    assert model.chosen() == []
    model.setData(model.index(row, ScenarioColumn.NAME), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.index(row, ScenarioColumn.REPLACEMENT).data(DISPLAY) == PREVIOUS_YEAR
    assert [(item.node.code, text) for item, text in model.chosen()] == [("9", "")]
    other = model.row_of("1.2")
    model.setData(model.index(other, ScenarioColumn.REPLACEMENT), "3")  # typing checks the row
    assert [(item.node.code, text) for item, text in model.chosen()] == [("1.2", "3"), ("9", "")]
    model.setData(model.index(other, ScenarioColumn.REPLACEMENT), PREVIOUS_YEAR)
    assert model.chosen()[0][1] == ""
    model.set_detail(detail, 2021)  # reloading the same year keeps the choices
    assert len(model.chosen()) == 2
    model.clear_choices()
    assert model.chosen() == []


def test_replacement_values_and_nested_choices(detail):
    survey = detail[8]
    assert replacement_value(survey, "") is None
    assert replacement_value(survey, "Điểm năm trước") is None
    assert replacement_value(survey, "20,5") == 20.5
    with pytest.raises(ValidationError, match="phải từ 0 đến 23,5"):
        replacement_value(survey, "30")
    with pytest.raises(ValidationError, match="không phải là số"):
        replacement_value(survey, "hai mươi")
    field, criterion = detail[0], detail[0].children[0]
    assert nested_choice([field, criterion]) == ("Mục 1.1 nằm trong mục 1; chỉ chọn một trong hai để điểm không bị "
                                                 "tính hai lần.")
    assert nested_choice([field, survey]) is None


def test_drafted_html_keeps_labels_and_bold_italic():
    blocks = [Block(BlockKind.PARAGRAPH, [Run("Kết quả <tốt>.")]),
              Block(BlockKind.BULLET, [Run("Mất 1 điểm ("), Run("Trách nhiệm thuộc về cơ quan chủ trì là Sở Nội vụ",
                                                                  bold=True, italic=True), Run(").")])]
    text = blocks_html(blocks)
    assert "Kết quả &lt;tốt&gt;." in text
    assert "- Mất 1 điểm (<b><i>Trách nhiệm thuộc về cơ quan chủ trì là Sở Nội vụ</i></b>)." in text


def test_preferred_meeting_is_the_conference_analysing_the_year(demo_db):
    meetings = MeetingService(demo_db).list()
    conference = next(m for m in meetings if m.date.year == 2022)
    assert preferred_meeting(meetings, 2021) == conference.id
    assert preferred_meeting(meetings, 2015) == meetings[0].id
    assert preferred_meeting([], 2021) is None
