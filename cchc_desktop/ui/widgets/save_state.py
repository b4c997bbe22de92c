"""The editing model shared by every in-page editor: autosave with a visible state, undo, save on leave.

An in-page editor (meetings, conclusions, notices, issuing bodies, recipient groups) saves itself
:data:`AUTOSAVE_DELAY_MS` after typing stops (:class:`Autosave`), on Ctrl+S and whenever it is left; the small
:class:`SaveStateLabel` beside its commands says which of "Đang sửa…", "Đã lưu lúc 10:32" or
"Chưa lưu được: …" holds, with the same words everywhere; "Hoàn tác thay đổi" (:data:`REVERT_TEXT`) puts back the
record as it was when it was opened. A new record is stored once Ctrl+S is pressed or it is left (it may still
miss required fields while being typed). Modal dialogs (tasks, plans, agencies, people, criteria) are forms whose
OK button saves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from .. import background
from .common import ERROR_STYLE, HINT_STYLE

AUTOSAVE_DELAY_MS = 2000
EDITING = "Đang sửa…"
NEW_RECORD = "Chưa lưu"
NOT_SAVED = "Chưa lưu được"
REVERT_TEXT = "Hoàn tác thay đổi"
REVERT_TIP = "Trả lại nội dung như lúc mở (bỏ mọi thay đổi đã sửa và đã tự lưu từ lúc đó)"
MAX_WIDTH = 280
SAVE_TIP = "Lưu ngay (Ctrl+S); nội dung cũng tự lưu khi ngừng gõ và khi rời trang"


class SaveStateLabel(QLabel):
    """The save state of one editor, in grey (red when the last save failed); the full message is its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveState")
        self._full = ""
        self.clear_state()

    def clear_state(self) -> None:
        self._show("", failed=False)

    def note(self, text: str) -> None:
        """A neutral remark where no save state applies (nothing open, a record no longer in use…)."""
        self._show(text, failed=False)

    def new_record(self) -> None:
        self._show(NEW_RECORD, failed=False)

    def editing(self) -> None:
        self._show(EDITING, failed=False)

    def saved(self, at: dt.datetime | None = None) -> None:
        self._show(f"Đã lưu lúc {(at or dt.datetime.now()):%H:%M}", failed=False)

    def failed(self, message: str = "") -> None:
        """"Chưa lưu được: <the first line of the reason>" (the editor shows the whole reason by its field)."""
        first = message.strip().splitlines()[0] if message.strip() else ""
        self._show(f"{NOT_SAVED}: {first}" if first else NOT_SAVED, failed=True,
                   tip=f"{NOT_SAVED}: {message.strip()}" if first else "")

    def is_failed(self) -> bool:
        return self._full.startswith(NOT_SAVED)

    def full_text(self) -> str:
        """The state as written, before it was shortened to :data:`MAX_WIDTH`."""
        return self._full

    def _show(self, text: str, *, failed: bool, tip: str = "") -> None:
        """Shown on one line of at most :data:`MAX_WIDTH` pixels (… when longer; the tooltip has it all), so the
        state never squeezes the editor's title or commands; a word-wrapped label keeps it whole on more lines."""
        self._full = text
        wrapped = self.wordWrap()
        self.setText(text if wrapped else self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, MAX_WIDTH))
        self.setToolTip(tip or text)
        self.setStyleSheet(ERROR_STYLE if failed else HINT_STYLE)


def autosave_slot(timer: QTimer, save: Callable[[], object]) -> Callable[[], None]:
    """The slot for an autosave ``timer``: saves, unless a background job is writing (an import, a restore…), in
    which case the save waits another delay instead of blocking the window on the job's lock."""

    def fire() -> None:
        if background.busy():
            timer.start()
        else:
            save()

    return fire


class Autosave(QObject):
    """Calls ``save`` once typing has paused for :data:`AUTOSAVE_DELAY_MS`; :meth:`schedule` on every edit."""

    def __init__(self, parent: QObject, save: Callable[[], object], delay_ms: int = AUTOSAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(autosave_slot(self.timer, save))

    def schedule(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def pending(self) -> bool:
        return self.timer.isActive()
