"""The outgoing register page (sổ văn bản đi)."""

from .page import RegisterPage

__all__ = ["RegisterPage"]
