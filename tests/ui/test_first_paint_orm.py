"""The window's first page reads its data from the tables, not through the ORM classes: a query through an ORM
class would first make SQLAlchemy configure every mapper (about 0,1 s at every start). The application configures
them once that page has painted (``store.db.prepare_orm``). Run in a fresh process, as the application starts."""

from __future__ import annotations

from pathlib import Path

from .fresh_window import run_in_fresh_process

SHOW_FIRST_PAGE = """
    from cchc_desktop.store.db import prepare_orm
    from cchc_desktop.store.models import Base
    window.show()
    app.processEvents()
    page = type(window.current_page()).__name__
    configured = sorted(m.class_.__name__ for m in Base.registry.mappers if m.configured)
    prepare_orm()
    after = all(m.configured for m in Base.registry.mappers)
    print(json.dumps({"page": page, "configured": configured, "after": after}))
"""


def test_the_overview_paints_without_configuring_the_orm(demo_db_file: Path, tmp_path: Path) -> None:
    seen = run_in_fresh_process(SHOW_FIRST_PAGE, demo_db_file, tmp_path)
    assert seen["page"] == "OverviewPage"
    assert seen["configured"] == []
    assert seen["after"] is True
