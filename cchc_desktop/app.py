"""Entry point of the desktop application (the ``cchc-desktop`` command).

Start-up stays light, so that the window itself is the first thing the user sees (about a second; there is no
splash screen, whose ``show()`` waits up to a second for the screen to expose it): each page's module loads
when the page is first shown, chart and document libraries (pyqtgraph, reportlab) only with the pages and
commands that use them, and the holiday calendar comes from a shipped table.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from . import APP_NAME
from .resources import resource
from .ui.fonts import register_fonts
from .ui.qt_translation import install_qt_translation

ENV_VAR = "CCHC_DB"  # the same variable store.db reads (a test keeps them equal)
EXIT_AFTER_PAINT = "CCHC_EXIT_AFTER_PAINT"  # "1": print PAINTED_MARKER and quit once the first page has painted
PAINTED_MARKER = "CCHC_PAINTED"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cchc-desktop", description="CCHC Desktop")
    parser.add_argument(
        "--db", metavar="PATH_OR_URL",
        help=f"tệp cơ sở dữ liệu hoặc URL (mặc định: biến môi trường {ENV_VAR}, rồi tệp của người dùng)",
    )
    return parser.parse_args(argv)


def create_application() -> QApplication:
    """The application object, styled, with Vietnamese as the default locale.

    The locale gives calendars Vietnamese month and day names and weeks starting on Monday; dates and numbers
    shown in the window are still formatted by :mod:`cchc_desktop.core.formats`. Qt's own strings (context menus,
    standard buttons, Qt's dialogs) come from our Vietnamese translation.
    """
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("CCHC")
    app.setStyle("Fusion")
    install_qt_translation(app)
    icon = QIcon()
    for size in (48, 256):
        icon.addFile(str(resource("icons", f"cchc-{size}.png")))
    app.setWindowIcon(icon)
    register_fonts()
    return app


class _AfterFirstPaint(QObject):
    """Calls ``then(class name of the widget)`` once ``widget``'s first paint event has been handled."""

    def __init__(self, widget: QWidget, then: Callable[[str], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            name = type(watched).__name__
            QTimer.singleShot(0, lambda: self._then(name))  # once this paint is done
        return False


def _first_page_painted(name: str) -> None:
    """Under EXIT_AFTER_PAINT (benchmarks/user_waits.py: the time from launch to a painted first page), print
    ``CCHC_PAINTED <page class>`` and quit. Otherwise do the start-up work the first page did not need: configure
    the ORM mappers (about 0,1 s), so the first command that uses them does not wait for it."""
    if os.environ.get(EXIT_AFTER_PAINT) == "1":
        print(f"{PAINTED_MARKER} {name}", flush=True)
        QApplication.quit()
        return
    from .store.db import prepare_orm

    prepare_orm()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the application; the exit status is non-zero when no database could be opened."""
    args = parse_args(argv)
    app = create_application()
    from .ui import background
    from .ui.context import AppContext
    from .ui.crash_report import install_excepthook
    from .ui.first_start import default_demo_path, run_first_start
    from .ui.main_window import MainWindow
    from .ui.pages import standard_pages
    from .ui.prompts import Prompter
    from .ui.signals import AppSignals
    from .ui.startup import open_initial_database

    install_excepthook()  # unexpected errors: logged to a file and announced, instead of lost on a console
    prompter = Prompter()
    db = open_initial_database(args.db, prompter)
    if db is None:
        return 1
    db = run_first_start(db, prompter, default_demo_path())
    window = MainWindow(AppContext(db, AppSignals(), prompter))
    prompter.set_parent(window)
    for page in standard_pages():
        window.register_page(page)
    window.show()
    first_page = window.current_page()
    if isinstance(first_page, QWidget):
        _AfterFirstPaint(first_page, _first_page_painted)
    else:
        _first_page_painted("")
    status = app.exec()
    background.shut_down()  # the window refuses to close during a job; this covers a quit from elsewhere
    window.context.db.dispose()
    return status
