"""The index results page (kết quả chỉ số)."""

from .page import ResultsPage

__all__ = ["ResultsPage"]
