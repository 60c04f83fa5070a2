"""What a charger's smart charging accepts, found out at commissioning and at a boot while unknown, stored in
``chargers.sc_*``.

Two steps:

1. :func:`discover` reads what the charger says (nothing changes on it). OCPP 1.6: GetConfiguration of
   ``SupportedFeatureProfiles`` (SmartCharging among them?), ``ChargeProfileMaxStackLevel``,
   ``ChargingScheduleAllowedChargingRateUnit`` ("Current", "Power"; some chargers write "A", "W"),
   ``ChargingScheduleMaxPeriods``, ``MaxChargingProfilesInstalled``. OCPP 2.0.1: GetVariables of
   ``SmartChargingCtrlr``'s ``Available``, ``Enabled``, ``ProfileStackLevel`` (ChargingProfileMaxStackLevel),
   ``RateUnit`` (ChargingScheduleChargingRateUnit, "A,W") and ``PeriodsPerSchedule``.
2. :func:`probe` finds out by trying which purposes it accepts, since no key says so — harmlessly: each probe is
   the connector's (or the charger's) own maximum at stack level 0 (below the fail-safe and limits of
   :mod:`app.services.load.profiles`) with a dedicated profile id (:data:`PROBE_IDS`), cleared by that id
   afterwards. One accepted probe is checked with GetCompositeSchedule (:func:`~app.services.load.profiles.verify`).

What real chargers do that this handles:

* ChargePointMaxProfile rejected (EVBox Elvi, ABB Terra AC, Schneider with its load balancer off) or answered
  NotSupported (Timxon) while Tx profiles work: purposes are kept one by one.
* TxProfile refused without a running transaction (as OCPP 1.6 says): tried only on a connector with a
  transaction; otherwise not tried and taken as accepted where TxDefaultProfile is (OCPP requires both of a
  SmartCharging charger; :meth:`Capabilities.without` records a refusal met later).
* Stack levels refused below the reported ``ChargeProfileMaxStackLevel`` (ABB Terra AC firmware 1.8 takes level
  0 and refuses 3): the highest level the profiles use (2) is tried and the maximum lowered to what was taken.
* A or W only (Wallbox "Current"); a charger that reports no unit and refuses A is tried in W.
* SetChargingProfile answered with a CallError (NotSupported, NotImplemented: Heidelberg, ABB Terra DC) or the
  NotSupported status, or not answered at all (Timxon with Absolute schedules): a refusal of that purpose.
* Accepted but not applied (go-e): GetCompositeSchedule shows more than the limit accepted → unmanaged.
* Smart charging switched off on the charger (Schneider "EM controlled by external system is disabled",
  2.0.1 ``SmartChargingCtrlr.Enabled`` false): every profile rejected → unmanaged, the note says so.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.models import Charger, Connector, Station
from app.services.chargers.commissioning import charger_version, csl, int_or_none, read_values
from app.services.chargers.operations import (
    ChargerCallError,
    ChargerOffline,
    ChargerTimeout,
    InvalidReply,
    OperationNotSupported,
    Operations,
)
from app.services.load import reasons as why
from app.services.load.profiles import (
    CP_MAX,
    PURPOSES,
    TX,
    TX_DEFAULT,
    Delivery,
    composite_limit,
    connector_max_a,
    in_force,
    make_delivery,
    stack_levels,
    unit_for,
)
from app.services.texts import Text

log = logging.getLogger(__name__)

V16_KEYS = (
    "SupportedFeatureProfiles",
    "ChargeProfileMaxStackLevel",
    "ChargingScheduleAllowedChargingRateUnit",
    "ChargingScheduleMaxPeriods",
    "MaxChargingProfilesInstalled",
)
V201_COMPONENT = "SmartChargingCtrlr"
V201_VARIABLES = ("Available", "Enabled", "ProfileStackLevel", "RateUnit", "PeriodsPerSchedule")
#: the probes' profile ids (TxDefaultProfile, ChargePointMaxProfile, TxProfile): callers use others
PROBE_IDS = {TX_DEFAULT: 990_001, CP_MAX: 990_002, TX: 990_003}
_UNITS = {
    "current": "A",
    "a": "A",
    "amp": "A",
    "amps": "A",
    "power": "W",
    "w": "W",
    "watt": "W",
    "watts": "W",
}
_REFUSALS = (ChargerCallError, ChargerTimeout, InvalidReply)


@dataclass(frozen=True)
class Capabilities:
    """What a charger's smart charging accepts. ``supported`` None: not found out yet."""

    supported: bool | None
    purposes: frozenset[str]
    units: frozenset[str]
    max_stack: int | None
    max_periods: int | None
    note: str = ""  # why it is unmanaged, as the user reads it ("rejects every charging profile")
    checked_at: dt.datetime | None = None  # when it was found out (stored)
    #: how many connectors its station has (not stored: counted from the station's connectors when loaded,
    #: :func:`load_capabilities`; None when not known). A ChargePointMaxProfile limits the whole charger, so it is
    #: a connector's limit only where the charger has one connector.
    connectors: int | None = None

    @property
    def whole_charger(self) -> bool:
        """Its limits and fail-safe go as ChargePointMaxProfiles on connector 0: it takes neither TxProfile nor
        TxDefaultProfile, it takes ChargePointMaxProfile, and it has one connector (whose limit the whole
        charger's is)."""
        return (
            bool(self.supported)
            and not self.purposes & {TX, TX_DEFAULT}
            and CP_MAX in self.purposes
            and self.connectors == 1
        )

    @property
    def managed(self) -> bool:
        """It takes limits: supported, and TxProfile or TxDefaultProfile accepted, or ChargePointMaxProfile on a
        charger with one connector (:attr:`whole_charger`)."""
        return bool(self.supported) and (bool(self.purposes & {TX, TX_DEFAULT}) or self.whole_charger)

    @property
    def failsafe_purpose(self) -> str | None:
        """The purpose its fail-safe default goes as: a TxDefaultProfile on the connector, else (one connector) a
        ChargePointMaxProfile; None when it can hold none."""
        if TX_DEFAULT in self.purposes:
            return TX_DEFAULT
        if bool(self.supported) and CP_MAX in self.purposes and self.connectors == 1:
            return CP_MAX
        return None

    def without(self, purpose: str) -> Capabilities:
        """These capabilities after the charger refused ``purpose`` (e.g. a TxProfile taken for accepted)."""
        purposes = self.purposes - {purpose}
        caps = dataclasses.replace(self, purposes=purposes)
        if self.managed and not caps.managed:
            caps = dataclasses.replace(caps, note=Text(why.REJECTS_EVERY_PROFILE))
        return caps


