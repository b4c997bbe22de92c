"""Files written by ``cchc`` are whole or absent: a full disk or a file open elsewhere keeps the old file."""

from __future__ import annotations

import errno
import json
import os
import shutil

import pytest

from cchc_desktop import cli
from tests.full_disk import fill_disk_after, folder_listing

FULL = "ổ đĩa đã hết chỗ trống"


@pytest.fixture
def demo(tmp_path, demo_db_file):
    folder = tmp_path / "db"
    folder.mkdir()
    path = folder / "demo.db"
    shutil.copy(demo_db_file, path)
    return str(path)


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _notice_id(demo, capsys) -> str:
    assert cli.main(["notice", "list", "--db", demo, "--format", "json"]) == 0
    return str(json.loads(capsys.readouterr().out)[0]["id"])


def test_notice_pdf_on_a_full_disk_keeps_the_good_file_then_a_good_write_replaces_it(demo, out, capsys,
                                                                                      monkeypatch):
    notice_id = _notice_id(demo, capsys)
    target = out / "tb.pdf"
    assert cli.main(["notice", "pdf", notice_id, "--out", str(target), "--db", demo]) == 0
    good = target.read_bytes()
    assert good.startswith(b"%PDF") and good.rstrip().endswith(b"%%EOF")
    capsys.readouterr()

    with monkeypatch.context() as patched:
        fill_disk_after(patched, room=4096)
        assert cli.main(["notice", "pdf", notice_id, "--out", str(target), "--db", demo]) == 2
    assert capsys.readouterr().err.strip() == f"Lỗi: Không ghi được tệp “{target}”: {FULL}."
    assert target.read_bytes() == good
    assert folder_listing(out) == ["tb.pdf"]

    target.write_bytes(b"an old, different file")
    assert cli.main(["notice", "pdf", notice_id, "--out", str(target), "--db", demo]) == 0
    assert target.read_bytes().startswith(b"%PDF") and folder_listing(out) == ["tb.pdf"]


def test_notice_pdf_onto_a_file_open_in_a_viewer(demo, out, capsys, monkeypatch):
    notice_id = _notice_id(demo, capsys)
    target = out / "tb.pdf"
    target.write_bytes(b"%PDF open in a viewer")

    def windows_replace(source, destination):  # type: ignore[no-untyped-def]
        raise PermissionError(errno.EACCES, "The process cannot access the file because it is being used by "
                              "another process", os.fspath(source), 32, os.fspath(destination))

    monkeypatch.setattr(os, "replace", windows_replace)
    assert cli.main(["notice", "pdf", notice_id, "--out", str(target), "--db", demo]) == 2
    assert capsys.readouterr().err.strip() == \
        f"Lỗi: Tệp “{target}” đang được mở trong chương trình khác. Hãy đóng tệp rồi thử lại."
    assert target.read_bytes() == b"%PDF open in a viewer" and folder_listing(out) == ["tb.pdf"]


def test_chart_png_on_a_full_disk_keeps_the_image_then_is_replaced(demo, out, capsys, monkeypatch):
    target = out / "rank.png"
    target.write_bytes(b"\x89PNG an older chart")
    command = ["chart", "rank", "--province", "Lạng Sơn", "--index", "PAPI", "--out", str(target), "--db", demo]
    with monkeypatch.context() as patched:
        fill_disk_after(patched, room=500)
        assert cli.main(command) == 2
    assert capsys.readouterr().err.strip() == f"Lỗi: Không ghi được tệp “{target}”: {FULL}."
    assert target.read_bytes() == b"\x89PNG an older chart" and folder_listing(out) == ["rank.png"]
    assert cli.main(command) == 0
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and folder_listing(out) == ["rank.png"]
