"""The site's base-load meter: what the metered circuit carries besides the managed chargers.

A site may have one meter (``Site.meter_kind``):

* ``"modbus"``: a Modbus TCP energy meter on the LAN (``meter_address`` "host:port", ``meter_unit`` its unit id,
  ``meter_map`` one of :data:`METER_MAPS`), read with pymodbus's asyncio client: one connection kept open, short
  timeouts, after a failure a new connection only after a growing pause (1 s doubling to 30 s), so a meter that is
  away costs an allocation nothing but a look at the clock.
* ``"charger"``: a charger that reports its own supply (MeterValues at Location=Inlet, Current.Import per phase;
  ``meter_address`` is its charge point id): the central system publishes :class:`SupplyMeasured` and
  :class:`ChargerInletMeter` keeps the newest.

Both are a :class:`SiteMeter`: ``await read()`` gives the current per phase (A) of the metered circuit, or None
when the meter is away, silent for too long or reads garbage; ``problem`` then says why, as the operator reads it
("no answer from 192.168.1.50:502 since 10:42"). :func:`base_load` takes what the managed chargers under the
metered circuit draw away from the reading; :func:`site_base_load` is what the load manager calls before each
allocation (its result is ``allocate``'s ``base_a``).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import math
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.ocpp.backend import Sample
from app.ocpp.events import EventBus
from app.services.load import reasons as why
from app.services.load.events import SupplyMeasured
from app.services.texts import Text

if TYPE_CHECKING:
    from pymodbus.client import AsyncModbusTcpClient

log = logging.getLogger(__name__)

Phases = tuple[float, float, float]

KINDS = ("", "charger", "modbus")
DEFAULT_PORT = 502
MAX_PLAUSIBLE_A = 6300.0  # the largest low-voltage supply a site has; a register reading more is garbage
CACHE_S = 5.0  # a reading this fresh is given again without asking the meter
INLET_STALE_S = 120.0  # an Inlet reading older than this is not used (chargers report every 60 s or faster)
BACKOFF_FIRST_S = 1.0
BACKOFF_MAX_S = 30.0


def _clock_text(at: dt.datetime) -> str:
    return f"{at.astimezone():%H:%M}"


def _checked(values: Sequence[float], source: str) -> tuple[Phases | None, str]:
    """(the reading, "") or (None, why it is refused)."""
    for n, value in enumerate(values, 1):
        if not math.isfinite(value):
            return None, Text(why.READS_NAN, source=source, phase=n, value=str(value))
        if value < 0:
            return None, Text(why.READS_NEGATIVE, source=source, phase=n, value=f"{value:g}")
        if value > MAX_PLAUSIBLE_A:
            return None, Text(why.READS_IMPLAUSIBLE, source=source, phase=n, value=f"{value:g}")
    return (float(values[0]), float(values[1]), float(values[2])), ""


class SiteMeter(ABC):
    """A site's base-load meter. ``read()`` never raises and never waits longer than the meter's timeout."""

    problem: str = ""  # why the last read gave None ("" after a good reading)
    circuit_id: int | None = None  # the circuit it measures (None: the site's root, its grid connection)

    @abstractmethod
    async def read(self) -> Phases | None:
        """Current per phase (A) of the metered circuit, or None (stale, unreachable, garbage: see ``problem``)."""

    async def close(self) -> None:  # noqa: B027 (a meter without connections has nothing to close)
        """Release what the meter holds (a connection, a subscription)."""


# --- Modbus TCP ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterMap:
    """Where a meter keeps its per-phase currents: three 32-bit values, read as one block."""

    label: str
    table: str  # "input" (function code 4) | "holding" (function code 3)
    addresses: tuple[int, int, int]  # L1, L2, L3 (0-based protocol addresses)
    datatype: str  # "float32" | "int32" | "uint32"
    word_order: str = "big"  # "little": the low word first
    scale: float = 1.0  # register value x scale = amperes
    not_available: int | None = None  # a raw value the meter sends for "no value" (refused as not a number)

    @property
    def first(self) -> int:
        return min(self.addresses)

    @property
    def count(self) -> int:
        return max(self.addresses) + 2 - self.first


# Sources of each map (register tables as published by the makers, as implemented by open-source readers):
METER_MAPS: dict[str, RegisterMap] = {
    # a generic meter or gateway: per-phase currents as IEEE 754 float32 input registers 0, 2, 4 (A)
    "": RegisterMap("Generic (float32 input registers 0, 2, 4)", "input", (0, 2, 4), "float32"),
    # Eastron SDM630: input registers 30007/30009/30011 = 0x0006/0x0008/0x000A, float32, A
    # (merlokk/SmartHome lib/eastron.h SDM630_CURRENT1..3; volkszaehler/mbmd meters/rs485/sdm.go)
    "sdm630": RegisterMap("Eastron SDM630", "input", (0x0006, 0x0008, 0x000A), "float32"),
    # Carlo Gavazzi EM24: 0x000C/0x000E/0x0010, INT32 with the low word first, mA (volkszaehler/mbmd
    # meters/rs485/carlogavazzi-em24.go: ReadInputReg, RTUInt32ToFloat64Swapped, scaled by 1/1000)
    "em24": RegisterMap("Carlo Gavazzi EM24", "input", (0x000C, 0x000E, 0x0010), "int32", "little", 0.001),
    # ABB B23/B24: holding registers 0x5B0C/0x5B0E/0x5B10, unsigned 32-bit, 0.01 A, 0xFFFFFFFF = no value
    # (volkszaehler/mbmd meters/rs485/abb.go: ReadHoldingReg, snip32u scaled by 1/100, wrapTransform's NaN)
    "abb_b23": RegisterMap(
        "ABB B23/B24", "holding", (0x5B0C, 0x5B0E, 0x5B10), "uint32", scale=0.01, not_available=0xFFFFFFFF
    ),
    # Janitza UMG 96RM-E: holding registers 19012/19014/19016, float32, A (OpenEMS/openems
    # io.openems.edge.meter.janitza umg96rme/MeterJanitzaUmg96rmeImpl.java: FC3ReadRegistersTask at 19000)
    "janitza_umg96rme": RegisterMap("Janitza UMG 96RM-E", "holding", (19012, 19014, 19016), "float32"),
}


def parse_address(address: str) -> tuple[str, int]:
    """ "host:port" (or "host", port 502; "[v6]:port") → (host, port); ValueError with the reason."""
    text = address.strip()
    if not text:
        raise ValueError("the meter's address is empty (host:port)")
    host, port = text, DEFAULT_PORT
    if text.startswith("["):
        end = text.find("]")
        if end < 0:
            raise ValueError(f"{address!r}: an IPv6 address is written [address]:port")
        host, rest = text[1:end], text[end + 1 :]
        if rest:
            if not rest.startswith(":"):
                raise ValueError(f"{address!r}: an IPv6 address is written [address]:port")
            port = _port(rest[1:], address)
    elif text.count(":") == 1:
        host, raw = text.split(":")
        port = _port(raw, address)
    if not host or any(c.isspace() for c in host):
        raise ValueError(f"{address!r}: no host name")
    return host, port


def _port(raw: str, address: str) -> int:
    if not raw.isdigit() or not 1 <= int(raw) <= 65535:
        raise ValueError(f"{address!r}: the port must be 1 to 65535")
    return int(raw)


def meter_problems(kind: str, address: str, unit: int, map_name: str) -> dict[str, str]:
    """What is wrong with a site's meter settings, per field (``meter_kind``, ``meter_address``, ``meter_unit``,
    ``meter_map``); empty when they can be used. For the site form and the JSON configuration."""
    problems: dict[str, str] = {}
    if kind not in KINDS:
        problems["meter_kind"] = f"unknown meter kind {kind!r}: none, charger or modbus"
    elif kind == "charger" and not address.strip():
        problems["meter_address"] = "the charge point id of the charger that reports its supply (Inlet)"
    elif kind == "modbus":
        try:
            parse_address(address)
        except ValueError as e:
            problems["meter_address"] = str(e)
        if not 0 <= unit <= 255:
            problems["meter_unit"] = "a Modbus unit id is 0 to 255"
        if map_name not in METER_MAPS:
            names = ", ".join(repr(n) for n in METER_MAPS)
            problems["meter_map"] = f"unknown register map {map_name!r}: one of {names}"
    return problems


_EXCEPTION_CODES = {
    1: "illegal function",
    2: "illegal data address",
    3: "illegal data value",
    4: "device failure",
    6: "device busy",
    10: "gateway path unavailable",
    11: "gateway target failed to respond",
}


class ModbusMeter(SiteMeter):
    """A Modbus TCP energy meter read with pymodbus's asyncio client on the caller's loop.

    ``read()`` gives a reading at most ``cache_s`` old; an older one is refreshed by one request in a task of its
    own, awaited at most ``wait_s``: a meter that hangs (connect and read each time out after ``timeout_s``) holds
    an allocation up no longer than that, the request goes on and the next ``read()`` takes its outcome."""

    def __init__(
        self,
        address: str,
        unit: int = 1,
        map_name: str = "",
        *,
        timeout_s: float = 1.0,
        cache_s: float | None = None,  # CACHE_S
        wait_s: float = 0.25,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.host, self.port = parse_address(address)
        self.where = f"{self.host}:{self.port}"
        self.unit = unit
        if map_name not in METER_MAPS:
            raise ValueError(meter_problems("modbus", address, unit, map_name)["meter_map"])
        self.map = METER_MAPS[map_name]
        self.timeout_s = timeout_s
        self.cache_s = CACHE_S if cache_s is None else cache_s
        self._clock = clock
        self._client: AsyncModbusTcpClient | None = None
        self.wait_s = wait_s
        self._refresh: asyncio.Task[None] | None = None
        self._last: tuple[float, Phases] | None = None  # (clock, reading)
        self._failing_since: dt.datetime | None = None  # wall time of the first failure after a good reading
        self._retry_at = 0.0
        self._backoff = 0.0
        self.problem = ""

    async def read(self) -> Phases | None:
        if (fresh := self._fresh()) is not None:
            return fresh
        if self._refresh is None and self._clock() >= self._retry_at:
            self._refresh = asyncio.ensure_future(self._read())
            self._refresh.add_done_callback(self._refreshed)
        asked = self._clock()
        if self._refresh is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(self._refresh), self.wait_s)
            if self._refresh is not None and not self._refresh.done():
                self.problem = Text(why.WAITING, where=self.where)
        last = self._last
        return last[1] if last is not None and last[0] >= asked else self._fresh()

    def _fresh(self) -> Phases | None:
        last = self._last
        return last[1] if last is not None and self._clock() - last[0] <= self.cache_s else None

    def _refreshed(self, task: asyncio.Task[None]) -> None:
        if self._refresh is task:
            self._refresh = None

    async def _read(self) -> None:
        from pymodbus.exceptions import ModbusException

        m = self.map
        try:
            client = await self._connected()
            if client is None:
                self._unreachable("connection refused or no route")
                return
            reader = client.read_input_registers if m.table == "input" else client.read_holding_registers
            answer = await asyncio.wait_for(
                reader(m.first, count=m.count, device_id=self.unit), self.timeout_s * 2
            )
        except (ModbusException, OSError, TimeoutError) as e:
            self._unreachable(str(e) or type(e).__name__)
            return
        if answer.isError():
            code = getattr(answer, "exception_code", 0)
            what = _EXCEPTION_CODES.get(code, f"exception {code}")
            if code in (4, 10, 11):  # a gateway's or a server's answer for a unit it does not have
                problem = Text(why.NO_SUCH_UNIT, unit=self.unit, where=self.where, what=what)
            else:
                refused = why.REGISTERS_REFUSED_MAP if code in (1, 2) else why.REGISTERS_REFUSED
                last = m.first + m.count - 1
                problem = Text(refused, where=self.where, unit=self.unit, first=m.first, last=last, what=what)
            self._failed(problem)
            return
        try:
            values = self._decode(client, list(answer.registers))
        except (ModbusException, ValueError, IndexError) as e:
            self._failed(Text(why.UNREADABLE, where=self.where, unit=self.unit, error=str(e)))
            return
        reading, refused = _checked(values, f"{self.where} unit {self.unit}")
        if reading is None:
            self._failed(refused)
            return
        self._last = (self._clock(), reading)
        self._failing_since = None
        self._backoff = 0.0
        self.problem = ""

    def _decode(self, client: AsyncModbusTcpClient, registers: list[int]) -> list[float]:
        m = self.map
        kind = {
            "float32": client.DATATYPE.FLOAT32,
            "int32": client.DATATYPE.INT32,
            "uint32": client.DATATYPE.UINT32,
        }[m.datatype]
        out: list[float] = []
        for address in m.addresses:
            words = registers[address - m.first : address - m.first + 2]
            if len(words) != 2:
                raise ValueError(f"register {address} missing from the answer")
            raw = client.convert_from_registers(
                words, kind, word_order="little" if m.word_order == "little" else "big"
            )
            assert isinstance(raw, int | float)
            if m.not_available is not None and isinstance(raw, int) and raw == m.not_available:
                out.append(math.nan)
            else:
                out.append(float(raw) * m.scale)
        return out

    async def _connected(self) -> AsyncModbusTcpClient | None:
        client = self._client
        if client is not None and client.connected:
            return client
        from pymodbus.client import AsyncModbusTcpClient

        _quiet_pymodbus()
        if client is not None:
            client.close()
        # retries=0 and reconnect_delay=0: no retrying and no reconnecting task of its own; we back off
        client = self._client = AsyncModbusTcpClient(
            self.host, port=self.port, timeout=self.timeout_s, retries=0, reconnect_delay=0
        )
        connected = await asyncio.wait_for(client.connect(), self.timeout_s * 2)
        return client if connected else None

    def _unreachable(self, detail: str) -> None:
        """The connection failed or the meter did not answer: drop the connection, try again after a pause."""
        if self._client is not None:
            self._client.close()
            self._client = None
        since = self._failing_since or dt.datetime.now(dt.UTC)
        self._failed(Text(why.NO_ANSWER, where=self.where, time=_clock_text(since), detail=detail))

    def _failed(self, problem: str) -> None:
        if self._failing_since is None:
            self._failing_since = dt.datetime.now(dt.UTC)
            log.info("site meter: %s", problem)
        self.problem = problem
        self._last = None
        self._backoff = min(BACKOFF_MAX_S, self._backoff * 2 if self._backoff else BACKOFF_FIRST_S)
        self._retry_at = self._clock() + self._backoff

    async def close(self) -> None:
        if self._refresh is not None:
            self._refresh.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._refresh
            self._refresh = None
        if self._client is not None:
            self._client.close()
            self._client = None


def _quiet_pymodbus() -> None:
    """pymodbus logs every failed connection and timeout as an error: the meter's ``problem`` says it once."""
    logging.getLogger("pymodbus").setLevel(logging.CRITICAL)


