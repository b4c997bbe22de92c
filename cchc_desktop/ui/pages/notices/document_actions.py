"""Print, "Lưu PDF…" and "Lưu Word (.docx)…" for the notice open in the editor.

Printing paints the previewed PDF's own pages (see :mod:`.printing`); "Lưu PDF" writes the bytes the preview
shows, which for an issued notice are the archived bytes of the register.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ....core.atomic_files import write_bytes_atomic
from ....core.errors import Cancelled, CchcError
from ....core.os_errors import writing_file
from ....core.services.notices import DocumentKind, NoticeFile
from ....documents.glyph_check import glyph_warning
from ...background import BackgroundTask, Progress, run_in_background
from ...context import AppContext
from .preview_presenter import PreviewPresenter
from .printing import PrinterAsker, ask_printer, print_document

PDF_FILTER = "Tệp PDF (*.pdf)"
DOCX_FILTER = "Tài liệu Word (*.docx)"


class DocumentActions:
    """``document_job(kind)`` reads the form and returns what makes the file (run off the GUI thread);
    ``show_glyphs`` shows a PDF's missing-glyph warning; ``file_stem`` suggests a name ("Thông báo 01-TB-UBND")."""

    def __init__(self, context: AppContext, parent: QWidget, preview: PreviewPresenter,
                 document_job: Callable[[DocumentKind], Callable[[], NoticeFile]],
                 show_glyphs: Callable[[str], None], file_stem: Callable[[], str]) -> None:
        self.context = context
        self.parent = parent
        self.preview = preview
        self._document_job = document_job
        self._show_glyphs = show_glyphs
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

    def save_pdf(self) -> BackgroundTask[NoticeFile] | None:
        return self._save("Lưu PDF", ".pdf", PDF_FILTER, "pdf")

    def save_docx(self) -> BackgroundTask[NoticeFile] | None:
        return self._save("Lưu Word (.docx)", ".docx", DOCX_FILTER, "docx")

    def _save(self, title: str, suffix: str, file_filter: str, kind: DocumentKind) -> BackgroundTask[NoticeFile] | None:
        suggested = self.folder / f"{self._file_stem()}{suffix}"
        path = self.context.prompter.save_file(title, suggested, file_filter)
        if path is None:
            return None
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        try:
            make = self._document_job(kind)
        except CchcError as error:
            self.context.prompter.error("Chưa lưu được tệp", str(error))
            return None

        def job(progress: Progress) -> NoticeFile:
            file = make()
            progress.check()
            with writing_file(path):
                write_bytes_atomic(path, file.data)
            return file

        def done(file: NoticeFile) -> None:
            if kind == "pdf":
                self._show_glyphs(glyph_warning(file.missing_glyphs))
            self.folder = path.parent
            self.context.signals.status_message.emit(f"Đã lưu “{path.name}”.")

        def failed(error: CchcError) -> None:
            if isinstance(error, Cancelled):
                self.context.signals.status_message.emit(f"Đã hủy; chưa ghi tệp “{path.name}”.")
            else:
                self.context.prompter.error("Chưa lưu được tệp", str(error))

        return run_in_background(self.parent, title, f"Đang ghi tệp “{path.name}”…", job, on_done=done,
                                 on_error=failed)
