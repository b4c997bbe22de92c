"""Writing the audit log in the same transaction as the change it describes."""

from __future__ import annotations

import getpass
import os

from sqlalchemy.orm import Session

from ...store.models import AuditEntry


def current_user() -> str:
    try:
        return os.environ.get("CCHC_USER") or getpass.getuser()
    except Exception:  # noqa: BLE001 — getpass fails without a login name on some systems
        return "unknown"


def record(session: Session, action: str, entity: str, uuid: str | None, summary: str, **details: object) -> None:
    session.add(
        AuditEntry(user=current_user(), action=action, entity=entity, entity_uuid=uuid, summary=summary,
                   details=details or None)
    )
