"""Results tables as Excel on a Vietnamese Windows PC saves them: "CSV" in the ANSI code page Windows-1258 (tone
marks as separate combining characters), ";" between columns and "," as the decimal mark. The files are made here
the way Windows converts text to that code page, and must import exactly as their UTF-8 twins."""

from __future__ import annotations

import unicodedata

import pytest

from cchc_desktop.core.errors import CchcError
from cchc_desktop.core.services.results import ResultService
from cchc_desktop.core.table_reader import read_table, read_table_and_format

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # the five marks Windows-1258 writes apart

# A few provinces (scores made up) whose names need every tone mark, the header in Excel users' words.
ROWS = [("Tỉnh/thành phố", "Tổng điểm", "Hạng"), ("Lạng Sơn", "42,37", "37"), ("Quảng Ninh", "50,16", "1"),
        ("Thừa Thiên Huế", "45,05", "12"), ("Bà Rịa - Vũng Tàu", "44,18", "20"), ("Đắk Lắk", "41,92", "40"),
        ("Hà Nội", "43,86", "24")]


def windows_1258(text: str) -> bytes:
    """``text`` as Windows writes it in code page 1258: letters with a circumflex, breve or horn kept whole, the
    tone mark after them as its own byte (the code page has no "ộ", only "ô" and a combining dot below)."""
    out = []
    for char in text:
        try:
            out.append(char.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out.append((base + "".join(c for c in parts if c in TONES)).encode("cp1258"))
    return b"".join(out)


def lines(separator: str, decimal: str = ",") -> str:
    return "".join(separator.join(cell.replace(",", decimal) if cell[0].isdigit() else cell for cell in row)
                   + "\r\n" for row in ROWS)


def test_the_test_file_is_written_as_windows_writes_it():
    data = windows_1258("Hội")
    assert data == b"H\xf4\xf2i"  # ô, then the dot below on its own
    assert unicodedata.normalize("NFC", data.decode("cp1258")) == "Hội"


def test_a_vietnamese_excel_csv_reads_as_its_utf8_twin(tmp_path):
    ansi = tmp_path / "papi-excel.csv"
    ansi.write_bytes(windows_1258(lines(";")))
    twin = tmp_path / "papi-utf8.csv"
    twin.write_bytes(lines(";").encode("utf-8"))  # bytes: the lines end in CRLF already, on every system
    rows, found = read_table_and_format(ansi)
    assert rows == read_table(twin)
    assert rows[5][1] == ["Đắk Lắk", "41,92", "40"]
    assert all(unicodedata.is_normalized("NFC", cell) for _, cells in rows for cell in cells)
    assert found is not None and (found.encoding, found.delimiter, found.decimal_comma) == ("Windows-1258", ";", True)
    assert found.describe() == "mã Windows-1258, cột phân cách bằng dấu chấm phẩy, số thập phân dùng dấu phẩy"


def test_the_import_stores_the_same_results_and_says_how_it_read_the_file(db, tmp_path):
    ansi = tmp_path / "papi-excel.csv"
    ansi.write_bytes(windows_1258(lines(";")))
    twin = tmp_path / "papi.csv"
    twin.write_bytes(lines(",", ".").encode("utf-8-sig"))  # the UTF-8 twin as "CSV UTF-8": comma, decimal point
    results = ResultService(db)
    summary = results.import_table("PAPI", 2023, ansi)
    from_ansi = [(r.subject, r.score, r.rank) for r in results.table("PAPI", 2023)]
    results.import_table("PAPI", 2022, twin)
    assert [(r.subject, r.score, r.rank) for r in results.table("PAPI", 2022)] == from_ansi
    assert ("Đắk Lắk", 41.92, 40) in from_ansi and len(from_ansi) == 6
    assert summary.report == ("Đã nhập PAPI năm 2023: 6 dòng, xếp hạng trên 63 (bảng chưa đủ). Tệp CSV: mã "
                              "Windows-1258, cột phân cách bằng dấu chấm phẩy, số thập phân dùng dấu phẩy.")
    assert summary.message == "Đã nhập PAPI năm 2023: 6 dòng, xếp hạng trên 63 (bảng chưa đủ)."


@pytest.mark.parametrize(("separator", "name"), [("\t", "ký tự tab"), (",", "dấu phẩy"), (";", "dấu chấm phẩy")])
def test_the_separator_is_found_from_the_header(tmp_path, separator, name):
    path = tmp_path / "bang.csv"
    path.write_bytes(lines(separator, ".").encode("utf-8"))
    rows, found = read_table_and_format(path)
    assert rows[1][1] == ["Lạng Sơn", "42.37", "37"]
    assert found is not None and found.describe() == f"mã UTF-8, cột phân cách bằng {name}, số thập phân dùng dấu chấm"


def test_a_western_code_page_file_is_read_as_windows_1252(tmp_path):
    path = tmp_path / "western.csv"
    path.write_bytes("Province;Score\r\nCôte;12,5\r\nSão Paulo;7\r\n".encode("cp1252"))
    rows, found = read_table_and_format(path)
    assert [cells for _, cells in rows] == [["Province", "Score"], ["Côte", "12,5"], ["São Paulo", "7"]]
    assert found is not None and found.encoding == "Windows-1252"


def test_a_utf8_file_with_one_damaged_byte_is_refused_not_read_as_a_code_page(tmp_path):
    path = tmp_path / "hong.csv"
    path.write_bytes("Tỉnh,Điểm\nLạng Sơn,42\nQuảng Ninh,5".encode() + b"\xff\n")
    with pytest.raises(CchcError, match="không phải văn bản UTF-8 .*dòng 3"):
        read_table(path)
