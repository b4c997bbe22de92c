"""The fonts shipped in resources/fonts, made available to Qt (the previews use them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

from ..resources import resource


def register_fonts() -> list[str]:
    """Register every shipped font with Qt; returns the family names."""
    families: list[str] = []
    for path in sorted(Path(resource("fonts")).glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families.extend(QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else [])
    return sorted(set(families))
