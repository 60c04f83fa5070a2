"""In-process virtual chargers (the console's "Add virtual charger", demos, training, tests)::

    vc = VirtualCharger("ws://127.0.0.1:9000/ocpp/", "DEMO-1", connectors=2, scenario="charge", speed=60,
                        on_event=lambda e: print(e.line))
    await vc.start()                      # returns at once; the charger runs on the running loop
    await vc.wait_for("booted")           # optional: events can be awaited
    ...
    await vc.stop()                       # running transactions are stopped properly first

Keyword arguments are the fields of :class:`~app.simulator.charger.ChargerOptions`. ``url`` is the central
system's base URL (``ws://host:port/ocpp/``, the id is appended) or the full URL ending in the id.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import time
import urllib.parse
from collections.abc import Callable
from typing import Any

from . import site_limits
from .charger import Charger, ChargerOptions
from .events import EventCallback, SimEvent, Stats
from .monitoring import SimMonitors, monitors

__all__ = ["ChargerOptions", "SimEvent", "Stats", "VirtualCharger", "charger_url", "split_url"]


def charger_url(url: str, cp_id: str) -> str:
    """The URL a charger connects to: ``url`` + the (percent-encoded) charge point id."""
    quoted = urllib.parse.quote(cp_id, safe="")
    path = urllib.parse.urlsplit(url).path
    if path.rstrip("/").rsplit("/", 1)[-1] in (cp_id, quoted) and not path.endswith("/"):
        return url
    return (url if url.endswith("/") else url + "/") + quoted


def split_url(url: str) -> tuple[str, str]:
    """``ws://host:9000/ocpp/HALL-B-1`` -> (``ws://host:9000/ocpp/``, ``HALL-B-1``)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("ws", "wss") or not parts.netloc:
        raise ValueError(f"{url!r} is not a ws:// or wss:// URL")
    base, _, last = parts.path.rpartition("/")
    cp_id = urllib.parse.unquote(last)
    if not cp_id:
        raise ValueError(f"{url!r} does not end with the charge point id (ws://host:port/ocpp/ID)")
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, base + "/", "", "")), cp_id


