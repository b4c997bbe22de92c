"""Floor of "change year on the all-provinces chart": one pyqtgraph BarGraphItem of 63 bars given new widths and
repainted. Prints the times in milliseconds as JSON."""

from __future__ import annotations

import json
import random
import sys
import time

import pyqtgraph as pg
from PySide6.QtWidgets import QApplication


def main(reps: int) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    widget = pg.PlotWidget(background="w")
    widget.resize(1040, 1100)
    rng = random.Random(5)
    bars = pg.BarGraphItem(x0=0, y=list(range(63)), height=0.75, width=[rng.uniform(60, 95) for _ in range(63)])
    widget.addItem(bars)
    widget.show()
    app.processEvents()
    times = []
    for _ in range(reps):
        widths = [rng.uniform(60, 95) for _ in range(63)]
        start = time.perf_counter()
        bars.setOpts(width=widths)
        widget.viewport().repaint()
        times.append(1000 * (time.perf_counter() - start))
    print(json.dumps({"ms": times}))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
