import unicodedata

import pytest

from cchc_desktop.core.enums import GroupingRule
from cchc_desktop.core.errors import CchcError, ImportRejected
from cchc_desktop.core.ranks import competition_ranks, group_of, rank_change_text
from cchc_desktop.core.services.results import ResultService

PAPI_2020 = "# PAPI 2020\nprovince,score,rank\nLạng Sơn,42.37,37\nQuảng Ninh,50.16,1\n"
PAPI_2021 = "# PAPI 2021\nprovince,score,rank\nLạng Sơn,45.84,4\nQuảng Ninh,,\n"


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_ranks_share_on_ties_and_changes_read_like_notices():
    assert competition_ranks([8.1, 9.5, 8.1, 7.0]) == [2, 1, 2, 4]
    assert competition_ranks([3.0, 1.0], higher_is_better=False) == [2, 1]
    assert rank_change_text(37, 4) == "tăng 33 bậc"
    assert rank_change_text(39, 31) == "tăng 08 bậc"
    assert rank_change_text(13, 21) == "giảm 08 bậc"
    assert rank_change_text(5, 5) == "giữ nguyên"
    assert rank_change_text(None, 5) == ""


def test_groups_by_index_rule():
    assert group_of(GroupingRule.PAR_ABC, score=91.04, scale_max=100, rank=1, count=63) == "A"
    assert group_of(GroupingRule.PAR_ABC, score=88.58, scale_max=100, rank=10, count=63) == "B"
    assert group_of(GroupingRule.QUARTILE, score=45.0, scale_max=80, rank=4, count=63) == "Nhóm đạt điểm cao nhất"
    assert group_of(GroupingRule.QUARTILE, score=40.0, scale_max=80, rank=63, count=63) == "Nhóm đạt điểm thấp nhất"


def test_history_with_rank_change(db, tmp_path):
    results = ResultService(db)
    results.import_table("PAPI", 2020, write(tmp_path, "2020.csv", PAPI_2020))
    results.import_table("papi", 2021, write(tmp_path, "2021.csv", PAPI_2021))
    history = results.history("PAPI", "lang son")
    assert [(h.year, h.rank, h.rank_of, h.change) for h in history] == [
        (2020, 37, 63, ""), (2021, 4, 63, "tăng 33 bậc")]
    assert history[1].partial


def test_names_match_robustly(db, tmp_path):
    text = ("Tỉnh,Điểm\n" + unicodedata.normalize("NFD", "Lạng Sơn") + ",45\nTP. Hồ Chí Minh,44\nThành phố Hà Nội,43\n"
            "Bà Rịa-Vũng Tàu,42\nTHỪA THIÊN HUẾ,41\nKhánh Hoà,41\nDak Lak,30\n")
    summary = ResultService(db).import_table("PAPI", 2022, write(tmp_path, "vn.csv", text))
    assert (summary.rows, summary.subject_count, summary.partial) == (7, 7, True)
    table = ResultService(db).table("PAPI", 2022)
    assert [(r.subject, r.rank) for r in table] == [
        ("Lạng Sơn", 1), ("TP. Hồ Chí Minh", 2), ("Hà Nội", 3), ("Bà Rịa - Vũng Tàu", 4), ("Khánh Hòa", 5),
        ("Thừa Thiên Huế", 5), ("Đắk Lắk", 7),
    ]
    assert not table[0].official  # computed by the program


@pytest.mark.parametrize("text, problem", [
    ("province,score\nXứ Lạng,40\n", (2, "Tỉnh, thành phố", "“Xứ Lạng” không khớp với đơn vị nào của năm 2021")),
    ("province,score\nLạng Sơn,40\nlang son,41\n", (3, "Tỉnh, thành phố", "“lang son” đã có ở dòng 2")),
    ("province,score\nLạng Sơn,85\n", (2, "Điểm", "85 nằm ngoài thang điểm 0–80")),
    ("province,score\nLạng Sơn,\"1.234,5\"\n", (2, "Điểm", "1.234,5 nằm ngoài thang điểm 0–80")),
    ("province,score\nLạng Sơn,bốn mươi\n", (2, "Điểm", "“bốn mươi” không phải là số")),
    ("province,score,rank\nLạng Sơn,40,64\n", (2, "Xếp hạng", "thứ hạng 64 lớn hơn số đơn vị được xếp (63)")),
    ("tinh,ket qua\nLạng Sơn,40\n", (1, "Điểm", "không tìm thấy cột này ở dòng tiêu đề")),
])
def test_malformed_tables_are_rejected_and_nothing_changes(db, tmp_path, text, problem):
    results = ResultService(db)
    with pytest.raises(ImportRejected) as err:
        results.import_table("PAPI", 2021, write(tmp_path, "bad.csv", text))
    assert (err.value.problems[0].row, err.value.problems[0].column, err.value.problems[0].reason) == problem
    assert results.table("PAPI", 2021) == []


