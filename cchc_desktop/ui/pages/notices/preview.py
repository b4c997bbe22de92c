"""The preview pane: the notice's PDF shown with QtPdf, with zoom and page navigation.

The bytes are loaded from a QBuffer into one long-lived :class:`QPdfDocument`, which is also what is printed, so
the preview, the printout and the saved PDF are the same pages. A reload keeps the scroll position, so the clerk
keeps looking at the paragraph being edited.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ...widgets.common import ERROR_STYLE, HINT_STYLE

ZOOM_STEP = 1.2
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0
POINTS_PER_INCH = 72.0


def _tool(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    return button


class NoticePreview(QWidget):
    """``loaded(page_count)`` is emitted after every :meth:`show_pdf`."""

    loaded = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.pdf_bytes = b""
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setStyleSheet("QPdfView { background: #8a8d91; }")
        self.zoom_out_button = _tool("−", "Thu nhỏ")
        self.zoom_in_button = _tool("+", "Phóng to")
        self.fit_button = _tool("Vừa chiều rộng", "Vừa chiều rộng khung xem")
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(44)
        self.previous_button = _tool("◀", "Trang trước")
        self.next_button = _tool("▶", "Trang sau")
        self.page_label = QLabel()
        self.page_label.setMinimumWidth(70)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label = QLabel()
        self.status_label.setStyleSheet(HINT_STYLE)

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.setSpacing(2)
        for widget in (QLabel("Xem trước"), self.zoom_out_button, self.zoom_label, self.zoom_in_button,
                       self.fit_button, self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit_width)
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self.view.viewport().installEventFilter(self)
        self._show_page()
        self._show_zoom()

    # -- content ------------------------------------------------------------------------------------------------
    def show_pdf(self, data: bytes) -> int:
        """Show ``data`` (a PDF), keeping the scroll position; returns the page count."""
        position = self.view.verticalScrollBar().value()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.pdf_bytes = data
        self.view.verticalScrollBar().setValue(position)
        self.status_label.setStyleSheet(HINT_STYLE)
        self.status_label.clear()
        self._show_page()
        self.loaded.emit(self.page_count())
        return self.page_count()

    def scroll_to_top(self) -> None:
        """Start at the first page (another notice was opened)."""
        self.view.verticalScrollBar().setValue(0)

    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def show_status(self, text: str, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else HINT_STYLE)
        self.status_label.setText(text)
        self.status_label.setToolTip(text)

    # -- navigation and zoom ------------------------------------------------------------------------------------
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), 0)

    def effective_zoom(self) -> float:
        """The scale the pages are drawn at (fit-to-width computes it from the view's width)."""
        if self.view.zoomMode() != QPdfView.ZoomMode.FitToWidth or not self.page_count():
            return self.view.zoomFactor()
        page_width = self.document.pagePointSize(0).width() * self.view.logicalDpiX() / POINTS_PER_INCH
        margins = self.view.documentMargins()
        usable = self.view.viewport().width() - margins.left() - margins.right()
        return usable / page_width if page_width > 0 else 1.0

    def zoom_by(self, factor: float) -> None:
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, self.effective_zoom() * factor))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)
        self.fit_button.setChecked(False)
        self._show_zoom()

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.fit_button.setChecked(True)
        self._show_zoom()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._show_zoom()  # fit-to-width scale follows the view's width
        return super().eventFilter(watched, event)

    def _show_zoom(self) -> None:
        self.zoom_label.setText(f"{round(self.effective_zoom() * 100)} %")

    def _show_page(self) -> None:
        count = self.page_count()
        page = min(self.current_page(), count - 1) if count else -1
        self.page_label.setText(f"Trang {page + 1}/{count}" if count else "Trang 0/0")
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(0 <= page < count - 1)
        self._show_zoom()
