"""``cchc db check`` verifies the register; ``cchc notice issue`` refuses characters the fonts lack."""

import hashlib
import shutil
import sqlite3

import pytest

from cchc_desktop import cli
from cchc_desktop.core.services.notices import NoticeService
from cchc_desktop.store.db import open_database


@pytest.fixture
def demo(tmp_path, demo_db_file):
    path = tmp_path / "demo.db"
    shutil.copy(demo_db_file, path)
    return path


def run(capsys, *args):
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def issued_twice(capsys, demo):
    db = open_database(demo)
    notice_ids = [row.id for row in NoticeService(db).list()]
    db.dispose()
    for day, notice_id in zip((19, 22), notice_ids, strict=True):
        code, _, err = run(capsys, "notice", "issue", str(notice_id), "--date", f"{day}/04/2024", "--db", str(demo))
        assert code == 0, err
    code, out, _ = run(capsys, "db", "check", "--db", str(demo))
    assert code == 0, out
    return notice_ids


def stored(demo, number):
    with sqlite3.connect(demo) as conn:
        return conn.execute("SELECT pdf, symbol FROM register_entries WHERE number = ?", (number,)).fetchone()


def test_a_flipped_byte_in_an_archived_pdf_fails_the_check_naming_the_entry(capsys, demo):
    issued_twice(capsys, demo)
    pdf, symbol = stored(demo, 1)
    flipped = bytearray(pdf)
    flipped[len(flipped) // 2] ^= 0x01
    with sqlite3.connect(demo) as conn:
        conn.execute("UPDATE register_entries SET pdf = ? WHERE number = 1", (bytes(flipped),))
    code, out, _ = run(capsys, "db", "check", "--db", str(demo))
    assert code == 1
    assert f"Sổ văn bản đi, số 01/{symbol} năm 2024: bản PDF lưu trữ không khớp mã SHA-256" in out
    assert "số 02/" not in out


def test_a_pdf_replaced_together_with_its_hash_fails_the_check(capsys, demo):
    issued_twice(capsys, demo)
    pdf, symbol = stored(demo, 2)
    forged = pdf.replace(b"%%EOF", b"%%EOF\n% forged")
    with sqlite3.connect(demo) as conn:
        conn.execute("UPDATE register_entries SET pdf = ?, pdf_sha256 = ? WHERE number = 2",
                     (forged, hashlib.sha256(forged).hexdigest()))
    code, out, _ = run(capsys, "db", "check", "--db", str(demo))
    assert code == 1
    assert f"Sổ văn bản đi, số 02/{symbol} năm 2024: mã chuỗi kiểm tra không khớp" in out


def test_the_check_never_writes_to_the_file(capsys, demo):
    issued_twice(capsys, demo)
    before = demo.read_bytes()
    assert run(capsys, "db", "check", "--db", str(demo))[0] == 0
    assert demo.read_bytes() == before


def test_issue_with_characters_the_fonts_lack_exits_2_until_allowed(capsys, demo):
    db = open_database(demo)
    service = NoticeService(db)
    notice_id = service.list()[0].id
    data = service.get(notice_id)
    data.recipients = [*data.recipients, "Đoàn công tác 🇻🇳"]
    service.update(notice_id, data)
    db.dispose()

    pdf = demo.with_name("du-thao.pdf")
    code, out, err = run(capsys, "notice", "pdf", str(notice_id), "--out", str(pdf), "--db", str(demo))
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")  # a draft is still exported, with a warning
    assert err.startswith("Cảnh báo: ") and "(U+1F1FB) trong Nơi nhận" in err

    code, out, err = run(capsys, "notice", "issue", str(notice_id), "--date", "19/04/2024", "--db", str(demo))
    assert code == 2 and out == ""
    assert "Ký tự “\U0001F1FB” (U+1F1FB) trong Nơi nhận không có trong phông chữ" in err
    assert "chưa được ban hành" in err
    code, out, err = run(capsys, "notice", "list", "--db", str(demo), "--format", "json")
    assert "…/TB-" in out

    code, out, err = run(capsys, "notice", "issue", str(notice_id), "--date", "19/04/2024", "--db", str(demo),
                         "--allow-missing-glyphs")
    assert code == 0, err
    assert "Thông báo số 01/" in out
