"""The "Bộ tiêu chí" page on the demo database: the tree model, editing nodes, versions, importing a tree."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from cchc_desktop.core.criteria import CriterionNode
from cchc_desktop.core.services.criteria import CriteriaService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.models.criteria_tree_model import INHERITED_COLOR, MISMATCH_COLOR, CriteriaTreeModel, TreeColumn
from cchc_desktop.ui.pages.criteria import CriteriaPage
from cchc_desktop.ui.pages.criteria.actions import CriteriaActions
from cchc_desktop.ui.pages.criteria.index_dialog import IndexDialog
from cchc_desktop.ui.pages.criteria.node_dialog import INHERIT, NodeDialog
from cchc_desktop.ui.pages.criteria.version_dialog import VersionDialog
from cchc_desktop.ui.signals import AppSignals

from .conftest import FakePrompter, show_widget, type_text


@pytest.fixture
def demo_context(demo_db: Database, prompter: FakePrompter) -> AppContext:
    return AppContext(demo_db, AppSignals(), prompter)


@pytest.fixture
def page(qtbot: QtBot, demo_context: AppContext) -> Iterator[CriteriaPage]:
    criteria_page = CriteriaPage(demo_context)
    show_widget(qtbot, criteria_page, 1090, 760)
    yield criteria_page


def node_id(page: CriteriaPage, code: str) -> int:
    node = next(n for root in page.presenter.tree_model.roots() for n in root.walk() if n.code == code)
    assert node.id is not None
    return node.id


def select(page: CriteriaPage, code: str) -> CriterionNode:
    assert page.presenter.select_node(node_id(page, code))
    node = page.presenter.selected_node()
    assert node is not None
    return node


def open_node_dialog(page: CriteriaPage, action_name: str, code: str | None = None) -> NodeDialog:
    if code is not None:
        select(page, code)
    getattr(page, action_name).trigger()
    dialog = page.commands.dialog
    assert isinstance(dialog, NodeDialog) and dialog.isVisible()
    return dialog


def test_tree_model_of_the_par_index_2021_version(demo_db: Database) -> None:
    service = CriteriaService(demo_db)
    version = service.version_for_year("PAR INDEX", 2021)
    assert version is not None and version.name == "Quyết định số 1149/QĐ-BNV"
    model = CriteriaTreeModel()
    model.set_tree(service.tree(version.id))
    assert model.rowCount() == 10
    field = model.index(0, TreeColumn.CODE)
    assert (field.data(), model.rowCount(field)) == ("1", 3)
    assert model.index(0, TreeColumn.AGENCY).data() == "Sở Nội vụ"
    assert model.index(0, TreeColumn.AGENCY).data(Qt.ItemDataRole.FontRole).bold()
    child = model.index(0, TreeColumn.AGENCY, field)
    assert model.index(0, TreeColumn.CODE, field).data() == "1.1"
    assert child.data() == "↳ Sở Nội vụ"
    assert child.data(Qt.ItemDataRole.ForegroundRole) == INHERITED_COLOR
    assert child.data(Qt.ItemDataRole.FontRole) is None
    assert model.parent(child) == field and model.parent(field) == QModelIndex()
    assert model.index(8, TreeColumn.MAX).data() == "23,5"
    assert model.index(0, TreeColumn.MAX).data(Qt.ItemDataRole.ForegroundRole) is None


def test_page_opens_on_the_version_of_the_latest_results(page: CriteriaPage) -> None:
    info = page.presenter.index_info()
    assert info is not None and info.code == "PAR INDEX"
    assert page.version_combo.currentText() == "Quyết định số 1149/QĐ-BNV (kết quả năm 2021)"
    assert page.version_detail.text() == ("Áp dụng cho kết quả năm 2021. 10 lĩnh vực, 19 tiêu chí; "
                                          "tổng điểm tối đa 100.")
    assert page.check_label.text() == "Điểm tối đa của các mục con cộng lại khớp với mục cha."
    assert "Thang điểm: 0–100 %" in page.index_detail.text()
    assert not page.edit_action.isEnabled()
    select(page, "1.2")
    assert page.edit_action.isEnabled() and page.add_child_action.isEnabled()


def test_a_maximum_that_breaks_the_sums_is_marked(page: CriteriaPage, qtbot: QtBot) -> None:
    dialog = open_node_dialog(page, "edit_action", "1.1")
    assert dialog.agency_combo.currentText() == INHERIT
    hints = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Để “(kế thừa)”: dùng cơ quan chủ trì của mục cha (Sở Nội vụ)." in hints
    dialog.max_edit.setText("4")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.check_label.text() == (
        "Điểm tối đa chưa khớp:\n• 1 Công tác chỉ đạo, điều hành cải cách hành chính: điểm tối đa 9 nhưng các mục "
        "con cộng lại 10 (lệch -1).")
    model = page.presenter.tree_model
    field = model.index(0, TreeColumn.MAX)
    assert field.data(Qt.ItemDataRole.ForegroundRole) == MISMATCH_COLOR
    assert not model.index(0, TreeColumn.CODE).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "lệch -1" in field.data(Qt.ItemDataRole.ToolTipRole)
    assert page.presenter.selected_node() is not None and page.presenter.selected_node().code == "1.1"


@pytest.mark.parametrize("code, maximum, message", [
    ("1..2", "1", "Mã “1..2” phải có dạng 1, 1.2 hoặc 1.2.3."),
    ("1.4", "ba", "Điểm tối đa “ba” không phải là số."),
    ("1.4", "", "Cần ghi điểm tối đa (ví dụ 3 hoặc 2,5)."),
    ("1.1", "1", "Đã có tiêu chí mã 1.1 trong phiên bản này."),
])
def test_invalid_input_is_rejected_inline_and_nothing_is_saved(
        page: CriteriaPage, demo_db: Database, qtbot: QtBot, code: str, maximum: str, message: str) -> None:
    dialog = open_node_dialog(page, "add_child_action", "1")
    assert dialog.code_edit.text() == "1.4"  # the next free code under 1
    dialog.code_edit.setText(code)
    type_text(qtbot, dialog.name_edit, "Công khai kết quả kiểm tra")
    dialog.max_edit.setText(maximum)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert dialog.error_label.text() == message
    version = page.presenter.version()
    assert version is not None
    assert [n.code for n in CriteriaService(demo_db).tree(version.id)[0].children] == ["1.1", "1.2", "1.3"]


def test_unknown_agency_is_rejected_and_a_child_with_its_own_agency_is_added(
        page: CriteriaPage, qtbot: QtBot) -> None:
    dialog = open_node_dialog(page, "add_child_action", "3")
    type_text(qtbot, dialog.name_edit, "Số hóa hồ sơ thủ tục hành chính")
    dialog.max_edit.setText("2,5")
    dialog.agency_combo.setEditText("Sở Không Có")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text().startswith("Không có cơ quan “Sở Không Có” trong danh mục")
    dialog.agency_combo.setEditText("so khoa hoc va cong nghe")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    node = page.presenter.selected_node()
    assert node is not None
    assert (node.code, node.max_points, node.lead_agency) == ("3.3", 2.5, "Sở Khoa học và Công nghệ")
    assert "lệch -2,5" in page.check_label.text()


def test_deleting_a_scored_node_is_refused_and_an_unscored_one_goes(
        page: CriteriaPage, prompter: FakePrompter, qtbot: QtBot) -> None:
    select(page, "1.1")
    page.delete_action.trigger()
    assert prompter.errors[-1].startswith("Mục 1.1 đã có điểm chấm của năm 2020, 2021")
    dialog = open_node_dialog(page, "add_child_action", "2")
    type_text(qtbot, dialog.name_edit, "Theo dõi thi hành pháp luật")
    dialog.max_edit.setText("1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.presenter.selected_node().code == "2.3"  # type: ignore[union-attr]
    prompter.answers.append(True)
    page.delete_action.trigger()
    assert prompter.questions[-1].startswith("Xóa mục 2.3 “Theo dõi thi hành pháp luật”")
    assert [n.code for n in page.presenter.tree_model.roots()[1].children] == ["2.1", "2.2"]
    assert page.check_label.text() == "Điểm tối đa của các mục con cộng lại khớp với mục cha."


def test_adding_a_version_copies_the_tree(page: CriteriaPage, qtbot: QtBot) -> None:
    page.add_version_action.trigger()
    dialog = page.commands.dialog
    assert isinstance(dialog, VersionDialog)
    assert dialog.copy_combo.currentText() == "Quyết định số 1149/QĐ-BNV (kết quả năm 2021)"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text().startswith("Cần ghi tên phiên bản")
    type_text(qtbot, dialog.name_edit, "Quyết định thử nghiệm")
    dialog.from_spin.setValue(2025)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text().startswith("Khoảng năm áp dụng trùng với phiên bản “Quyết định số 876/QĐ-BNV”")
    dialog.from_spin.setValue(2031)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.version_combo.currentText() == "Quyết định thử nghiệm (kết quả năm từ 2031)"
    assert sum(1 for root in page.presenter.tree_model.roots() for _ in root.walk()) == 29


def test_importing_a_tree_reports_every_bad_row_then_replaces_the_tree(
        page: CriteriaPage, prompter: FakePrompter, tmp_path: Path) -> None:
    page.version_combo.setCurrentIndex(page.version_combo.findText("Quyết định số 876/QĐ-BNV (kết quả năm 2022–2030)"))
    assert len(page.presenter.tree_model.roots()) == 8
    assert page.check_label.text().startswith("Điểm tối đa chưa khớp:\n• Tổng điểm các lĩnh vực là 0")
    bad = tmp_path / "tieu-chi-loi.csv"
    bad.write_text("Mã,Tên,Điểm tối đa,Cơ quan chủ trì\n1,Chỉ đạo điều hành,9,Sở Nội vụ\n1..2,Kế hoạch,3,\n"
                   "1.3,Tuyên truyền,ba,Sở Không Có\n", encoding="utf-8")
    prompter.files.append(bad)
    prompter.answers.append(True)
    page.import_action.trigger()
    report = page.commands.dialog
    assert report is not None and report.isVisible()
    assert report.list.toPlainText().splitlines() == [  # type: ignore[attr-defined]
        "Dòng 3, cột “Mã”: mã “1..2” phải có dạng 1, 1.2 hoặc 1.2.3",
        "Dòng 4, cột “Điểm tối đa”: “ba” không phải là số",
        "Dòng 4, cột “Cơ quan chủ trì”: không có cơ quan “Sở Không Có” trong danh mục",
    ]
    assert len(page.presenter.tree_model.roots()) == 8  # unchanged
    report.close()

    good = tmp_path / "tieu-chi.csv"
    good.write_text("Mã,Tên,Điểm tối đa,Cơ quan chủ trì\n1,Chỉ đạo điều hành,100,Sở Nội vụ\n1.1,Kế hoạch,60,\n"
                    "1.2,Tuyên truyền,40,Sở Thông tin và Truyền thông\n", encoding="utf-8")
    prompter.files.append(good)
    prompter.answers.append(True)
    page.import_action.trigger()
    assert prompter.questions[-1].startswith("Thay toàn bộ 8 mục của bộ tiêu chí Quyết định số 876/QĐ-BNV")
    model = page.presenter.tree_model
    assert [n.code for root in model.roots() for n in root.walk()] == ["1", "1.1", "1.2"]
    assert model.index(1, TreeColumn.AGENCY, model.index(0, 0)).data() == "Sở Thông tin và Truyền thông"
    assert page.check_label.text() == "Điểm tối đa của các mục con cộng lại khớp với mục cha."


def test_a_version_with_scores_is_not_replaced_by_an_import(page: CriteriaPage, prompter: FakePrompter) -> None:
    page.import_action.trigger()
    assert prompter.errors[-1].startswith("Bộ tiêu chí Quyết định số 1149/QĐ-BNV đã có điểm chấm của năm 2020, 2021")


def test_index_scale_is_edited_in_place(page: CriteriaPage, qtbot: QtBot) -> None:
    page.index_table.selectRow(2)
    info = page.presenter.index_info()
    assert info is not None and info.code == "PAPI"
    assert page.version_combo.count() == 0 and not page.add_field_action.isEnabled()
    assert page.version_detail.text() == "Chỉ số PAPI chưa có bộ tiêu chí. Chọn “Thêm phiên bản…” để tạo."
    page.edit_index_action.trigger()
    dialog = page.commands.dialog
    assert isinstance(dialog, IndexDialog)
    dialog.max_edit.setText("40")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Đã lưu điểm 48,81, cao hơn điểm cao nhất mới (40)."
    assert dialog.isVisible()
    dialog.max_edit.setText("80")
    dialog.unit_edit.setText("điểm (thang 80)")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.presenter.index_info().scale_label == "0–80 điểm (thang 80)"  # type: ignore[union-attr]
    assert "Thang điểm: 0–80 điểm (thang 80)" in page.index_detail.text()


def test_the_page_opens_from_the_main_window_on_a_new_database(window: MainWindow) -> None:
    criteria_page = window.show_page("criteria")
    assert isinstance(criteria_page, CriteriaPage)
    assert criteria_page.version_combo.currentText() == "Quyết định số 876/QĐ-BNV (kết quả năm 2022–2030)"
    assert len(criteria_page.presenter.tree_model.roots()) == 8
    assert "Tổng điểm các lĩnh vực là 0, khác thang điểm 100." in criteria_page.check_label.text()


def test_the_page_keeps_qwidget_actions(page: CriteriaPage) -> None:
    """The commands object does not shadow ``QWidget.actions()``."""
    assert callable(page.actions) and isinstance(page.actions(), list)
    assert isinstance(page.commands, CriteriaActions)
