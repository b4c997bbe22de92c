"""Entering the own province's scores on the "Điểm theo tiêu chí" tab: typed in the tree (with undo), imported from
a workbook or CSV (all rows or none), or written out as a workbook to fill in; saved in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from ....core.errors import CchcError, ImportRejected
from ....core.formats import format_number
from ....core.score_sheet import ScoreSheet
from ....core.services.analysis import NodeScore
from ....core.services.scores import ScoreService
from ...context import AppContext
from ...models.analysis_tree_model import AnalysisTreeModel
from ...topics import Topic
from ...widgets.problems_dialog import problems_dialog

SCORE_FILTER = "Bảng điểm (*.xlsx *.csv);;Tệp Excel (*.xlsx);;Tệp CSV (*.csv)"
WORKBOOK_FILTER = "Tệp Excel (*.xlsx)"
UNSAVED = "Các điểm vừa nhập cho {what} chưa được lưu. Lưu lại trước khi chuyển đi?"
NOTHING_IMPORTED = "chưa nhập điểm nào"


def _points(value: float | None) -> str:
    return "–" if value is None else format_number(value, 2, trim=True)


class ScoreEditing:
    """The score sheet of the chosen index and year behind the tree model, and the commands of the tab."""

    def __init__(self, context: AppContext, model: AnalysisTreeModel, totals: QLabel, parent: QWidget,
                 reload: Callable[[], None]) -> None:
        self.context = context
        self.service = ScoreService(context.db)
        self.model = model
        self.totals = totals
        self.parent = parent
        self.reload = reload
        self.current: tuple[str, int] | None = None
        self.table_total: float | None = None
        self.folder = Path.home()
        self.dialog: QWidget | None = None
        model.edited.connect(self.show_totals)

    # -- the sheet ---------------------------------------------------------------------------------------------
    def sheet_for(self, current: tuple[str, int] | None, table_total: float | None) -> ScoreSheet | None:
        """The sheet to edit for ``current``; edits not saved yet are kept when the same year is read again (an
        other page changed something)."""
        previous = self.model.sheet if self.current == current else None
        self.current, self.table_total = current, table_total
        if current is None:
            return None
        try:
            sheet = self.service.sheet(*current)
        except CchcError:
            return None  # no methodology or no own province: the page says so
        if previous is not None:
            for code, score in previous.typed.items():
                if sheet.is_editable(code):
                    sheet.set(code, score)
        return sheet

    @property
    def dirty(self) -> bool:
        return self.model.sheet is not None and self.model.sheet.dirty

    def show_totals(self) -> None:
        sheet = self.model.sheet
        if sheet is None or self.current is None:
            self.totals.setText("")
            return
        done, leaves = sheet.scored()
        total = sheet.total()
        parts = [f"Tổng điểm theo tiêu chí: <b>{_points(total)}</b>/{_points(sheet.max_total())} "
                 f"({done}/{leaves} mục đã có điểm)"]
        if self.table_total is not None and total is not None and abs(self.table_total - total) > 0.005:
            parts.append(f"<span style='color:#a93226'>khác tổng điểm trong bảng kết quả "
                         f"({_points(self.table_total)})</span>")
        changed = len(sheet.typed)
        if changed:
            parts.append(f"<span style='color:#8a6d00'><b>{changed} điểm chưa lưu</b></span>")
        self.totals.setText(" · ".join(parts))

    # -- commands ----------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Write the typed scores; True when saved (or nothing to save)."""
        sheet = self.model.sheet
        if sheet is None or self.current is None or not sheet.dirty:
            return True
        code, year = self.current
        try:
            count = self.service.set_scores(code, year, sheet.changes())
        except CchcError as error:
            self.context.prompter.error("Không lưu được điểm", str(error))
            return False
        sheet.stored.update({k: v for k, v in sheet.changes().items() if v is not None})
        for key, value in sheet.changes().items():
            if value is None:
                sheet.stored.pop(key, None)
        sheet.typed.clear()
        self.model.undo_stack.clear()
        self.context.signals.status_message.emit(f"Đã lưu điểm {count} mục {code} năm {year}.")
        self.context.signals.announce(Topic.RESULTS)
        return True

    def discard(self) -> None:
        sheet = self.model.sheet
        if sheet is None or not sheet.dirty:
            return
        if self.context.prompter.confirm("Bỏ các điểm chưa lưu",
                                         f"Bỏ {len(sheet.typed)} điểm vừa nhập, trở lại điểm đã lưu?",
                                         yes="Bỏ thay đổi", no="Giữ lại"):
            self.model.undo_stack.clear()
            sheet.typed.clear()
            self.reload()

    def leave(self) -> bool:
        """Before another year, index, page or database: save, drop or stay with typed scores."""
        if not self.dirty or self.current is None:
            return True
        what = f"{self.current[0]} năm {self.current[1]}"
        answer = self.context.prompter.ask_unsaved("Điểm chưa lưu", UNSAVED.format(what=what))
        if answer == "save":
            return self.save()
        if answer == "discard":
            assert self.model.sheet is not None
            self.model.sheet.typed.clear()
            self.model.undo_stack.clear()
            return True
        return False

    def import_file(self) -> None:
        if self.current is None or not self.leave():
            return
        code, year = self.current
        path = self.context.prompter.open_file(f"Chọn bảng điểm {code} năm {year} cần nhập", self.folder,
                                               SCORE_FILTER)
        if path is None:
            return
        self.folder = path.parent
        try:
            count = self.service.import_scores(code, year, path, dry_run=True)
            if not self.context.prompter.confirm(
                    "Nhập điểm theo tiêu chí",
                    f"Tệp “{path.name}” có điểm {count} mục của {code} năm {year}, đã kiểm tra không có lỗi. "
                    "Nhập vào (thay điểm đang có của các mục này)?", yes="Nhập điểm", default_yes=True):
                return
            self.service.import_scores(code, year, path)
        except ImportRejected as rejected:
            self.dialog = problems_dialog(path.name, rejected.problems, NOTHING_IMPORTED, self.parent)
            self.dialog.open()
            return
        except CchcError as error:
            self.context.prompter.error("Không nhập được bảng điểm", str(error))
            return
        self.context.signals.status_message.emit(f"Đã nhập điểm {count} mục {code} năm {year} từ “{path.name}”.")
        self.context.signals.announce(Topic.RESULTS)

    def write_template(self, detail: list[NodeScore]) -> None:
        """A workbook laid out like the year's tree, with the scores already there, to fill in and import."""
        if self.current is None:
            return
        from ....core.services.analysis import score_lines
        from ....documents.scores_xlsx import write_score_workbook

        code, year = self.current
        lines = score_lines(detail, self.model.sheet)
        if not any(line.max_points for line in lines):
            self.context.prompter.error("Chưa có điểm tối đa", f"Bộ tiêu chí {code} năm {year} chưa có điểm tối đa "
                                        "của các mục; hãy nhập cây tiêu chí ở trang “Bộ tiêu chí” trước.")
            return
        suggested = self.folder / f"diem-{code.lower().replace(' ', '-')}-{year}.xlsx"
        path = self.context.prompter.save_file("Lưu mẫu bảng điểm", suggested, WORKBOOK_FILTER)
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(f"{path.name}.xlsx")
        try:
            write_score_workbook(path, f"{code} {year}", lines)
        except (CchcError, OSError) as error:
            self.context.prompter.error("Không ghi được tệp", str(error))
            return
        self.folder = path.parent
        self.context.signals.status_message.emit(
            f"Đã ghi mẫu bảng điểm “{path.name}” ({len(lines)} mục). Điền cột “Điểm” rồi bấm “Nhập điểm từ tệp…”.")
