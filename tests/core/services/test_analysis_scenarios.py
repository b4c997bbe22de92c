"""Scenarios on partial tables, and previous-year scores only across the same methodology."""

import pytest

from cchc_desktop.core.errors import CchcError
from cchc_desktop.core.services.analysis import AnalysisService, ScenarioResult
from cchc_desktop.core.services.criteria import CriteriaService
from cchc_desktop.core.services.results import ResultService
from cchc_desktop.core.services.scores import ScoreService
from cchc_desktop.core.services.settings import OWN_PROVINCE, SettingsService

TREE = """Mã,Tên,Điểm tối đa,Cơ quan chủ trì
1,Công tác chỉ đạo điều hành,10,Sở Nội vụ
1.1,Kế hoạch cải cách hành chính,6,
1.2,Kiểm tra cải cách hành chính,4,
2,Khảo sát lãnh đạo quản lý,23.5,
"""
SCORES_2020 = {"1.1": 6, "1.2": 4, "2": 18.78}
SCORES_2021 = {"1.1": 5, "1.2": 3.5, "2": 17.31}  # total 25.81


def import_tree(db, tmp_path, year: int, text: str = TREE) -> None:
    criteria = CriteriaService(db)
    path = tmp_path / f"cay{year}.csv"
    path.write_text(text, encoding="utf-8")
    criteria.import_tree(criteria.version_for_year("PAR INDEX", year).id, path)


@pytest.fixture
def scored(db, tmp_path):
    """Trees for 2020 (QĐ 2948) and 2021 (QĐ 1149) with the same codes and names; Lạng Sơn's scores only."""
    SettingsService(db).set(OWN_PROVINCE, "Lạng Sơn")
    import_tree(db, tmp_path, 2020)
    import_tree(db, tmp_path, 2021)
    ScoreService(db).set_scores("PAR INDEX", 2020, SCORES_2020)
    ScoreService(db).set_scores("PAR INDEX", 2021, SCORES_2021)
    return db


def test_alone_in_the_table_the_scenario_does_not_claim_first_of_63(scored):
    result = AnalysisService(scored).scenario("PAR INDEX", 2021, {"2": None})
    assert (result.total_before, result.total_after, result.rank_after, result.rank_of, result.scored) == (
        25.81, 27.28, 1, 63, 1)
    assert result.partial and not result.ranked
    assert result.sentence == ("27,28 điểm, tăng 1,47 điểm (thực tế 25,81 điểm); chưa đủ bảng xếp hạng để tính "
                               "thứ hạng: chỉ có 1/63 tỉnh, thành phố có điểm")


def test_partial_table_ranks_among_the_scored_provinces(scored, tmp_path):
    table = tmp_path / "par2021.csv"
    table.write_text("province,score,rank\nLạng Sơn,25.81,23\nHà Nội,30,1\nQuảng Ninh,27,5\n", encoding="utf-8")
    ResultService(scored).import_table("PAR INDEX", 2021, table, replace=True)
    ScoreService(scored).set_scores("PAR INDEX", 2021, SCORES_2021)
    result = AnalysisService(scored).scenario("PAR INDEX", 2021, {"2": None})
    assert (result.rank_before, result.rank_after, result.rank_of, result.scored) == (3, 2, 63, 3)
    assert result.sentence.endswith("chưa đủ bảng xếp hạng để tính thứ hạng: chỉ có 3/63 tỉnh, thành phố có điểm")
    assert "xếp hạng 2" not in result.sentence  # a rank among three of 63 is not stated


def test_a_table_missing_a_few_provinces_ranks_and_names_its_coverage():
    result = ScenarioResult(42.1, 43.4, 20, 12, 63, scored=61)  # PAPI tables of some years have 61 provinces
    assert result.partial and result.ranked
    assert result.sentence == ("43,40 điểm, xếp hạng 12 trong số 61/63 tỉnh, thành phố có điểm "
                               "(thực tế 42,10 điểm, xếp hạng 20)")
    too_few = ScenarioResult(42.1, 42.1, 20, 20, 63, scored=56)
    assert not too_few.ranked
    assert too_few.sentence == ("42,10 điểm, không đổi (thực tế 42,10 điểm); chưa đủ bảng xếp hạng để tính thứ "
                                "hạng: chỉ có 56/63 tỉnh, thành phố có điểm")


def test_full_table_sentence_is_unchanged():
    result = ScenarioResult(87.11, 88.58, 23, 10, 63)  # built without the scored count
    assert result.sentence == "88,58 điểm, xếp hạng 10/63 (thực tế 87,11 điểm, xếp hạng 23/63)"
    assert not ScenarioResult(87.11, 88.58, 23, 10, 63, scored=63).partial


def test_previous_year_on_another_methodology_is_unknown(db, tmp_path):
    SettingsService(db).set(OWN_PROVINCE, "Lạng Sơn")
    import_tree(db, tmp_path, 2020, TREE.replace("Khảo sát lãnh đạo quản lý", "Tác động của cải cách hành chính"))
    import_tree(db, tmp_path, 2021)
    ScoreService(db).set_scores("PAR INDEX", 2020, SCORES_2020)
    ScoreService(db).set_scores("PAR INDEX", 2021, SCORES_2021)
    analysis = AnalysisService(db)
    detail = analysis.detail("PAR INDEX", 2021)
    assert all(item.previous is None and item.change is None for root in detail for item in root.walk())
    with pytest.raises(CchcError, match="Chưa có điểm năm 2020 của mục 2 để thay thế"):
        analysis.scenario("PAR INDEX", 2021, {"2": None})
    assert analysis.scenario("PAR INDEX", 2021, {"2": 20}).total_after == 28.5


def test_same_tree_under_another_decision_keeps_the_previous_year(scored):
    detail = AnalysisService(scored).detail("PAR INDEX", 2021)
    assert [(item.node.code, item.previous) for root in detail for item in root.walk()] == [
        ("1", 10), ("1.1", 6), ("1.2", 4), ("2", 18.78)]


def test_same_version_both_years(db, tmp_path):
    SettingsService(db).set(OWN_PROVINCE, "Lạng Sơn")
    import_tree(db, tmp_path, 2020)  # QĐ 2948 covers 2017–2020
    ScoreService(db).set_scores("PAR INDEX", 2019, SCORES_2020)
    ScoreService(db).set_scores("PAR INDEX", 2020, SCORES_2021)
    survey = AnalysisService(db).detail("PAR INDEX", 2020)[1]
    assert (survey.previous, survey.change) == (18.78, -1.47)


def test_demo_full_table_keeps_the_x_of_63_sentence(demo_db):
    result = AnalysisService(demo_db).scenario("PAR INDEX", 2021, {"9": None})
    assert (result.scored, result.rank_of, result.partial) == (63, 63, False)
    assert result.sentence == "88,58 điểm, xếp hạng 10/63 (thực tế 87,11 điểm, xếp hạng 23/63)"
