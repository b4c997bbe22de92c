"""The window's first page reads its data from the tables, not through the ORM classes: a query through an ORM
class would first make SQLAlchemy configure every mapper (about 0,1 s at every start). The application configures
them once that page has painted (``store.db.prepare_orm``). Run in a fresh process, as the application starts."""

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
    from cchc_desktop.store.db import open_database, prepare_orm
    from cchc_desktop.store.models import Base
    from cchc_desktop.ui.context import AppContext
    from cchc_desktop.ui.main_window import MainWindow
    from cchc_desktop.ui.pages import standard_pages
    from cchc_desktop.ui.prompts import Prompter
    from cchc_desktop.ui.signals import AppSignals
    window = MainWindow(AppContext(open_database(sys.argv[1]), AppSignals(), Prompter()),
                        QSettings(sys.argv[2], QSettings.Format.IniFormat))
    for spec in standard_pages():
        window.register_page(spec)
    window.show()
    app.processEvents()
    page = type(window.current_page()).__name__
    configured = sorted(m.class_.__name__ for m in Base.registry.mappers if m.configured)
    prepare_orm()
    after = all(m.configured for m in Base.registry.mappers)
    print(json.dumps({"page": page, "configured": configured, "after": after}))
""")


def test_the_overview_paints_without_configuring_the_orm(demo_db_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "demo.db"
    shutil.copy(demo_db_file, copy)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(copy), str(tmp_path / "w.ini")],
                            capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["page"] == "OverviewPage"
    assert seen["configured"] == []
    assert seen["after"] is True
