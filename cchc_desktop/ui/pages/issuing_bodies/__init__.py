"""The issuing bodies page (cơ quan ban hành): header lines, symbol and signature of the notices."""

from .page import IssuingBodiesPage

__all__ = ["IssuingBodiesPage"]
