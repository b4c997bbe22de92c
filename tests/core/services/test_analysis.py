"""Own-province analysis on a small PAR INDEX-like tree: lost points, agencies, drafted text, scenarios."""

import pytest

from cchc_desktop.core.errors import CchcError, ConflictError, ImportRejected, ValidationError
from cchc_desktop.core.services.agencies import AgencyService
from cchc_desktop.core.services.analysis import AnalysisService, change_text
from cchc_desktop.core.services.criteria import CriteriaService, NodeInput
from cchc_desktop.core.services.results import ResultService
from cchc_desktop.core.services.scores import ScoreService
from cchc_desktop.core.services.settings import OWN_PROVINCE, SettingsService

TREE = """Mã,Tên,Điểm tối đa,Cơ quan chủ trì
1,Công tác chỉ đạo điều hành,10,Sở Nội vụ
1.1,Kế hoạch cải cách hành chính,6,
1.2,Kiểm tra cải cách hành chính,4,
2,Cải cách thủ tục hành chính,12,Văn phòng UBND tỉnh
2.1,Công khai kết quả giải quyết thủ tục hành chính,7,
2.2,Giải quyết hồ sơ đúng hạn,5,Sở Tư pháp
3,Khảo sát lãnh đạo quản lý,23.5,
"""


@pytest.fixture
def setup(db, tmp_path):
    SettingsService(db).set(OWN_PROVINCE, "Lạng Sơn")
    criteria = CriteriaService(db)
    path = tmp_path / "cay.csv"
    path.write_text(TREE, encoding="utf-8")
    criteria.import_tree(criteria.version_for_year("PAR INDEX", 2020).id, path)
    version = criteria.version_for_year("PAR INDEX", 2021).id
    assert criteria.import_tree(version, path) == 7
    table = tmp_path / "par2021.csv"
    table.write_text("province,score\nLạng Sơn,37.5\nHà Nội,40\nQuảng Ninh,38\nNam Định,36\n", encoding="utf-8")
    ResultService(db).import_table("PAR INDEX", 2021, table)
    scores = ScoreService(db)
    scores.set_scores("PAR INDEX", 2020, {"1.1": 6, "1.2": 4, "2.1": 7, "2.2": 5, "3": 18.78})
    scores.set_scores("PAR INDEX", 2021, {"1.1": 5, "1.2": 3.5, "2.1": 6, "2.2": 5, "3": 17.31})
    return criteria, version


def test_tree_levels_inheritance_and_sums(setup):
    criteria, version = setup
    tree = criteria.tree(version)
    assert [(n.code, n.level.value) for n in tree[0].walk()] == [
        ("1", "field"), ("1.1", "criterion"), ("1.2", "criterion")]
    assert tree[0].children[0].inherited_agency == "Sở Nội vụ"
    assert tree[1].children[1].inherited_agency == "Sở Tư pháp"  # own lead agency overrides the field's
    assert criteria.check(version, total=45.5) == []
    node = tree[0].children[0]
    criteria.save_node(version, NodeInput("1.1", node.name, 7), node.id)
    assert criteria.check(version, total=45.5) == [
        "1 Công tác chỉ đạo điều hành: điểm tối đa 10 nhưng các mục con cộng lại 11 (lệch -1)."
    ]
    assert criteria.check(version, total=100) == [
        "Tổng điểm các lĩnh vực là 45,5, khác thang điểm 100.",
        "1 Công tác chỉ đạo điều hành: điểm tối đa 10 nhưng các mục con cộng lại 11 (lệch -1).",
    ]


def test_versions_cannot_overlap(db):
    criteria = CriteriaService(db)
    with pytest.raises(ConflictError, match="trùng"):
        criteria.add_version("PAR INDEX", "Bộ tiêu chí thử", 2020, 2021)
    source = criteria.version_for_year("PAR INDEX", 2025).id
    new = criteria.add_version("PAR INDEX", "Bộ tiêu chí sau 2030", 2031, None, copy_from=source)
    assert [n.code for n in criteria.tree(new)] == [str(i) for i in range(1, 9)]


