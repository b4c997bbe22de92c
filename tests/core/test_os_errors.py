"""Vietnamese messages for file-system errors."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from cchc_desktop.core.os_errors import os_error_message, os_error_reason


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
    assert os_error_message(exc, action="ghi", path=Path("/khong-co/tb.pdf")) == \
        "Không ghi được tệp “/khong-co/tb.pdf”: thư mục chứa tệp không tồn tại."
    assert os_error_message(exc) == "Không truy cập được tệp: không có tệp hoặc thư mục này."


def test_real_errors_from_the_file_system(tmp_path):
    with pytest.raises(OSError) as missing:
        (tmp_path / "khong-co.db").read_bytes()
    assert os_error_message(missing.value, action="đọc") == \
        f"Không đọc được tệp “{tmp_path / 'khong-co.db'}”: không có tệp hoặc thư mục này."
    with pytest.raises(OSError) as folder:
        tmp_path.write_bytes(b"")
    assert os_error_message(folder.value, action="ghi").endswith("đây là một thư mục, không phải tệp.")
    with pytest.raises(OSError) as exists:
        tmp_path.mkdir()
    assert os_error_message(exists.value).endswith(": tệp đã có sẵn.")


def test_unknown_causes_keep_the_system_text_and_both_names_of_a_rename():
    exc = OSError(errno.EXDEV, "Invalid cross-device link", "a.db", None, "b.db")
    assert os_error_message(exc, action="chuyển") == \
        "Không chuyển được tệp “a.db” → “b.db”: Invalid cross-device link."
    assert os_error_reason(PermissionError("bị chặn")) == os_error_reason(OSError(errno.EACCES, "x"))
    assert os_error_reason(OSError("lạ")) == "lạ"
