"""``cchc audit list``: the audit log, newest first, with readable before/after values."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import shutil
from dataclasses import dataclass

import pytest

from cchc_desktop import cli


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def cchc(*args: str, user: str = "Nguyễn Thị Lan") -> Result:
    """Run the command in this process (as ``cchc`` would, with ``CCHC_USER`` set to ``user``)."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CCHC_USER", user)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(list(args))
            except SystemExit as exit_:  # argparse refusing an option
                code = int(exit_.code or 0)
    return Result(code, out.getvalue(), err.getvalue())


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_db_file):
    """The demo with two settings changed by two people (through the CLI, as a clerk would)."""
    path = tmp_path_factory.mktemp("audit") / "demo.db"
    shutil.copy(demo_db_file, path)
    for name, value, user in (("drafter_initials", "ntl", "Nguyễn Thị Lan"), ("own_province", "cao bang", "Bình")):
        result = cchc("settings", "set", name, value, "--db", str(path), user=user)
        assert result.returncode == 0, result.stderr
    return str(path)


def test_list_shows_newest_first_with_vietnamese_headings_and_before_after(demo):
    result = cchc("audit", "list", "--db", demo, "--since", "01/01/2000")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for heading in ("Thời gian", "Người thực hiện", "Thao tác", "Bảng", "Nội dung", "Thay đổi"):
        assert heading in lines[0]
    assert "Bình" in lines[2] and "Tỉnh của mình: Lạng Sơn → Cao Bằng" in lines[2]
    assert "Nguyễn Thị Lan" in lines[3] and "Chữ viết tắt người soạn: LTH → NTL" in lines[3]
    assert "Bình (CCHC_USER)" in lines[2]  # the name came from CCHC_USER, not the login


def test_json_gives_structured_changes_and_the_time_as_dd_mm_yyyy(demo):
    result = cchc("audit", "list", "--db", demo, "--user", "nguyen thi lan", "--format", "json")
    assert result.returncode == 0, result.stderr
    [entry] = json.loads(result.stdout)
    assert entry["table"] == "settings" and entry["table_label"] == "Cài đặt" and entry["action_label"] == "Sửa"
    assert entry["user"] == "Nguyễn Thị Lan" and entry["user_note"].startswith("đặt bằng CCHC_USER, tài khoản máy: ")
    assert entry["changes"] == [{"field": "drafter_initials", "label": "Chữ viết tắt người soạn",
                                 "before": "LTH", "after": "NTL"}]
    day, month, rest = entry["time"].split("/")
    assert len(day) == 2 and len(month) == 2 and len(rest) == len("2026 16:15")


def test_table_filter_takes_the_vietnamese_name_and_csv_has_one_row_per_entry(demo):
    result = cchc("audit", "list", "--db", demo, "--table", "bang ket qua chi so", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["Thời gian", "Người thực hiện", "Thao tác", "Bảng", "Mã bản ghi", "Nội dung", "Thay đổi"]
    assert len(rows) > 1 and {row[3] for row in rows[1:]} == {"Bảng kết quả chỉ số"}
    assert all(row[2] == "Nhập" for row in rows[1:])


def test_bad_filters_are_refused_naming_the_option_and_value(demo):
    result = cchc("audit", "list", "--db", demo, "--since", "31/02/2024")
    assert result.returncode == 2 and "31/02/2024" in result.stderr and "--since" in result.stderr
    result = cchc("audit", "list", "--db", demo, "--table", "ho so")
    assert result.returncode == 2
    assert result.stderr.startswith("Lỗi: Không có bảng “ho so” trong nhật ký. Các bảng: tasks (Nhiệm vụ)")


def test_an_empty_selection_says_so(demo):
    result = cchc("audit", "list", "--db", demo, "--user", "không có ai")
    assert result.returncode == 0
    assert result.stdout.splitlines()[-1] == "Không có thay đổi nào khớp với điều kiện đã chọn."
