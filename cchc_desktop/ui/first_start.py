"""First start: offer the demo database when the database is empty, once per database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ..core.errors import CchcError
from ..core.services.settings import DEMO_OFFERED, SettingsService
from ..store.db import Database, default_database_path
from .prompts import Prompter
from .startup import open_for_user

DEMO_QUESTION = (
    "Cơ sở dữ liệu đang trống. Bạn có muốn mở dữ liệu mẫu (hai hội nghị của tỉnh Lạng Sơn, kết quả PAPI "
    "2017–2024) để làm quen với chương trình không?"
)


def default_demo_path() -> Path:
    """``demo.db`` beside the per-user database."""
    return default_database_path().parent / "demo.db"


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


def _open_demo(path: Path) -> Database:
    if not path.exists():
        from ..core.demo import build_demo_database

        build_demo_database(path)
    return open_for_user(path)


def _demo_offered(db: Database) -> bool:
    return SettingsService(db).get(DEMO_OFFERED) is not None


def _remember_offer(db: Database) -> None:
    SettingsService(db).set(DEMO_OFFERED, "1")
