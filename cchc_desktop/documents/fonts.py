"""Fonts embedded in documents: Liberation Serif 2.x, a metric clone of Times New Roman with full Vietnamese."""

from __future__ import annotations

from functools import lru_cache

from ..resources import resource

SERIF = "LiberationSerif"
SERIF_BOLD = "LiberationSerif-Bold"
SERIF_ITALIC = "LiberationSerif-Italic"
SERIF_BOLD_ITALIC = "LiberationSerif-BoldItalic"
FACE_FILES = ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
              "LiberationSerif-BoldItalic.ttf")

MAX_REMEMBERED_WIDTHS = 20_000
"""Widths one face keeps (a few megabytes at most; a notice has a few thousand distinct words); past that it
starts again from none."""


def _remembering_font(name: str, path: str):  # type: ignore[no-untyped-def]  # reportlab ships no types
    """A reportlab TrueType font that remembers the width of every text it measured.

    reportlab measures each word of a paragraph when it breaks the lines and again when it draws a justified
    line, and a notice's words (Vietnamese syllables) repeat: a remembered width costs a dictionary lookup instead
    of a sum over the characters. The widths are the font's own, so the layout is unchanged."""
    from reportlab.pdfbase.ttfonts import TTFont

    class RememberingTTFont(TTFont):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(name, path)
            self.widths: dict[tuple[object, float, str], float] = {}
            # The face's metrics, where pdfmetrics.getAscentDescent looks first (per word of every paragraph):
            # without them each look-up goes through an AttributeError.
            self.ascent, self.descent = self.face.ascent, self.face.descent

        def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:  # noqa: N802
            key = (text, size, encoding)
            width = self.widths.get(key)
            if width is None:
                if len(self.widths) >= MAX_REMEMBERED_WIDTHS:
                    self.widths.clear()
                width = self.widths[key] = super().stringWidth(text, size, encoding)
            return width

    return RememberingTTFont()


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the serif family with reportlab once; returns the regular face's name.

    Also what every document of ours wants from reportlab's settings: compressed streams written as binary, not
    ASCII85 text (the ASCII85 pass over the page contents, in Python, took a fifth of a notice's render time; every
    PDF reader reads both)."""
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    rl_config.useA85 = 0

    for name, file_name in zip((SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC), FACE_FILES, strict=True):
        pdfmetrics.registerFont(_remembering_font(name, str(resource("fonts", file_name))))
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, SERIF_BOLD)
    addMapping(SERIF, 0, 1, SERIF_ITALIC)
    addMapping(SERIF, 1, 1, SERIF_BOLD_ITALIC)
    return SERIF


# Line breaks and tabs are layout, never drawn as glyphs.
_LAYOUT_CHARACTERS = frozenset("\n\r\t")


@lru_cache(maxsize=1)
def drawable_characters() -> frozenset[int]:
    """Code points every face of the embedded family can draw (from each font's cmap, glyph 0 excluded)."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()  # the registered faces' maps: the font files are read once per process
    common: set[int] | None = None
    for name in (SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC):
        cmap = pdfmetrics.getFont(name).face.charToGlyph
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
