"""Regenerate the regression corpus of nasty import files: ``uv run python tests/data/bad_inputs/make_corpus.py``.

Each file is named ``<importer>_<case>.<ext>``; tests/fuzz/test_bad_inputs_corpus.py says what each must give.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).parent
TASK_HEADER = ["Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Tình trạng",
               "Ngày hoàn thành", "Nguồn", "Mô tả"]


def xlsx(rows: list[list[object]]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def edit(data: bytes, name: str, change) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == name:
                content = change(content.decode("utf-8")).encode("utf-8", errors="surrogatepass")
            target.writestr(info.filename, content)
    return out.getvalue()


def small_dimension(data: bytes, ref: str) -> bytes:
    return edit(data, "xl/worksheets/sheet1.xml",
                lambda xml: re.sub(r'<dimension ref="[^"]*"', f'<dimension ref="{ref}"', xml))


def papi_2020_rows() -> list[list[object]]:
    source = HERE.parents[2] / "resources" / "demo" / "papi" / "papi_2020.csv"
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    rows: list[list[object]] = [["Tỉnh, thành phố", "Điểm", "Xếp hạng"]]
    for line in lines[1:]:
        name, score, rank = line.rsplit(",", 2)
        rows.append([name.strip('"'), float(score) if score else None, int(rank) if rank else None])
    return rows


def task_rows(count: int, deadline: object = "trong Quý III/2024") -> list[list[object]]:
    return [TASK_HEADER] + [[f"Nhiệm vụ số {n}", "Sở Nội vụ", "", deadline, "", None, "", ""]
                            for n in range(1, count + 1)]


def main() -> None:
    files: dict[str, bytes] = {}
    files["results_cr_only.csv"] = "Tỉnh,Điểm,Xếp hạng\rLạng Sơn,42.37,37\rQuảng Ninh,50.16,1\r".encode()
    files["results_rank_superscript.csv"] = "Tỉnh,Điểm,Xếp hạng\nLạng Sơn,42.37,²\nQuảng Ninh,50.16,1\n".encode()
    files["results_rank_circled.csv"] = "Tỉnh,Điểm,Xếp hạng\nLạng Sơn,42.37,①\nQuảng Ninh,50.16,1\n".encode()
    files["results_two_score_columns.csv"] = "Tỉnh,Điểm,Điểm\nLạng Sơn,42.37,40\nQuảng Ninh,50.16,50\n".encode()
    files["results_long_field.csv"] = ("Tỉnh,Điểm\nLạng Sơn," + "4" * 5000 + "\n").encode()
    files["results_dimension_63.xlsx"] = small_dimension(xlsx(papi_2020_rows()), "A1:C10")
    nan = xlsx([["Tỉnh", "Điểm"], ["Lạng Sơn", 42.37], ["Quảng Ninh", 50.16]])
    files["results_nan_cell.xlsx"] = edit(nan, "xl/worksheets/sheet1.xml",
                                          lambda xml: xml.replace("<v>42.37</v>", "<v>NaN</v>"))
    files["scores_decimal_dots.csv"] = "Mã,Điểm\n1.1,0.4.5\n".encode()
    files["scores_ones_400.csv"] = ("Mã,Điểm\n1.1," + "1" * 400 + "\n").encode()
    files["criteria_code_superscript.csv"] = "Mã,Tên,Điểm tối đa\n1,Chỉ đạo,10\n1.²,Kế hoạch,6\n".encode()
    files["criteria_max_ones_400.csv"] = ("Mã,Tên,Điểm tối đa\n1,Chỉ đạo," + "1" * 400 + "\n").encode()
    files["criteria_fffe_in_name.csv"] = "Mã,Tên,Điểm tối đa\n1,Chỉ\ufffeđạo,10\n".encode()
    lone_surrogate = "Mã,Tên,Điểm tối đa\n1,Chỉ \ud800 đạo,10\n"
    files["criteria_lone_surrogate.csv"] = lone_surrogate.encode("utf-8", errors="surrogatepass")
    files["tasks_quarter_0000.xlsx"] = xlsx(task_rows(2, "Quý I/0000"))
    files["tasks_year_9999.xlsx"] = xlsx(task_rows(1, "31/12/9999"))
    files["tasks_formula_today.xlsx"] = xlsx(task_rows(2, "=TODAY()"))
    files["tasks_dimension_20.xlsx"] = small_dimension(xlsx(task_rows(20)), "A1:H3")
    good = xlsx(task_rows(3))
    files["tasks_truncated.xlsx"] = good[: len(good) // 2]
    files["tasks_bad_xml.xlsx"] = edit(good, "xl/worksheets/sheet1.xml", lambda xml: xml[: len(xml) // 2])
    files["tasks_fffe_escape.xlsx"] = edit(good, "xl/worksheets/sheet1.xml",
                                           lambda xml: xml.replace("s&#7889; 2<", "s&#xFFFE; 2<"))
    zipped = bytearray(good)
    info = zipfile.ZipFile(io.BytesIO(good)).getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in (5, 40, 90):
        zipped[start + offset] ^= 0xFF
    files["tasks_bad_zlib.xlsx"] = bytes(zipped)
    for name, data in files.items():
        (HERE / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
