"""The shipped icon set: every name the window uses exists, renders visibly, follows the palette, is licensed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette

from cchc_desktop.resources import resource
from cchc_desktop.ui.icons import COMMAND_ICONS, command_icon, icon, icon_path_names
from cchc_desktop.ui.pages import standard_pages
from cchc_desktop.ui.window_chrome import TOOLBAR_COMMANDS

UI_SOURCES = Path(__file__).resolve().parents[2] / "cchc_desktop" / "ui"


def used_icon_names() -> set[str]:
    """Names passed to icon("…") anywhere in ui/, plus the tables of pages, toolbar and commands."""
    names = {match for path in UI_SOURCES.rglob("*.py")
             for match in re.findall(r'\bicon\("([\w-]+)"\)', path.read_text(encoding="utf-8"))}
    names |= set(re.findall(r'\(self\.\w+, "([\w-]+)"\)', (UI_SOURCES / "main_window.py").read_text(encoding="utf-8")))
    names |= {spec.icon for spec in standard_pages() if spec.icon}
    names |= {command.icon for command in TOOLBAR_COMMANDS}
    names |= set(COMMAND_ICONS.values())
    return names


def painted(image: QImage, opaque: int = 254) -> list[QColor]:
    return [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y).alpha() > opaque]


def test_every_used_icon_is_shipped_and_every_shipped_icon_is_used() -> None:
    used = used_icon_names()
    assert len(used) >= 30
    assert used == set(icon_path_names())


@pytest.mark.parametrize("name", sorted(used_icon_names()))
def test_icon_renders_in_the_text_colour_at_every_size(qapp: object, name: str) -> None:
    text = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    for size in (16, 32, 64):
        image = icon(name).pixmap(size, size).toImage()
        assert image.width() == size
        drawn = painted(image, opaque=0)
        assert size < len(drawn) < size * size * 0.8  # a visible drawing, not an empty or filled square
        strokes = painted(image if size > 16 else icon(name).pixmap(32, 32).toImage())  # 16 px: all antialiased
        assert strokes and all(color.rgb() == text.rgb() for color in strokes)  # currentColor: the palette's
    selected = icon(name).pixmap(32, 32, QIcon.Mode.Selected).toImage()
    highlighted = QGuiApplication.palette().color(QPalette.ColorRole.HighlightedText)
    assert all(color.rgb() == highlighted.rgb() for color in painted(selected))


def test_unknown_names_and_commands(qapp: object) -> None:
    with pytest.raises(KeyError):
        icon("does-not-exist")
    assert command_icon("Xuất Excel…") is not None and command_icon("&Xóa") is not None
    assert command_icon("Một lệnh khác") is None


def test_the_set_ships_its_licence_and_names_its_version() -> None:
    folder = resource("icons", "lucide")
    assert "ISC License" in (folder / "LICENSE").read_text(encoding="utf-8")
    assert "lucide-static` version 1.62.0" in (folder / "README.md").read_text(encoding="utf-8")
    assert all("stroke=\"currentColor\"" in path.read_text(encoding="utf-8") for path in folder.glob("*.svg"))


def test_icons_follow_a_dark_palette(qapp: object) -> None:
    """currentColor is replaced by the palette's colour: light strokes on a dark theme, not Qt's default black."""
    previous = QGuiApplication.palette()
    dark = QPalette(previous)
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    QGuiApplication.setPalette(dark)
    try:
        strokes = painted(icon("calendar-plus").pixmap(32, 32).toImage())
        assert strokes and all(color.name() == "#e8eaed" for color in strokes)
    finally:
        QGuiApplication.setPalette(previous)