UNKNOWN = Capabilities(None, frozenset(), frozenset(), None, None)


# --- what the charger says -----------------------------------------------------------------------------------


def _units(text: str | None) -> frozenset[str]:
    return frozenset(u for u in (_UNITS.get(v.lower()) for v in csl(text or "")) if u)


def parse_reported(values: dict[str, str], version: str) -> Capabilities:
    """Capabilities from what the charger reported: 1.6 keys by name, 2.0.1 ``"SmartChargingCtrlr.<Variable>"``
    (the commissioning snapshot's and :func:`discover`'s form). Purposes are not known from keys: empty."""
    if version == "2.0.1":
        c = {k.split(".", 1)[1]: v for k, v in values.items() if k.startswith(V201_COMPONENT + ".")}
        available, enabled = c.get("Available"), c.get("Enabled")
        supported: bool | None = None
        note = ""
        if available is not None and available.strip().lower() == "false":
            supported, note = False, Text(why.CTRLR_NOT_AVAILABLE)
        elif enabled is not None and enabled.strip().lower() == "false":
            supported, note = False, Text(why.CTRLR_SWITCHED_OFF)
        elif "true" in (str(available).lower(), str(enabled).lower()) or c:
            supported = True
        return Capabilities(
            supported,
            frozenset(),
            _units(c.get("RateUnit")),
            int_or_none(c.get("ProfileStackLevel")),
            int_or_none(c.get("PeriodsPerSchedule")),
            note,
        )
    profiles = values.get("SupportedFeatureProfiles")
    supported = None if profiles is None else "SmartCharging" in csl(profiles)
    return Capabilities(
        supported,
        frozenset(),
        _units(values.get("ChargingScheduleAllowedChargingRateUnit")),
        int_or_none(values.get("ChargeProfileMaxStackLevel")),
        int_or_none(values.get("ChargingScheduleMaxPeriods")),
        "SmartCharging not among its feature profiles" if supported is False else "",
    )


async def read_reported(
    operations: Operations, cp_id: str, version: str, *, timeout: float | None = None
) -> dict[str, str]:
    """The smart-charging keys (1.6) or SmartChargingCtrlr variables (2.0.1) the charger reports."""
    variables = [(V201_COMPONENT, v) for v in V201_VARIABLES]
    return await read_values(operations, cp_id, version, list(V16_KEYS), variables, timeout=timeout)


