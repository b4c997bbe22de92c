"""``cchc notice …`` on the demo database, as a user runs it."""

import json

from cchc_desktop import cli

from .run import cchc


def test_list_pdf_docx_issue_and_register(demo, tmp_path):
    listed = json.loads(cchc("notice", "list", "--db", demo, "--format", "json").stdout)
    assert {row["reference"] for row in listed} == {"…/TB-UBND"}
    notice_id = str(next(row["id"] for row in listed if "quý I năm 2024" in row["summary"]))
    pdf = tmp_path / "tb.pdf"
    result = cchc("notice", "pdf", notice_id, "--out", str(pdf), "--db", demo)
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    word = tmp_path / "tb.docx"
    assert cchc("notice", "docx", notice_id, "--out", str(word), "--db", demo).returncode == 0
    assert word.read_bytes()[:2] == b"PK"
    result = cchc("notice", "issue", notice_id, "--date", "19/04/2024", "--db", demo)
    assert result.returncode == 0, result.stderr
    assert "Thông báo số 01/TB-UBND ngày 19/04/2024" in result.stdout
    again = cchc("notice", "issue", notice_id, "--db", demo)
    assert again.returncode == 2 and "đã ban hành" in again.stderr
    register = json.loads(cchc("notice", "register", "--db", demo, "--format", "json").stdout)
    assert [row["reference"] for row in register] == ["01/TB-UBND"]


def test_unknown_notice_and_bad_date(demo, tmp_path):
    result = cchc("notice", "pdf", "999", "--out", str(tmp_path / "x.pdf"), "--db", demo)
    assert result.returncode == 2 and "Không tìm thấy thông báo có mã 999" in result.stderr
    result = cchc("notice", "issue", "1", "--date", "31/02/2024", "--db", demo)
    assert result.returncode == 2 and "31/02/2024 không phải là ngày hợp lệ" in result.stderr


def test_pdf_of_an_issued_notice_is_the_archived_file(demo, tmp_path):
    import hashlib

    from cchc_desktop.core.services.register import RegisterService
    from cchc_desktop.store.db import open_database

    listed = json.loads(cchc("notice", "list", "--db", demo, "--format", "json").stdout)
    notice_id = str(listed[0]["id"])
    assert cchc("notice", "issue", notice_id, "--date", "19/04/2024", "--db", demo).returncode == 0
    pdf = tmp_path / "da-ban-hanh.pdf"
    result = cchc("notice", "pdf", notice_id, "--out", str(pdf), "--db", demo)
    assert result.returncode == 0, result.stderr
    assert "bản lưu trong sổ văn bản đi" in result.stdout
    db = open_database(demo)
    try:
        (row,) = RegisterService(db).list()
        archived = RegisterService(db).issued_pdf(int(notice_id))
    finally:
        db.dispose()
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == row.sha256
    assert pdf.read_bytes() == archived


def test_writing_into_a_missing_folder_names_the_file(demo, tmp_path):
    out = tmp_path / "khong-co" / "tb.pdf"
    result = cchc("notice", "pdf", "1", "--out", str(out), "--db", demo)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"Lỗi: Không ghi được tệp “{out}”: thư mục chứa tệp không tồn tại."


def test_writing_onto_a_folder_says_it_is_a_folder(demo, tmp_path):
    folder = tmp_path / "tb.pdf"
    folder.mkdir()
    result = cchc("notice", "pdf", "1", "--out", str(folder), "--db", demo)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"Lỗi: Không ghi được tệp “{folder}”: đây là một thư mục, không phải tệp."


def test_a_folder_is_named_as_such_when_the_system_says_permission_denied(demo, tmp_path, capsys,
                                                                          windows_folder_errors):
    """Windows raises PermissionError, not IsADirectoryError, for ``open(folder, "wb")``."""
    folder = tmp_path / "tb.pdf"
    folder.mkdir()
    assert cli.main(["notice", "pdf", "1", "--out", str(folder), "--db", demo]) == 2
    assert capsys.readouterr().err.strip() == \
        f"Lỗi: Không ghi được tệp “{folder}”: đây là một thư mục, không phải tệp."
