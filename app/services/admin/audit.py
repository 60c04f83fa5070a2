"""The audit trail: one :class:`~app.models.AuditEntry` per change an operator (or an import) made, written in the
same unit of work as the change itself."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models import AuditEntry


def audit(
    session: Session,
    *,
    entity: str,
    entity_id: object,
    action: str,
    actor: str,
    changes: dict[str, object] | None = None,
) -> None:
    session.add(
        AuditEntry(entity=entity, entity_id=str(entity_id)[:64], action=action, actor=actor, changes=changes)
    )


__all__ = ["audit"]
