"""Running the main window in a fresh Python process, as the application starts: what a start imports or
configures cannot be seen in the test process, where other tests have loaded everything already."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

WINDOW = textwrap.dedent("""
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
""")
"""The start of every script: ``app`` and ``window`` (every page registered, over the database in argv[1]);
argv[3:] are the test's own arguments."""


def run_in_fresh_process(body: str, demo_db_file: Path, folder: Path, *args: str) -> Any:
    """Run :data:`WINDOW` then ``body`` (which prints one JSON value last) over a copy of the demo database;
    returns that value."""
    copy = folder / "demo.db"
    shutil.copy(demo_db_file, copy)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    script = WINDOW + textwrap.dedent(body)
    result = subprocess.run([sys.executable, "-c", script, str(copy), str(folder / "window.ini"), *args],
                            capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])
