"""The audit trail: one :class:`~app.models.AuditEntry` per change an operator (or an import) made, written in the
same unit of work as the change itself, naming who made it (``actor``) and on which machine (``machine``)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models import AuditEntry
from app.services.roles import Actor, actor_machine, actor_name


def audit(
    session: Session,
    *,
    entity: str,
    entity_id: object,
    action: str,
    actor: Actor,
    changes: dict[str, object] | None = None,
) -> AuditEntry:
    """Record one change. ``actor`` is the :class:`~app.services.roles.Principal` who made it (its username and
    machine are written), or a fixed name for what is no person ("charger HALL-1"), on this machine."""
    entry = AuditEntry(
        entity=entity,
        entity_id=str(entity_id)[:64],
        action=action[:20],
        actor=actor_name(actor),
        machine=actor_machine(actor),
        changes=changes,
    )
    session.add(entry)
    return entry


__all__ = ["audit"]
