"""First start: the first-start assistant (or the demo) when the database is empty, once per database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ..core.errors import CchcError
from ..core.services.settings import DEMO_OFFERED, OWN_PROVINCE, SettingsService
from ..store.db import Database, default_database_path
from .background import BackgroundTask, run_in_background
from .prompts import Prompter
from .startup import open_for_user

DEMO_QUESTION = (
    "Cơ sở dữ liệu đang trống. Bạn có muốn mở dữ liệu mẫu (hai hội nghị của tỉnh Lạng Sơn, kết quả PAPI "
    "2017–2024) để làm quen với chương trình không?"
)


def default_demo_path() -> Path:
    """``demo.db`` beside the per-user database."""
    return default_database_path().parent / "demo.db"


def needs_first_start(db: Database) -> bool:
    """An empty database that was never set up nor offered the demo (the assistant finished writes both)."""
    if not db.is_empty():
        return False
    settings = SettingsService(db)
    return settings.get(DEMO_OFFERED) is None and settings.get(OWN_PROVINCE) is None


def run_first_start(db: Database, prompter: Prompter, demo_path: Path) -> Database:
    """Show the first-start assistant on a database that needs it; return the database to show.

    Hoàn tất stores the setup in ``db``; choosing the demo remembers the offer in ``db`` and opens the demo
    (:func:`open_demo`); Hủy leaves ``db`` untouched, so the assistant comes back at the next start.
    """
    if not needs_first_start(db):
        return db
    from .dialogs.first_start_wizard import FirstStartWizard

    wizard = FirstStartWizard(db)
    if not wizard.exec() or not wizard.use_demo:
        return db
    _remember_offer(db)
    return open_demo(db, prompter, demo_path)


def open_demo(db: Database, prompter: Prompter, demo_path: Path) -> Database:
    """The demo database at ``demo_path`` (built when missing) instead of ``db``, which is disposed of; if the
    demo cannot be built or opened the user is told and ``db`` is returned."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        demo = _open_demo(demo_path)
    except CchcError as error:
        prompter.error("Không mở được dữ liệu mẫu", str(error))
        return db
    finally:
        QGuiApplication.restoreOverrideCursor()
    db.dispose()
    return demo


def open_demo_in_background(parent: QWidget, prompter: Prompter, demo_path: Path,
                            on_open: Callable[[Database], None]) -> BackgroundTask[Database]:
    """Build (when missing) and open the demo at ``demo_path`` off the GUI thread, behind a progress dialog over
    ``parent``; ``on_open(demo)`` gets the opened demo, a failure is told to the user. The window stays responsive
    (start-up, before any window exists, uses :func:`open_demo`). The build is one transaction written beside
    ``demo_path`` and moved into place at the end: it cannot stop halfway, hence no "Hủy"."""

    def failed(error: CchcError) -> None:
        prompter.error("Không mở được dữ liệu mẫu", str(error))

    building = not demo_path.exists()
    return run_in_background(parent, "Dữ liệu mẫu", "Đang tạo dữ liệu mẫu…" if building else "Đang mở dữ liệu mẫu…",
                             lambda _progress: _open_demo(demo_path), on_done=on_open, on_error=failed,
                             cancellable=False)


def offer_demo(db: Database, prompter: Prompter, demo_path: Path) -> Database:
    """Ask once whether to open the demo instead of an empty ``db``; return the database to show.

    The answer is remembered in ``db`` (setting ``demo_offered``) either way. The demo is built at ``demo_path``
    unless it is there already; if building or opening it fails, the user is told and ``db`` stays open.
    """
    if not db.is_empty() or _demo_offered(db):
        return db
    wanted = prompter.confirm("Dữ liệu mẫu", DEMO_QUESTION, yes="Mở dữ liệu mẫu", no="Không, dùng dữ liệu trống")
    _remember_offer(db)
    if not wanted:
        return db
    return open_demo(db, prompter, demo_path)


def _open_demo(path: Path) -> Database:
    if not path.exists():
        from ..core.demo import build_demo_database

        build_demo_database(path)
    return open_for_user(path)


def _demo_offered(db: Database) -> bool:
    return SettingsService(db).get(DEMO_OFFERED) is not None


def _remember_offer(db: Database) -> None:
    SettingsService(db).set(DEMO_OFFERED, "1")
