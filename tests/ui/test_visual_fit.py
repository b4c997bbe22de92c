"""Long texts at a 1366×768 window: titles end in "…" with the whole text in a tooltip, lists never scroll
sideways, chart labels never overlap, drop-downs stay inside their dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from cchc_desktop.core.services.index_catalogue import IndexCatalogueService
from cchc_desktop.core.services.issuing_bodies import IssuingBodyService
from cchc_desktop.core.services.meetings import MeetingService
from cchc_desktop.core.services.recipients import RecipientGroupService
from cchc_desktop.core.services.results import ResultService
from cchc_desktop.core.services.tasks import TaskService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.charts.rank_chart import SYMBOL_SIZE, RankChart
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.dialogs.notice_draft_dialog import NoticeDraftDialog, meeting_label
from cchc_desktop.ui.dialogs.task_editor import TaskEditorDialog
from cchc_desktop.ui.models.meeting_table_model import Column
from cchc_desktop.ui.pages.charts.data import ChartData
from cchc_desktop.ui.pages.meetings import MeetingsPage
from cchc_desktop.ui.pages.results.import_dialog import ResultImportDialog

from .conftest import show_widget
from .test_tasks_support import TODAY

ELLIPSIS = "…"


def test_meeting_titles_end_in_an_ellipsis_with_the_whole_title_in_the_tooltip(qtbot: QtBot,
                                                                               demo_context: AppContext) -> None:
    page = MeetingsPage(demo_context)
    show_widget(qtbot, page, 1176, 700)  # the page's share of a 1366-wide window
    table = page.list_view.table
    assert table.textElideMode() == Qt.TextElideMode.ElideRight and not table.wordWrap()
    model = table.model()
    titles = [model.index(row, Column.TITLE) for row in range(model.rowCount())]
    longest = max(titles, key=lambda index: len(index.data()))
    title = longest.data()
    assert table.fontMetrics().horizontalAdvance(title) > table.columnWidth(Column.TITLE)  # too long: elided
    assert longest.data(Qt.ItemDataRole.ToolTipRole).startswith(title)


def test_the_meeting_box_of_the_draft_dialog_elides_a_long_title(qtbot: QtBot, demo_context: AppContext) -> None:
    db = demo_context.db
    meetings = MeetingService(db).list()
    dialog = NoticeDraftDialog(IssuingBodyService(db).list(), RecipientGroupService(db).list(), meetings)
    show_widget(qtbot, dialog, 620, 320)
    combo = dialog.meeting_combo
    full = meeting_label(meetings[combo.currentIndex()])
    shown = combo.displayed_text()
    assert shown.endswith(ELLIPSIS) and full.startswith(shown.removesuffix(ELLIPSIS))
    assert combo.toolTip() == full


def test_cooperating_agencies_list_shows_many_rows_and_never_scrolls_sideways(qtbot: QtBot,
                                                                             demo_context: AppContext) -> None:
    task_id = TaskService(demo_context.db).list()[0].id
    dialog = TaskEditorDialog(demo_context, None, task_id=task_id, today=lambda: TODAY)
    show_widget(qtbot, dialog, 1040, 700)
    checklist = dialog.cooperators
    view = checklist.view
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert not view.horizontalScrollBar().isVisible()
    model = view.model()
    rows = model.rowCount()
    assert rows == checklist.source.rowCount() >= 20
    row_height = view.sizeHintForRow(0)
    assert view.viewport().height() // row_height >= 10  # was 8 of 26
    for row in range(rows):  # every agency can be scrolled to, whole in width
        index = model.index(row, 0)
        view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        rect = view.visualRect(index)
        assert view.viewport().rect().contains(rect.center())
        assert rect.left() >= 0 and rect.right() <= view.viewport().width()
        assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
    checklist.search.setText("so noi vu")
    assert model.rowCount() == 1 and model.index(0, 0).data() == "Sở Nội vụ"


def _overlap(a: QRectF, b: QRectF) -> bool:
    common = a.intersected(b)
    return not common.isEmpty() and common.width() * common.height() > 0.5


def test_rank_labels_never_overlap(qtbot: QtBot, demo_db) -> None:
    """2020 has PAR INDEX 36, PAPI 37 and SIPAS 39: three labels that used to pile up."""
    chart = RankChart()
    show_widget(qtbot, chart, 940, 640)
    series = ChartData(demo_db).rank_series(["PAR INDEX", "SIPAS", "PAPI", "PCI"])
    chart.set_data(series, "Thứ hạng")
    view = chart.plot.getViewBox()
    for width, height in ((940, 640), (700, 420), (1200, 800)):
        chart.resize(width, height)
        qtbot.waitUntil(lambda w=width: abs(chart.width() - w) < 2)
        labels = chart.label_rects()
        assert len(labels) == sum(len(s.points) for s in series)
        clashes = [(i, j) for i in range(len(labels)) for j in range(i + 1, len(labels))
                   if _overlap(labels[i], labels[j])]
        assert clashes == []
        radius = SYMBOL_SIZE / 2
        for rect, (_item, year, rank, _side) in zip(labels, chart.labels, strict=True):
            for _other, other_year, other_rank, _ in chart.labels:
                if (other_year, other_rank) == (year, rank):
                    continue
                centre = view.mapViewToScene(QPointF(other_year, other_rank))
                marker = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
                assert not _overlap(rect, marker)
            assert view.sceneBoundingRect().contains(rect)


def test_the_index_box_of_the_import_dialog_stays_inside_the_dialog(qtbot: QtBot, demo_context: AppContext,
                                                                   tmp_path) -> None:
    db = demo_context.db
    indexes = IndexCatalogueService(db).list()
    path = tmp_path / "ket-qua.csv"
    path.write_text("Tỉnh, thành phố,Điểm\n", encoding="utf-8")
    dialog = ResultImportDialog(ResultService(db), indexes, path, "SIPAS", lambda: None, 2024)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.index_combo
    assert dialog.width() <= 1366 - 100  # fits a laptop screen
    assert combo.geometry().right() < dialog.width()
    longest = max(combo.itemText(i) for i in range(combo.count()))
    widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    assert combo.displayed_text() == combo.currentText() and widest < combo.width()  # whole names, no "…"
    assert longest and combo.toolTip() == combo.currentText()
    assert [combo.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(combo.count())] == \
        [combo.itemText(i) for i in range(combo.count())]


def test_a_long_import_path_is_shortened_in_the_middle_and_keeps_the_dialog_on_screen(
        qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    folder = tmp_path.joinpath(*[f"Phong-Noi-vu-tinh-Tuyen-Quang-thu-muc-{n}" for n in range(6)])
    folder.mkdir(parents=True)
    path = folder / "ket-qua-PAPI-2024.csv"
    path.write_text("Tỉnh, thành phố,Điểm\n", encoding="utf-8")
    dialog = ResultImportDialog(ResultService(db), IndexCatalogueService(db).list(), path, "PAPI", lambda: None, 2024)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.file_label
    assert dialog.width() <= 1366 - 100 and label.geometry().right() < dialog.width()
    assert label.toolTip() == label.path() == str(path) and len(str(path)) > 300
    assert ELLIPSIS in label.text() and label.text().endswith("ket-qua-PAPI-2024.csv")
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
