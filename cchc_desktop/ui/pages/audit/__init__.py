"""The audit log page (nhật ký thay đổi)."""

from .page import AuditPage

__all__ = ["AuditPage"]
