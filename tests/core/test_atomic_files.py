"""Exports are written whole or not at all: a temporary file next to the target, then one rename."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from cchc_desktop.core.atomic_files import atomic_write, write_bytes_atomic
from cchc_desktop.core.errors import CchcError
from cchc_desktop.core.os_errors import FileInUseError, os_error_message, writing_file
from tests.full_disk import fill_disk_after, folder_listing

FOLDER = "đây là một thư mục, không phải tệp"


def test_a_complete_write_replaces_the_target_and_leaves_nothing_else(tmp_path):
    target = tmp_path / "tb.pdf"
    target.write_bytes(b"%PDF old")
    if os.name != "nt":
        target.chmod(0o640)
    assert write_bytes_atomic(target, b"%PDF new") == target
    assert target.read_bytes() == b"%PDF new"
    assert folder_listing(tmp_path) == ["tb.pdf"]
    if os.name != "nt":
        assert stat.S_IMODE(target.stat().st_mode) == 0o640  # a replaced file keeps its permissions
    write_bytes_atomic(tmp_path / "moi.pdf", b"%PDF")
    assert (tmp_path / "moi.pdf").read_bytes() == b"%PDF"


def test_the_temporary_file_is_hidden_in_the_target_folder(tmp_path, monkeypatch):
    seen: list[str] = []
    real_replace = os.replace

    def spying_replace(source, target):  # type: ignore[no-untyped-def]
        seen.append(os.fspath(source))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", spying_replace)
    write_bytes_atomic(tmp_path / "tb.pdf", b"%PDF")
    (name,) = seen
    assert os.path.dirname(name) == str(tmp_path)
    assert os.path.basename(name).startswith(".tb.pdf.partial-")


def test_a_full_disk_keeps_the_old_file_byte_for_byte(tmp_path, monkeypatch):
    target = tmp_path / "tb.pdf"
    target.write_bytes(b"%PDF good " * 100)
    fill_disk_after(monkeypatch, room=50)
    with pytest.raises(CchcError) as refused, writing_file(target):
        write_bytes_atomic(target, b"%PDF new " * 1000)
    assert str(refused.value) == f"Không ghi được tệp “{target}”: ổ đĩa đã hết chỗ trống."
    assert target.read_bytes() == b"%PDF good " * 100
    assert folder_listing(tmp_path) == ["tb.pdf"]


def test_a_failure_inside_the_block_keeps_the_target(tmp_path):
    target = tmp_path / "ds.xlsx"
    target.write_bytes(b"PK good")
    with pytest.raises(ValueError), atomic_write(target) as file:
        file.write(b"PK half")
        raise ValueError("the renderer failed")
    assert target.read_bytes() == b"PK good"
    assert folder_listing(tmp_path) == ["ds.xlsx"]


def test_a_folder_and_a_missing_folder_are_named_as_before(tmp_path, windows_folder_errors):
    with pytest.raises(CchcError) as folder, writing_file(tmp_path):
        write_bytes_atomic(tmp_path, b"%PDF")
    assert str(folder.value) == f"Không ghi được tệp “{tmp_path}”: {FOLDER}."
    missing = tmp_path / "khong-co" / "tb.pdf"
    with pytest.raises(CchcError) as absent, writing_file(missing):
        write_bytes_atomic(missing, b"%PDF")
    assert str(absent.value) == f"Không ghi được tệp “{missing}”: thư mục chứa tệp không tồn tại."
    assert folder_listing(tmp_path) == []


def test_a_target_open_in_another_program(tmp_path, monkeypatch):
    """Windows refuses to replace a file another program holds open (WinError 32 or 5)."""
    target = tmp_path / "tb.pdf"
    target.write_bytes(b"%PDF open in a viewer")

    def windows_replace(source, destination):  # type: ignore[no-untyped-def]
        raise PermissionError(errno.EACCES, "The process cannot access the file because it is being used by "
                              "another process", os.fspath(source), 32, os.fspath(destination))

    monkeypatch.setattr(os, "replace", windows_replace)
    with pytest.raises(FileInUseError):
        write_bytes_atomic(target, b"%PDF new")
    with pytest.raises(CchcError) as refused, writing_file(target):
        write_bytes_atomic(target, b"%PDF new")
    assert str(refused.value) == \
        f"Tệp “{target}” đang được mở trong chương trình khác. Hãy đóng tệp rồi thử lại."
    assert target.read_bytes() == b"%PDF open in a viewer"
    assert folder_listing(tmp_path) == ["tb.pdf"]


def test_windows_sharing_violations_anywhere_get_the_same_sentence():
    exc = OSError(errno.EACCES, "being used by another process", "D:\\ds.xlsx")
    exc.winerror = 32  # type: ignore[attr-defined]  # what Windows sets; not settable through the constructor here
    assert os_error_message(exc, action="ghi") == \
        "Tệp “D:\\ds.xlsx” đang được mở trong chương trình khác. Hãy đóng tệp rồi thử lại."


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need extra rights on Windows")
def test_a_symbolic_link_keeps_pointing_at_the_new_content(tmp_path):
    real = tmp_path / "that.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    write_bytes_atomic(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"
