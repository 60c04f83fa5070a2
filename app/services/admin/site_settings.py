"""Site-wide settings (the ``settings`` table: one JSON value per key, shared by every console on the database),
read and saved with the editors' optimistic check: each key has its own revision (:mod:`app.services.revisions`).

:func:`read_setting` gives the value with its revision (0: not stored yet); :func:`save_setting` writes it against
that revision and raises :class:`~app.services.revisions.EditConflict` when someone saved (or deleted) the key in
between, writing nothing. The configuration stamp (``config_version``) lives in the same table but is the central
system's own: it cannot be saved or deleted here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import Setting
from app.services.admin.audit import audit
from app.services.central.config_version import KEY as CONFIG_VERSION_KEY
from app.services.i18n import translate
from app.services.revisions import EditConflict, claim, differences, last_change
from app.services.roles import LOCAL, Actor, Permission, Principal
from app.services.store import Store

RESERVED = frozenset({CONFIG_VERSION_KEY})


@dataclass(frozen=True)
class SettingValue:
    key: str
    value: Any
    revision: int = 0  # 0: the key is not stored (``value`` is the default given to read_setting)


def _check_key(key: str) -> None:
    if key in RESERVED:
        raise ValueError(
            translate("SiteSettings", "{key} is kept by the central system and cannot be edited").format(
                key=repr(key)
            )
        )


def read_setting(session: Session, key: str, default: Any = None) -> SettingValue:
    row = session.execute(select(Setting.value, Setting.revision).where(Setting.key == key)).first()
    return SettingValue(key, default, 0) if row is None else SettingValue(key, row.value, row.revision)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True, default=str)


def setting_conflict(
    session: Session, key: str, loaded: SettingValue, *, deleting: bool = False
) -> EditConflict:
    stored = read_setting(session, key)
    gone = stored.revision == 0
    return EditConflict(
        f"setting {key}",
        "setting",
        revision=None if gone else stored.revision,
        last=last_change(session, [("setting", key)]),
        differences=differences({key: _text(loaded.value)}, {key: "" if gone else _text(stored.value)}),
        current=None if gone else stored,
        deleting=deleting,
    )


def save_setting(
    session: Session,
    key: str,
    value: Any,
    *,
    revision: int,
    base: SettingValue | None = None,
    actor: Actor = LOCAL,
) -> SettingValue:
    """Store ``value`` under ``key`` against ``revision`` (0: the key was not stored when read); returns the
    stored value with its new revision. :class:`EditConflict` when the stored revision is another one (what
    differs from ``base``, the value as read), nothing written then."""
    _check_key(key)
    loaded = base if base is not None else SettingValue(key, value, revision)
    before = read_setting(session, key)
    if revision == 0:
        if before.revision:
            raise setting_conflict(session, key, loaded)
        try:
            with session.begin_nested():
                session.execute(insert(Setting).values(key=key, value=value, revision=1))
        except IntegrityError as exc:  # another console stored the key at the same moment
            raise setting_conflict(session, key, loaded) from exc
    else:
        if not claim(session, Setting.__table__, key, revision):
            raise setting_conflict(session, key, loaded)
        session.execute(Setting.__table__.update().where(Setting.key == key).values(value=value))
    audit(
        session,
        entity="setting",
        entity_id=key,
        action="create" if revision == 0 else "update",
        actor=actor,
        changes={"key": key, "before": before.value, "after": value},
    )
    session.flush()
    return read_setting(session, key)


def delete_setting(
    session: Session, key: str, *, revision: int, base: SettingValue | None = None, actor: Actor = LOCAL
) -> None:
    """Remove ``key`` (it reads as its default again); :class:`EditConflict` when it changed since ``revision``."""
    _check_key(key)
    before = read_setting(session, key)
    if before.revision == 0:
        return
    if not claim(session, Setting.__table__, key, revision):
        raise setting_conflict(session, key, base or before, deleting=True)
    session.execute(delete(Setting).where(Setting.key == key))
    audit(
        session,
        entity="setting",
        entity_id=key,
        action="delete",
        actor=actor,
        changes={"key": key, "before": before.value},
    )
    session.flush()


class SiteSettingsService:
    """Site-wide settings for the pages and the other parts (e.g. operator accounts): one call per intention."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def actor(self) -> Principal:
        """Who the audit trail names: the operator at the console (the store's principal)."""
        return self.store.principal

    def read(self, key: str, default: Any = None) -> SettingValue:
        return self.store.read(lambda s: read_setting(s, key, default))

    def save(self, setting: SettingValue, *, base: SettingValue | None = None) -> SettingValue:
        """``setting.value`` under ``setting.key`` against ``setting.revision``; :class:`EditConflict` when
        someone saved the key since (nothing written)."""
        self.store.require(Permission.MANAGE_SETTINGS)
        return self.store.write(
            lambda s: save_setting(
                s, setting.key, setting.value, revision=setting.revision, base=base, actor=self.actor
            )
        )

    def delete(self, setting: SettingValue) -> None:
        self.store.require(Permission.MANAGE_SETTINGS)
        self.store.write(
            lambda s: delete_setting(s, setting.key, revision=setting.revision, actor=self.actor)
        )


__all__ = [
    "RESERVED",
    "EditConflict",
    "SettingValue",
    "SiteSettingsService",
    "delete_setting",
    "read_setting",
    "save_setting",
    "setting_conflict",
]
