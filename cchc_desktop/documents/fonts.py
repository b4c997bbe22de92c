"""Fonts embedded in documents: Liberation Serif 2.x, a metric clone of Times New Roman with full Vietnamese."""

from __future__ import annotations

from functools import lru_cache

from ..resources import resource

SERIF = "LiberationSerif"
SERIF_BOLD = "LiberationSerif-Bold"
SERIF_ITALIC = "LiberationSerif-Italic"
SERIF_BOLD_ITALIC = "LiberationSerif-BoldItalic"


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the serif family with reportlab once; returns the regular face's name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    files = {SERIF: "LiberationSerif-Regular.ttf", SERIF_BOLD: "LiberationSerif-Bold.ttf",
             SERIF_ITALIC: "LiberationSerif-Italic.ttf", SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf"}
    for name, file_name in files.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file_name))))
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, SERIF_BOLD)
    addMapping(SERIF, 0, 1, SERIF_ITALIC)
    addMapping(SERIF, 1, 1, SERIF_BOLD_ITALIC)
    return SERIF


FACE_FILES = ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
              "LiberationSerif-BoldItalic.ttf")
# Line breaks and tabs are layout, never drawn as glyphs.
_LAYOUT_CHARACTERS = frozenset("\n\r\t")


@lru_cache(maxsize=1)
def drawable_characters() -> frozenset[int]:
    """Code points every face of the embedded family can draw (from each font's cmap, glyph 0 excluded)."""
    from reportlab.pdfbase.ttfonts import TTFont

    common: set[int] | None = None
    for file_name in FACE_FILES:
        cmap = TTFont(f"glyph-check-{file_name}", str(resource("fonts", file_name))).face.charToGlyph
        points = {code for code, glyph in cmap.items() if glyph}
        common = points if common is None else common & points
    return frozenset(common or ())


def missing_characters(text: str) -> list[str]:
    """The distinct characters of ``text`` (NFC) the embedded fonts cannot draw, in order of appearance."""
    import unicodedata

    drawable = drawable_characters()
    missing: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        if char not in _LAYOUT_CHARACTERS and ord(char) not in drawable and char not in missing:
            missing.append(char)
    return missing


def text_width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    return float(stringWidth(text, font, size))
