"""Vietnamese text, once: normalisation, folding for search, collation for sorting.

Every piece of text that enters the application goes through :func:`nfc` (the store does it for every string
column, see ``store.types.Text``). Search compares :func:`fold` of both sides; sorting uses
:func:`collation_key`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["clean_controls", "lower_first", "nfc", "nfc_or_none", "fold", "collation_key", "contains_folded",
           "initials"]

_SPACE_RE = re.compile(r"\s+")
# Word's soft line break (\x0b), form feeds and Unicode line/paragraph separators become ordinary line breaks;
# other control characters (which Word files, PDFs and XML cannot carry) are dropped.
_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n", "\u2028": "\n", "\u2029": "\n", "\r": None})
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

# Combining marks that make a new letter in the Vietnamese alphabet (ă â ê ô ơ ư) ...
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"
# ... and the five tone marks, in dictionary order after the level tone (ngang):
# huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

# Primary order of the Vietnamese alphabet; f, j, w, z (foreign words) slot in Latin order.
_ALPHABET = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
    "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
]
_LETTER_RANK = {letter: i for i, letter in enumerate(_ALPHABET)}


def clean_controls(text: str) -> str:
    """Line-break-like characters to "\\n", other control characters removed (tabs and newlines kept)."""
    return _CONTROL_RE.sub("", text.translate(_LINE_BREAKS))


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC with surrounding white space and stray control characters removed.

    Text pasted from Word or macOS may arrive decomposed (NFD); stored and compared text is always NFC.
    """
    if text.isascii() and text.isprintable():  # a number, a code: nothing to compose or drop
        return text.strip()
    return unicodedata.normalize("NFC", clean_controls(text)).strip()


def nfc_or_none(text: str | None) -> str | None:
    """Like :func:`nfc`, but ``None`` and blank strings become ``None``."""
    if text is None:
        return None
    value = nfc(text)
    return value or None


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Fold ``text`` for diacritic- and case-insensitive search.

    Marks are stripped, ``đ``/``Đ`` (which has no Unicode decomposition) becomes ``d``, case is folded and runs
    of white space become one space: ``fold("Sở Nội vụ") == fold("so noi vu") == "so noi vu"``.
    """
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("đ", "d").replace("Đ", "D")
    return _SPACE_RE.sub(" ", stripped.casefold()).strip()


def contains_folded(haystack: str, needle: str) -> bool:
    """True when every word of ``needle`` occurs in ``haystack``, ignoring marks and case."""
    folded = fold(haystack)
    return all(word in folded for word in fold(needle).split())


def _char_key(ch: str) -> tuple[tuple[int, int], int, int]:
    """(primary, tone, case) for one precomposed character."""
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    upper = 1 if base.isupper() or ch == "Đ" else 0
    base = base.lower()
    if ch in "đĐ":
        base = "đ"
    tone = 0
    for mark in marks:
        if mark == _BREVE and base == "a":
            base = "ă"
        elif mark == _CIRCUMFLEX and base in "aeo":
            base = {"a": "â", "e": "ê", "o": "ô"}[base]
        elif mark == _HORN and base in "ou":
            base = {"o": "ơ", "u": "ư"}[base]
        elif mark in _TONES:
            tone = _TONES[mark]
    if base in _LETTER_RANK:
        return (3, _LETTER_RANK[base]), tone, upper
    if base.isspace():
        return (0, 0), 0, 0
    if base.isalpha():
        return (4, ord(base)), tone, upper
    return (1, ord(base)), 0, 0


_NUMBER_RE = re.compile(r"\d+")


@lru_cache(maxsize=65536)
def collation_key(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...], tuple[int, ...]]:
    """A sort key that orders Vietnamese text as a Vietnamese reader expects.

    Letters follow the alphabet ``a ă â b c d đ e ê … o ô ơ … u ư …``; words with the same letters are then
    ordered by tone (ngang, huyền, hỏi, ngã, sắc, nặng), then lower before upper case. Runs of digits compare as
    numbers ("Quý 2" before "Quý 10"); white space sorts before any letter so shorter words come first.
    """
    value = unicodedata.normalize("NFC", text).strip()
    primary: list[tuple[int, int]] = []
    tones: list[int] = []
    cases: list[int] = []
    pos = 0
    for match in _NUMBER_RE.finditer(value):
        _append_chars(value[pos : match.start()], primary, tones, cases)
        primary.append((2, int(match.group())))  # after spaces and punctuation, before letters
        tones.append(0)
        cases.append(0)
        pos = match.end()
    _append_chars(value[pos:], primary, tones, cases)
    return tuple(primary), tuple(tones), tuple(cases)


_CHAR_KEYS: dict[str, tuple[tuple[int, int], int, int]] = {}
""":func:`_char_key` of every character met so far (texts have few distinct characters; a sort meets millions)."""
_SPACE_KEY = (0, 0)


def _append_chars(chunk: str, primary: list[tuple[int, int]], tones: list[int], cases: list[int]) -> None:
    previous_space = False
    keys = _CHAR_KEYS
    for ch in chunk:
        key = keys.get(ch)
        if key is None:
            key = keys[ch] = _char_key(ch)
        p, t, c = key
        if p == _SPACE_KEY:
            if previous_space:
                continue
            previous_space = True
        else:
            previous_space = False
        primary.append(p)
        tones.append(t)
        cases.append(c)


def lower_first(text: str) -> str:
    """Lower-case the first letter to continue a sentence, unless the word is an acronym ("UBND", "SIPAS")."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def initials(full_name: str) -> str:
    """Upper-case initials of a name, as in the archive line: ``initials("Lê Thu Hà") == "LTH"``."""
    return "".join(word[0] for word in nfc(full_name).split()).upper()
