"""Reading scores and assembling the report without a query per criterion or per index table."""

from collections import Counter

from sqlalchemy import event

from cchc_desktop.core.services.analysis import AnalysisService
from cchc_desktop.core.services.report import build_analysis_report
from cchc_desktop.core.services.results import ResultService


def test_scores_load_their_criteria_in_one_query(demo_db):
    statements: list[str] = []

    def remember(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(demo_db.engine, "before_cursor_execute", remember)
    try:
        scores = AnalysisService(demo_db)._scores("PAR INDEX", 2021, "Lạng Sơn")
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", remember)
    assert len(scores) > 20 and scores["9"] == 17.31
    assert sum(1 for s in statements if "FROM criteria" in s) == 1


def test_report_reads_each_index_table_once(demo_db, monkeypatch):
    calls: Counter[str] = Counter()
    real = ResultService.table

    def counting(self, index_code, year):  # type: ignore[no-untyped-def]
        calls[index_code] += 1
        return real(self, index_code, year)

    monkeypatch.setattr(ResultService, "table", counting)
    data = build_analysis_report(demo_db, 2021, "Lạng Sơn")
    assert data.ranking is not None and calls and set(calls.values()) == {1}
