"""Helpers shared by the task and overview tests (this module holds no tests itself).

The demo database dates its follow-up tasks from the day it is built; these tests build it for a fixed ``TODAY``
so that which task is overdue, which is due soon and how many working days they have left never change.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from cchc_desktop.core.services.tasks import TaskRow, TaskService
from cchc_desktop.store.db import Database

TODAY = dt.date(2024, 11, 20)  # a Wednesday
OVERDUE_TITLE = "Tổng hợp, báo cáo kết quả khắc phục các nội dung Chỉ số PAPI được người dân đánh giá thấp"
DUE_SOON_PREFIX = "Rà soát, khắc phục sai lệch số liệu đồng bộ hồ sơ"


def task_titled(db: Database, start: str) -> TaskRow:
    return next(row for row in TaskService(db).list(today=TODAY) if row.title.startswith(start))


def opened_dialog(qtbot: QtBot, parent: QWidget, kind: type[QDialog]) -> QDialog:
    """The dialog of ``kind`` that ``parent`` just opened with ``open()`` (the newest one, if several)."""
    dialogs = [d for d in parent.findChildren(kind) if d.isVisible()]
    assert dialogs, f"no {kind.__name__} is open"
    qtbot.waitExposed(dialogs[-1])
    return dialogs[-1]
