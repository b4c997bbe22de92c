"""Resolving province names as written in published tables to the provincial unit of a result year.

Tables spell names in many ways: NFD text pasted from macOS, "Hoà" or "Hòa", "TP. Hồ Chí Minh" or
"Hồ Chí Minh", "Bà Rịa-Vũng Tàu" or "Bà Rịa - Vũng Tàu". :func:`name_key` reduces a name to one comparison
key (folded, administrative prefix dropped, punctuation and hyphens as spaces); :class:`UnitMatcher` compares
keys against the names and aliases of the units that existed in the year (the 63 through 2024, the 34 from
2025). Unknown names are reported, never dropped: :meth:`UnitMatcher.match_all` lists every one of them.

Pure rules on plain values: any object with ``name``, ``aliases`` and ``exists_in(year)`` is a unit. The matcher
that reads the stored ``Province`` rows is :class:`cchc_desktop.core.services.province_matcher.ProvinceMatcher`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Generic, Protocol, TypeVar

from .errors import CchcError
from .text import fold

__all__ = ["name_key", "ProvincialUnit", "UnitMatcher", "UnknownProvinceError"]

_NON_WORD_RE = re.compile(r"[^\w]+")
_PREFIX_RE = re.compile(r"^(?:tinh|thanh pho|tp) ")


def name_key(name: str) -> str:
    """The comparison key of a province name: ``name_key("TP. Hồ Chí Minh") == "ho chi minh"``."""
    words = _NON_WORD_RE.sub(" ", fold(name)).strip()
    return _PREFIX_RE.sub("", words)


class UnknownProvinceError(CchcError):
    """Some names match no provincial unit of the year (or match several)."""

    def __init__(self, names: list[str], year: int) -> None:
        listed = "; ".join(f"“{name}”" for name in names)
        super().__init__(f"Không xác định được tỉnh, thành phố của năm {year}: {listed}.")
        self.names = names
        self.year = year


class ProvincialUnit(Protocol):
    """What matching needs of a provincial unit (the stored ``Province`` row has it)."""

    @property
    def name(self) -> str: ...

    @property
    def aliases(self) -> list[str] | None: ...

    def exists_in(self, year: int) -> bool: ...


U = TypeVar("U", bound=ProvincialUnit)


class UnitMatcher(Generic[U]):
    """Matches written names to the ``units`` that exist in ``year``."""

    def __init__(self, units: Iterable[U], year: int) -> None:
        self.year = year
        self._by_key: dict[str, list[U]] = {}
        for province in units:
            if province.exists_in(year):
                for written in (province.name, *(province.aliases or [])):
                    self._add(name_key(written), province)

    def _add(self, key: str, province: U) -> None:
        candidates = self._by_key.setdefault(key, [])
        if province not in candidates:
            candidates.append(province)

    def find(self, name: str) -> U | None:
        """The unit ``name`` designates, or None when it is unknown or ambiguous in the year."""
        candidates = self._by_key.get(name_key(name), [])
        return candidates[0] if len(candidates) == 1 else None

    def match(self, name: str) -> U:
        """The unit ``name`` designates; raises :class:`UnknownProvinceError` when there is none."""
        province = self.find(name)
        if province is None:
            raise UnknownProvinceError([name], self.year)
        return province

    def match_all(self, names: Iterable[str]) -> dict[str, U]:
        """Every name with its unit; raises :class:`UnknownProvinceError` listing all the unmatched names."""
        matched: dict[str, U] = {}
        unknown: list[str] = []
        for name in names:
            province = self.find(name)
            if province is None:
                unknown.append(name)
            else:
                matched[name] = province
        if unknown:
            raise UnknownProvinceError(unknown, self.year)
        return matched
