"""``cchc tasks export`` / ``tasks import`` as a clerk uses them: the exported list comes back through Excel, and
two imports of one file started together give one set of tasks."""

from __future__ import annotations

import shutil
import subprocess
import sys

import openpyxl

from cchc_desktop import cli
from cchc_desktop.core.services.task_excel import write_import_template
from cchc_desktop.core.services.tasks import TaskService
from cchc_desktop.store.db import open_database

COMMAND = [sys.executable, "-m", "cchc_desktop.cli", "tasks"]


def test_two_imports_of_the_same_file_started_together(db, db_path, tmp_path):
    path = tmp_path / "giao-viec.xlsx"
    write_import_template(TaskService(db), path)
    book = openpyxl.load_workbook(path)
    for n in range(1, 21):
        book["Nhiệm vụ"].append([f"Rà soát thủ tục hành chính đợt {n}", "Sở Nội vụ", "Sở Tư pháp",
                                 f"trước ngày {n}/6/2025", "", None, "", ""])
    book.save(path)
    db.dispose()
    runs = [subprocess.Popen([*COMMAND, "import", str(path), "--db", str(db_path)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, encoding="utf-8") for _ in range(2)]
    outputs = [(run.wait(120), *run.communicate()) for run in runs]
    codes = sorted(code for code, _, _ in outputs)
    assert codes == [0, 2], outputs
    success = next(out for code, out, _ in outputs if code == 0)
    refusal = next(err for code, _, err in outputs if code == 2)
    assert success.strip() == "Đã nhập 20 nhiệm vụ."
    assert refusal.count("đã có trong dữ liệu") == 20 and "Dòng 21, cột “Nội dung nhiệm vụ”" in refusal
    check = open_database(db_path)
    try:
        assert len(TaskService(check).list()) == 20
    finally:
        check.dispose()


def test_an_exported_list_imports_back(tmp_path, demo_db_file, capsys):
    database = tmp_path / "demo.db"
    shutil.copy(demo_db_file, database)
    exported = tmp_path / "nhiem-vu.xlsx"
    assert cli.main(["tasks", "export", str(exported), "--db", str(database), "--today", "20/11/2024"]) == 0
    book = openpyxl.load_workbook(exported)
    book["Nhiệm vụ"]["D2"] = "trước ngày 15/01/2026"
    book.save(exported)
    capsys.readouterr()
    assert cli.main(["tasks", "import", str(exported), "--db", str(database)]) == 0
    assert capsys.readouterr().out.strip() == "Đã nhập 0 nhiệm vụ mới, cập nhật 1 nhiệm vụ; 16 dòng không thay đổi."
    check = open_database(database)
    try:
        rows = TaskService(check).list()
    finally:
        check.dispose()
    assert len(rows) == 17 and [r.deadline for r in rows].count("trước ngày 15/01/2026") == 1
