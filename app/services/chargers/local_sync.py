"""Local lists kept in sync (issue 17): every connected charger holds the local authorization list
:func:`~app.services.chargers.local_list.build_local_list` makes for its station, without anybody pressing a button.

A charger uses its local list when the central system is gone (``LocalAuthorizeOffline``) or before asking it
(``LocalPreAuthorize``), so a card blocked at 17:00 must leave the charger's list at once, not at the next visit of
a technician. :class:`LocalListSync` is owned and started by :class:`~app.services.central.system.CentralSystem`
beside the load manager: whoever holds the chargers' connections (``chargedesk serve``, or the console that hosts)
keeps their lists; an attached console's changes reach it as configuration changes.

* **When.** A charger that connects or boots (Accepted) is looked at. Any change of who may charge (users, tags,
  grants, access plans, date exceptions, stations — the configuration tables of
  :mod:`app.services.central.config_version`) moves the configuration stamp: this process looks at it every
  :data:`STAMP_EVERY_S`, and on PostgreSQL the stamp's notification makes every host call ``refresh_stations`` at
  once (:mod:`app.services.central.site_bus`), which tells the sync. Changes within :data:`DEBOUNCE_S` of each
  other are one update per charger. Every :data:`RECHECK_S` every connected charger is looked at again
  (time-based changes: a grant starting, the schedule's one-year horizon moving on; a tag's or grant's end travels
  in the entry's ``expiryDate``, which the charger honours by itself).
* **What.** The entries are compared with what the charger holds from us (``chargers.ll_entries``, migration
  0016) and its list version (GetLocalListVersion, asked each time) with the one we last had accepted: a
  **Differential** update carries the tags added or changed and, without ``idTagInfo``, the tags taken out (OCPP
  1.6 §5.15 / 2.0.1 D01.FR.16). A **Full** update replaces the list when what it holds is not known: its version
  differs from ours (the Operations tab's Send local list, another central system, a reset), a previous update
  failed, or we never sent one (a refused Differential is followed by a Full one). Nothing is sent when nothing
  changed.
* **Sizes.** ``SendLocalListMaxLength`` (2.0.1 ``LocalAuthListCtrlr.ItemsPerMessage``) splits an update into
  several messages, each with the next version (a Full first, Differential after it). A list longer than
  ``LocalAuthListMaxLength`` (``LocalAuthListCtrlr.Entries``) is cut, owners first, then special users, then
  registered users, and the outcome says how many were left out.
* **Blocked cards.** A charger that lets cards it does not know charge while offline (1.6
  ``AllowOfflineTxForUnknownId``, 2.0.1 ``AuthCtrlr.OfflineTxForUnknownIdEnabled``) would let in a blocked card
  that was only taken out of its list: such a charger holds the site's refused cards (a tag blocked or marked
  expired, a blocked user's tags) as Blocked / Expired entries, first when the list is cut (for it an allowed card
  that does not fit is let in anyway). Others get only who may charge.
* **The cache.** After an update that takes tags out (and after a Full one) the charger's authorization cache is
  cleared (ClearCache): a blocked card it authorized online earlier today would otherwise still be accepted from
  the cache while the central system is gone.
* **Support.** A charger without the LocalAuthListManagement profile, or with the list disabled
  (``LocalAuthListEnabled`` / ``LocalAuthListCtrlr.Enabled`` false), is sent nothing and flagged
  (``chargers.ll_supported`` false: the station shows it).

The outcome (time, success, what was sent) is stored on the charger as structured JSON; :func:`app.views.widgets.local_list_text.describe`
makes the sentence an operator reads, in the console's language.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import logging
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Charger, utcnow
from app.ocpp.events import BootReceived, ChargerConnected, ChargerDisconnected, Event
from app.services.background import spawn
from app.services.central import config_version
from app.services.central.writer import StoreUnavailable
from app.services.chargers.commissioning import read_values
from app.services.chargers.local_list import LocalList, build_local_list, refused_entries
from app.services.chargers.local_list_status import SyncStatus, sync_status

if TYPE_CHECKING:
    from app.services.central.system import CentralSystem

log = logging.getLogger(__name__)
T = TypeVar("T")

__all__ = ["LocalListSync", "SyncStatus", "diff_entries", "sync_status"]

DEBOUNCE_S = 2.0  # changes within this are one update per charger
STAMP_EVERY_S = 5.0  # the configuration stamp is looked at this often (PostgreSQL: refresh_stations at once)
RECHECK_S = 3600.0  # every connected charger is looked at again this often (time-based changes)
CALL_TIMEOUT_S: float | None = None  # the central system's call timeout (Settings → Central system)
PARALLEL = 8  # chargers updated at once
_V16_KEYS = [
    "SupportedFeatureProfiles",
    "LocalAuthListEnabled",
    "LocalAuthListMaxLength",
    "SendLocalListMaxLength",
    "AllowOfflineTxForUnknownId",
]
_V201_VARIABLES = [
    ("LocalAuthListCtrlr", "Enabled"),
    ("LocalAuthListCtrlr", "Entries"),
    ("LocalAuthListCtrlr", "ItemsPerMessage"),
    ("AuthCtrlr", "OfflineTxForUnknownIdEnabled"),
]

Entries = dict[str, dict[str, Any]]  # idTag -> idTagInfo (the 1.6 shape; 2.0.1 converts when sending)


@dataclass(frozen=True)
class Limits:
    """What the charger says of its local list (read once per connection)."""

    supported: bool
    enabled: bool
    max_entries: int | None
    per_message: int | None
    # offline it lets cards in that its list does not hold (1.6 AllowOfflineTxForUnknownId, 2.0.1
    # AuthCtrlr.OfflineTxForUnknownIdEnabled): the site's blocked cards must be in its list, as Blocked
    unknown_offline: bool = False


def _int(value: str | None) -> int | None:
    try:
        n = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return n if n > 0 else None


def _true(value: str | None) -> bool:
    return (value or "").strip().lower() == "true"


def parse_limits(values: dict[str, str], version: str) -> Limits:
    if version == "2.0.1":
        enabled = values.get("LocalAuthListCtrlr.Enabled")
        supported = enabled is not None or "LocalAuthListCtrlr.Entries" in values
        return Limits(
            supported,
            _true(enabled),
            _int(values.get("LocalAuthListCtrlr.Entries")),
            _int(values.get("LocalAuthListCtrlr.ItemsPerMessage")),
            _true(values.get("AuthCtrlr.OfflineTxForUnknownIdEnabled")),
        )
    profiles = {p.strip() for p in values.get("SupportedFeatureProfiles", "").split(",")}
    return Limits(
        "LocalAuthListManagement" in profiles,
        _true(values.get("LocalAuthListEnabled")),
        _int(values.get("LocalAuthListMaxLength")),
        _int(values.get("SendLocalListMaxLength")),
        _true(values.get("AllowOfflineTxForUnknownId")),
    )


def diff_entries(held: Entries, wanted: Entries) -> list[dict[str, Any]]:
    """The Differential update from ``held`` to ``wanted``: entries added or changed (with their idTagInfo), then
    the tags taken out (without: the charger removes them)."""
    out: list[dict[str, Any]] = [
        {"idTag": tag, "idTagInfo": info} for tag, info in wanted.items() if held.get(tag) != info
    ]
    out += [{"idTag": tag} for tag in held if tag not in wanted]
    return out


def _revokes(item: dict[str, Any]) -> bool:
    """An update item that takes a card away: removed (no idTagInfo), or held as Blocked, Expired, Invalid."""
    info = item.get("idTagInfo")
    return not isinstance(info, dict) or info.get("status", "Accepted") != "Accepted"


def _chunks(items: list[dict[str, Any]], size: int | None) -> list[list[dict[str, Any]]]:
    if not size or len(items) <= size:
        return [items]
    return [items[i : i + size] for i in range(0, len(items), size)]


def wanted_entries(local: LocalList, max_entries: int | None, refused: bool = False) -> tuple[Entries, int]:
    """The entries to hold (owners first, then special users, then registered users) and how many did not fit.
    With ``refused`` (a charger that lets unknown cards in offline) the site's blocked cards come first, as
    Blocked: for such a charger a card left out is let in, so an allowed card that does not fit loses nothing
    (it is let in as unknown) and a blocked one must never be the one cut."""
    ordered = sorted(local.entries, key=lambda e: e.rank)
    if refused:
        listed = {e.id_tag for e in ordered}
        ordered = [e for e in local.refused if e.id_tag not in listed] + ordered
    cut = 0
    if max_entries is not None and len(ordered) > max_entries:
        cut = len(ordered) - max_entries
        ordered = ordered[:max_entries]
    return {e.id_tag: e.as_ocpp()["idTagInfo"] for e in ordered}, cut


# --- what is stored -------------------------------------------------------------------------------------------


def _charger(session: Session, cp_id: str) -> Charger | None:
    return session.scalars(select(Charger).where(Charger.charge_point_id == cp_id)).one_or_none()


def _held(session: Session, cp_id: str) -> tuple[int | None, Entries | None]:
    ch = _charger(session, cp_id)
    if ch is None or ch.ll_version is None or ch.ll_entries is None:
        return None, None
    try:
        entries = json.loads(ch.ll_entries)
    except ValueError:
        return None, None
    return ch.ll_version, entries if isinstance(entries, dict) else None


def _store(
    session: Session,
    cp_id: str,
    outcome: dict[str, Any],
    *,
    ok: bool | None,
    supported: bool | None = True,
    version: int | None = None,
    entries: Entries | None = None,
) -> None:
    ch = _charger(session, cp_id)
    if ch is None:
        return
    ch.ll_supported = supported
    ch.ll_version = version
    ch.ll_entries = (
        json.dumps(entries, separators=(",", ":"), sort_keys=True) if entries is not None else None
    )
    ch.ll_sync_at = utcnow()
    ch.ll_ok = ok
    ch.ll_outcome = json.dumps(outcome, separators=(",", ":"))[:300]


# --- the sync -------------------------------------------------------------------------------------------------


class LocalListSync:
    """See the module. ``sends`` counts the SendLocalList messages sent (tests, the log)."""

    def __init__(
        self,
        central: CentralSystem,
        *,
        debounce_s: float = DEBOUNCE_S,
        stamp_every_s: float = STAMP_EVERY_S,
        recheck_s: float = RECHECK_S,
    ) -> None:
        self.central = central
        self.debounce_s = debounce_s
        self.stamp_every_s = stamp_every_s
        self.recheck_s = recheck_s
        self.sends = 0
        self.syncs = 0  # chargers looked at
        self._limits: dict[str, Limits] = {}  # per connection
        self._dirty: set[str] = set()
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        self._stamp: Any = object()
        self._unsubscribe: Any = None
        self._tasks: set[asyncio.Task[Any]] = set()
        # the lists are read beside the store writer (SQLite WAL, PostgreSQL): a year of schedule per station is
        # no work for the thread whose commits the chargers' transaction messages wait for
        self._reader: ThreadPoolExecutor | None = None
        self.started = False

    async def start(self) -> None:
        if self.started:
            return
        self.started = True
        self._reader = ThreadPoolExecutor(1, thread_name_prefix="local-lists")
        with contextlib.suppress(Exception):
            self._stamp = await self.central.store.run(config_version.current)
        self._unsubscribe = self.central.bus.subscribe(
            self._on_event, ChargerConnected, BootReceived, ChargerDisconnected
        )
        self._spawn(self._worker(), "local-list-sync")
        self._spawn(self._watch_stamp(), "local-list-stamp")
        self._spawn(self._recheck_loop(), "local-list-recheck")

    async def stop(self) -> None:
        if not self.started:
            return
        self.started = False
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._reader is not None:
            self._reader.shutdown(wait=False, cancel_futures=True)
            self._reader = None

    async def _read(self, fn: Callable[[Session], T]) -> T:
        """``fn(session)`` in a session of its own on the sync's reader thread."""
        if not self.central.store.healthy or self._reader is None:
            raise StoreUnavailable("the database is unavailable")
        database = self.central.store.database

        def work() -> T:
            with database.session() as s:
                return fn(s)

        return await asyncio.get_running_loop().run_in_executor(self._reader, work)

    def _spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> None:
        spawn(self._tasks, coro, name, log, "local lists")

    # --- what marks a charger ----------------------------------------------------------------------------------

    def _on_event(self, event: Event) -> None:
        cp_id = event.cp_id
        if isinstance(event, ChargerDisconnected | ChargerConnected):
            self._limits.pop(cp_id, None)  # its firmware or configuration may change meanwhile: asked again
        if isinstance(event, ChargerDisconnected) or (
            isinstance(event, ChargerConnected) and not event.known
        ):
            return
        if isinstance(event, BootReceived) and event.registration != "Accepted":
            return
        self.mark(cp_id)

    def configuration_changed(self) -> None:
        """Who may charge may have changed: every connected charger is looked at (after the debounce)."""
        self.mark(*self._connected())

    def mark(self, *cp_ids: str) -> None:
        if not self.started or not cp_ids:
            return
        self._dirty.update(cp_ids)
        self._idle.clear()
        self._wake.set()

    def _connected(self) -> list[str]:
        return [cp for cp in self.central.backend.states if self.central.is_connected(cp)]

    async def _watch_stamp(self) -> None:
        while True:
            await asyncio.sleep(self.stamp_every_s)
            try:
                stamp = await self.central.store.run(config_version.current)
            except Exception as e:  # the database is away: next time
                log.debug("local lists: configuration not read: %s", e)
                continue
            if stamp != self._stamp:
                self._stamp = stamp
                self.configuration_changed()

    async def _recheck_loop(self) -> None:
        while True:
            await asyncio.sleep(self.recheck_s)
            self.configuration_changed()

    async def idle(self) -> None:
        """Returns once every charger marked so far has been looked at (tests)."""
        await self._idle.wait()

    async def _worker(self) -> None:
        gate = asyncio.Semaphore(PARALLEL)

        async def one(cp_id: str) -> None:
            async with gate:
                try:
                    await self.sync(cp_id)
                except StoreUnavailable as e:  # the database is away: at the next change or connection
                    log.info("local list of %s not synchronised: %s", cp_id, e)
                except Exception as e:  # a bug: logged, tried at the next change
                    log.warning("local list of %s not synchronised: %s", cp_id, e)

        while True:
            await self._wake.wait()
            await asyncio.sleep(self.debounce_s)  # edits in a row: one update
            self._wake.clear()
            batch, self._dirty = sorted(self._dirty), set()
            await asyncio.gather(*(one(cp) for cp in batch))
            if not self._dirty:
                self._idle.set()

    # --- one charger -------------------------------------------------------------------------------------------

    async def sync(self, cp_id: str) -> None:
        """Bring ``cp_id``'s local list up to date (nothing when it is not connected or has no station)."""
        cp = self.central.server.get(cp_id)
        ref = self.central.backend.state(cp_id).ref if cp_id in self.central.backend.states else None
        if cp is None or ref is None or ref.station_id is None or ref.registration == "Rejected":
            return  # not connected, or nobody accepted it: nothing is sent (safe by default)
        self.syncs += 1
        store = self.central.store
        known = self._limits.get(cp_id)
        if known is not None and not (known.supported and known.enabled):
            return  # found out on this connection, and stored then

        def read(s: Session) -> tuple[LocalList | None, int | None, Entries | None]:
            try:
                local = build_local_list(s, cp_id)
            except LookupError:
                return None, None, None
            if known is None or known.unknown_offline:  # its refused cards only where they may be sent
                local = dataclasses.replace(local, refused=refused_entries(s, local.ocpp_version))
            return (local, *_held(s, cp_id))

        # the list first: with the database away the charger is not bothered (its list stays as it is)
        local, held_version, held = await self._read(read)
        if local is None:
            return
        limits = await self._limits_of(cp_id, cp.version)
        if limits is None:
            return
        if not limits.supported or not limits.enabled:
            kind = "disabled" if limits.supported else "unsupported"
            await store.run(lambda s: _store(s, cp_id, {"kind": kind}, ok=None, supported=False))
            return
        wanted, cut = wanted_entries(local, limits.max_entries, refused=limits.unknown_offline)
        whole = [{"idTag": t, "idTagInfo": i} for t, i in wanted.items()]
        try:
            base, held = await self._base(cp_id, held_version, held)
            items = diff_entries(held, wanted) if held is not None else whole
            if held is not None and not items:
                return  # it holds what it should
            update = "Differential" if held is not None else "Full"
            outcome, last = await self._send(cp_id, base, update, items, limits)
            if outcome is not None and update == "Differential":  # refused: start again with the whole list
                update, items = "Full", whole
                outcome, last = await self._send(cp_id, last, update, items, limits)
        except Exception as e:
            outcome, last = _error(e), 0
        if outcome is not None:
            failed = outcome
            await store.run(lambda s: _store(s, cp_id, failed, ok=False))
            return
        removed = sum(1 for i in items if "idTagInfo" not in i)
        revoked = sum(1 for i in items if _revokes(i))
        # a tag taken out (or now Blocked) may still be Accepted in the charger's authorization cache, which it
        # also uses offline (1.6 §3.5.3, 2.0.1 C11): the cache is cleared, it fills again with the next online
        # authorizations
        cache = await self._clear_cache(cp_id) if revoked or update == "Full" else ""
        sent = {
            "kind": "sent",
            "update": update,
            "version": last,
            "added": len(items) - removed,
            "removed": removed,
            "messages": len(_chunks(items, limits.per_message)),
            "cut": cut,
            "max": limits.max_entries,
            "cache": cache[:80],
        }
        await store.run(lambda s: _store(s, cp_id, sent, ok=True, version=last, entries=wanted))
        log.info("local list of %s: %s update, version %d, %d entries", cp_id, update, last, len(wanted))

    async def _limits_of(self, cp_id: str, version: str) -> Limits | None:
        """The charger's local list support and sizes (asked once per connection); None when it could not be
        asked (stored as the outcome)."""
        limits = self._limits.get(cp_id)
        if limits is not None:
            return limits
        try:
            values = await read_values(
                self.central.operations, cp_id, version, _V16_KEYS, _V201_VARIABLES, timeout=CALL_TIMEOUT_S
            )
        except Exception as e:
            failed = _error(e)
            await self.central.store.run(lambda s: _store(s, cp_id, failed, ok=False, supported=None))
            return None
        limits = self._limits[cp_id] = parse_limits(values, version)
        return limits

    async def _base(
        self, cp_id: str, held_version: int | None, held: Entries | None
    ) -> tuple[int, Entries | None]:
        """The version the next update follows and what the charger holds from us (None: not known, a Full
        update). Its version is asked each time (one small call): a version that is not the one we last had
        accepted means someone else's list (the Operations tab's Send local list, another central system, a
        reset)."""
        answer = await self.central.operations.get_local_list_version(cp_id, timeout=CALL_TIMEOUT_S)
        charger_version = int(answer.get("listVersion", answer.get("versionNumber", -1)) or 0)
        return max(charger_version, held_version or 0), held if charger_version == held_version else None

    async def _clear_cache(self, cp_id: str) -> str:
        try:
            answer = await self.central.operations.clear_cache(cp_id, timeout=CALL_TIMEOUT_S)
        except Exception as e:
            return str(e) or type(e).__name__
        return str(answer.get("status", ""))

    async def _send(
        self, cp_id: str, base: int, update: str, items: list[dict[str, Any]], limits: Limits
    ) -> tuple[dict[str, Any] | None, int]:
        """Send ``items`` in as many messages as the charger takes, versions from ``base + 1`` on (a Full update:
        the first Full, the rest Differential). (None, the last version) when all were accepted, else (the
        refusal, the version refused)."""
        version = base
        for n, chunk in enumerate(_chunks(items, limits.per_message)):
            version += 1
            kind = update if n == 0 else "Differential"
            self.sends += 1
            answer = await self.central.operations.send_local_list(
                cp_id, version, kind, chunk, timeout=CALL_TIMEOUT_S
            )
            status = str(answer.get("status", ""))
            if status != "Accepted":
                return {"kind": "refused", "update": kind, "status": status, "version": version}, version
        return None, version


def _error(e: Exception) -> dict[str, Any]:
    return {"kind": "error", "error": (str(e) or type(e).__name__)[:200]}
