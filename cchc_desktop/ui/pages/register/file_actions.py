"""The file commands of the register page: open or save the PDF kept at issue, export the register to Excel.

The PDF is always the one stored in the register (checked against its SHA-256 by :class:`RegisterService`), never
a new rendering. Opening writes it to a temporary file and hands that to the system's PDF reader through a
:data:`PdfOpener`, which tests replace.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from ....core.atomic_files import write_bytes_atomic
from ....core.errors import Cancelled, CchcError
from ....core.os_errors import os_error_message, writing_file
from ....core.register_row import RegisterRow
from ....core.services.register import RegisterService
from ....documents.register_xlsx import export_register
from ...background import Progress, run_in_background
from ...context import AppContext

PdfOpener = Callable[[Path], bool]
"""Opens a file with the program the system uses for it; False when that failed."""
PDF_FILTER = "Tệp PDF (*.pdf)"
EXCEL_FILTER = "Tệp Excel (*.xlsx)"
TEMP_FOLDER = "cchc-desktop-so-van-ban-di"


def open_with_system(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def pdf_file_name(entry: RegisterRow) -> str:
    """"01/TB-UBND" issued 08/06/2022 → "01-TB-UBND-08-06-2022.pdf" (a "/" cannot be in a file name)."""
    return f"{entry.reference.replace('/', '-')}-{entry.issued_on:%d-%m-%Y}.pdf"


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class RegisterFileActions:
    """``selected`` gives the entry the user chose; ``shown`` and ``describe`` the rows on screen for the export."""

    def __init__(self, context: AppContext, service: RegisterService, selected: Callable[[], RegisterRow | None],
                 shown: Callable[[], list[RegisterRow]], describe: Callable[[], str],
                 opener: PdfOpener | None = None) -> None:
        self.context = context
        self.service = service
        self.selected = selected
        self.shown = shown
        self.describe = describe
        self.opener: PdfOpener = opener or open_with_system
        self.folder = Path.home()
        self.temp_folder = Path(tempfile.gettempdir()) / TEMP_FOLDER

    def open_pdf(self) -> None:
        entry = self.selected()
        pdf = self._issued_pdf(entry)
        if entry is None or pdf is None:
            return
        try:
            path = self._temporary_copy(pdf_file_name(entry), pdf)
        except OSError as error:
            self.context.prompter.error("Không mở được bản PDF", os_error_message(error, action="ghi"))
            return
        if not self.opener(path):
            self.context.prompter.error(
                "Không mở được bản PDF",
                f"Máy chưa có chương trình đọc PDF để mở “{path.name}”.\n"
                "Hãy dùng “Lưu bản PDF…” rồi mở tệp bằng chương trình đọc PDF.",
            )
            return
        self.context.signals.status_message.emit(f"Đã mở bản PDF đã ban hành của văn bản số {entry.reference}.")

    def save_pdf(self) -> None:
        entry = self.selected()
        if entry is None or entry.notice_id is None:
            return
        path = self.context.prompter.save_file("Lưu bản PDF đã ban hành", self.folder / pdf_file_name(entry),
                                               PDF_FILTER)
        if path is None:
            return
        path = _with_suffix(path, ".pdf")
        service, notice_id = self.service, entry.notice_id

        def job(progress: Progress) -> None:
            pdf = service.issued_pdf(notice_id)  # checked against the SHA-256 kept at issue
            progress.check()
            with writing_file(path):
                write_bytes_atomic(path, pdf)

        def done(_: None) -> None:
            self.folder = path.parent
            self.context.signals.status_message.emit(
                f"Đã lưu bản PDF của văn bản số {entry.reference} vào “{path.name}”.")

        run_in_background(self.context.prompter.parent, "Lưu bản PDF đã ban hành", f"Đang ghi tệp “{path.name}”…",
                          job, on_done=done, on_error=self._failed("Không lưu được"))

    def export_excel(self) -> None:
        rows = self.shown()
        if not rows:
            return
        path = self.context.prompter.save_file("Xuất sổ văn bản đi ra Excel", self.folder / "so-van-ban-di.xlsx",
                                               EXCEL_FILTER)
        if path is None:
            return
        path = _with_suffix(path, ".xlsx")
        described = self.describe()

        def done(_: object) -> None:
            self.folder = path.parent
            self.context.signals.status_message.emit(f"Đã xuất {len(rows)} văn bản ra tệp “{path.name}”.")

        run_in_background(self.context.prompter.parent, "Xuất sổ văn bản đi", f"Đang ghi tệp “{path.name}”…",
                          lambda _progress: export_register(path, rows, "SỔ VĂN BẢN ĐI", described),
                          on_done=done, on_error=self._failed("Không xuất được"), cancellable=False)

    def _failed(self, title: str) -> Callable[[CchcError], None]:
        def failed(error: CchcError) -> None:
            if isinstance(error, Cancelled):
                self.context.signals.status_message.emit("Đã hủy; chưa ghi tệp nào.")
            else:
                self.context.prompter.error(title, str(error))

        return failed

    def _issued_pdf(self, entry: RegisterRow | None) -> bytes | None:
        if entry is None or entry.notice_id is None:
            return None
        try:
            return self.service.issued_pdf(entry.notice_id)
        except CchcError as error:
            self.context.prompter.error("Không lấy được bản PDF", str(error))
            return None

    def _temporary_copy(self, name: str, pdf: bytes) -> Path:
        """Write ``pdf`` under the temporary folder; a copy still open in a reader gets a fresh name."""
        self.temp_folder.mkdir(parents=True, exist_ok=True)
        path = self.temp_folder / name
        try:
            path.write_bytes(pdf)
        except (PermissionError, IsADirectoryError):  # open in a PDF reader (Windows), or a folder of that name
            handle, fresh = tempfile.mkstemp(prefix=f"{path.stem}-", suffix=".pdf", dir=self.temp_folder)
            with open(handle, "wb") as file:
                file.write(pdf)
            path = Path(fresh)
        return path
