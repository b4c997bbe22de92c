"""Finding files shipped in ``resources/`` — from a source checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    """The ``resources`` folder: beside the package in a checkout, inside it when installed or frozen."""
    here = Path(__file__).resolve().parent
    candidates = [here / "resources", here.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "data").is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found next to the cchc_desktop package")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_lines(name: str) -> list[str]:
    """Lines of a data file without ``#`` comment lines (our CSV files start with a comment header)."""
    text = resource("data", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
