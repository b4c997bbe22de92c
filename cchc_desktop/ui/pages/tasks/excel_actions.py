"""The Excel commands of the tasks page: export the filtered list, write the import template, import a file.

The Excel modules (openpyxl, about half a second to load) are imported by the jobs on the worker thread, when
a command is first used, not when the page opens."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ....core.errors import Cancelled, CchcError, ImportRejected
from ....core.os_errors import writing_file
from ....core.services.tasks import TaskFilter, TaskService
from ...background import Progress, run_in_background
from ...context import AppContext
from ...topics import Topic
from ...widgets.problems_dialog import ImportProblemsDialog

if TYPE_CHECKING:
    from ....core.services.task_excel import ImportResult

EXCEL_FILTER = "Tệp Excel (*.xlsx)"


def _xlsx(path: Path) -> Path:
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


class TaskExcelActions:
    """``current_filter`` gives the filter of the list on screen, so the export writes exactly those rows."""

    def __init__(self, context: AppContext, service: TaskService, parent: QWidget,
                 current_filter: Callable[[], TaskFilter], today: Callable[[], dt.date]) -> None:
        self.context = context
        self.service = service
        self.parent = parent
        self.current_filter = current_filter
        self.today = today
        self.folder = Path.home()

    def export(self) -> None:
        suggested = self.folder / f"danh-sach-nhiem-vu-{self.today():%d-%m-%Y}.xlsx"
        path = self.context.prompter.save_file("Xuất danh sách nhiệm vụ ra Excel", suggested, EXCEL_FILTER)
        if path is None:
            return
        path = _xlsx(path)
        shown, today = self.current_filter(), self.today()

        def job(_progress: Progress) -> int:
            from ....core.services.task_excel import export_tasks

            with writing_file(path):
                return export_tasks(self.service, path, shown, today=today)

        def done(count: int) -> None:
            self.folder = path.parent
            self.context.signals.status_message.emit(f"Đã xuất {count} nhiệm vụ ra tệp “{path.name}”.")

        run_in_background(self.parent, "Xuất danh sách nhiệm vụ", f"Đang ghi tệp “{path.name}”…", job,
                          on_done=done, on_error=self._error("Không xuất được"), cancellable=False)

    def write_template(self) -> None:
        suggested = self.folder / "mau-nhap-nhiem-vu.xlsx"
        path = self.context.prompter.save_file("Ghi tệp mẫu nhập nhiệm vụ", suggested, EXCEL_FILTER)
        if path is None:
            return
        path = _xlsx(path)

        def job(_progress: Progress) -> None:
            from ....core.services.task_excel import write_import_template

            with writing_file(path):
                write_import_template(self.service, path)

        def done(_: None) -> None:
            self.folder = path.parent
            self.context.signals.status_message.emit(
                f"Đã ghi tệp mẫu “{path.name}”. Điền nhiệm vụ vào trang “Nhiệm vụ” của tệp rồi chọn "
                "“Nhập từ Excel…”."
            )

        run_in_background(self.parent, "Ghi tệp mẫu nhập nhiệm vụ", f"Đang ghi tệp “{path.name}”…", job,
                          on_done=done, on_error=self._error("Không ghi được tệp mẫu"), cancellable=False)

    def import_file(self) -> None:
        """Import every row of a filled template, or none, off the GUI thread behind a progress dialog with Hủy;
        rejected rows are listed with their reasons."""
        path = self.context.prompter.open_file("Nhập nhiệm vụ từ tệp Excel", self.folder, EXCEL_FILTER)
        if path is None:
            return
        self.folder = path.parent

        def failed(error: CchcError) -> None:
            if isinstance(error, Cancelled):
                self.context.signals.status_message.emit("Đã hủy nhập từ Excel; dữ liệu chưa thay đổi.")
            elif isinstance(error, ImportRejected):
                ImportProblemsDialog(path.name, error.problems, self.parent).open()
            else:
                self.context.prompter.error("Không nhập được", f"{error}\n\nChưa nhập nhiệm vụ nào.")

        def done(result: ImportResult) -> None:
            self.context.signals.announce(Topic.TASKS)
            self.context.signals.status_message.emit(result.message)
            self.context.prompter.info("Đã nhập từ Excel", result.message_for(path.name))

        def job(progress: Progress) -> ImportResult:
            from ....core.services.task_excel import import_tasks

            return import_tasks(self.service, path, progress=progress)

        run_in_background(self.parent, "Nhập nhiệm vụ từ Excel", f"Đang kiểm tra tệp “{path.name}”…", job,
                          on_done=done, on_error=failed,
                          describe=lambda done, total: f"Đang kiểm tra dòng {done}/{total}…")

    def _error(self, title: str) -> Callable[[CchcError], None]:
        return lambda error: self.context.prompter.error(title, str(error))
