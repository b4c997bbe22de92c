"""SVG export through pyqtgraph's ``SVGExporter``, tolerant of closed paths.

Qt 6.10 and later end closed outlines (the plot frame, bars) with the SVG close-path command "Z", which
pyqtgraph 0.14.0 cannot read back when it rewrites coordinates (pyqtgraph issue #3495: "SVGExporter cannot
handle closed paths"). While a chart is exported, each "Z" is replaced by the equivalent line back to the start
of its sub-path, which draws the same outline. The exporter's module is restored afterwards.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from pyqtgraph.exporters import SVGExporter

_MODULE = "pyqtgraph.exporters.SVGExporter"  # the module (its package exports the class under the same name)


def without_close_commands(path_data: str) -> str:
    """``"M0,0 L5,0 L5,5 Z"`` → ``"M0,0 L5,0 L5,5 L0,0"``: the same outline without close-path commands."""
    tokens: list[str] = []
    start: str | None = None
    for token in path_data.split():
        closes = token[-1] in "Zz"
        token = token.rstrip("Zz")
        if token:
            if token.startswith("M"):
                start = token[1:]
            tokens.append(token)
        if closes and start is not None:
            tokens.append(f"L{start}")
    return " ".join(tokens)


@contextmanager
def _closed_paths_tolerated() -> Iterator[None]:
    module: Any = importlib.import_module(_MODULE)
    original: Callable[..., Any] = module.correctCoordinates

    def correct(node: Any, defs: Any, item: Any, options: Any) -> Any:
        for path in node.getElementsByTagName("path"):
            path.setAttribute("d", without_close_commands(path.getAttribute("d")))
        return original(node, defs, item, options)

    module.correctCoordinates = correct
    try:
        yield
    finally:
        module.correctCoordinates = original


def svg_bytes(exporter: SVGExporter) -> bytes:
    """The exporter's SVG document (UTF-8)."""
    with _closed_paths_tolerated():
        return exporter.export(toBytes=True)
