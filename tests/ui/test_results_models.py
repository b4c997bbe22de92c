"""The results table and history models on their own, fed from the demo database."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cchc_desktop.core.services.results import HistoryRow, ResultRow, ResultService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.models.result_filter_proxy import ResultFilterProxy
from cchc_desktop.ui.models.result_history_model import GAIN_COLOR, LOSS_COLOR, HistoryColumn, ResultHistoryModel
from cchc_desktop.ui.models.result_table_model import COMPUTED, OFFICIAL, SORT_ROLE, Column, ResultTableModel


def test_papi_2021_table_model_highlights_lang_son_and_sorts_scores_numerically(demo_db: Database) -> None:
    model = ResultTableModel()
    model.set_rows(ResultService(demo_db).table("PAPI", 2021))
    model.set_own("lang son")  # compared without diacritics
    row = model.row_of("Lạng Sơn")
    assert row is not None and model.index(row, Column.RANK).data() == "4/60"
    assert model.index(row, Column.SCORE).data() == "45,84"
    assert model.index(row, Column.RANK).data(Qt.ItemDataRole.FontRole).bold()
    assert model.is_own(row) and not model.is_own(0)
    assert model.index(row, Column.SCORE).data(SORT_ROLE) == 45.84

    proxy = ResultFilterProxy(model)
    proxy.sort(Column.SCORE, Qt.SortOrder.DescendingOrder)
    top = [proxy.index(r, Column.SUBJECT).data() for r in range(4)]
    assert top == ["Thừa Thiên Huế", "Bình Dương", "Thanh Hóa", "Lạng Sơn"]
    proxy.sort(Column.SCORE, Qt.SortOrder.AscendingOrder)
    scores = [proxy.index(r, Column.SCORE).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert scores == sorted(scores)


def test_rank_without_score_and_official_marker() -> None:
    model = ResultTableModel()
    model.set_rows([ResultRow("Lạng Sơn", None, 23, 63, None, True), ResultRow("Hà Nội", 88.4, 11, 63, "B", False),
                    ResultRow("Cao Bằng", 70.0, None, None, None, False)])
    assert [model.index(r, Column.KIND).data() for r in range(3)] == [OFFICIAL, COMPUTED, ""]
    assert [model.index(r, Column.SCORE).data() for r in range(3)] == ["", "88,40", "70,00"]
    proxy = ResultFilterProxy(model)
    proxy.sort(Column.RANK, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, Column.RANK).data() for r in range(3)] == ["11/63", "23/63", ""]


def test_history_model_colours_changes() -> None:
    model = ResultHistoryModel()
    model.set_rows([HistoryRow(2020, "Lạng Sơn", 42.37, 37, 63, "", None, False),
                    HistoryRow(2021, "Lạng Sơn", 45.84, 4, 60, "tăng 33 bậc", None, True),
                    HistoryRow(2022, "Lạng Sơn", 43.85, 13, 61, "giảm 09 bậc", None, True),
                    HistoryRow(2023, "Lạng Sơn", 43.85, 13, 61, "giữ nguyên", None, True)])
    colours = [model.index(r, HistoryColumn.CHANGE).data(Qt.ItemDataRole.ForegroundRole) for r in range(4)]
    assert colours == [None, GAIN_COLOR, LOSS_COLOR, None]
    assert [model.index(r, HistoryColumn.NOTE).data() for r in range(2)] == ["", "bảng chưa đủ"]