async def discover(
    operations: Operations, cp_id: str, version: str, *, timeout: float | None = None
) -> Capabilities:
    """What the charger says of its smart charging (reads, changes nothing); purposes empty (see :func:`probe`)."""
    return parse_reported(await read_reported(operations, cp_id, version, timeout=timeout), version)


# --- trying ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProbeTarget:
    """Where and how far the probe may go: a connector (an idle one where there is one), its own maximum per phase,
    the charger's (the sum over its connectors); a transaction running on ``tx_connector_id`` (a TxProfile needs
    one) and that connector's own maximum."""

    connector_id: int = 1
    max_a: float = 32.0
    charger_max_a: float = 64.0
    in_use: bool = False  # connector_id charges: the stack levels of the limits are not tried there
    transaction_id: int | None = None
    tx_connector_id: int | None = None  # None: connector_id
    tx_max_a: float | None = None  # None: max_a
    connectors: int | None = None  # how many connectors its station has (None: not known)


@dataclass(frozen=True)
class ProbeOutcome:
    """What the probe found: the capabilities, the answer per purpose tried, whether GetCompositeSchedule showed
    the limit (None: it did not tell), and what was learnt beyond the keys (for the commissioning text)."""

    caps: Capabilities
    answers: dict[str, str]
    verified: bool | None
    remarks: tuple[str, ...] = ()


async def _try(operations: Operations, cp_id: str, d: Delivery, timeout: float | None) -> str:
    """The charger's answer to one probe: its status, or what stood for a refusal."""
    try:
        answer = await operations.set_charging_profile(cp_id, d.connector_id, d.profile, timeout=timeout)
    except ChargerCallError as e:
        return e.code or "CallError"
    except ChargerTimeout:
        return "no answer"
    except InvalidReply:
        return "invalid answer"
    return str(answer.get("status") or "?")


async def _clear(operations: Operations, cp_id: str, profile_id: int, timeout: float | None) -> None:
    with contextlib.suppress(*_REFUSALS, ChargerOffline, OperationNotSupported):
        await operations.clear_charging_profile(cp_id, profile_id, timeout=timeout)


async def probe(
    operations: Operations,
    cp_id: str,
    caps: Capabilities,
    target: ProbeTarget | None = None,
    *,
    timeout: float | None = None,
) -> ProbeOutcome:
    """Try what ``caps`` (from :func:`discover`) cannot say: which purposes, which unit and stack levels the
    charger accepts, each probe harmless and cleared afterwards. A charger without SmartCharging is not tried.
    Raises :class:`ChargerOffline` (nothing can be concluded); other failures count as refusals."""
    if caps.supported is False:
        return ProbeOutcome(dataclasses.replace(caps, purposes=frozenset()), {}, None)
    run = _Probe(operations, cp_id, caps, target or ProbeTarget(), timeout)
    try:
        await run.tx_default()
        await run.charger_max()
        await run.tx_profile()
    finally:  # what an error left installed
        for profile_id in run.installed:
            await _clear(operations, cp_id, profile_id, timeout)
    return run.outcome()


