"""Excel and chart exports replace an existing file only with a complete new one."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from cchc_desktop.core.errors import CchcError
from cchc_desktop.core.register_row import RegisterRow
from cchc_desktop.documents.charts import Series, rank_chart, save_drawing
from cchc_desktop.documents.register_xlsx import export_register
from tests.full_disk import fill_disk_after, folder_listing

FULL = "ổ đĩa đã hết chỗ trống"
ROWS = [RegisterRow(1, "UBND tỉnh Lạng Sơn", 2024, 1, "TB-UBND", dt.date(2024, 4, 5),
                    "Kết luận tại Hội nghị phân tích chỉ số", "Phạm Hùng Trường", 1, "d" * 64)]


def test_register_xlsx_on_a_full_disk_keeps_the_workbook_a_good_write_replaces_it(tmp_path, monkeypatch):
    target = tmp_path / "so.xlsx"
    export_register(target, ROWS, "SỔ VĂN BẢN ĐI", "Năm 2024: 1 văn bản")
    good = target.read_bytes()
    with monkeypatch.context() as patched:
        fill_disk_after(patched, room=1000)
        with pytest.raises(CchcError) as refused:
            export_register(target, ROWS * 50, "SỔ VĂN BẢN ĐI", "Năm 2024: 50 văn bản")
    assert str(refused.value) == f"Không ghi được tệp “{target}”: {FULL}."
    assert target.read_bytes() == good and folder_listing(tmp_path) == ["so.xlsx"]
    export_register(target, ROWS * 3, "SỔ VĂN BẢN ĐI", "Năm 2024: 3 văn bản")
    assert load_workbook(target).active["A2"].value == "Năm 2024: 3 văn bản"
    assert folder_listing(tmp_path) == ["so.xlsx"]


@pytest.mark.parametrize("name", ["rank.png", "rank.svg"])
def test_chart_image_on_a_full_disk_keeps_the_old_image(tmp_path, monkeypatch, name):
    target = tmp_path / name
    target.write_bytes(b"an older chart")
    drawing = rank_chart([Series("PAPI", [(2021, 12), (2022, 8), (2023, 5)])], 63, "Thứ hạng của Lạng Sơn")
    with monkeypatch.context() as patched:
        fill_disk_after(patched, room=300)
        with pytest.raises(CchcError) as refused:
            save_drawing(drawing, target)
    assert str(refused.value) == f"Không ghi được tệp “{target}”: {FULL}."
    assert target.read_bytes() == b"an older chart" and folder_listing(tmp_path) == [name]
    save_drawing(drawing, target)
    assert target.read_bytes() != b"an older chart" and folder_listing(tmp_path) == [name]
