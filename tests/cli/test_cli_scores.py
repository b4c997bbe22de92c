"""``cchc scores show|template|import``: the own province's score per criterion and sub-criterion, through a
workbook laid out like the criteria tree (demo database: Lạng Sơn, PAR INDEX 2021)."""

import json

import openpyxl

from .run import cchc

INDEX = ("--index", "PAR INDEX", "--year", "2021")




def scores(demo):
    result = cchc("scores", "show", *INDEX, "--db", demo, "--format", "json")
    assert result.returncode == 0, result.stderr
    return {row["code"]: row for row in json.loads(result.stdout)}


def test_template_filled_in_excel_imports_back_after_a_dry_run(demo, tmp_path):
    before = scores(demo)
    assert before["1.1"]["max"] == "3" and before["1.1"]["score"] == "2,5" and before["1.1"]["lost"] == "0,5"
    book_path = tmp_path / "diem.xlsx"
    result = cchc("scores", "template", *INDEX, "--out", str(book_path), "--db", demo)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Đã ghi {book_path}: 29 mục của PAR INDEX năm 2021, điểm hiện có của Lạng Sơn.")

    book = openpyxl.load_workbook(book_path)
    sheet = book.active
    assert [c.value for c in sheet[1]] == ["Mã", "Tiêu chí, tiêu chí thành phần", "Điểm tối đa", "Điểm", "Ghi chú"]
    rows = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    assert [sheet.cell(rows["1.1"], c).value for c in (2, 3, 4)] == ["Kế hoạch cải cách hành chính năm", 3, 2.5]
    assert sheet.cell(rows["1"], 2).font.bold and not sheet.cell(rows["1.1"], 2).font.bold
    # A criterion with sub-criteria is their sum: left blank, said so, computed on import.
    assert [sheet.cell(rows["1"], c).value for c in (4, 5)] == [None, "(tổng các mục con)"]
    sheet.cell(rows["1.1"], 4).value = 3  # the clerk corrects one sub-criterion
    book.save(book_path)

    result = cchc("scores", "import", str(book_path), *INDEX, "--dry-run", "--db", demo)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Kiểm tra xong điểm 21 mục PAR INDEX năm 2021 của Lạng Sơn; chưa nhập (chạy thử)."
    assert scores(demo)["1.1"]["score"] == "2,5"

    result = cchc("scores", "import", str(book_path), *INDEX, "--db", demo)
    assert result.stdout.strip() == "Đã nhập điểm 21 mục PAR INDEX năm 2021 của Lạng Sơn."
    after = scores(demo)
    assert (after["1.1"]["score"], after["1.1"]["lost"]) == ("3", "0")
    assert (before["1"]["score"], after["1"]["score"]) == ("8,25", "8,75")  # the criterion follows its items
    assert {code: row for code, row in after.items() if code not in ("1", "1.1")} == {
        code: row for code, row in before.items() if code not in ("1", "1.1")}


def test_a_score_above_its_maximum_is_refused_with_its_row_and_nothing_changes(demo, tmp_path):
    path = tmp_path / "diem.csv"
    path.write_text("Mã;Điểm\n1.2;2,5\n1.1;3,5\n", encoding="utf-8")
    result = cchc("scores", "import", str(path), *INDEX, "--db", demo)
    assert result.returncode == 2
    assert "Dòng 3, cột “Điểm”: điểm 3,5 của mã 1.1 vượt ngoài 0–3 (điểm tối đa)" in result.stderr
    assert scores(demo)["1.2"]["score"] == "2,75"


def test_a_sub_total_that_disagrees_with_its_items_is_refused_with_its_row(demo, tmp_path):
    path = tmp_path / "diem.csv"  # criterion 1 of 2021 has three sub-criteria: 2,5 + 2,75 + 1 is not 6,5
    path.write_text("Mã;Điểm\n1;6,5\n1.1;2,5\n1.2;2,75\n1.3;1\n", encoding="utf-8")
    result = cchc("scores", "import", str(path), *INDEX, "--db", demo)
    assert result.returncode == 2
    assert "Dòng 2, cột “Điểm”: điểm 6,5 của mục 1 khác tổng điểm các mục con (6,25)" in result.stderr
    assert scores(demo)["1"]["score"] == "8,25"


def test_a_template_of_a_tree_without_maxima_is_refused(demo, tmp_path):
    result = cchc("scores", "template", "--index", "PAR INDEX", "--year", "2025", "--out", str(tmp_path / "x.xlsx"),
                  "--db", demo)
    assert result.returncode == 2
    assert "chưa có điểm tối đa của các mục" in result.stderr and not (tmp_path / "x.xlsx").exists()
