"""Keeps the preview in step with the editor: re-rendered a moment (400 ms) after the last edit.

Rendering runs on the GUI thread: a notice takes 20–100 ms with reportlab, which the pause after typing hides,
and it keeps the preview, the printout and the saved file made from one and the same state of the form.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from .preview import NoticePreview

PdfSource = Callable[[], bytes]
"""Returns the PDF to show: rendered from the form for a draft, the archived bytes for an issued notice."""

PREVIEW_DELAY_MS = 400
UPDATING = "Đang cập nhật…"


class PreviewPresenter(QObject):
    """``updated(page_count)`` fires after each successful render; :attr:`render_count` counts them."""

    updated = Signal(int)

    def __init__(self, view: NoticePreview, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.render_count = 0
        self.last_error = ""
        self._source: PdfSource | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_now)

    def set_source(self, source: PdfSource | None) -> None:
        self._source = source

    def schedule(self) -> None:
        """Render again once the edits pause."""
        if self._source is not None:
            self.view.show_status(UPDATING)
            self.timer.start()

    def refresh_now(self) -> bool:
        """Render and show now; False (the reason shown above the preview) when the PDF could not be made."""
        self.timer.stop()
        if self._source is None:
            return False
        try:
            data = self._source()
        except Exception as error:  # noqa: BLE001 - a preview failure must never take the editor down
            self.last_error = f"Chưa xem trước được: {error}"
            self.view.show_status(self.last_error, error=True)
            return False
        self.last_error = ""
        pages = self.view.show_pdf(data)
        self.render_count += 1
        self.updated.emit(pages)
        return True

    def flush(self) -> bool:
        """Render now when a render is pending (before printing or saving what the preview shows)."""
        return self.refresh_now() if self.timer.isActive() or not self.view.page_count() else True
