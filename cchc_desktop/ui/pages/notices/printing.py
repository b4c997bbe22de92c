"""Printing a notice: the pages of the very PDF that is previewed and saved, painted onto the printer.

Each page is rendered by QtPdf at the printer's resolution (at most :data:`MAX_PRINT_DPI`, which keeps one A4
page image near 35 MB) and drawn over the whole sheet: the PDF already carries the Nghị định 30 margins.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from ....core.errors import CchcError

MAX_PRINT_DPI = 300
POINTS_PER_INCH = 72.0

PrinterAsker = Callable[[QWidget | None, int], QPagedPaintDevice | None]
"""Asks for a printer given the page count; None when cancelled. Tests pass a function returning a PDF printer."""


def ask_printer(parent: QWidget | None, page_count: int) -> QPrinter | None:
    """The system print dialog (printer, copies, page range) for an A4 portrait document."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setFromTo(1, max(1, page_count))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("In thông báo")
    dialog.setMinMax(1, max(1, page_count))
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def _page_range(device: QPagedPaintDevice, page_count: int) -> range:
    if isinstance(device, QPrinter) and device.fromPage() > 0:
        first = max(1, device.fromPage())
        last = min(page_count, device.toPage() or page_count)
        return range(first - 1, last)
    return range(page_count)


def _resolution(device: QPagedPaintDevice) -> int:
    return min(MAX_PRINT_DPI, device.logicalDpiX() or MAX_PRINT_DPI)


def _target(device: QPagedPaintDevice, page_points: QSizeF) -> QRectF:
    """The page's place on the sheet: as large as fits, centred, proportions kept."""
    width, height = float(device.width()), float(device.height())
    scale = min(width / page_points.width(), height / page_points.height())
    size = QSizeF(page_points.width() * scale, page_points.height() * scale)
    return QRectF((width - size.width()) / 2, (height - size.height()) / 2, size.width(), size.height())


def print_document(document: QPdfDocument, device: QPagedPaintDevice) -> int:
    """Paint the document's pages (the device's page range, if it has one); returns the number printed."""
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise CchcError("Chưa có bản xem trước để in.")
    painter = QPainter()
    if not painter.begin(device):
        raise CchcError("Không mở được máy in. Hãy kiểm tra máy in rồi thử lại.")
    printed = 0
    dpi = _resolution(device)
    try:
        for page in _page_range(device, document.pageCount()):
            if printed and not device.newPage():
                raise CchcError("Máy in không nhận thêm trang. Việc in đã dừng.")
            points = document.pagePointSize(page)
            scale = dpi / POINTS_PER_INCH
            pixels = QSize(round(points.width() * scale), round(points.height() * scale))
            image = document.render(page, pixels)
            painter.drawImage(_target(device, points), image)
            printed += 1
    finally:
        painter.end()
    return printed