class _Probe:
    """One probe's state: what was tried, installed and seen."""

    def __init__(
        self, operations: Operations, cp_id: str, caps: Capabilities, t: ProbeTarget, timeout: float | None
    ) -> None:
        self.ops, self.cp_id, self.caps, self.t, self.timeout = operations, cp_id, caps, t, timeout
        self.answers: dict[str, str] = {}
        self.remarks: list[str] = []
        self.installed: list[int] = []
        self.unit = unit_for(caps)
        self.units = set(caps.units)
        self.max_stack = caps.max_stack
        self.verified: bool | None = None
        self.shown: float | None = None
        self.checked: Delivery | None = None

    async def _send(self, purpose: str, connector_id: int, level: int, limit_a: float, unit: str) -> Delivery:
        tx = self.t.transaction_id if purpose == TX else None
        # over three phases: above any one-phase draw too
        d = make_delivery(
            self.caps, connector_id, purpose, level, limit_a, 3, PROBE_IDS[purpose], tx, unit=unit
        )
        self.answers[purpose] = await _try(self.ops, self.cp_id, d, self.timeout)
        return d

    async def _verify(self, d: Delivery) -> None:
        if self.checked is None:
            self.checked = d
            self.verified, self.shown = await _check(self.ops, self.cp_id, d, self.timeout)

    async def _done(self, purpose: str) -> None:
        """Clear a probe once tried: one at a time (a charger may hold very few profiles)."""
        await _clear(self.ops, self.cp_id, PROBE_IDS[purpose], self.timeout)
        self.installed.remove(PROBE_IDS[purpose])

    async def tx_default(self) -> None:
        """The connector's own maximum at level 0 (in W where A is refused and W may do), then the levels the
        limits use: the charger's maximum may be less than it reports."""
        t, caps = self.t, self.caps
        d = await self._send(TX_DEFAULT, t.connector_id, 0, t.max_a, self.unit)
        if (
            self.answers[TX_DEFAULT] != "Accepted"
            and self.unit == "A"
            and (not caps.units or "W" in caps.units)
        ):
            w = await self._send(TX_DEFAULT, t.connector_id, 0, t.max_a, "W")
            if self.answers[TX_DEFAULT] == "Accepted":
                d, self.unit, self.units = w, "W", set()
                self.remarks.append("A refused, W accepted")
        if self.answers[TX_DEFAULT] != "Accepted":
            return
        self.installed.append(PROBE_IDS[TX_DEFAULT])
        self.units.add(self.unit)
        levels = range(stack_levels(caps)[1], 0, -1)
        if t.in_use and levels:  # a profile at a limit's level could replace the limit in force there
            self.remarks.append("stack levels not tried (every connector in use)")
            levels = range(0)
        for level in levels:
            high = dataclasses.replace(d, stack_level=level, profile={**d.profile, "stackLevel": level})
            if await _try(self.ops, self.cp_id, high, self.timeout) == "Accepted":
                d = high
                self.max_stack = level if self.max_stack is None else self.max_stack
                break
            self.max_stack = level - 1
            self.remarks.append(f"stack level {level} refused")
        await self._verify(d)
        await self._done(TX_DEFAULT)

    async def charger_max(self) -> None:
        """The whole charger's maximum on connector 0."""
        d = await self._send(CP_MAX, 0, 0, self.t.charger_max_a, self.unit)
        if self.answers[CP_MAX] == "Accepted":
            self.installed.append(PROBE_IDS[CP_MAX])
            await self._verify(d)
            await self._done(CP_MAX)

    async def tx_profile(self) -> None:
        """Only where a transaction runs (refused without one, as OCPP says)."""
        if self.t.transaction_id is not None:
            t = self.t
            connector = t.tx_connector_id if t.tx_connector_id is not None else t.connector_id
            await self._send(TX, connector, 0, t.tx_max_a if t.tx_max_a is not None else t.max_a, self.unit)
            if self.answers[TX] == "Accepted":
                self.installed.append(PROBE_IDS[TX])
                await self._done(TX)

    def outcome(self) -> ProbeOutcome:
        answers, caps = self.answers, self.caps
        purposes = {p for p, a in answers.items() if a == "Accepted"}
        if TX not in answers and TX_DEFAULT in purposes:
            purposes.add(TX)
            self.remarks.append("TxProfile not tried (no transaction running)")
        supported = caps.supported if caps.supported is not None else bool(purposes)
        note = ""
        if self.verified is False and self.checked is not None and self.shown is not None:
            d = self.checked
            note = Text(why.NOT_APPLIED, shown=f"{self.shown:g}", limit=f"{d.limit:g}", unit=d.unit)
            purposes = set()
        elif not purposes & {TX, TX_DEFAULT}:
            if answers and all(a == "no answer" for a in answers.values()):
                note = Text(why.NO_ANSWER_TO_PROFILES)
            elif purposes:  # managed where its station has one connector (Capabilities.whole_charger)
                note = Text(why.CP_MAX_ONLY)
            else:
                note = Text(why.REJECTS_EVERY_PROFILE)
        found = Capabilities(
            supported, frozenset(purposes), frozenset(self.units), self.max_stack, caps.max_periods, note
        )
        return ProbeOutcome(found, answers, self.verified, tuple(self.remarks))


async def _check(
    operations: Operations, cp_id: str, d: Delivery, timeout: float | None
) -> tuple[bool | None, float | None]:
    shown = await composite_limit(operations, cp_id, d.connector_id, d.unit, timeout=timeout)
    return (None, None) if shown is None else (in_force(d, shown), shown)


