"""Print, "Lưu PDF…" and "Lưu Word (.docx)…" for the notice open in the editor.

Printing paints the previewed PDF's own pages (see :mod:`.printing`); "Lưu PDF" writes the bytes the preview
shows, which for an issued notice are the archived bytes of the register.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ....core.atomic_files import write_bytes_atomic
from ....core.errors import CchcError
from ....core.os_errors import writing_file
from ...context import AppContext
from .preview_presenter import PreviewPresenter
from .printing import PrinterAsker, ask_printer, print_document

PDF_FILTER = "Tệp PDF (*.pdf)"
DOCX_FILTER = "Tài liệu Word (*.docx)"


class DocumentActions:
    """``pdf_bytes``/``docx_bytes`` produce the files; ``file_stem`` suggests a name ("Thông báo 01-TB-UBND")."""

    def __init__(self, context: AppContext, parent: QWidget, preview: PreviewPresenter,
                 pdf_bytes: Callable[[], bytes], docx_bytes: Callable[[], bytes],
                 file_stem: Callable[[], str]) -> None:
        self.context = context
        self.parent = parent
        self.preview = preview
        self._pdf_bytes = pdf_bytes
        self._docx_bytes = docx_bytes
        self._file_stem = file_stem
        self.ask_printer: PrinterAsker = ask_printer
        self.folder = Path.home()

    def print_notice(self) -> int:
        """Print the previewed pages; the number of pages sent to the printer (0 when cancelled or failed)."""
        if not self.preview.flush() or not self.preview.view.page_count():
            self.context.prompter.error("Chưa in được", self.preview.last_error or "Chưa có bản xem trước để in.")
            return 0
        device = self.ask_printer(self.parent, self.preview.view.page_count())
        if device is None:
            return 0
        try:
            printed = print_document(self.preview.view.document, device)
        except CchcError as error:
            self.context.prompter.error("Chưa in được", str(error))
            return 0
        self.context.signals.status_message.emit(f"Đã gửi {printed} trang tới máy in.")
        return printed

    def save_pdf(self) -> Path | None:
        return self._save("Lưu PDF", ".pdf", PDF_FILTER, self._pdf_bytes)

    def save_docx(self) -> Path | None:
        return self._save("Lưu Word (.docx)", ".docx", DOCX_FILTER, self._docx_bytes)

    def _save(self, title: str, suffix: str, file_filter: str, produce: Callable[[], bytes]) -> Path | None:
        suggested = self.folder / f"{self._file_stem()}{suffix}"
        path = self.context.prompter.save_file(title, suggested, file_filter)
        if path is None:
            return None
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        try:
            data = produce()
            with writing_file(path):
                write_bytes_atomic(path, data)
        except CchcError as error:
            self.context.prompter.error("Chưa lưu được tệp", str(error))
            return None
        self.folder = path.parent
        self.context.signals.status_message.emit(f"Đã lưu “{path.name}”.")
        return path
