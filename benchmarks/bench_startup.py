"""Start-up: from a cold interpreter to a shown main window on a database with the demo data."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

SCRIPT = r"""
import os, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
start = time.perf_counter()
from cchc_desktop.app import create_application
from cchc_desktop.store.db import open_database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.main_window import MainWindow
from cchc_desktop.ui.pages import standard_pages
from cchc_desktop.ui.prompts import Prompter
from cchc_desktop.ui.signals import AppSignals
imported = time.perf_counter()
app = create_application()
db = open_database(DB)
opened = time.perf_counter()
window = MainWindow(AppContext(db, AppSignals(), Prompter()))
for spec in standard_pages():
    window.register_page(spec)
window.show()
app.processEvents()
shown = time.perf_counter()
print(f"imports {1000*(imported-start):.0f} ms, open database {1000*(opened-imported):.0f} ms, "
      f"window shown {1000*(shown-opened):.0f} ms, total {1000*(shown-start):.0f} ms")
"""


def main() -> None:
    from cchc_desktop.core.demo import build_demo_database

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.db"
        build_demo_database(path)
        for _ in range(3):
            subprocess.run([sys.executable, "-c", SCRIPT.replace("DB", repr(str(path)))], check=True)


if __name__ == "__main__":
    main()