def describe(caps: Capabilities) -> str:
    """In words: "Accepts TxDefaultProfile and TxProfile in A, stack levels 0–8; ChargePointMaxProfile rejected"."""
    if caps.supported is None:
        return "Smart charging not found out yet"
    if not caps.managed:
        return f"Unmanaged: {caps.note or 'no charging profile accepted'}"
    if caps.whole_charger:
        units = " and ".join(u for u in ("A", "W") if u in caps.units) or "A"
        return (
            f"Accepts ChargePointMaxProfile only, in {units}: its one connector's limit and fail-safe go as the "
            "whole charger's maximum; TxDefaultProfile and TxProfile rejected"
        )
    accepted = [p for p in (TX_DEFAULT, TX, CP_MAX) if p in caps.purposes]
    rejected = [p for p in (CP_MAX, TX_DEFAULT, TX) if p not in caps.purposes]
    names = accepted[0] if len(accepted) == 1 else ", ".join(accepted[:-1]) + " and " + accepted[-1]
    units = " and ".join(u for u in ("A", "W") if u in caps.units) or "A"
    text = f"Accepts {names} in {units}"
    if caps.max_stack is not None:
        text += f", stack levels 0–{caps.max_stack}" if caps.max_stack else ", stack level 0 only"
    if caps.max_periods:
        text += f", {caps.max_periods} periods per schedule"
    if rejected:
        text += "; " + " and ".join(rejected) + " rejected"
    return text


# --- storage ---------------------------------------------------------------------------------------------------


def load_capabilities(session: Session, cp_id: str) -> Capabilities:
    """The stored capabilities of ``cp_id`` (:data:`UNKNOWN` when never found out or no such charger)."""
    ch = session.scalar(select(Charger).where(Charger.charge_point_id == cp_id))
    return (
        UNKNOWN if ch is None else stored_capabilities(ch, connector_counts(session, [cp_id]).get(cp_id, 0))
    )


def load_capabilities_of(session: Session, cp_ids: Iterable[str]) -> dict[str, Capabilities]:
    """:func:`load_capabilities` of each of ``cp_ids`` in two queries (every one present; UNKNOWN where not known)."""
    wanted = sorted(set(cp_ids))
    counts = connector_counts(session, wanted)
    if not wanted:
        return {}
    chargers = {
        ch.charge_point_id: ch
        for ch in session.scalars(select(Charger).where(Charger.charge_point_id.in_(wanted)))
    }
    return {
        cp: stored_capabilities(chargers[cp], counts.get(cp, 0)) if cp in chargers else UNKNOWN
        for cp in wanted
    }


def stored_capabilities(ch: Charger, connectors: int | None) -> Capabilities:
    """The capabilities stored on ``ch`` (:data:`UNKNOWN` when never found out), for a charger whose station has
    ``connectors`` connectors (:func:`connector_counts`)."""
    if ch.sc_checked_at is None:
        return UNKNOWN
    return Capabilities(
        ch.sc_supported,
        frozenset(csl(ch.sc_purposes or "")) & set(PURPOSES),
        frozenset(csl(ch.sc_units or "")) & {"A", "W"},
        ch.sc_max_stack,
        ch.sc_max_periods,
        why.from_column(ch.sc_note),
        ch.sc_checked_at,
        connectors,
    )


def connector_counts(session: Session, cp_ids: Iterable[str]) -> dict[str, int]:
    """How many connectors (1, 2, ...; not 0, the charger itself) each charge point's station has; a charge point
    bound to no station is absent."""
    wanted = list(cp_ids)
    if not wanted:
        return {}
    rows = session.execute(
        select(Station.charge_point_id, func.count(Connector.id))
        .join(Connector, Connector.station_id == Station.id)
        .where(Station.charge_point_id.in_(wanted), Connector.connector_id > 0)
        .group_by(Station.charge_point_id)
    ).all()
    return {str(cp): int(n) for cp, n in rows}


def store_capabilities(session: Session, cp_id: str, caps: Capabilities) -> None:
    """Store ``caps`` as what ``cp_id``'s smart charging accepts (checked now unless ``caps.checked_at``;
    :data:`UNKNOWN` forgets it: found out again at its next boot)."""
    known = caps.supported is not None
    session.execute(
        update(Charger)
        .where(Charger.charge_point_id == cp_id)
        .values(
            sc_supported=caps.supported,
            sc_purposes=",".join(p for p in PURPOSES if p in caps.purposes),
            sc_units=",".join(u for u in ("A", "W") if u in caps.units),
            sc_max_stack=caps.max_stack,
            sc_max_periods=caps.max_periods,
            sc_checked_at=(caps.checked_at or dt.datetime.now(dt.UTC)) if known else None,
            sc_note=why.for_column(caps.note),
        )
    )


