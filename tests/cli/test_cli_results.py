"""``cchc results|chart|scenario|report`` on the demo database."""

import json

from .run import cchc


def test_papi_history_of_lang_son_matches_the_notices(demo):
    result = cchc("results", "history", "--index", "PAPI", "--province", "Lạng Sơn", "--db", demo, "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = {row["year"]: row for row in json.loads(result.stdout)}
    assert rows[2020]["rank"].startswith("37/") and rows[2021]["rank"].startswith("4/")
    assert rows[2021]["change"] == "tăng 33 bậc"
    assert rows[2023]["rank"].startswith("21/") and rows[2023]["change"].startswith("giảm")
    table = cchc("results", "history", "--index", "papi", "--province", "lang son", "--db", demo).stdout
    assert "tăng 33 bậc" in table and "45,84" in table


def test_import_show_and_bad_tables(demo, tmp_path):
    good = tmp_path / "pci2021.csv"
    good.write_text('"Tỉnh, thành phố",Điểm,Xếp hạng\nLạng Sơn,64.3,36\nQuảng Ninh,73.02,1\n', encoding="utf-8")
    result = cchc("results", "import", str(good), "--index", "PCI", "--year", "2021", "--db", demo)
    assert result.returncode == 2 and "--replace" in result.stderr  # the demo already cites PCI 2021
    result = cchc("results", "import", str(good), "--index", "PCI", "--year", "2021", "--replace", "--db", demo)
    assert result.returncode == 0, result.stderr
    shown = cchc("results", "show", "--index", "PCI", "--year", "2021", "--db", demo).stdout
    assert "1/63" in shown and "Quảng Ninh" in shown and "73,02" in shown
    bad = tmp_path / "bad.csv"
    bad.write_text("province,score,rank\nXứ Lạng,50,1\nLạng Sơn,150,2\n", encoding="utf-8")
    result = cchc("results", "import", str(bad), "--index", "PCI", "--year", "2022", "--db", demo)
    assert result.returncode == 2
    assert "Dòng 2, cột “Tỉnh, thành phố”: “Xứ Lạng” không khớp" in result.stderr
    assert "Dòng 3, cột “Điểm”: 150 nằm ngoài thang điểm 0–100" in result.stderr
    assert cchc("results", "show", "--index", "PCI", "--year", "2022", "--db", demo).returncode == 2


def test_charts_and_report_files(demo, tmp_path):
    png, svg, pdf = tmp_path / "rank.png", tmp_path / "rank.svg", tmp_path / "bc.pdf"
    for out in (png, svg):
        result = cchc("chart", "rank", "--province", "Lạng Sơn", "--index", "PAPI", "--index", "PAR INDEX",
                      "--out", str(out), "--db", demo)
        assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in svg.read_bytes()[:400] and "Thứ hạng".encode() in svg.read_bytes()
    bad = cchc("chart", "rank", "--province", "Lạng Sơn", "--index", "PAPI", "--out", str(tmp_path / "x.gif"),
               "--db", demo)
    assert bad.returncode == 2 and ".png hoặc .svg" in bad.stderr
    result = cchc("report", "analysis", "--year", "2021", "--out", str(pdf), "--db", demo)
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_shown_table_saved_as_csv_imports_back_unchanged(demo, tmp_path):
    """`results show --format csv` writes ranks as "k/N": the same file imports back and shows the same table."""
    shown = cchc("results", "show", "--index", "PAPI", "--year", "2024", "--db", demo, "--format", "csv")
    assert shown.returncode == 0 and "/61," in shown.stdout  # the demo's PAPI 2024 ranks 61 provinces
    exported = tmp_path / "papi-2024.csv"
    exported.write_text(shown.stdout, encoding="utf-8")
    result = cchc("results", "import", str(exported), "--index", "PAPI", "--year", "2024", "--replace", "--db", demo)
    assert result.returncode == 0, result.stderr
    assert "xếp hạng trên 61" in result.stdout
    again = cchc("results", "show", "--index", "PAPI", "--year", "2024", "--db", demo, "--format", "csv")
    assert again.stdout == shown.stdout


def test_ranks_out_of_different_totals_are_refused(demo, tmp_path):
    mixed = tmp_path / "mixed.csv"
    mixed.write_text('"Tỉnh, thành phố",Điểm,Xếp hạng\nQuảng Ninh,47.8,1/61\nLạng Sơn,40.1,30/63\n'
                     'Tây Ninh,47.3,70/63\n', encoding="utf-8")
    result = cchc("results", "import", str(mixed), "--index", "PAPI", "--year", "2024", "--replace", "--db", demo)
    assert result.returncode == 2
    assert "Dòng 3, cột “Xếp hạng”: “30/63”: xếp hạng trên 63, khác các dòng trên (trên 61)" in result.stderr
    assert "Dòng 4, cột “Xếp hạng”: “70/63” không phải là thứ hạng" in result.stderr


def test_import_many_is_all_or_nothing_and_names_the_refused_table(demo, tmp_path):
    good = "\"Tỉnh, thành phố\",Điểm,Xếp hạng\nLạng Sơn,64.3,2\nQuảng Ninh,73.02,1\n"
    (tmp_path / "PCI_2019.csv").write_text(good, encoding="utf-8")
    (tmp_path / "PAR_INDEX_2015.csv").write_text(good, encoding="utf-8")
    (tmp_path / "DTI_2018.csv").write_text("\"Tỉnh, thành phố\",Điểm,Xếp hạng\nXứ Lạng,50,1\n", encoding="utf-8")
    files = [str(tmp_path / name) for name in ("PCI_2019.csv", "PAR_INDEX_2015.csv", "DTI_2018.csv")]
    result = cchc("results", "import-many", *files, "--db", demo)
    assert result.returncode == 2
    assert "Bảng DTI năm 2018 (tệp “DTI_2018.csv”)" in result.stderr and "“Xứ Lạng” không khớp" in result.stderr
    for index, year in (("PCI", "2019"), ("PAR INDEX", "2015")):  # the good tables were not stored either
        assert cchc("results", "show", "--index", index, "--year", year, "--db", demo).returncode == 2
    result = cchc("results", "import-many", *files[:2], "--db", demo)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("Đã nhập 2 bảng.")
    assert "Quảng Ninh" in cchc("results", "show", "--index", "PAR INDEX", "--year", "2015", "--db", demo).stdout
    wrong = tmp_path / "papi-2020.csv"
    wrong.write_text(good, encoding="utf-8")
    result = cchc("results", "import-many", str(wrong), "--db", demo)
    assert result.returncode == 2 and "không có dạng MÃ_NĂM (ví dụ PAPI_2023.csv)" in result.stderr
