"""The agencies table model and its filter proxy, without any window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from cchc_desktop.core.enums import AgencyKind
from cchc_desktop.core.services.agencies import AgencyService
from cchc_desktop.core.text import collation_key
from cchc_desktop.store.db import Database
from cchc_desktop.ui.models.agency_filter_proxy import AgencyFilterProxy
from cchc_desktop.ui.models.agency_table_model import HEADERS, SORT_ROLE, AgencyTableModel, Column

DISPLAY = Qt.ItemDataRole.DisplayRole


def _model(db: Database) -> AgencyTableModel:
    model = AgencyTableModel()
    model.set_rows(AgencyService(db).list())
    return model


def _names(model) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, Column.NAME).data(DISPLAY) for r in range(model.rowCount())]


def test_rows_are_in_vietnamese_order(qapp, db: Database) -> None:
    model = _model(db)
    names = _names(model)
    assert model.rowCount() == 33
    assert model.columnCount() == len(Column) == 7
    assert names == sorted(names, key=collation_key)
    # Code-point order would put "Ủy ban …" (U+1EE6) after "Văn phòng …"; Vietnamese order puts Ư/Ủ among the U.
    assert names.index("Ủy ban nhân dân tỉnh") < names.index("Văn phòng UBND tỉnh")
    assert names.index("Sở Giáo dục và Đào tạo") < names.index("Sở Giao thông vận tải")
    assert names.index("Bưu điện tỉnh") > names.index("Báo và Phát thanh, Truyền hình tỉnh")


def test_headers_and_display_values(qapp, db: Database) -> None:
    model = _model(db)
    headers = [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY).replace("\n", " ") for c in Column]
    assert headers == [
        "Tên cơ quan, đơn vị", "Tên viết tắt", "Loại", "Trực thuộc", "Mã", "Số nhiệm vụ chủ trì", "Trạng thái",
    ]
    assert headers == list(HEADERS.values())
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(Column.TASKS, horizontal, DISPLAY) == "Số nhiệm vụ\nchủ trì"  # drawn on two lines
    assert model.headerData(Column.TASKS, horizontal, Qt.ItemDataRole.ToolTipRole) == HEADERS[Column.TASKS]
    row = _names(model).index("Sở Nội vụ")
    values = [model.index(row, c).data(DISPLAY) for c in Column]
    assert values == ["Sở Nội vụ", "SNV", "Sở, ban, ngành", "", "SNV", "0", "Đang hoạt động"]


def test_sort_role_and_inactive_rows(qapp, db: Database) -> None:
    model = _model(db)
    names = _names(model)
    active = model.index(names.index("Sở Nội vụ"), Column.NAME)
    inactive = model.index(names.index("Sở Kế hoạch và Đầu tư"), Column.NAME)
    assert active.data(SORT_ROLE) == collation_key("Sở Nội vụ")
    assert model.index(active.row(), Column.TASKS).data(SORT_ROLE) == 0
    assert model.index(active.row(), Column.KIND).data(SORT_ROLE) == collation_key("Sở, ban, ngành")
    assert active.data(Qt.ItemDataRole.ForegroundRole) is None
    colour = inactive.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QColor) and colour.red() == colour.green() == colour.blue()
    assert model.index(inactive.row(), Column.STATUS).data(DISPLAY) == "Ngừng hoạt động"
    assert "Hợp nhất vào Sở Tài chính" in inactive.data(Qt.ItemDataRole.ToolTipRole)


def test_proxy_folds_diacritics_and_filters_kind(qapp, db: Database) -> None:
    model = _model(db)
    proxy = AgencyFilterProxy(model)
    assert proxy.rowCount() == 26  # the 7 departments closed on 01/3/2025 are hidden by default
    proxy.set_show_inactive(True)
    assert proxy.rowCount() == 33
    proxy.set_search("so noi vu")
    assert _names(proxy) == ["Sở Nội vụ"]
    proxy.set_search("SNV")
    assert _names(proxy) == ["Sở Nội vụ"]
    proxy.set_search("ĐẦU TƯ")
    assert _names(proxy) == ["Sở Kế hoạch và Đầu tư"]
    proxy.set_search("")
    proxy.set_kind(AgencyKind.PARTY)
    assert _names(proxy) == ["Ban Thường vụ Tỉnh ủy", "Thường trực Tỉnh ủy"]


def test_proxy_sorts_by_collation_key_and_counts(qapp, db: Database) -> None:
    model = _model(db)
    proxy = AgencyFilterProxy(model)
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    names = _names(proxy)
    assert names == sorted(names, key=collation_key, reverse=True)
    proxy.sort(Column.CODE, Qt.SortOrder.AscendingOrder)
    codes = [proxy.index(r, Column.CODE).data(DISPLAY) for r in range(proxy.rowCount())]
    assert codes == sorted(codes, key=collation_key)
