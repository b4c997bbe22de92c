"""The "Xuất báo cáo phân tích (PDF)…" command."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ....core.atomic_files import write_bytes_atomic
from ....core.errors import CchcError
from ....core.os_errors import writing_file
from ...context import AppContext

PDF_FILTER = "Tệp PDF (*.pdf)"


class ReportExport:
    """Builds the report of a year and writes it where the user chooses, with a busy cursor meanwhile."""

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.folder = Path.home()

    def export(self, year: int, detail_index: str) -> Path | None:
        suggested = self.folder / f"bao-cao-phan-tich-ket-qua-chi-so-nam-{year}.pdf"
        path = self.context.prompter.save_file("Xuất báo cáo phân tích (PDF)", suggested, PDF_FILTER)
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(f"{path.name}.pdf")
        self.context.signals.status_message.emit(f"Đang lập báo cáo phân tích năm {year}…")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # reportlab is loaded only when a report is asked for.
            from ....core.services.report import build_analysis_report
            from ....documents.analysis_report import render_analysis_pdf

            data = build_analysis_report(self.context.db, year, detail_index=detail_index)
            pdf = render_analysis_pdf(data)
        except CchcError as error:
            self.context.prompter.error("Không lập được báo cáo", str(error))
            return None
        else:
            try:
                with writing_file(path):
                    write_bytes_atomic(path, pdf)
            except CchcError as error:
                self.context.prompter.error("Không ghi được tệp", str(error))
                return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.folder = path.parent
        self.context.signals.status_message.emit(f"Đã xuất báo cáo phân tích ra tệp “{path.name}”.")
        return path
