"""The register export: Vietnamese headers, column widths, real dates shown dd/mm/yyyy, rows in the given order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cchc_desktop.core.errors import CchcError
from cchc_desktop.core.register_row import RegisterRow
from cchc_desktop.documents.register_xlsx import REGISTER_COLUMNS, export_register

ROWS = [
    RegisterRow(2, "UBND tỉnh Lạng Sơn", 2024, 2, "TB-UBND", dt.date(2024, 4, 12),
                "Kết luận tại cuộc họp sơ kết quý I năm 2024", "Trịnh Tiến Duy", 2, "c" * 64),
    RegisterRow(1, "UBND tỉnh Lạng Sơn", 2024, 1, "TB-UBND", dt.date(2024, 4, 5),
                "Kết luận tại Hội nghị phân tích chỉ số", "Phạm Hùng Trường", 1, "d" * 64),
]


def test_export_writes_headers_widths_and_dates(tmp_path: Path) -> None:
    path = export_register(tmp_path / "so.xlsx", ROWS, "SỔ VĂN BẢN ĐI", "Năm 2024: 2 văn bản")
    sheet = load_workbook(path).active
    assert sheet.title == "Sổ văn bản đi"
    assert sheet["A1"].value == "SỔ VĂN BẢN ĐI" and sheet["A2"].value == "Năm 2024: 2 văn bản"
    assert [c.value for c in sheet[4]] == [column.header for column in REGISTER_COLUMNS]
    assert [c.value for c in sheet[4]][:4] == ["STT", "Số, ký hiệu", "Ngày ban hành", "Trích yếu"]
    assert sheet.column_dimensions["D"].width == 70
    first = [c.value for c in sheet[5]]
    assert first[:2] == [1, "02/TB-UBND"]
    assert first[2] == dt.datetime(2024, 4, 12)
    assert sheet["C5"].number_format == "dd/mm/yyyy"
    assert first[3:] == [
        "Kết luận tại cuộc họp sơ kết quý I năm 2024", "Trịnh Tiến Duy", "UBND tỉnh Lạng Sơn", "c" * 64,
    ]
    assert sheet["B6"].value == "01/TB-UBND"
    assert sheet.freeze_panes == "A5"


def test_export_to_an_unwritable_place_says_so(tmp_path: Path) -> None:
    with pytest.raises(CchcError, match="Không ghi được tệp"):
        export_register(tmp_path / "khong-co" / "so.xlsx", ROWS, "SỔ VĂN BẢN ĐI")


def test_export_onto_a_folder_says_it_is_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "so.xlsx"
    folder.mkdir()
    with pytest.raises(CchcError) as error:
        export_register(folder, ROWS, "SỔ VĂN BẢN ĐI")
    assert str(error.value) == f"Không ghi được tệp “{folder}”: đây là một thư mục, không phải tệp."
