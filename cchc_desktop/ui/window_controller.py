"""Behaviour behind the main window's menus: open another database, back up, settings, about."""

from __future__ import annotations

import datetime as dt
import html
import platform
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import qVersion

from ..core.errors import Cancelled, CchcError
from ..core.os_errors import display_path
from ..store.atomic import backups_folder
from ..store.db import Database, backup_database, restore_database
from .background import run_in_background
from .dialogs.first_start_wizard import FirstStartWizard
from .dialogs.settings_dialog import SettingsDialog
from .first_start import default_demo_path, open_demo_in_background
from .startup import OPEN_FAILED, open_for_user
from .topics import Topic

if TYPE_CHECKING:
    from .main_window import MainWindow

ABOUT_TITLE = "Giới thiệu CCHC Desktop"


def _version() -> str:
    try:
        return metadata.version("cchc-desktop")
    except metadata.PackageNotFoundError:
        return "chưa cài đặt"


def _copied(done: int, total: int) -> str:
    return f"Đã chép {round(100 * done / total) if total else 0}% cơ sở dữ liệu…"


class WindowController:
    """Each method is one menu command; questions go through the window's prompter."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def open_other_database(self) -> None:
        """Let the user pick a database file; a file that cannot be used leaves the current one open."""
        context = self.window.context
        previous = context.db
        current = previous.path
        path = context.prompter.open_file("Mở cơ sở dữ liệu khác", current.parent if current else None)
        if path is None:
            return
        try:
            db = open_for_user(path)
        except CchcError as error:
            context.prompter.error(OPEN_FAILED, str(error))
            return
        if not self.window.set_database(db):  # a page could not save and the user stayed: keep the open one
            db.dispose()
            return
        previous.dispose()
        context.signals.status_message.emit(f"Đã mở cơ sở dữ liệu {db.display_name}.")

    def backup(self) -> None:
        """Copy the open database to a file the user chooses."""
        context = self.window.context
        source = context.db.path
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        name = f"{source.stem if source else 'cchc'}-sao-luu-{stamp}.db"
        suggested = source.with_name(name) if source else Path(name)
        destination = context.prompter.save_file("Sao lưu cơ sở dữ liệu", suggested)
        if destination is None or not self.window.commit_pending():  # the backup holds what was just typed
            return
        db = context.db

        def done(written: Path) -> None:
            context.prompter.info("Sao lưu", f"Đã sao lưu cơ sở dữ liệu vào tệp:\n{display_path(written)}")

        def failed(error: CchcError) -> None:
            if isinstance(error, Cancelled):
                context.signals.status_message.emit("Đã hủy sao lưu; không có tệp sao lưu nào được ghi.")
            else:
                context.prompter.error("Không sao lưu được", str(error))

        run_in_background(self.window, "Sao lưu cơ sở dữ liệu", f"Đang sao lưu vào “{destination.name}”…",
                          lambda progress: backup_database(db, destination, progress=progress),
                          on_done=done, on_error=failed, describe=_copied)

    def restore_backup(self) -> None:
        """Replace the open database by a backup the user picks, after asking: the database is closed first (on
        Windows an open SQLite file cannot be replaced), its content kept in the backups folder, then reopened."""
        context = self.window.context
        path = context.db.path
        if path is None:
            return
        folder = backups_folder(path)
        backup = context.prompter.open_file("Khôi phục từ bản sao lưu", folder if folder.is_dir() else path.parent)
        if backup is None:
            return
        question = (f"Thay toàn bộ dữ liệu trong “{display_path(path)}” bằng bản sao lưu “{display_path(backup)}”?\n\n"
                    "Những thay đổi sau thời điểm sao lưu sẽ không còn trong cơ sở dữ liệu; nội dung hiện tại được "
                    f"giữ lại trong thư mục “{display_path(folder)}”. Cơ sở dữ liệu sẽ được đóng rồi mở lại.")
        if not context.prompter.confirm("Khôi phục từ bản sao lưu", question, yes="Khôi phục", no="Hủy"):
            return
        if not self.window.commit_pending():
            return
        self.window.close_pages()  # no page timer may reopen the file while it is replaced
        context.db.dispose()

        def reopen() -> None:
            try:
                db = open_for_user(path)
            except CchcError as error:
                context.prompter.error(OPEN_FAILED, str(error))
                return
            if not self.window.set_database(db):  # edits made meanwhile could not be saved: keep the old handle
                db.dispose()

        def done(kept: Path | None) -> None:
            kept_line = f"\n\nNội dung trước khi khôi phục được giữ ở:\n{display_path(kept)}" if kept else ""
            context.prompter.info("Khôi phục",
                                  f"Đã khôi phục cơ sở dữ liệu từ bản sao lưu:\n{display_path(backup)}{kept_line}")
            reopen()

        def failed(error: CchcError) -> None:
            context.prompter.error("Không khôi phục được", str(error))
            reopen()

        # Replacing the file is one os.replace after a verified copy: it cannot stop halfway, hence no "Hủy".
        run_in_background(self.window, "Khôi phục từ bản sao lưu", f"Đang khôi phục từ “{backup.name}”…",
                          lambda _progress: restore_database(backup, path), on_done=done, on_error=failed,
                          cancellable=False)

    def edit_settings(self) -> SettingsDialog:
        """Open the settings dialog (own province, drafter initials) over the window, without blocking it."""
        dialog = SettingsDialog(self.window.context, self.window)
        dialog.open()
        return dialog

    def first_start(self) -> FirstStartWizard:
        """Open the first-start assistant over the window; on Hoàn tất the pages reload, or the demo opens."""
        context = self.window.context
        wizard = FirstStartWizard(context.db, self.window)
        wizard.accepted.connect(lambda: self._first_start_done(wizard))
        wizard.open()
        return wizard

    def _first_start_done(self, wizard: FirstStartWizard) -> None:
        context = self.window.context
        if wizard.use_demo:
            if not self.window.commit_pending():  # an editor could not save: stay on this database
                return
            previous = context.db

            def opened(demo: Database) -> None:
                if self.window.set_database(demo):
                    previous.dispose()
                else:  # edits made meanwhile could not be saved: keep the open database
                    demo.dispose()

            open_demo_in_background(self.window, context.prompter, default_demo_path()
                                    if previous.path is None else previous.path.with_name("demo.db"), opened)
            return
        for topic in (Topic.SETTINGS, Topic.PEOPLE, Topic.ISSUING_BODIES):
            context.signals.announce(topic)
        context.signals.status_message.emit("Đã lưu thiết lập ban đầu.")

    def about(self) -> None:
        context = self.window.context
        text = (
            f"<h3>CCHC Desktop</h3><p>Phiên bản {_version()}</p>"
            "<p>Chương trình giúp Tổ Thư ký Ban Chỉ đạo cải cách hành chính tỉnh quản lý danh mục cơ quan, "
            "đơn vị và dữ liệu công tác cải cách hành chính.</p>"
            f"<p>Cơ sở dữ liệu đang mở:<br>{html.escape(context.db.display_name)}</p>"
            "<p>Phông chữ Liberation Serif dùng theo giấy phép SIL Open Font License 1.1.</p>"
            f"<p><small>Qt {qVersion()}, Python {platform.python_version()}</small></p>"
        )
        context.prompter.about(ABOUT_TITLE, text)
