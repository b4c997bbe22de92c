"""The plans list model and proxy, the targets model and the year box, without a window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cchc_desktop.core.enums import PlanKind, TargetStatus
from cchc_desktop.core.services.agencies import AgencyService
from cchc_desktop.core.services.plans import PlanInput, PlanService, TargetInput
from cchc_desktop.store.db import Database
from cchc_desktop.ui.models.plan_filter_proxy import PlanFilterProxy
from cchc_desktop.ui.models.plan_table_model import SORT_ROLE, Column, PlanTableModel
from cchc_desktop.ui.models.plan_target_model import PlanTargetModel, TargetColumn, attainment_summary
from cchc_desktop.ui.widgets.year_spin import YearSpin

EDIT = Qt.ItemDataRole.EditRole


def plans_model(db: Database) -> PlanTableModel:
    model = PlanTableModel()
    model.set_rows(PlanService(db).list())
    return model


def row_texts(model: PlanTableModel | PlanFilterProxy, row: int) -> list[str]:
    return [model.index(row, column).data() for column in Column]


def test_plans_model_shows_the_demo_resolution_and_plan(demo_db: Database) -> None:
    model = plans_model(demo_db)
    assert model.rowCount() == 2 and model.columnCount() == 7
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Loại", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu", "Chỉ tiêu", "Số nhiệm vụ",
    ]
    assert row_texts(model, 0) == [
        "Kế hoạch", "04/KH-UBND", "09/01/2024", "UBND tỉnh",
        "Kế hoạch cải cách hành chính nhà nước tỉnh Lạng Sơn năm 2024", "", "5",
    ]
    resolution = row_texts(model, 1)
    assert resolution[:3] == ["Nghị quyết", "60-NQ/TU", "15/12/2021"]
    assert resolution[Column.TARGETS] == "đạt và vượt 10/18 chỉ tiêu"
    assert resolution[Column.TASKS] == "0"
    assert model.index(1, Column.TARGETS).data(Qt.ItemDataRole.ToolTipRole) == (
        "Đã hoàn thành đạt và vượt 10/18 chỉ tiêu"
    )
    assert model.index(0, Column.TARGETS).data(Qt.ItemDataRole.ToolTipRole) == "Văn bản chưa có chỉ tiêu."


def test_proxy_search_ignores_marks_and_filters_by_kind(demo_db: Database) -> None:
    proxy = PlanFilterProxy(plans_model(demo_db))
    proxy.set_search("nghi quyet 60")
    assert [row_texts(proxy, r)[Column.REFERENCE] for r in range(proxy.rowCount())] == ["60-NQ/TU"]
    proxy.set_search("BAN THUONG VU tinh uy")
    assert proxy.rowCount() == 1
    proxy.set_search("lang son")
    assert proxy.rowCount() == 2
    proxy.set_kind(PlanKind.PLAN)
    assert [row_texts(proxy, r)[Column.REFERENCE] for r in range(proxy.rowCount())] == ["04/KH-UBND"]
    proxy.set_search("")
    proxy.set_kind(None)
    assert proxy.rowCount() == 2


def test_proxy_sorts_dates_counts_and_vietnamese_text(demo_db: Database) -> None:
    PlanService(demo_db).create(
        PlanInput(PlanKind.PROGRAMME, "01/CTr-UBND", "Chương trình cải cách hành chính", issuer="Ủy ban")
    )
    proxy = PlanFilterProxy(plans_model(demo_db))
    proxy.sort(Column.ISSUED_ON, Qt.SortOrder.DescendingOrder)
    assert [row_texts(proxy, r)[Column.REFERENCE] for r in range(3)] == ["04/KH-UBND", "60-NQ/TU", "01/CTr-UBND"]
    proxy.sort(Column.ISSUER, Qt.SortOrder.AscendingOrder)
    # Vietnamese order: "B" first, then "UBND" before "Ủy ban" (the tone mark sorts after the plain letter).
    assert [row_texts(proxy, r)[Column.ISSUER] for r in range(3)] == [
        "Ban Thường vụ Tỉnh uỷ", "UBND tỉnh", "Ủy ban",
    ]
    proxy.sort(Column.TASKS, Qt.SortOrder.DescendingOrder)
    assert row_texts(proxy, 0)[Column.TASKS] == "5"
    assert proxy.index(0, Column.ISSUED_ON).data(SORT_ROLE) == dt.date(2024, 1, 9).toordinal()


def test_target_model_edits_and_counts_attainment(demo_db: Database) -> None:
    resolution = next(r for r in PlanService(demo_db).list() if r.reference == "60-NQ/TU")
    model = PlanTargetModel()
    model.set_agency_names({a.id: a.name for a in AgencyService(demo_db).list()})
    model.set_targets(PlanService(demo_db).get(resolution.id).targets)
    assert model.rowCount() == 18 and model.summary() == "Đã hoàn thành đạt và vượt 10/18 chỉ tiêu"
    assert model.index(0, TargetColumn.LEAD).data() == "Sở Nội vụ"
    assert model.index(0, TargetColumn.ASSESSED_ON).data() == "12/04/2024"
    second = model.index(1, TargetColumn.STATUS)
    assert second.data() == "Đang thực hiện" and second.data(EDIT) == TargetStatus.IN_PROGRESS.value
    assert model.setData(second, TargetStatus.EXCEEDED.value)
    assert second.data() == "Vượt"
    assert model.summary() == "Đã hoàn thành đạt và vượt 11/18 chỉ tiêu"


def test_target_rows_can_be_added_moved_and_removed() -> None:
    model = PlanTargetModel()
    assert model.summary() == "Chưa có chỉ tiêu"
    for text in ("Thứ nhất", "Thứ hai", "Thứ ba"):
        row = model.add_target()
        model.setData(model.index(row, TargetColumn.TEXT), text)
    assert [t.code for t in model.targets()] == ["1", "2", "3"]
    assert model.move_target(2, -1) == 1
    assert [t.text for t in model.targets()] == ["Thứ nhất", "Thứ ba", "Thứ hai"]
    assert model.move_target(0, 1) == 1
    assert [t.text for t in model.targets()] == ["Thứ ba", "Thứ nhất", "Thứ hai"]
    assert model.move_target(2, 1) == 2  # already last
    model.remove_target(0)
    assert [t.text for t in model.targets()] == ["Thứ nhất", "Thứ hai"]
    assert model.summary() == "Đã hoàn thành đạt và vượt 0/2 chỉ tiêu"
    assert attainment_summary(2, 3) == "Đã hoàn thành đạt và vượt 2/3 chỉ tiêu"


def test_target_model_refuses_a_date_that_does_not_exist(qtbot: QtBot) -> None:
    model = PlanTargetModel()
    model.set_targets([TargetInput("Chỉ số PAPI thuộc nhóm 20 tỉnh dẫn đầu")])
    cell = model.index(0, TargetColumn.ASSESSED_ON)
    with qtbot.waitSignal(model.problem) as problem:
        assert not model.setData(cell, "31/02/2024")
    assert problem.args == ["Chỉ tiêu thứ 1: Ngày đánh giá 31/02/2024 không phải là ngày hợp lệ."]
    assert model.setData(cell, "8/6/2022") and cell.data() == "08/06/2022"
    assert model.setData(cell, "") and model.target(0).assessed_on is None
    with qtbot.waitSignal(model.problem) as problem:
        assert not model.setData(model.index(0, TargetColumn.LEAD), "Sở Không Có")
    assert problem.args == ["Chỉ tiêu thứ 1: cơ quan chủ trì “Sở Không Có” không có trong danh mục cơ quan, đơn vị."]


def test_year_box_may_be_empty(qtbot: QtBot) -> None:
    spin = YearSpin()
    qtbot.addWidget(spin)
    assert spin.year() is None and spin.text() == "—"
    spin.set_year(2021)
    assert spin.year() == 2021 and spin.text() == "2021"
    spin.lineEdit().selectAll()
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Delete)
    spin.interpretText()
    assert spin.year() is None
    spin.stepUp()
    assert spin.year() == dt.date.today().year
