"""The indices the charts and analysis pages offer, with the years that have a results table (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.services.index_catalogue import IndexCatalogueService
from ..store.db import Database


@dataclass(frozen=True)
class IndexInfo:
    code: str
    name: str
    scale_max: float
    years: tuple[int, ...]  # years with a results table

    @property
    def label(self) -> str:
        return f"{self.code} – {self.name}"


def index_catalogue(db: Database) -> list[IndexInfo]:
    """Every index in catalogue order with the years that have results."""
    return [IndexInfo(info.code, info.name, info.scale_max, tuple(info.years))
            for info in IndexCatalogueService(db).list()]
