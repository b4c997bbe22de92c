"""A demo database for Lạng Sơn, built from the facts of two real notices (June 2022 and April 2024).

It holds the province's district units and people, two issuing bodies, recipient groups, the two meetings with
their conclusions, draft notices and tasks, Resolution 60-NQ/TU and Plan 04/KH-UBND, the eight PAPI tables and
the ranks the 2022 notice cites. Dates of a few follow-up tasks are computed from ``today`` so that the task
list always shows an overdue task and one due within two weeks.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from ...store.db import Database, create_database
from ..errors import CchcError
from .catalogue import add_catalogue
from .common import DemoContext
from .meeting_2022 import add_meeting_2022
from .meeting_2024 import add_meeting_2024
from .par_index import add_par_index
from .plans import add_plans
from .results import add_results

__all__ = ["build_demo_database", "populate_demo"]


def build_demo_database(path: Path, *, today: dt.date | None = None) -> None:
    """Create a new database file at ``path`` holding the demo data, in one transaction.

    Refuses a file that already holds something. The file is built beside ``path`` and moved into place only when
    complete (:func:`create_database`), so a failure or a kill never leaves a half-made ``path``.
    """
    path = Path(path)
    if path.is_file() and path.stat().st_size > 0:
        raise CchcError(f"Tệp “{path}” đã có dữ liệu. Hãy chọn một tệp mới để tạo cơ sở dữ liệu mẫu.")
    if not path.parent.is_dir():
        raise CchcError(f"Thư mục “{path.parent}” không tồn tại.")
    day = today or dt.date.today()

    def fill(db: Database) -> None:
        with db.session() as session:
            populate_demo(session, day)

    create_database(path, fill)


def populate_demo(session: Session, today: dt.date) -> None:
    """Add the demo records to a database that holds only the reference data."""
    ctx = DemoContext(session=session, today=today)
    ctx.load_agencies()
    add_catalogue(ctx)
    add_meeting_2022(ctx)
    add_meeting_2024(ctx)
    add_plans(ctx)
    add_results(ctx)
    session.flush()
    add_par_index(ctx)
    session.flush()
