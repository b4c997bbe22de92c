"""Importing a province's criterion scores: every wrong row reported at once with its number; nothing stored."""

import pytest

from cchc_desktop.core.errors import ImportRejected, ValidationError
from cchc_desktop.core.services.analysis import AnalysisService
from cchc_desktop.core.services.criteria import CriteriaService
from cchc_desktop.core.services.scores import ScoreService
from cchc_desktop.core.services.settings import OWN_PROVINCE, SettingsService

TREE = "Mã,Tên,Điểm tối đa\n1,Chỉ đạo điều hành,10\n1.1,Kế hoạch,6\n1.2,Kiểm tra,4\n2,Khảo sát,23.5\n"


@pytest.fixture
def scores(db, tmp_path):
    SettingsService(db).set(OWN_PROVINCE, "Lạng Sơn")
    criteria = CriteriaService(db)
    path = tmp_path / "cay.csv"
    path.write_text(TREE, encoding="utf-8")
    criteria.import_tree(criteria.version_for_year("PAR INDEX", 2021).id, path)
    return ScoreService(db)


def write(tmp_path, text: str):
    path = tmp_path / "diem.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_all_row_problems_are_reported_and_nothing_is_stored(db, scores, tmp_path):
    path = write(tmp_path, "Mã,Điểm\n1.1,5\n9.9,3\n1.1,4\n1.2,4,5\n2,abc\n2,24\n1.2,3.5\n")
    with pytest.raises(ImportRejected) as err:
        scores.import_scores("PAR INDEX", 2021, path)
    assert [(p.row, p.column, p.reason) for p in err.value.problems] == [
        (3, "Mã", "bộ tiêu chí Quyết định số 1149/QĐ-BNV không có mã “9.9”"),
        (4, "Mã", "mã 1.1 trùng với dòng 2"),
        (6, "Điểm", "“abc” không phải là số"),
        (7, "Mã", "mã 2 trùng với dòng 6"),
        (7, "Điểm", "điểm 24 của mã 2 vượt ngoài 0–23,5 (điểm tối đa)"),
        (8, "Mã", "mã 1.2 trùng với dòng 5"),
    ]
    assert "Dòng 3, cột “Mã”" in err.value.message and "6 lỗi" in err.value.message
    assert AnalysisService(db).detail("PAR INDEX", 2021)[0].achieved is None


def test_a_clean_table_is_stored(db, scores, tmp_path):
    path = write(tmp_path, "Mã số,Điểm đạt\n1.1.,5\n1.2,\"3,5\"\n\n2,17.31\n,\n")
    assert scores.import_scores("PAR INDEX", 2021, path) == 3
    detail = AnalysisService(db).detail("PAR INDEX", 2021)
    assert [(root.node.code, root.achieved) for root in detail] == [("1", 8.5), ("2", 17.31)]


def test_set_scores_names_every_unknown_code(scores):
    with pytest.raises(ValidationError) as err:
        scores.set_scores("PAR INDEX", 2021, {"1.1": 5, "7": 1, "8.2": 1})
    assert err.value.field == "Mã tiêu chí"
    assert err.value.message == "Bộ tiêu chí Quyết định số 1149/QĐ-BNV không có mã 7, 8.2."
