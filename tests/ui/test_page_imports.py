"""Opening a page loads only what the page shows: the Excel library (openpyxl, about half a second) loads when an
Excel command is first used, not when the tasks page opens. Run in a fresh process, as the application starts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from cchc_desktop.store.db import open_database
    from cchc_desktop.ui.context import AppContext
    from cchc_desktop.ui.main_window import MainWindow
    from cchc_desktop.ui.pages import standard_pages
    from cchc_desktop.ui.prompts import Prompter
    from cchc_desktop.ui.signals import AppSignals
    window = MainWindow(AppContext(open_database(sys.argv[1]), AppSignals(), Prompter()),
                        QSettings(sys.argv[2], QSettings.Format.IniFormat))
    for spec in standard_pages():
        window.register_page(spec)
    loaded = {}
    for key in sys.argv[3:]:
        before = set(sys.modules)
        window.open_page(key)
        loaded[key] = sorted({name.split(".")[0] for name in set(sys.modules) - before})
    print(json.dumps(loaded))
""")


def test_the_tasks_page_opens_without_the_excel_library(demo_db_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "demo.db"
    shutil.copy(demo_db_file, copy)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(copy), str(tmp_path / "w.ini"), "tasks"],
                            capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert "cchc_desktop" in loaded["tasks"]  # the trace sees the page's own modules load
    assert [name for name in loaded["tasks"] if name in ("openpyxl", "numpy", "lxml", "PIL")] == []