def test_unknown_index_and_reimport_need_a_clear_choice(db, tmp_path):
    results = ResultService(db)
    with pytest.raises(CchcError, match="Không có chỉ số “ABC”. Các chỉ số đang có: PAR INDEX, SIPAS, PAPI"):
        results.import_table("ABC", 2021, write(tmp_path, "a.csv", PAPI_2021))
    results.import_table("PAPI", 2021, write(tmp_path, "a.csv", PAPI_2021))
    with pytest.raises(CchcError, match="--replace"):
        results.import_table("PAPI", 2021, write(tmp_path, "a.csv", PAPI_2020))
    results.import_table("PAPI", 2021, write(tmp_path, "a.csv", PAPI_2020), replace=True)
    assert [r.rank for r in results.table("PAPI", 2021)] == [1, 37]


def test_results_from_2025_are_among_34_units_and_continue_the_history(db, tmp_path):
    results = ResultService(db)
    results.import_table("PAPI", 2024, write(tmp_path, "2024.csv", "province,score,rank\nLạng Sơn,45,12\n"))
    summary = results.import_table("PAPI", 2025, write(tmp_path, "2025.csv",
                                   "province,score,rank\nLạng Sơn,46,5\nThành phố Hải Phòng,47,1\n"))
    assert summary.subject_count == 34
    history = results.history("PAPI", "Lạng Sơn")
    # 12/63 and 5/34 are not comparable: no "tăng/giảm" across the 2025 reorganisation
    assert [(h.year, h.rank, h.rank_of, h.change) for h in history] == [(2024, 12, 63, ""), (2025, 5, 34, "")]
    with pytest.raises(ImportRejected, match="Hải Dương"):
        results.import_table("PAPI", 2026, write(tmp_path, "2026.csv", "province,score\nHải Dương,40\n"))


def test_excel_tables_and_broken_files(db, tmp_path):
    import openpyxl

    path = tmp_path / "bang.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Tỉnh, thành phố", "Điểm", "Xếp hạng"])
    book.active.append(["Lạng Sơn", 45.84, 4])
    book.save(path)
    assert ResultService(db).import_table("PAPI", 2021, path).rows == 1
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(CchcError, match="không phải là tệp Excel"):
        ResultService(db).import_table("PAPI", 2020, broken)


def test_a_table_without_any_score_is_refused(db, tmp_path):
    path = write(tmp_path, "khong-diem.csv", "Tỉnh, thành phố,Điểm\nLạng Sơn,45\n")  # unquoted comma in the header
    with pytest.raises(ImportRejected, match="không dòng nào có điểm"):
        ResultService(db).import_table("PAPI", 2021, path)


def test_mixed_published_and_missing_ranks_are_refused(db, tmp_path):
    path = write(tmp_path, "thieu-hang.csv", "province,score,rank\nLạng Sơn,45,4\nHà Nội,44,\n")
    with pytest.raises(ImportRejected) as err:
        ResultService(db).import_table("PAPI", 2021, path)
    assert [(p.row, p.column) for p in err.value.problems] == [(3, "Xếp hạng")]


def test_replacing_a_table_keeps_the_provinces_detailed_scores(demo_db, tmp_path):
    from cchc_desktop.core.services.analysis import AnalysisService

    before = AnalysisService(demo_db).detail("PAR INDEX", 2021)
    rows = ResultService(demo_db).table("PAR INDEX", 2021)
    table = "\n".join(["province,score", *(f"{r.subject},{r.score}" for r in rows)])
    path = write(tmp_path, "par2021.csv", table)
    ResultService(demo_db).import_table("PAR INDEX", 2021, path, replace=True)
    after = AnalysisService(demo_db).detail("PAR INDEX", 2021)
    assert [n.achieved for n in after] == [n.achieved for n in before] and after[8].achieved == 17.31
    assert AnalysisService(demo_db).scenario("PAR INDEX", 2021, {"9": None}).total_after == 88.58


def test_national_average_only_for_nearly_complete_tables(db, tmp_path):
    ResultService(db).import_table("PAPI", 2021, write(tmp_path, "a.csv", PAPI_2021))
    assert ResultService(db).national_averages("PAPI") == []  # 1 of 63 provinces is no national average


