"""The register table model and its filter: display, numeric and date sorting, folded search, year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from cchc_desktop.core.register_row import RegisterRow
from cchc_desktop.ui.models.register_filter_proxy import RegisterFilterProxy
from cchc_desktop.ui.models.register_table_model import Column, RegisterTableModel

SHA = "ab" * 32


def entry(entry_id: int, number: int, issued_on: dt.date, summary: str = "Thông báo", symbol: str = "TB-UBND",
          signer: str = "Trịnh Tiến Duy") -> RegisterRow:
    return RegisterRow(entry_id, "UBND tỉnh Lạng Sơn", issued_on.year, number, symbol, issued_on, summary, signer,
                       entry_id, SHA)


def column(proxy: RegisterFilterProxy, col: Column) -> list[str]:
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def make(rows: list[RegisterRow]) -> tuple[RegisterTableModel, RegisterFilterProxy]:
    model = RegisterTableModel()
    model.set_rows(rows)
    return model, RegisterFilterProxy(model)


def test_cells_show_reference_date_and_short_hash_with_full_tooltip() -> None:
    model, _ = make([entry(1, 5, dt.date(2024, 4, 9))])
    assert model.index(0, Column.REFERENCE).data() == "05/TB-UBND"
    assert model.index(0, Column.DATE).data() == "09/04/2024"
    assert model.index(0, Column.SHA256).data() == "abababababab…"
    assert model.index(0, Column.SHA256).data(Qt.ItemDataRole.ToolTipRole) == f"SHA-256: {SHA}"
    assert model.index(0, Column.BODY).data() == "UBND tỉnh Lạng Sơn"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Số, ký hiệu", "Ngày ban hành", "Trích yếu", "Người ký", "Cơ quan ban hành", "SHA-256",
    ]


def test_numbers_sort_as_numbers_and_dates_as_dates() -> None:
    _, proxy = make([
        entry(1, 100, dt.date(2024, 12, 30)), entry(2, 9, dt.date(2024, 3, 1)), entry(3, 10, dt.date(2024, 3, 2)),
        entry(4, 120, dt.date(2023, 12, 15)),
    ])
    proxy.sort(Column.REFERENCE, Qt.SortOrder.AscendingOrder)
    assert column(proxy, Column.REFERENCE) == ["120/TB-UBND", "09/TB-UBND", "10/TB-UBND", "100/TB-UBND"]
    proxy.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    assert column(proxy, Column.DATE) == ["30/12/2024", "02/03/2024", "01/03/2024", "15/12/2023"]


def test_search_ignores_marks_and_the_year_filter_narrows() -> None:
    model, proxy = make([
        entry(1, 1, dt.date(2022, 6, 8), "Kết luận tại Hội nghị phân tích kết quả Chỉ số CCHC",
              signer="Phạm Hùng Trường"),
        entry(2, 1, dt.date(2024, 4, 12), "Kết luận tại cuộc họp sơ kết quý I năm 2024"),
    ])
    proxy.set_search("quy I")
    assert column(proxy, Column.DATE) == ["12/04/2024"]
    proxy.set_search("pham hung truong")
    assert column(proxy, Column.DATE) == ["08/06/2022"]
    proxy.set_search("")
    proxy.set_year(2024)
    assert column(proxy, Column.DATE) == ["12/04/2024"]
    assert model.years() == [2024, 2022]
