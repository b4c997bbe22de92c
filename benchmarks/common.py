"""Helpers shared by the benchmark scripts."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

T = TypeVar("T")


@contextmanager
def timed(label: str) -> Iterator[None]:
    start = time.perf_counter()
    yield
    print(f"{label:<55} {1000 * (time.perf_counter() - start):8.1f} ms")


def best_of(label: str, runs: int, action: Callable[[], T]) -> T:
    """Run ``action`` ``runs`` times and print the fastest time (less noise than one run)."""
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<55} {1000 * best:8.1f} ms (best of {runs})")
    return result  # type: ignore[return-value]