class VirtualCharger:
    def __init__(
        self,
        url: str,
        cp_id: str,
        *,
        on_event: EventCallback | None = None,
        options: ChargerOptions | None = None,
        keep_events: int = 10_000,
        **settings: Any,
    ) -> None:
        self.cp_id = cp_id
        self.url = charger_url(url, cp_id)
        self.options = options or ChargerOptions(**settings)
        self.charger = Charger(self.url, cp_id, self.options, self._event)
        self._callback = on_event
        self.events: collections.deque[SimEvent] = collections.deque(maxlen=keep_events)
        self._count = 0  # events seen since the start (positions for wait_for(since=...))
        self._changed: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None

    # --- life cycle ----------------------------------------------------------------------------------

    async def start(self) -> None:
        """Start on the running loop. Returns at once (connecting and booting go on in the background)."""
        if self._task is not None:
            if not self._task.done():
                return
            raise RuntimeError(f"{self.cp_id} has run already: create a new VirtualCharger")
        self._changed = asyncio.Event()
        self._task = asyncio.get_running_loop().create_task(
            self.charger.run(), name=f"virtual-charger-{self.cp_id}"
        )

    async def stop(self, *, stop_transactions: bool = True, timeout: float = 10.0) -> None:
        """Stop: running transactions are stopped and their StopTransaction delivered first (unless
        ``stop_transactions`` is False: then it goes away like a charger losing power)."""
        task = self._task
        if task is None:
            return
        if not task.done():
            await self.charger.shutdown(stop_transactions, timeout)
            try:
                await asyncio.wait_for(asyncio.shield(task), timeout + 5)
            except TimeoutError:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        with contextlib.suppress(asyncio.CancelledError):
            exc = task.exception()
            if exc is not None:
                raise exc

    async def __aenter__(self) -> VirtualCharger:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def task(self) -> asyncio.Task[None] | None:
        return self._task

    # --- state ---------------------------------------------------------------------------------------

    @property
    def stats(self) -> Stats:
        return self.charger.stats

    @property
    def registration(self) -> str:
        return self.charger.registration

    @property
    def online(self) -> bool:
        return self.charger.online.is_set()

    def statuses(self) -> dict[int, str]:
        return {n: c.status for n, c in self.charger.connectors.items()}

    def present_card(self, tag: str, connector: int | None = None) -> str:
        """A driver presents ``tag`` at the reader: starts a charge on ``connector`` (or the first free one) or ends
        the charge running with that card. Returns "starting", "stopping" or "busy"."""
        if not self.running:
            raise RuntimeError(f"{self.cp_id} is not running: start() it first")
        return self.charger.present_card(tag, connector)

    # --- a system on site (2.0.1): the energy manager's limits ---------------------------------------------

    async def set_external_limit(
        self,
        evse: int,
        limit: float,
        *,
        unit: str = "A",
        source: str = "EMS",
        grid_critical: bool | None = None,
        duration: int | None = None,
        phases: int | None = None,
    ) -> dict[str, Any] | None:
        """Play the site's energy manager (or grid operator: ``source`` SO): limit EVSE ``evse`` (0: the whole
        station) to ``limit`` ``unit``; the charger applies it and sends NotifyChargingLimit (2.0.1 only). Returns
        the central system's answer (None: not sent)."""
        self._needs_201("set_external_limit")
        return await site_limits.set_external_limit(
            self.charger,
            evse,
            limit,
            unit=unit,
            source=source,
            grid_critical=grid_critical,
            duration=duration,
            phases=phases,
        )

    async def clear_external_limit(
        self, evse: int | None = None, *, source: str = "EMS"
    ) -> dict[str, Any] | None:
        """The energy manager lifts its limit on ``evse`` (None: every EVSE): ClearedChargingLimit."""
        self._needs_201("clear_external_limit")
        return await site_limits.clear_external_limit(self.charger, evse, source=source)

    def _needs_201(self, what: str) -> None:
        if self.charger.options.ocpp != "2.0.1":
            raise RuntimeError(f"{what}: {self.cp_id} speaks OCPP {self.charger.options.ocpp}; 2.0.1 only")

    # --- 2.0.1 monitoring and events (see :mod:`.monitoring`) ------------------------------------------

    def set_temperature(self, connector: int, celsius: float) -> None:
        """A 2.0.1 charger's connector is now ``celsius`` °C: its monitors fire (NotifyEvent) when a threshold is
        crossed, and send the cleared event when it goes back."""
        self._monitors().set_temperature(connector, celsius)

    async def notify_event(
        self,
        component: str,
        variable: str,
        actual_value: str,
        *,
        part: int = 0,
        more: list[dict[str, Any]] | None = None,
        **fields: Any,
    ) -> list[dict[str, Any] | None]:
        """A 2.0.1 charger reports an event of its own (NotifyEvent; ``fields``: evse, trigger, notification,
        cleared, tech_code, tech_info, cause), followed by the raw eventData in ``more``, split in parts of
        ``part`` events when given. Returns the central system's answers (None: not delivered)."""
        m = self._monitors()
        events = [m.event(component, variable, actual_value, **fields), *(more or [])]
        return await m.notify_event(events, part=part)

    def _monitors(self) -> SimMonitors:
        if self.charger.proto.version != "2.0.1":
            raise RuntimeError(f"{self.cp_id} speaks OCPP 1.6: variable monitoring and NotifyEvent are 2.0.1")
        return monitors(self.charger)

    # --- events --------------------------------------------------------------------------------------

    def _event(self, event: SimEvent) -> None:
        self.events.append(event)
        self._count += 1
        if self._changed is not None:
            self._changed.set()
        if self._callback is not None:
            self._callback(event)

    def mark(self) -> int:
        """A position in the event stream: ``wait_for(..., since=mark)`` only looks at later events."""
        return self._count

    def of(self, kind: str) -> list[SimEvent]:
        return [e for e in self.events if e.kind == kind]

    async def wait_for(
        self,
        kind: str,
        predicate: Callable[[SimEvent], bool] = lambda e: True,
        *,
        since: int = 0,
        timeout: float = 10.0,
    ) -> SimEvent:
        """The first event of ``kind`` (at or after position ``since``) that satisfies ``predicate``."""
        deadline = time.monotonic() + timeout
        while True:
            first = self._count - len(self.events)
            for i, e in enumerate(self.events):
                if first + i >= since and e.kind == kind and predicate(e):
                    return e
            assert self._changed is not None, "start() the charger first"
            self._changed.clear()
            left = deadline - time.monotonic()
            if left <= 0:
                recent = "; ".join(e.line for e in list(self.events)[-8:])
                raise TimeoutError(f"{self.cp_id}: no {kind!r} event within {timeout} s (last: {recent})")
            if self._task is not None and self._task.done():
                raise RuntimeError(f"{self.cp_id} has stopped: {self.charger.finished_reason}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), left)
