"""Opening a page loads only what the page shows: the Excel library (openpyxl, about half a second) loads when an
Excel command is first used, not when the tasks page opens. Run in a fresh process, as the application starts."""

from __future__ import annotations

from pathlib import Path

from .fresh_window import run_in_fresh_process

OPEN_PAGES = """
    loaded = {}
    for key in sys.argv[3:]:
        before = set(sys.modules)
        window.open_page(key)
        loaded[key] = sorted({name.split(".")[0] for name in set(sys.modules) - before})
    print(json.dumps(loaded))
"""


def test_the_tasks_page_opens_without_the_excel_library(demo_db_file: Path, tmp_path: Path) -> None:
    loaded = run_in_fresh_process(OPEN_PAGES, demo_db_file, tmp_path, "tasks")
    assert "cchc_desktop" in loaded["tasks"]  # the trace sees the page's own modules load
    assert [name for name in loaded["tasks"] if name in ("openpyxl", "numpy", "lxml", "PIL")] == []
