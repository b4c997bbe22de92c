"""Alt+letter on every field caption of a form: one underlined letter per caption, unique within the form.

Captions keep their Vietnamese text (it is also the field name of the core's ValidationError); the letter is
chosen here — the first free initial of a word, else the first free letter; the captions with the fewest free
letters choose first — among the ASCII letters, which every
keyboard can type with Alt. Letters already taken in the form (buttons, tabs, captions written with "&") and the
``reserved`` ones (the main window's menus) are skipped.
"""

from __future__ import annotations

import re
import string

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from .common import focus_target

MENU_LETTERS = "TIG"
"""Alt+T (Tệp), Alt+I (Đi tới) and Alt+G (Trợ giúp) open the main window's menus; forms inside the window leave
them alone (tests/ui/test_tab_order.py checks this against the menu bar)."""

LETTERS = set(string.ascii_lowercase)
_MNEMONIC = re.compile(r"&([^&\s])")


def _taken(text: str) -> str:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else ""


def _caption_end(text: str) -> int:
    """Where the caption's own words end: before a rich-text tail such as the red "*" of a required field."""
    cut = text.find("<")
    return len(text) if cut < 0 else cut


def _choose(text: str, used: set[str]) -> int | None:
    end = _caption_end(text)
    initials = [m.start() for m in re.finditer(r"(?<!\w)\w", text[:end])]
    for index in initials + list(range(end)):
        char = text[index].lower()
        if char in LETTERS and char not in used:
            return index
    return None


def _free_count(text: str, used: set[str]) -> int:
    return len({char.lower() for char in text[:_caption_end(text)] if char.lower() in LETTERS} - used)


def assign_mnemonics(form: QWidget, reserved: str = "") -> dict[str, QWidget]:
    """Give each buddied caption under ``form`` an Alt+letter; returns letter → the field it focuses."""
    used = {letter.lower() for letter in reserved}
    captions: list[QLabel] = []
    for widget in form.findChildren(QWidget):
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            widget.setBuddy(focus_target(widget.buddy()))
            letter = _taken(widget.text())
            if letter:
                used.add(letter)
            else:
                captions.append(widget)
        elif isinstance(widget, QAbstractButton):
            used.add(_taken(widget.text()))
        elif isinstance(widget, QGroupBox):
            used.add(_taken(widget.title()))
    keys: dict[str, QWidget] = {}
    pending = list(captions)
    while pending:
        # The caption with the fewest free letters chooses first, so that a short one ("Cấp") is not left without.
        label = min(pending, key=lambda caption: _free_count(caption.text(), used))
        pending.remove(label)
        text = label.text()
        index = _choose(text, used)
        if index is None:
            continue
        used.add(text[index].lower())
        label.setText(f"{text[:index]}&{text[index:]}")
    for label in form.findChildren(QLabel):
        buddy = label.buddy()
        letter = _taken(label.text())
        if buddy is not None and letter:
            keys[letter] = buddy
    return keys
