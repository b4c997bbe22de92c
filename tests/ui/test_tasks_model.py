"""The task table model and its sorting proxy on the demo data, without any window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from cchc_desktop.core.services.tasks import TaskFilter, TaskService, search_words
from cchc_desktop.core.text import collation_key
from cchc_desktop.store.db import Database
from cchc_desktop.ui.models.task_sort_proxy import SortRoleProxy
from cchc_desktop.ui.models.task_table_model import (
    DONE_TEXT,
    ID_ROLE,
    OVERDUE_BACKGROUND,
    OVERDUE_ROLE,
    OVERDUE_TEXT,
    SORT_ROLE,
    Column,
    TaskTableModel,
)

from .test_tasks_support import OVERDUE_TITLE, TODAY

DISPLAY = Qt.ItemDataRole.DisplayRole


def _model(db: Database) -> TaskTableModel:
    model = TaskTableModel()
    model.set_rows(TaskService(db).list(today=TODAY))
    return model


def _row(model: TaskTableModel, start: str) -> int:
    return next(r for r in range(model.rowCount()) if model.task(r).title.startswith(start))


def _column(model, column: Column) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, column).data(DISPLAY) for r in range(model.rowCount())]


def test_headers_and_cell_values(qapp, demo: Database) -> None:
    model = _model(demo)
    assert model.rowCount() == 17
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Phối hợp", "Thời hạn", "Hạn xử lý", "Tình trạng",
        "Nguồn", "Tiến độ gần nhất",
    ]
    row = _row(model, "Rà soát, tham mưu UBND tỉnh hỗ trợ kinh phí")
    values = [model.index(row, c).data(DISPLAY) for c in Column]
    assert values[1:6] == ["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "trong Quý III/2024", "30/09/2024",
                           "Hoàn thành chậm"]
    assert values[6].startswith("Cuộc họp sơ kết công tác cải cách hành chính quý I")
    assert values[7].startswith("18/10/2024: Đã trình UBND tỉnh")
    assert model.index(row, Column.TITLE).data(ID_ROLE) == model.task(row).id
    # The full text is in the tooltip, since the table shows three lines at most.
    assert model.index(row, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole) == model.task(row).title


def test_overdue_rows_are_marked_and_finished_rows_muted(qapp, demo: Database) -> None:
    model = _model(demo)
    late = _row(model, OVERDUE_TITLE)
    assert model.index(late, Column.STATUS).data(DISPLAY) == "Đang thực hiện (quá hạn)"
    assert model.index(late, Column.DUE).data(DISPLAY) == "08/11/2024"
    assert model.index(late, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole) == "Quá hạn 8 ngày làm việc"
    for column in Column:
        index = model.index(late, column)
        assert index.data(OVERDUE_ROLE) is True
        assert index.data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
        assert index.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_TEXT
    done = _row(model, "Tự kiểm tra, rà soát văn bản quy phạm pháp luật")
    assert model.index(done, Column.STATUS).data(DISPLAY) == "Hoàn thành"
    assert model.index(done, Column.TITLE).data(Qt.ItemDataRole.ForegroundRole) == DONE_TEXT
    assert model.index(done, Column.TITLE).data(Qt.ItemDataRole.BackgroundRole) is None
    open_task = _row(model, "Rà soát, khắc phục sai lệch số liệu")
    assert model.index(open_task, Column.STATUS).data(DISPLAY) == "Chưa thực hiện"
    assert model.index(open_task, Column.TITLE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert sum(model.index(r, 0).data(OVERDUE_ROLE) for r in range(model.rowCount())) == 1


def test_due_dates_sort_as_dates_with_undated_tasks_last(qapp, demo: Database) -> None:
    proxy = SortRoleProxy(_model(demo))
    proxy.sort(Column.DUE, Qt.SortOrder.AscendingOrder)
    shown = _column(proxy, Column.DUE)
    dated = [value for value in shown if value]
    assert [dt.datetime.strptime(v, "%d/%m/%Y").date() for v in dated] == sorted(
        dt.datetime.strptime(v, "%d/%m/%Y").date() for v in dated)
    assert shown[0] == "30/06/2022" and shown[-4:] == ["", "", "", ""]  # as text, "08/11/2024" would come first
    assert proxy.index(0, Column.DUE).data(SORT_ROLE) < proxy.index(16, Column.DUE).data(SORT_ROLE)


def test_text_sorts_in_vietnamese_order_and_status_puts_overdue_first(qapp, demo: Database) -> None:
    proxy = SortRoleProxy(_model(demo))
    proxy.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    titles = _column(proxy, Column.TITLE)
    assert titles == sorted(titles, key=collation_key)
    # "â" sorts right after "a" in Vietnamese; by code point it would come after "g".
    nang = next(i for i, t in enumerate(titles) if t.startswith("Nâng cao chất lượng"))
    nghien = next(i for i, t in enumerate(titles) if t.startswith("Nghiên cứu áp dụng"))
    assert nang < nghien
    leads = SortRoleProxy(_model(demo))
    leads.sort(Column.LEAD, Qt.SortOrder.AscendingOrder)
    names = _column(leads, Column.LEAD)
    assert names == sorted(names, key=collation_key)
    assert names.index("Sở Tài chính") < names.index("Sở Thông tin và Truyền thông")  # "Tà" before "Th"
    proxy.sort(Column.STATUS, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, Column.TITLE).data(DISPLAY) == OVERDUE_TITLE
    assert _column(proxy, Column.STATUS)[1:3] == ["Chưa thực hiện", "Đang thực hiện"]


def test_search_words_filter_listed_rows_as_the_service_does(qapp, demo: Database) -> None:
    """The tasks page searches its listed rows in memory (set_search with search_words); it must keep exactly the
    rows the service's query keeps (what the Excel export writes), in the same order."""
    service = TaskService(demo)
    everything = service.list(today=TODAY)
    model = TaskTableModel()
    model.set_rows(everything)
    for text in ("so tai chinh", "BÁO CÁO", "  rà   soát  ", "Sở KẾ hoạch quý", "không có đâu", "%", "a_b", ""):
        model.set_search(search_words(text))
        expected = [row.id for row in service.list(TaskFilter(text=text), today=TODAY)]
        assert [model.task(r).id for r in range(model.rowCount())] == expected, text
    model.set_search(search_words("so tai chinh"))
    assert 0 < model.rowCount() < len(everything)
    model.set_filter(lambda row: row.overdue)  # both filters at once
    assert [model.task(r).id for r in range(model.rowCount())] == [
        row.id for row in service.list(TaskFilter(text="so tai chinh", overdue_only=True), today=TODAY)]


def test_the_overview_counts_per_agency_group_thousands_as_vietnamese_does(qapp) -> None:
    from cchc_desktop.core.services.overview import AgencyCount
    from cchc_desktop.ui.models.task_overview_models import AgencyCountModel

    model = AgencyCountModel()
    model.set_rows([AgencyCount(1, "Sở Nội vụ", total=1154, open=601, overdue=533, done=274, done_late=279)])
    texts = [model.index(0, column).data() for column in range(model.columnCount())]
    assert texts == ["Sở Nội vụ", "1.154", "601", "533", "274", "279"]
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "Tổng số: 1.154"