def probe_target(session: Session, cp_id: str, active: dict[int, int] | None = None) -> ProbeTarget:
    """Where to probe ``cp_id`` (``active``: connector → its running transaction): the default profiles on an idle
    connector where there is one, the TxProfile on a charging one; the maxima from the connectors stored with its
    station (:func:`~app.services.load.profiles.connector_max_a`)."""
    rows = session.execute(
        select(Connector.connector_id, Connector.max_current_a, Connector.max_kw, Connector.phases)
        .join(Station, Station.id == Connector.station_id)
        .where(Station.charge_point_id == cp_id, Connector.connector_id > 0)
        .order_by(Connector.connector_id)
    ).all()
    maxima = {n: connector_max_a(a, kw, ph or 3) for n, a, kw, ph in rows}
    active = {n: tx for n, tx in (active or {}).items() if n > 0}
    idle = [n for n in maxima if n not in active]
    connector = idle[0] if idle else min([*maxima, *active], default=1)
    unknown = connector_max_a(None, None)
    own = maxima.get(connector, unknown)
    total = sum(maxima.values()) or own
    busy = min(active, default=None)
    return ProbeTarget(
        connector,
        own,
        max(total, own),
        in_use=connector in active,
        transaction_id=active.get(busy) if busy is not None else None,
        tx_connector_id=busy,
        tx_max_a=maxima.get(busy, unknown) if busy is not None else None,
        connectors=len(maxima),
    )


async def find_out(
    central: Any, cp_id: str, *, reported: dict[str, str] | None = None, timeout: float | None = None
) -> ProbeOutcome:
    """Discover (or take ``reported``: what the charger's configuration said), probe and store ``cp_id``'s
    capabilities. ``central``: the central system (``store``, ``operations``, the charger's version and running
    transactions). Raises the operations' errors when the charger cannot be read."""
    version = charger_version(central, cp_id)
    ops: Operations = central.operations
    values = reported if reported is not None else await read_reported(ops, cp_id, version, timeout=timeout)
    caps = parse_reported(values, version)
    state = central.backend.states.get(cp_id)
    active = {tx.connector_id: tx.transaction_id for tx in state.active.values()} if state is not None else {}
    target = await central.store.run(lambda s: probe_target(s, cp_id, active))
    outcome = await probe(ops, cp_id, caps, target, timeout=timeout)
    found = dataclasses.replace(
        outcome.caps, checked_at=dt.datetime.now(dt.UTC), connectors=target.connectors
    )
    await central.store.run(lambda s: store_capabilities(s, cp_id, found))
    return dataclasses.replace(outcome, caps=found)


async def try_tx_profile(
    central: Any, cp_id: str, connector_id: int, transaction_id: int, *, timeout: float | None = None
) -> str | None:
    """Try a TxProfile on a running transaction where the stored capabilities count on TxProfiles (taken for
    accepted when no transaction ran at the probe): the connector's own maximum at level 0, cleared afterwards; a
    refusal is stored (limits then go as TxDefaultProfiles). Returns the charger's answer (None: not tried)."""
    caps: Capabilities = await central.store.run(lambda s: load_capabilities(s, cp_id))
    if not caps.managed or TX not in caps.purposes:
        return None
    t = await central.store.run(lambda s: probe_target(s, cp_id, {connector_id: transaction_id}))
    limit = t.tx_max_a if t.tx_max_a is not None else t.max_a
    d = make_delivery(caps, connector_id, TX, 0, limit, 3, PROBE_IDS[TX], transaction_id, unit=unit_for(caps))
    answer = await _try(central.operations, cp_id, d, timeout)
    if answer == "Accepted":
        await _clear(central.operations, cp_id, PROBE_IDS[TX], timeout)
    else:
        await central.store.run(lambda s: store_capabilities(s, cp_id, caps.without(TX)))
    return answer


async def ensure_known(central: Any, cp_id: str) -> Capabilities:
    """``cp_id``'s capabilities: the stored ones, found out first (:func:`find_out`) while unknown and the charger
    is connected. For the load manager at a charger's boot; UNKNOWN while it cannot be found out (offline, no
    answer: tried again at its next boot)."""
    caps: Capabilities = await central.store.run(lambda s: load_capabilities(s, cp_id))
    if caps.checked_at is not None or not central.is_connected(cp_id):
        return caps
    try:
        return (await find_out(central, cp_id)).caps
    except Exception as e:  # offline, refused GetConfiguration, database: unknown until the next boot
        log.info("smart charging of %s not found out: %s", cp_id, e)
        return UNKNOWN
