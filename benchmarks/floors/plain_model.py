"""Floor of the task page: the same task rows read with sqlite3 into a plain QAbstractTableModel shown in a
QTableView, and a keystroke as a filter of pre-folded titles, a model reset and a repaint.

``plain_model.py DB N``: N repetitions; prints {"open": [ms...], "key": [ms...]} as JSON.
``plain_model.py DB --open-only``: open and paint once, then exit (its peak memory is the floor of the memory row).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
import unicodedata

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QEventLoop,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QTableView

QUERY = ("SELECT t.id, t.title, a.name, t.deadline_text, t.status FROM tasks t "
         "JOIN agencies a ON a.id = t.lead_agency_id ORDER BY t.due_date")
HEADERS = ("Mã", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Trạng thái")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Rows(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple] = []

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return len(HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None


class Painted(QObject):
    """Runs an event loop until ``widget`` has handled its next paint event."""

    def __init__(self, widget: QObject) -> None:
        super().__init__()
        self.loop = QEventLoop()
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.loop.quit)
        return False

    def wait(self) -> float:
        QTimer.singleShot(30_000, self.loop.quit)
        self.loop.exec()
        return time.perf_counter()


def open_table(path: str) -> tuple[QTableView, Rows, list[tuple], list[str], float]:
    start = time.perf_counter()
    with sqlite3.connect(path) as connection:
        rows = connection.execute(QUERY).fetchall()
    model = Rows()
    model.set_rows(rows)
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 800)
    painted = Painted(view.viewport())
    view.show()
    end = painted.wait()
    return view, model, rows, [fold(row[1]) for row in rows], 1000 * (end - start)


def main(argv: list[str]) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if argv[1] == "--open-only":
        open_table(argv[0])
        return
    opens, keys = [], []
    for _ in range(int(argv[1])):
        view, model, rows, folded, took = open_table(argv[0])
        opens.append(took)
        painted = Painted(view.viewport())
        start = time.perf_counter()
        model.set_rows([row for row, text in zip(rows, folded, strict=True) if "hoa" in text])
        keys.append(1000 * (painted.wait() - start))
        view.close()
        app.processEvents()
    print(json.dumps({"open": opens, "key": keys}))


if __name__ == "__main__":
    main(sys.argv[1:])
