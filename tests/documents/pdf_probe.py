"""Reading a rendered PDF back as positioned text and lines, for the layout checks of nd30-layout.md §5."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pdfplumber

MM = 72 / 25.4


@dataclass(frozen=True)
class Line:
    """A run of same-baseline characters of one font on one page."""

    page: int
    text: str
    x0: float
    x1: float
    baseline: float  # distance from the top edge of the page
    size: float
    font: str

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True)
class Rule:
    page: int
    x0: float
    x1: float
    y: float  # from the top edge

    @property
    def length(self) -> float:
        return self.x1 - self.x0

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


class Probe:
    def __init__(self, pdf_bytes: bytes) -> None:
        self.pdf = pdfplumber.open(io.BytesIO(pdf_bytes))
        self.pages = self.pdf.pages
        self.lines: list[Line] = []
        self.rules: list[Rule] = []
        for number, page in enumerate(self.pages, start=1):
            self.lines.extend(_lines(number, page))
            self.rules.extend(Rule(number, r["x0"], r["x1"], r["top"]) for r in page.lines)

    def find(self, startswith: str, page: int | None = None) -> Line:
        matches = [ln for ln in self.lines if ln.text.startswith(startswith) and (page is None or ln.page == page)]
        assert matches, f"no line starts with {startswith!r}"
        return matches[0]

    def on_page(self, page: int) -> list[Line]:
        return [ln for ln in self.lines if ln.page == page]

    def fonts(self) -> set[str]:
        return {ln.font for ln in self.lines}

    def close(self) -> None:
        self.pdf.close()


def _lines(number: int, page) -> list[Line]:  # type: ignore[no-untyped-def]
    height = page.height
    groups: dict[tuple[float, str, float], list[dict]] = {}
    for char in page.chars:
        baseline = round(height - char["matrix"][5], 1)
        font = char["fontname"].split("+")[-1]
        groups.setdefault((baseline, font, round(char["size"], 1)), []).append(char)
    lines = []
    for (baseline, font, size), chars in groups.items():
        chars.sort(key=lambda c: c["x0"])
        # split a group where a gap wider than 3 em separates two runs (left and right header columns)
        run: list[dict] = [chars[0]]
        for char in chars[1:]:
            if char["x0"] - run[-1]["x1"] > 3 * size:
                lines.append(_line(number, run, baseline, size, font))
                run = []
            run.append(char)
        lines.append(_line(number, run, baseline, size, font))
    lines.sort(key=lambda ln: (ln.baseline, ln.x0))
    return lines


def _line(number: int, chars: list[dict], baseline: float, size: float, font: str) -> Line:
    text = ""
    previous = None
    for char in chars:
        if previous is not None and char["x0"] - previous["x1"] > size * 0.15 and not text.endswith(" "):
            text += " "
        text += char["text"]
        previous = char
    return Line(number, text.replace("\u00a0", " ").strip(), chars[0]["x0"], chars[-1]["x1"], baseline, size, font)
