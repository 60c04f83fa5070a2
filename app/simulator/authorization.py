"""Authorisation of cards: the local authorization list, the authorization cache and Authorize."""

from __future__ import annotations

from typing import Any

from . import events as ev
from .core import ChargerCore
from .wire import CallError, CallTimeout, ConnectionLost


class AuthorizationMixin(ChargerCore):
    """Authorisation of cards: the local authorization list, the authorization cache and Authorize."""

    def local_status(self, tag: str) -> str | None:
        key = tag.upper()
        if self.config.flag("LocalAuthListEnabled") and key in self.local_list:
            return str(self.local_list[key].get("status", "Invalid"))
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