def test_replacing_a_table_drops_the_subjects_it_no_longer_lists(db, tmp_path):
    results = ResultService(db)
    results.import_table("PAPI", 2020, write(tmp_path, "a.csv", PAPI_2020))
    results.import_table("PAPI", 2020, write(tmp_path, "b.csv", "province,score\nQuảng Ninh,49\n"), replace=True)
    assert [(r.subject, r.score, r.rank) for r in results.table("PAPI", 2020)] == [("Quảng Ninh", 49.0, 1)]


def import_entries(db) -> list[str]:
    from cchc_desktop.core.services.audit_log import AuditFilter, AuditService

    return [row.summary for row in AuditService(db).list(AuditFilter(table="result_sets"))]


def test_several_tables_in_one_call(db, tmp_path):
    from cchc_desktop.core.services.results import TableFile

    results = ResultService(db)
    summaries = results.import_tables([
        TableFile("PAPI", 2020, write(tmp_path, "papi2020.csv", PAPI_2020)),
        TableFile("PAPI", 2021, write(tmp_path, "papi2021.csv", PAPI_2021)),
        TableFile("PCI", 2021, write(tmp_path, "pci2021.csv", "province,score\nLạng Sơn,65.1\nHà Nội,68\n")),
    ])
    assert [s.message for s in summaries] == [
        "Đã nhập PAPI năm 2020: 2 dòng, xếp hạng trên 63 (bảng chưa đủ).",
        "Đã nhập PAPI năm 2021: 1 dòng, xếp hạng trên 63 (bảng chưa đủ).",
        "Đã nhập PCI năm 2021: 2 dòng, xếp hạng trên 2 (bảng chưa đủ).",
    ]
    assert [(r.subject, r.rank) for r in results.table("PCI", 2021)] == [("Hà Nội", 1), ("Lạng Sơn", 2)]
    assert results.years("PAPI") == [2020, 2021]
    assert sorted(import_entries(db)) == sorted(s.message for s in summaries)  # one audit entry per table


def test_a_bad_table_at_the_end_leaves_none_of_the_tables_stored(db, tmp_path):
    from cchc_desktop.core.services.results import TableFile, TableRejected

    results = ResultService(db)
    with pytest.raises(TableRejected) as err:
        results.import_tables([
            TableFile("PAPI", 2020, write(tmp_path, "papi2020.csv", PAPI_2020)),
            TableFile("PCI", 2021, write(tmp_path, "pci2021.csv", "province,score\nLạng Sơn,65.1\n")),
            TableFile("PAPI", 2022, write(tmp_path, "papi2022.csv", "province,score\nXứ Lạng,40\n")),
        ])
    assert str(err.value).startswith("Bảng PAPI năm 2022 (tệp “papi2022.csv”): Không nhập được: 1 lỗi, dữ liệu "
                                     "chưa thay đổi.\nDòng 2, cột “Tỉnh, thành phố”: “Xứ Lạng” không khớp")
    assert isinstance(err.value.error, ImportRejected)
    assert results.years("PAPI") == [] and results.years("PCI") == []
    assert import_entries(db) == []


def test_the_same_year_twice_in_one_call_is_refused(db, tmp_path):
    from cchc_desktop.core.services.results import TableFile, TableRejected

    results = ResultService(db)
    tables = [TableFile("PAPI", 2021, write(tmp_path, "a.csv", PAPI_2021)),
              TableFile("papi", 2021, write(tmp_path, "b.csv", PAPI_2020))]
    for dry_run, replace in ((True, False), (False, False), (False, True)):
        with pytest.raises(TableRejected) as err:
            results.import_tables(tables, dry_run=dry_run, replace=replace)
        assert str(err.value) == ("Bảng papi năm 2021 (tệp “b.csv”): Bảng PAPI năm 2021 đã có trong lần nhập này "
                                  "(tệp “a.csv”).")
    assert results.years("PAPI") == []


def test_a_dry_run_of_several_tables_stores_nothing(db, tmp_path):
    from cchc_desktop.core.services.results import TableFile

    results = ResultService(db)
    summaries = results.import_tables([TableFile("PAPI", 2020, write(tmp_path, "a.csv", PAPI_2020)),
                                       TableFile("PAPI", 2021, write(tmp_path, "b.csv", PAPI_2021))], dry_run=True)
    assert [s.message for s in summaries] == [
        "Kiểm tra xong PAPI năm 2020: 2 dòng, xếp hạng trên 63 (bảng chưa đủ); chưa nhập (chạy thử).",
        "Kiểm tra xong PAPI năm 2021: 1 dòng, xếp hạng trên 63 (bảng chưa đủ); chưa nhập (chạy thử).",
    ]
    assert results.years("PAPI") == [] and import_entries(db) == []
