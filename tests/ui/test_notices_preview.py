"""The live preview (QtPdf), printing the previewed pages, and saving PDF and Word files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from cchc_desktop.core.services.register import RegisterService
from cchc_desktop.store.db import Database
from cchc_desktop.ui.context import AppContext
from cchc_desktop.ui.pages.notices import printing
from cchc_desktop.ui.pages.notices.page import NoticesPage
from cchc_desktop.ui.signals import AppSignals

from .conftest import FakePrompter, show_widget, type_text

NOTICE_2024 = 2


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database, prompter: FakePrompter) -> NoticesPage:
    widget = NoticesPage(AppContext(demo_db, AppSignals(), prompter))
    show_widget(qtbot, widget, 1100, 760)
    assert widget.open_notice(NOTICE_2024)
    return widget


def _first_page_text(data: bytes) -> str:
    pdf = pypdfium2.PdfDocument(data)
    try:
        return pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()


def _load(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    document, buffer = QPdfDocument(), QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document, buffer


def test_preview_shows_the_notice_pdf(page: NoticesPage) -> None:
    preview = page.editor_view.preview
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.document.pageCount() >= 2
    assert preview.pdf_bytes.startswith(b"%PDF")
    assert preview.page_label.text() == f"Trang 1/{preview.page_count()}"
    assert "Ngày 12/4/2024" in " ".join(_first_page_text(preview.pdf_bytes).split())


def test_preview_follows_edits_after_a_pause(qtbot: QtBot, page: NoticesPage) -> None:
    presenter = page.editor.preview
    before = presenter.render_count
    summary = page.editor_view.general.summary_edit
    summary.selectAll()
    with qtbot.waitSignal(presenter.updated, timeout=5000) as blocker:
        type_text(qtbot, summary, "Thông báo thử nghiệm xem trước")
        assert page.editor_view.preview.status_label.text() == "Đang cập nhật…"
    assert presenter.render_count == before + 1  # one render for the whole burst of keys
    assert blocker.args[0] >= 2
    assert "Thông báo thử nghiệm xem trước" in _first_page_text(page.editor_view.preview.pdf_bytes)
    assert page.editor_view.preview.status_label.text() == ""


def test_preview_reports_an_impossible_date_instead_of_failing(qtbot: QtBot, page: NoticesPage) -> None:
    general = page.editor_view.general
    general.month_spin.setValue(2)
    general.day_spin.setValue(31)
    assert not page.editor.preview.refresh_now()
    assert page.editor_view.preview.status_label.text() == \
        "Chưa xem trước được: Ngày 31/2/2024 không phải là ngày hợp lệ."
    page.editor_view.save_action.trigger()
    assert page.editor_view.error_label.text() == "Ngày 31/2/2024 không phải là ngày hợp lệ."
    assert general.day_spin.hasFocus()


def test_page_navigation_and_zoom(qtbot: QtBot, page: NoticesPage) -> None:
    preview = page.editor_view.preview
    count = preview.page_count()
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.page_label.text() == f"Trang 2/{count}")
    fit = preview.effective_zoom()
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.zoom_label.text() == f"{round(fit * 1.2 * 100)} %"
    assert not preview.fit_button.isChecked()
    qtbot.mouseClick(preview.fit_button, Qt.MouseButton.LeftButton)
    assert preview.fit_button.isChecked() and preview.effective_zoom() == pytest.approx(fit)


def test_save_pdf_and_word(page: NoticesPage, prompter: FakePrompter, tmp_path: Path) -> None:
    prompter.files.extend([tmp_path / "du-thao.pdf", tmp_path / "du-thao"])
    page.editor_view.pdf_action.trigger()
    page.editor_view.docx_action.trigger()
    assert (tmp_path / "du-thao.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "du-thao.docx").read_bytes().startswith(b"PK")
    assert page.editor.file_stem() == "Dự thảo thông báo TB-UBND tháng 4-2024"


@pytest.mark.parametrize("windows", [False, True])
def test_saving_onto_a_folder_says_it_is_a_folder(page: NoticesPage, prompter: FakePrompter, tmp_path: Path,
                                                  request: pytest.FixtureRequest, windows: bool) -> None:
    if windows:  # PermissionError instead of IsADirectoryError
        request.getfixturevalue("windows_folder_errors")
    pdf, docx = tmp_path / "du-thao.pdf", tmp_path / "du-thao.docx"
    pdf.mkdir()
    docx.mkdir()
    prompter.files.extend([pdf, docx])
    page.editor_view.pdf_action.trigger()
    page.editor_view.docx_action.trigger()
    assert prompter.errors == [f"Không ghi được tệp “{pdf}”: đây là một thư mục, không phải tệp.",
                               f"Không ghi được tệp “{docx}”: đây là một thư mục, không phải tệp."]


def test_saving_onto_a_file_open_in_word_keeps_it_and_says_to_close_it(
        page: NoticesPage, prompter: FakePrompter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import os

    folder = tmp_path / "van-ban"
    folder.mkdir()
    docx = folder / "du-thao.docx"
    docx.write_bytes(b"PK open in Word")

    def windows_replace(source, destination):  # type: ignore[no-untyped-def]  # WinError 32, as Windows does
        raise PermissionError(errno.EACCES, "being used by another process", os.fspath(source), 32,
                              os.fspath(destination))

    monkeypatch.setattr(os, "replace", windows_replace)
    prompter.files.append(docx)
    page.editor_view.docx_action.trigger()
    assert prompter.errors == [f"Tệp “{docx}” đang được mở trong chương trình khác. Hãy đóng tệp rồi thử lại."]
    assert docx.read_bytes() == b"PK open in Word" and os.listdir(folder) == ["du-thao.docx"]


def test_issued_notice_saves_the_archived_pdf(page: NoticesPage, demo_db: Database, prompter: FakePrompter,
                                              tmp_path: Path) -> None:
    page.editor.commands.ask_issue_date = lambda parent, summary: dt.date(2024, 4, 15)
    page.editor_view.issue_action.trigger()
    assert page.editor.read_only()
    archived = RegisterService(demo_db).issued_pdf(NOTICE_2024)
    assert page.editor_view.preview.pdf_bytes == archived
    prompter.files.append(tmp_path / "ban-hanh.pdf")
    page.editor_view.pdf_action.trigger()
    assert (tmp_path / "ban-hanh.pdf").read_bytes() == archived
    assert page.editor.file_stem() == "Thông báo 01-TB-UBND"


def test_printing_paints_one_page_image_per_pdf_page(page: NoticesPage, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    output = tmp_path / "in.pdf"
    asked = []

    def fake_printer(parent, page_count):  # type: ignore[no-untyped-def]
        asked.append(page_count)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)
        return printer

    drawn: list[QSize] = []

    class CountingPainter(QPainter):
        def drawImage(self, target, image, *args):  # type: ignore[no-untyped-def]  # noqa: N802
            drawn.append(image.size())
            return super().drawImage(target, image, *args)

    page.editor.documents.ask_printer = fake_printer
    count = page.editor_view.preview.page_count()
    monkeypatch.setattr(printing, "QPainter", CountingPainter)
    assert page.editor.documents.print_notice() == count
    assert asked == [count]
    assert len(drawn) == count and drawn[0] == QSize(2480, 3508)  # A4 at 300 dpi
    printed, _buffer = _load(output.read_bytes())
    assert printed.pageCount() == count
    image = printed.render(0, QSize(200, 283))
    assert any(image.pixelColor(x, y) != QColor("white") for x in range(40, 160, 4) for y in range(20, 80, 4))


def test_cancelled_print_dialog_prints_nothing(page: NoticesPage) -> None:
    page.editor.documents.ask_printer = lambda parent, page_count: None
    assert page.editor.documents.print_notice() == 0
