"""The "Xuất báo cáo phân tích (PDF)…" command."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ....core.atomic_files import write_bytes_atomic
from ....core.errors import Cancelled, CchcError
from ....core.os_errors import writing_file
from ...background import BackgroundTask, Progress, run_in_background
from ...context import AppContext

PDF_FILTER = "Tệp PDF (*.pdf)"
STEPS = ("Đang đọc kết quả chỉ số…", "Đang dựng báo cáo và đồ thị…", "Đang ghi tệp PDF…")


class ReportExport:
    """Builds the report of a year off the GUI thread, behind a progress dialog with Hủy over ``parent``, and
    writes it where the user chooses."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self.context = context
        self.parent = parent
        self.folder = Path.home()

    def export(self, year: int, detail_index: str) -> BackgroundTask[Path] | None:
        suggested = self.folder / f"bao-cao-phan-tich-ket-qua-chi-so-nam-{year}.pdf"
        path = self.context.prompter.save_file("Xuất báo cáo phân tích (PDF)", suggested, PDF_FILTER)
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(f"{path.name}.pdf")
        db = self.context.db

        def job(progress: Progress) -> Path:
            # reportlab is loaded only when a report is asked for.
            from ....core.services.report import build_analysis_report
            from ....documents.analysis_report import render_analysis_pdf

            progress(0, len(STEPS))
            data = build_analysis_report(db, year, detail_index=detail_index)
            progress(1, len(STEPS))
            pdf = render_analysis_pdf(data)
            progress(2, len(STEPS))  # the last moment "Hủy" leaves no file
            with writing_file(path):
                write_bytes_atomic(path, pdf)
            return path

        def done(written: Path) -> None:
            self.folder = written.parent
            self.context.signals.status_message.emit(f"Đã xuất báo cáo phân tích ra tệp “{written.name}”.")

        def failed(error: CchcError) -> None:
            if isinstance(error, Cancelled):
                self.context.signals.status_message.emit("Đã hủy xuất báo cáo phân tích; chưa ghi tệp nào.")
            else:
                self.context.prompter.error("Không xuất được báo cáo", str(error))

        return run_in_background(self.parent, "Xuất báo cáo phân tích", STEPS[0], job, on_done=done,
                                 on_error=failed, describe=lambda done, _total: STEPS[min(done, len(STEPS) - 1)])
