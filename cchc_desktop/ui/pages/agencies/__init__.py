"""The agencies catalogue page (cơ quan, đơn vị)."""

from .page import AgenciesPage

__all__ = ["AgenciesPage"]
