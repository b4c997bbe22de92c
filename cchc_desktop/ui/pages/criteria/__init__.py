"""The criteria trees page (bộ tiêu chí) with the index catalogue."""

from .page import CriteriaPage

__all__ = ["CriteriaPage"]
