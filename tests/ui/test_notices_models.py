"""The notices table model and its filter proxy, on the demo database."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cchc_desktop.core.enums import DocumentStatus
from cchc_desktop.core.formats import PartialDate
from cchc_desktop.core.services.notices import NoticeService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.models.notice_filter_proxy import NoticeFilterProxy
from cchc_desktop.ui.models.notice_table_model import (
    HEADERS,
    SORT_ROLE,
    Column,
    NoticeTableModel,
    partial_date_text,
)


def _model(db: Database) -> NoticeTableModel:
    model = NoticeTableModel()
    model.set_rows(NoticeService(db).list())
    return model


def _texts(model, column: Column) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_demo_drafts_are_listed_with_blank_numbers(demo_db: Database) -> None:
    model = _model(demo_db)
    assert model.rowCount() == 2 and model.columnCount() == len(Column)
    assert _texts(model, Column.REFERENCE) == ["…/TB-UBND", "…/TB-UBND"]
    assert _texts(model, Column.DATE) == ["tháng 4/2024", "tháng 6/2022"]
    assert _texts(model, Column.STATUS) == ["Dự thảo", "Dự thảo"]
    assert _texts(model, Column.SIGNER) == ["Trịnh Tiến Duy", "Phạm Hùng Trường"]
    assert _texts(model, Column.SUMMARY)[0].startswith("Kết luận của đồng chí Hồ Tiến Thiệu")
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == [HEADERS[c] for c in Column] == ["Số, ký hiệu", "Ngày", "Trích yếu", "Người ký", "Trạng thái"]


def test_partial_dates_and_versions_are_written_for_people() -> None:
    assert partial_date_text(PartialDate(2022, 6)) == "tháng 6/2022"
    assert partial_date_text(PartialDate(2022, 6, 8)) == "08/6/2022"
    assert partial_date_text(PartialDate(2024, 1, 9)) == "09/01/2024"
    assert partial_date_text(PartialDate(2024)) == "năm 2024"
    assert partial_date_text(PartialDate()) == ""


def test_search_ignores_marks_and_status_filters(demo_db: Database) -> None:
    model = _model(demo_db)
    proxy = NoticeFilterProxy(model)
    proxy.set_search("so ket quy")
    assert proxy.rowCount() == 1
    assert proxy.index(0, Column.DATE).data() == "tháng 4/2024"
    proxy.set_search("thang 6/2022")
    assert proxy.rowCount() == 1
    proxy.set_search("")
    proxy.set_status(DocumentStatus.ISSUED)
    assert proxy.rowCount() == 0
    proxy.set_status(DocumentStatus.DRAFT)
    assert proxy.rowCount() == 2


def test_dates_sort_as_dates(demo_db: Database) -> None:
    model = _model(demo_db)
    proxy = NoticeFilterProxy(model)
    proxy.sort(Column.DATE, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, Column.DATE).data() for r in range(2)] == ["tháng 6/2022", "tháng 4/2024"]
    assert proxy.index(0, Column.DATE).data(SORT_ROLE)[:3] == (2022, 6, 0)
