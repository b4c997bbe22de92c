"""Floor of "launch → first page painted": a bare PySide6 window shown; prints a marker line after its first paint
and quits (run as a process and timed from outside, like the application)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


class QuitAfterPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.quit)
        return False

    def quit(self) -> None:
        print("PAINTED", flush=True)
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QLabel("Tổng quan")
    window.resize(1280, 800)
    window.installEventFilter(QuitAfterPaint(window))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