# --- a charger's Inlet meter values ------------------------------------------------------------------------------


def inlet_current(samples: Iterable[Sample]) -> tuple[Phases, dt.datetime] | None:
    """The supply current per phase in a MeterValues' samples (Current.Import at Location=Inlet), with the
    newest timestamp, or None when there is none. Phases "L1", "L1-N" → L1 …; a reading without a phase is
    L1 (a single-phase supply)."""
    phases = [0.0, 0.0, 0.0]
    at: dt.datetime | None = None
    for s in samples:
        if s.location != "Inlet" or s.measurand != "Current.Import":
            continue
        n = 0
        if s.phase:
            n = "123".find(s.phase[1:2]) if s.phase[:1] == "L" else -1
            if n < 0:
                continue
        phases[n] = s.value
        at = s.timestamp if at is None or s.timestamp > at else at
    if at is None:
        return None
    return (phases[0], phases[1], phases[2]), at


class ChargerInletMeter(SiteMeter):
    """A charger's own supply readings (Location=Inlet) as the site meter, from the central system's events."""

    def __init__(
        self,
        bus: EventBus,
        cp_id: str,
        *,
        stale_s: float = INLET_STALE_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.cp_id = cp_id
        self.stale_s = stale_s
        self._clock = clock
        self._last: tuple[float, dt.datetime, Phases] | None = None  # (our clock, our wall time, reading)
        self._since = dt.datetime.now(dt.UTC)
        self.problem = Text(why.NO_INLET_YET, cp_id=cp_id)
        self._unsubscribe: Callable[[], None] | None = bus.subscribe(self._measured, SupplyMeasured)

    def _measured(self, event: Any) -> None:
        if event.cp_id == self.cp_id:
            self._last = (self._clock(), dt.datetime.now(dt.UTC), event.current_a)

    async def read(self) -> Phases | None:
        last = self._last
        if last is None:
            self.problem = Text(why.NO_INLET_SINCE, cp_id=self.cp_id, time=_clock_text(self._since))
            return None
        if self._clock() - last[0] > self.stale_s:
            self.problem = Text(why.NO_INLET_SINCE, cp_id=self.cp_id, time=_clock_text(last[1]))
            return None
        reading, refused = _checked(last[2], f"{self.cp_id} (Inlet)")
        self.problem = refused
        return reading

    async def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None


# --- building a site's meter, and its base load --------------------------------------------------------------


@dataclass(frozen=True)
class MeterSettings:
    """A site's meter as stored (``Site.meter_*``)."""

    kind: str = ""
    address: str = ""
    unit: int = 1
    map_name: str = ""
    circuit_id: int | None = None  # the metered circuit (None: the site's root)

    @classmethod
    def of(cls, site: Any) -> MeterSettings:
        """From a ``Site`` row (or anything with its ``meter_*`` attributes)."""
        return cls(
            site.meter_kind or "",
            site.meter_address or "",
            site.meter_unit if site.meter_unit is not None else 1,
            site.meter_map or "",
            site.meter_circuit_id,
        )


def open_meter(settings: MeterSettings, bus: EventBus) -> SiteMeter | None:
    """The site's meter, or None when it has none. ValueError (the settings' first problem) when they cannot be
    used: :func:`meter_problems` says them all."""
    if not settings.kind:
        return None
    problems = meter_problems(settings.kind, settings.address, settings.unit, settings.map_name)
    if problems:
        raise ValueError(next(iter(problems.values())))
    meter: SiteMeter
    if settings.kind == "charger":
        meter = ChargerInletMeter(bus, settings.address.strip())
    else:
        meter = ModbusMeter(settings.address, settings.unit, settings.map_name)
    meter.circuit_id = settings.circuit_id
    return meter


def base_load(reading: Phases, drawn: Iterable[Phases]) -> Phases:
    """What the metered circuit carries besides the managed chargers, per phase: the meter's reading less what
    the chargers under it draw (each in the circuit's phase order), never negative (a charger's meter and the
    site's never agree exactly, and a charger may read high)."""
    used = [0.0, 0.0, 0.0]
    for currents in drawn:
        for n in range(3):
            used[n] += currents[n]
    return (max(0.0, reading[0] - used[0]), max(0.0, reading[1] - used[1]), max(0.0, reading[2] - used[2]))


def circuit_phases(current_a: Sequence[float], rotation: str = "123", phases: int = 3) -> Phases:
    """A connector's per-phase current (its L1, L2, L3) on the circuit's phases: ``rotation`` is the circuit
    phase each of the connector's phases is wired to ("231": L1 on the circuit's L2, L2 on L3, L3 on L1); a
    single-phase connector uses its L1 only."""
    out = [0.0, 0.0, 0.0]
    for n in range(1 if phases == 1 else 3):
        out[int(rotation[n]) - 1] += current_a[n] if n < len(current_a) else 0.0
    return (out[0], out[1], out[2])


class _Circuit(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def parent_id(self) -> int | None: ...


class MeteredSite(Protocol):
    """What :func:`site_base_load` needs of a site: its circuits (alloc's ``CircuitSpec`` has these)."""

    @property
    def circuits(self) -> Sequence[_Circuit]: ...


def metered_circuit(circuits: Sequence[_Circuit], circuit_id: int | None) -> int | None:
    """The circuit a meter measures: ``circuit_id`` if that is one of the site's circuits, else the root (the
    grid connection); None when the site has no circuits."""
    if circuit_id is not None and any(c.id == circuit_id for c in circuits):
        return circuit_id
    return next((c.id for c in circuits if c.parent_id is None), None)


def under(circuits: Sequence[_Circuit], top: int) -> set[int]:
    """``top`` and every circuit below it."""
    children: dict[int | None, list[int]] = {}
    for c in circuits:
        children.setdefault(c.parent_id, []).append(c.id)
    found, todo = set(), [top]
    while todo:
        cid = todo.pop()
        if cid not in found:
            found.add(cid)
            todo.extend(children.get(cid, ()))
    return found


async def site_base_load(
    site: MeteredSite, meter: SiteMeter | None, measured: Mapping[int, Phases]
) -> dict[int, Phases]:
    """The base load per circuit for ``allocate(..., base_a=...)``: {the meter's circuit: its reading less what
    the managed chargers under that circuit draw}. ``measured``: per circuit, what the managed connectors on it
    (not below it) draw by their own meter values, on the circuit's phases (:func:`circuit_phases`). Empty when
    there is no meter, no circuit, or the meter has no reading now (its ``problem`` says why): the allocation
    then has no base load."""
    if meter is None:
        return {}
    top = metered_circuit(site.circuits, meter.circuit_id)
    if top is None:
        return {}
    reading = await meter.read()
    if reading is None:
        return {}
    inside = under(site.circuits, top)
    return {top: base_load(reading, (a for cid, a in measured.items() if cid in inside))}


class _Site(MeteredSite, Protocol):
    @property
    def id(self) -> int: ...


class SiteMeters:
    """Every site's meter, kept open between allocations; the load manager's ``base_load`` seam.

    ``sync(settings)`` after reading the sites (:func:`load_meter_settings`) opens, replaces or closes meters whose
    settings changed; ``await base_load(site, measured)`` before each allocation; ``problem(site_id)`` is what is
    wrong with a site's meter now ("" when it reads well or the site has none).

    Safe by default: while a meter that has read gives no reading (away, stale, garbage), the base load it last
    gave holds, until it reads again or its settings change; the building did not stop drawing because its meter
    went quiet. A meter that never read gives no base load (``problem`` says why)."""

    def __init__(self, bus: EventBus) -> None:
        self.bus = bus
        self._meters: dict[int, tuple[MeterSettings, SiteMeter | None, str]] = {}
        self._held: dict[int, tuple[dict[int, Phases], dt.datetime]] = {}  # site -> last base load, when

    async def sync(self, settings: Mapping[int, MeterSettings]) -> None:
        for site_id in list(self._meters):
            if settings.get(site_id) != self._meters[site_id][0]:
                _, meter, _ = self._meters.pop(site_id)
                self._held.pop(site_id, None)
                if meter is not None:
                    await meter.close()
        for site_id, wanted in settings.items():
            if site_id in self._meters or not wanted.kind:
                continue
            try:
                self._meters[site_id] = (wanted, open_meter(wanted, self.bus), "")
            except ValueError as e:
                self._meters[site_id] = (wanted, None, Text(why.METER_UNUSABLE, error=str(e)))

    def meter(self, site_id: int) -> SiteMeter | None:
        entry = self._meters.get(site_id)
        return entry[1] if entry else None

    def problem(self, site_id: int) -> str:
        entry = self._meters.get(site_id)
        if entry is None:
            return ""
        problem = entry[2] or (entry[1].problem if entry[1] is not None else "")
        held = self._held.get(site_id)
        if problem and held is not None:
            problem = Text(why.BASE_LOAD_HOLDS, problem=problem, time=_clock_text(held[1]))
        return problem

    async def base_load(self, site: _Site, measured: Mapping[int, Phases]) -> dict[int, Phases] | None:
        meter = self.meter(site.id)
        if meter is None:
            return None
        base = await site_base_load(site, meter, measured)
        if base:
            self._held[site.id] = (base, dt.datetime.now(dt.UTC))
            return base
        held = self._held.get(site.id)
        if held is not None and meter.problem:  # no reading now: what it last measured holds
            ids = {c.id for c in site.circuits}
            return {cid: phases for cid, phases in held[0].items() if cid in ids} or None
        return None

    async def close(self) -> None:
        await self.sync({})


def load_meter_settings(session: Session) -> dict[int, MeterSettings]:
    """The meter settings of every site that has a meter."""
    from app.models import Site

    rows = session.scalars(select(Site).where(Site.meter_kind != "")).all()
    return {site.id: MeterSettings.of(site) for site in rows}
