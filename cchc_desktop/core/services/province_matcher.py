"""Matching written province names against the stored :class:`~cchc_desktop.store.models.Province` rows.

The rules (comparison keys, the year a unit existed, unknown and ambiguous names) are the kernel's
:mod:`cchc_desktop.core.provinces`; this module only reads the rows.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...store.models import Province
from ..provinces import UnitMatcher

__all__ = ["ProvinceMatcher"]


# mypy checks this bound before it has analysed the ORM class (store and core import each other), although a
# Province is a ProvincialUnit wherever one is assigned to the other.
class ProvinceMatcher(UnitMatcher[Province]):  # type: ignore[type-var]
    """Matches written names to the :class:`Province` rows that exist in ``year``.

    ``source`` is a session (all stored provinces are read) or the provinces themselves.
    """

    def __init__(self, source: Session | Iterable[Province], year: int) -> None:
        provinces = source.scalars(select(Province)).all() if isinstance(source, Session) else list(source)
        super().__init__(provinces, year)
