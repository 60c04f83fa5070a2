"""Authorisation of cards: the local authorization list, the authorization cache and Authorize."""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import events as ev
from .core import ChargerCore
from .wire import CallError, CallTimeout, ConnectionLost


class AuthorizationMixin(ChargerCore):
    """Authorisation of cards: the local authorization list, the authorization cache and Authorize."""

    def local_status(self, tag: str) -> str | None:
        """What the local list (then the authorization cache) says of ``tag``; None when neither holds it. An entry
        whose ``expiryDate`` has passed is Expired (OCPP 1.6 §7.28 IdTagInfo: "date and time after which the token
        must be considered invalid"; 2.0.1 ``cacheExpiryDateTime``, which the 2.0.1 side stores as expiryDate)."""
        key = tag.upper()
        if self.config.flag("LocalAuthListEnabled") and key in self.local_list:
            info = self.local_list[key]
            expiry = _parse(str(info.get("expiryDate") or ""))
            if expiry is not None and expiry <= self.clock.now():
                return "Expired"
            return str(info.get("status", "Invalid"))
        if self.config.flag("AuthorizationCacheEnabled") and key in self.auth_cache:
            return self.auth_cache[key]
        return None

    def remember(self, tag: str, status: str) -> None:
        if self.config.flag("AuthorizationCacheEnabled"):
            self.auth_cache[tag.upper()] = status

    async def authorize(self, tag: str, connector: int | None = None) -> str:
        local = self.local_status(tag)
        if self.config.flag("LocalPreAuthorize") and local == "Accepted":
            self.emit(
                ev.AUTHORIZED, f"tag {tag} authorized locally: Accepted", connector, tag=tag, status=local
            )
            return "Accepted"
        if self.online.is_set():
            try:
                status = await self.proto.authorize(tag)
            except CallError as e:
                self.error(f"Authorize {tag}: {e}", connector)
                return "Invalid"
            except (CallTimeout, ConnectionLost):
                pass
            else:
                self.remember(tag, status)
                self.emit(ev.AUTHORIZED, f"tag {tag} authorized: {status}", connector, tag=tag, status=status)
                return status
        if self.config.flag("LocalAuthorizeOffline") and local == "Accepted":
            status = "Accepted"
        elif self.config.flag("AllowOfflineTxForUnknownId") and local is None:
            status = "Accepted"
        else:
            status = local or "Invalid"
        self.emit(ev.AUTHORIZED, f"tag {tag} authorized offline: {status}", connector, tag=tag, status=status)
        return status

    def send_local_list(self, version: int, update_type: str, entries: list[dict[str, Any]]) -> str:
        if not self.config.flag("LocalAuthListEnabled"):
            return "NotSupported"
        if len(entries) > self.config.integer("SendLocalListMaxLength"):
            return "Failed"
        if update_type == "Differential" and version <= self.local_list_version:
            return "VersionMismatch"
        new = {} if update_type == "Full" else dict(self.local_list)
        for entry in entries:
            tag = str(entry["idTag"]).upper()
            info = entry.get("idTagInfo")
            if info:
                new[tag] = dict(info)
            else:
                new.pop(tag, None)
        if len(new) > self.config.integer("LocalAuthListMaxLength"):
            return "Failed"
        self.local_list, self.local_list_version = new, version
        return "Accepted"


def _parse(text: str) -> dt.datetime | None:
    try:
        at = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)