def test_lost_points_by_agency_pareto_and_drafted_paragraphs(db, setup):
    analysis = AnalysisService(db)
    detail = analysis.detail("PAR INDEX", 2021)
    field = detail[0]
    assert (field.achieved, field.lost, field.previous, change_text(field.change)) == (8.5, 1.5, 10, "giảm 1,5 điểm")
    by_agency = analysis.lost_by_agency(detail)
    assert [(s.name, s.lost) for s in by_agency] == [
        ("(chưa giao cơ quan chủ trì)", 6.19), ("Sở Nội vụ", 1.5), ("Văn phòng UBND tỉnh", 1.0)]
    assert by_agency[-1].cumulative == pytest.approx(1.0)
    blocks = analysis.limitation_blocks(detail)
    runs = blocks[1].runs
    assert runs[0].text.startswith("Kế hoạch cải cách hành chính; kiểm tra cải cách hành chính: "
                                   "chưa đạt điểm tối đa, mất 1,5")
    assert runs[1].text == "Trách nhiệm thuộc về cơ quan chủ trì là Sở Nội vụ" and runs[1].bold and runs[1].italic


def test_scenario_replacing_the_leaders_survey_by_last_years(db, setup):
    result = AnalysisService(db).scenario("PAR INDEX", 2021, {"3": None})
    assert (result.total_before, result.total_after, result.rank_before, result.rank_after) == (37.5, 38.97, 3, 2)
    assert result.sentence == "38,97 điểm, xếp hạng 2/4 (thực tế 37,50 điểm, xếp hạng 3/4)"
    with pytest.raises(CchcError, match="vượt ngoài"):
        AnalysisService(db).scenario("PAR INDEX", 2021, {"3": 30})


def test_scores_outside_the_scale_and_bad_tree_tables_are_refused(db, setup, tmp_path):
    with pytest.raises(ValidationError, match="vượt ngoài 0–6"):
        ScoreService(db).set_scores("PAR INDEX", 2021, {"1.1": 6.5})
    criteria, version = setup
    bad = tmp_path / "sai.csv"
    bad.write_text("Mã,Tên,Điểm tối đa,Cơ quan chủ trì\n1,A,mười,\n1.1.1,B,2,\n2,C,3,Sở Không Có\n2,D,1,\n",
                   encoding="utf-8")
    with pytest.raises(ImportRejected) as err:
        criteria.import_tree(version, bad)
    assert [(p.row, p.column) for p in err.value.problems] == [
        (2, "Điểm tối đa"), (3, "Mã"), (4, "Cơ quan chủ trì"), (5, "Mã")]
    assert len(list(criteria.tree(version)[0].walk())) == 3  # unchanged


def test_results_paragraph_cites_rank_and_change(db, tmp_path):
    SettingsService(db).set(OWN_PROVINCE, "Lạng Sơn")
    results = ResultService(db)
    for year, rank in ((2020, 37), (2021, 4)):
        path = tmp_path / f"{year}.csv"
        path.write_text(f"province,score,rank\nLạng Sơn,45,{rank}\n", encoding="utf-8")
        results.import_table("PAPI", year, path)
    block = AnalysisService(db).results_paragraph(2021)
    assert block.runs[0].text == "Chỉ số PAPI năm 2021 xếp hạng 4/63 (45 điểm), tăng 33 bậc so với năm 2020."
    assert AgencyService(db).list("so noi vu")


def test_scored_criteria_cannot_be_deleted_or_replaced(db, setup, tmp_path):
    criteria, version = setup
    node = criteria.tree(version)[0].children[0]
    with pytest.raises(ConflictError, match="đã có 1 điểm"):
        criteria.delete_node(node.id)
    path = tmp_path / "moi.csv"
    path.write_text("Mã,Tên,Điểm tối đa\n1,A,100\n", encoding="utf-8")
    with pytest.raises(ConflictError, match="phiên bản mới"):
        criteria.import_tree(version, path)
    assert len(criteria.tree(version)) == 3
