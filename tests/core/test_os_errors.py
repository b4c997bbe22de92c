"""Vietnamese messages for file-system errors."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from cchc_desktop.core.errors import CchcError
from cchc_desktop.core.os_errors import (
    display_path,
    is_folder_error,
    os_error_message,
    os_error_reason,
    writing_file,
)

FOLDER = "đây là một thư mục, không phải tệp"


@pytest.mark.parametrize(("code", "reason"), [
    (errno.ENOENT, "không có tệp hoặc thư mục này"),
    (errno.EACCES, "không có quyền truy cập (tệp có thể đang mở trong chương trình khác, hoặc thư mục không cho "
                   "phép ghi)"),
    (errno.ENOSPC, "ổ đĩa đã hết chỗ trống"),
    (errno.EROFS, "ổ đĩa hoặc thư mục chỉ cho phép đọc"),
    (errno.EEXIST, "tệp đã có sẵn"),
])
def test_common_causes_are_vietnamese(code, reason):
    exc = OSError(code, "English text from the C library", "D:\\Báo cáo\\tb.pdf")
    assert os_error_reason(exc) == reason
    assert os_error_message(exc) == f"Không truy cập được tệp “D:\\Báo cáo\\tb.pdf”: {reason}."


def test_writing_into_a_missing_folder_and_the_path_given_by_the_caller():
    exc = FileNotFoundError(errno.ENOENT, "No such file or directory")
    # The path as the system writes it: \khong-co\tb.pdf on Windows, /khong-co/tb.pdf elsewhere.
    assert os_error_message(exc, action="ghi", path=Path("/khong-co/tb.pdf")) == \
        f"Không ghi được tệp “{os.sep}khong-co{os.sep}tb.pdf”: thư mục chứa tệp không tồn tại."
    assert os_error_message(exc, action="ghi", path="/khong-co/tb.pdf") == \
        os_error_message(exc, action="ghi", path=Path("/khong-co/tb.pdf"))
    assert os_error_message(exc) == "Không truy cập được tệp: không có tệp hoặc thư mục này."


def test_real_errors_from_the_file_system(tmp_path):
    with pytest.raises(OSError) as missing:
        (tmp_path / "khong-co.db").read_bytes()
    assert os_error_message(missing.value, action="đọc") == \
        f"Không đọc được tệp “{tmp_path / 'khong-co.db'}”: không có tệp hoặc thư mục này."
    with pytest.raises(OSError) as folder:
        tmp_path.write_bytes(b"")
    # IsADirectoryError on Linux, PermissionError on Windows: the same message on both
    assert os_error_message(folder.value, action="ghi") == f"Không ghi được tệp “{tmp_path}”: {FOLDER}."
    with pytest.raises(OSError) as exists:
        tmp_path.mkdir()
    assert os_error_message(exists.value).endswith(": tệp đã có sẵn.")


def test_unknown_causes_keep_the_system_text_and_both_names_of_a_rename():
    exc = OSError(errno.EXDEV, "Invalid cross-device link", "a.db", None, "b.db")
    assert os_error_message(exc, action="chuyển") == \
        "Không chuyển được tệp “a.db” → “b.db”: Invalid cross-device link."
    assert os_error_reason(PermissionError("bị chặn")) == os_error_reason(OSError(errno.EACCES, "x"))
    assert os_error_reason(OSError("lạ")) == "lạ"


def test_paths_are_shown_with_the_separators_of_the_system():
    assert display_path("bao-cao/2024/tb.pdf") == os.path.join("bao-cao", "2024", "tb.pdf")
    assert display_path(Path("bao-cao") / "tb.pdf") == os.path.join("bao-cao", "tb.pdf")
    assert display_path(os.fsencode("tb.pdf")) == "tb.pdf" and display_path("") == ""
    exc = FileNotFoundError(errno.ENOENT, "No such file or directory", "bao-cao/tb.pdf")
    assert os_error_message(exc, action="đọc") == \
        f"Không đọc được tệp “{os.path.join('bao-cao', 'tb.pdf')}”: không có tệp hoặc thư mục này."


def test_a_folder_refused_as_on_windows_is_still_a_folder(tmp_path):
    """Windows answers ``open(folder, "wb")`` with PermissionError (EACCES), not IsADirectoryError."""
    windows = PermissionError(errno.EACCES, "Permission denied", str(tmp_path))
    assert is_folder_error(windows) and os_error_reason(windows) == FOLDER
    assert os_error_message(windows, action="ghi") == f"Không ghi được tệp “{tmp_path}”: {FOLDER}."
    unnamed = PermissionError(errno.EACCES, "Permission denied")
    assert os_error_message(unnamed, action="ghi", path=tmp_path) == f"Không ghi được tệp “{tmp_path}”: {FOLDER}."
    moved = PermissionError(errno.EACCES, "Access is denied", str(tmp_path / "a.partial"), None, str(tmp_path))
    assert os_error_reason(moved) == FOLDER  # os.replace onto a folder
    linux = IsADirectoryError(errno.EISDIR, "Is a directory", str(tmp_path))
    assert os_error_message(linux, action="ghi") == os_error_message(windows, action="ghi")


def test_a_file_refused_is_a_permission_problem_not_a_folder(tmp_path):
    locked = tmp_path / "tb.pdf"
    locked.write_bytes(b"%PDF")
    for exc in (PermissionError(errno.EACCES, "Permission denied", str(locked)),
                PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "khong-co.pdf"))):
        assert not is_folder_error(exc)
        assert os_error_reason(exc) == os_error_reason(OSError(errno.EACCES, "x"))
    assert not is_folder_error(OSError(errno.ENOSPC, "No space left on device", str(tmp_path)))


def test_writing_file_names_the_file_and_the_folder_on_every_system(tmp_path):
    with pytest.raises(CchcError) as real:
        with writing_file(tmp_path):
            tmp_path.write_bytes(b"")
    assert str(real.value) == f"Không ghi được tệp “{tmp_path}”: {FOLDER}."
    with pytest.raises(CchcError) as missing:
        with writing_file(tmp_path / "khong-co" / "tb.pdf"):
            (tmp_path / "khong-co" / "tb.pdf").write_bytes(b"")
    assert str(missing.value) == (f"Không ghi được tệp “{tmp_path / 'khong-co' / 'tb.pdf'}”: "
                                  "thư mục chứa tệp không tồn tại.")


def test_writing_onto_a_folder_as_on_windows(tmp_path, windows_folder_errors):
    with pytest.raises(PermissionError):
        tmp_path.write_bytes(b"")  # what Windows raises
    with pytest.raises(CchcError) as simulated:
        with writing_file(tmp_path):
            tmp_path.write_bytes(b"")
    assert str(simulated.value) == f"Không ghi được tệp “{tmp_path}”: {FOLDER}."
    (tmp_path / "tb.pdf").write_bytes(b"%PDF")  # files are written as usual
    assert (tmp_path / "tb.pdf").read_bytes() == b"%PDF"
