"""The "Nhật ký thay đổi" page on the demo database: newest first, sorting, filters and the before/after pane."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cchc_desktop.core.enums import TaskStatus
from cchc_desktop.core.services.settings import DRAFTER_INITIALS, SettingsService
from cchc_desktop.core.services.tasks import TaskService
from cchc_desktop.store.db import Database
from cchc_desktop.store.models import AuditEntry
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.models.audit_table_model import Column
from cchc_desktop.ui.models.row_table import RowTableModel
from cchc_desktop.ui.pages import standard_pages
from cchc_desktop.ui.pages.audit import AuditPage
from cchc_desktop.ui.signals import AppSignals
from cchc_desktop.ui.topics import Topic

from .conftest import FakePrompter, type_text


@pytest.fixture
def context(demo_db: Database, prompter: FakePrompter, monkeypatch: pytest.MonkeyPatch) -> AppContext:
    """The demo after Bình edited a task and Lan changed a setting; plus one entry from 2023."""
    tasks = TaskService(demo_db)
    task = next(row for row in tasks.list() if row.status == TaskStatus.NOT_STARTED)
    monkeypatch.setenv("CCHC_USER", "Trần Văn Bình")
    data = tasks.get(task.id).data
    tasks.update(task.id, dataclasses.replace(data, status=TaskStatus.IN_PROGRESS, evidence="Báo cáo số 12"))
    monkeypatch.setenv("CCHC_USER", "Lê Thị Lan")
    SettingsService(demo_db).set(DRAFTER_INITIALS, "LTL")
    with demo_db.session() as session:
        session.add(AuditEntry(at=dt.datetime(2023, 3, 1, 8, 0), user="Lê Thị Lan", action="delete",
                               entity="plans", summary="Xóa kế hoạch cũ"))
    return AppContext(demo_db, AppSignals(), prompter)


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> AuditPage:
    widget = AuditPage(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


def shown(page: AuditPage, column: Column) -> list[str]:
    proxy = page.presenter.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def choose(combo, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text))


def test_the_page_is_in_the_navigation_and_lists_through_a_row_table_model(page: AuditPage) -> None:
    assert ("audit", "Nhật ký thay đổi") in [(spec.key, spec.title) for spec in standard_pages()]
    assert isinstance(page.presenter.model, RowTableModel)
    headers = [page.presenter.proxy.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Thời gian", "Người thực hiện", "Thao tác", "Bảng", "Mã", "Nội dung", "Trường thay đổi"]


def test_newest_first_sortable_and_the_detail_pane_shows_before_and_after(page: AuditPage) -> None:
    assert shown(page, Column.SUMMARY)[0] == "Đổi cài đặt “Chữ viết tắt người soạn”"
    assert shown(page, Column.SUMMARY)[-1] == "Xóa kế hoạch cũ"
    assert shown(page, Column.TIME)[-1] == "01/03/2023 08:00"
    detail = page.detail.toPlainText()
    assert "Lê Thị Lan" in detail and "Chữ viết tắt người soạn" in detail
    assert "LTH" in detail and "LTL" in detail and "Trước" in detail and "Sau" in detail
    page.table.sortByColumn(Column.TIME, Qt.SortOrder.AscendingOrder)
    assert shown(page, Column.SUMMARY)[0] == "Xóa kế hoạch cũ"
    page.table.sortByColumn(Column.USER, Qt.SortOrder.AscendingOrder)
    users = shown(page, Column.USER)
    assert users[0] == "Lê Thị Lan" and "Lê Thị Lan (CCHC_USER)" in users
    assert users[-1] == "Trần Văn Bình (CCHC_USER)"
    tooltip = page.presenter.proxy.index(len(users) - 1, Column.USER).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Trần Văn Bình (đặt bằng CCHC_USER, tài khoản máy: ")


def test_filters_by_user_table_dates_and_unaccented_search(qtbot: QtBot, page: AuditPage) -> None:
    total = page.presenter.model.rowCount()
    choose(page.user_combo, "Trần Văn Bình")
    assert shown(page, Column.TABLE) == ["Nhiệm vụ"]
    assert shown(page, Column.CHANGES) == ["Trạng thái, Kết quả, minh chứng"]
    detail = page.detail.toPlainText()
    assert "Chưa thực hiện" in detail and "Đang thực hiện" in detail and "Báo cáo số 12" in detail
    choose(page.user_combo, "Mọi người")
    choose(page.table_combo, "Kế hoạch, nghị quyết")
    assert shown(page, Column.SUMMARY) == ["Xóa kế hoạch cũ"]
    choose(page.table_combo, "Mọi bảng")
    type_text(qtbot, page.to_field.edit, "31/12/2023")
    assert shown(page, Column.SUMMARY) == ["Xóa kế hoạch cũ"]
    page.to_field.edit.clear()
    type_text(qtbot, page.from_field.edit, "01/01/2024")
    assert "Xóa kế hoạch cũ" not in shown(page, Column.SUMMARY)
    assert page.count_label.text() == f"Hiển thị {total - 1}/{total} thay đổi"
    type_text(qtbot, page.search_edit, "bao cao so 12")
    assert shown(page, Column.USER) == ["Trần Văn Bình (CCHC_USER)"]


def test_an_invalid_date_is_named_and_keeps_the_list(qtbot: QtBot, page: AuditPage) -> None:
    total = page.presenter.proxy.rowCount()
    type_text(qtbot, page.from_field.edit, "31/02/2024")
    assert page.date_error.isVisible()
    assert page.date_error.text() == "Từ ngày 31/02/2024 không phải là ngày hợp lệ."
    assert page.presenter.proxy.rowCount() == total
    page.from_field.edit.clear()
    type_text(qtbot, page.from_field.edit, "02/01/2024")
    type_text(qtbot, page.to_field.edit, "01/01/2024")
    assert page.date_error.text() == "“Đến ngày” 01/01/2024 sớm hơn “Từ ngày” 02/01/2024."


def test_a_change_elsewhere_appears_after_the_data_changed_signal(page: AuditPage, context: AppContext) -> None:
    before = page.presenter.model.rowCount()
    SettingsService(context.db).set(DRAFTER_INITIALS, "ABC")
    context.signals.announce(Topic.SETTINGS)
    assert page.presenter.model.rowCount() == before + 1
    assert "LTH" in page.detail.toPlainText()  # the selected entry stays selected
    page.table.selectRow(0)
    assert "LTL" in page.detail.toPlainText() and "ABC" in page.detail.toPlainText()


def test_the_detail_pane_says_whether_nothing_changed_or_nothing_was_compared(page: AuditPage) -> None:
    choose(page.table_combo, "Kế hoạch, nghị quyết")  # written without values (as older entries are)
    assert "Lần ghi này không lưu giá trị trước, sau của từng trường." in page.detail.toPlainText()
    choose(page.table_combo, "Mọi bảng")
    context = page.presenter.context
    tasks = TaskService(context.db)
    task_id = page.presenter.model.rows()[1].record_id
    tasks.update(task_id, tasks.get(task_id).data)  # saved without a change
    context.signals.announce(Topic.TASKS)
    page.table.selectRow(0)
    assert page.presenter.selected().summary.startswith("Sửa nhiệm vụ:")
    assert "Không trường nào đổi giá trị." in page.detail.toPlainText()
