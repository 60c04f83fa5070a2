"""Vehicles and transactions: the scenario's drivers, start/charge/sample/stop, remote start and cards presented."""

from __future__ import annotations

import asyncio
import contextlib
import math
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from . import events as ev
from .core import ChargerCore
from .physics import random_vehicle
from .state import FAULTS, Connector, Plan, Reservation, Transaction


def _fmt_duration(seconds: float) -> str:
    minutes = round(seconds / 60)
    return f"{minutes // 60}h{minutes % 60:02d}" if minutes >= 60 else f"{minutes} min"


class TransactionsMixin(ChargerCore):
    """Vehicles and transactions: the scenario's drivers, start/charge/sample/stop, remote start and cards presented."""

    def can_start(self, c: Connector, tag: str | None = None) -> bool:
        if c.busy or c.tx is not None or c.fault or not (c.operative and self.charger_operative):
            return False
        if c.scheduled is not None:
            return False
        if c.reservation is not None:
            return tag is not None and self._matches(c.reservation, tag)
        return True

    @staticmethod
    def _matches(r: Reservation, tag: str) -> bool:
        return tag.upper() == r.tag.upper() or (r.parent is not None and tag.upper() == r.parent.upper())

    def plan(self, c: Connector) -> Plan:
        rng, dc = c.rng, self.options.dc
        vehicle = random_vehicle(rng, dc, c.electrics.max_w)
        if self.options.session_s is not None:
            duration = rng.uniform(*self.options.session_s)
        else:
            power = min(c.electrics.max_w, vehicle.dc_max_w if dc else vehicle.ac_max_w)
            to_full = vehicle.energy_to_target_wh(dc) / power * 3600 * (1.5 if dc else 1.1)
            duration = min(12 * 3600.0, max(900.0, to_full * rng.uniform(0.6, 1.3)))
        pause = None
        if self.options.scenario == "mixed" and rng.random() < 0.3:
            pause = (duration * rng.uniform(0.2, 0.6), rng.uniform(120, 600))
        return Plan(vehicle, duration, "Local" if rng.random() < 0.5 else "EVDisconnected", pause)

    async def _drive(self, c: Connector) -> None:
        """The scenario of one connector: vehicles arrive, charge and leave."""
        first = True
        while not self.stopping:
            low, high = self.options.first_idle_s if first else self.options.idle_s
            first = False
            if await self.clock.wait(self._stop, c.rng.uniform(low, high)):
                return
            await self.online.wait()
            if self.stopping:
                return
            if self.options.sessions is not None and c.plug_ins >= self.options.sessions:
                return
            unknown = None
            if self.options.scenario == "mixed":
                roll = c.rng.random()
                if roll < 0.08 and self.can_start(c):
                    await self._fault(c)
                    continue
                if roll < 0.18:
                    unknown = f"{c.rng.getrandbits(32):08X}"  # a card nobody knows
            tag = unknown or self.tags.take()
            if tag is None:
                continue  # every card is charging somewhere: this driver comes back later
            try:
                if not self.can_start(c, tag):
                    continue
                c.busy = True
                c.plug_ins += 1
                try:
                    await self.session(c, tag, self.plan(c))
                finally:
                    c.busy = False
            finally:
                if unknown is None:
                    self.tags.give(tag)

    async def _fault(self, c: Connector) -> None:
        c.busy = True
        try:
            c.fault = c.rng.choice(FAULTS)
            await self.set_status(c, "Faulted", c.fault)
            await self.clock.wait(self._halt, c.rng.uniform(120, 900))
            c.fault = None
            await self.set_status(c, self.idle_status(c))
        finally:
            c.busy = False

    async def session(
        self,
        c: Connector,
        tag: str,
        plan: Plan,
        *,
        remote: bool = False,
        remote_start_id: int | None = None,
        profile: dict[str, Any] | None = None,
    ) -> None:
        """A vehicle plugs in, the tag is authorised, the transaction runs until the driver leaves or it is
        stopped. The caller has set ``c.busy``."""
        loop = asyncio.get_running_loop()
        c.wake.clear()
        c.vehicle = plan.vehicle
        await self.set_status(c, "Preparing")
        if remote and not self.config.flag("AuthorizeRemoteTxRequests"):
            status = "Accepted"
        else:
            status = await self.authorize(tag, c.id)
        if status != "Accepted" or self.stopping or self.rebooting:
            if status != "Accepted":
                self.emit(
                    ev.AUTHORIZED, f"tag {tag} refused ({status}): no charge", c.id, tag=tag, status=status
                )
                await self.clock.wait(self._halt, c.rng.uniform(20, 60))
            c.vehicle = None
            c.busy = False
            await self.set_status(c, self.idle_status(c))
            return
        reservation_id = None
        if c.reservation is not None and self._matches(c.reservation, tag):
            reservation_id, c.reservation = c.reservation.id, None
        e = c.electrics
        c.last_run = loop.time()
        tx = Transaction(
            c.id,
            tag,
            e.register_wh,
            self.clock.now(),
            self.clock.sim_now(),
            loop.time(),
            str(uuid.uuid4()),
            remote_start_id,
            reservation_id,
        )  # unique, even across seeded runs
        tx.begin = e.readings(self.config.csl("StopTxnSampledData"), c.vehicle)
        c.tx = tx
        if plan.pause is not None:
            start = tx.start_loop + self.clock.wall(plan.pause[0])
            c.paused = (start, start + self.clock.wall(plan.pause[1]))
        message = self.queue.put(self.proto.start_tx(c, tx))
        if not self.online.is_set():
            self.emit(
                ev.STARTED,
                f"transaction started offline (tag {tag}); StartTransaction queued",
                c.id,
                transaction=tx.uid,
                tag=tag,
            )
        if profile is not None:
            self.smart.set(c.id, profile, self.clock.sim_now(), None, True)
        await self._until(message.done, tx)
        try:
            await self._charge(c, tx, plan)
        finally:
            await self._end(c, tx)

    async def _until(self, done: asyncio.Event, tx: Transaction) -> None:
        """Wait for a queued message's answer while online (the next status follows it on the wire)."""
        if not self.online.is_set() or done.is_set():
            return
        c = self.connectors[tx.connector_id]
        waits = [
            asyncio.ensure_future(done.wait()),
            asyncio.ensure_future(c.wake.wait()),
            asyncio.ensure_future(self._halt.wait()),
        ]
        try:
            await asyncio.wait(
                waits, timeout=self.options.call_timeout_s + 1, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            for w in waits:
                w.cancel()

    def tx_confirmed(self, c: Connector, tx: Transaction, status: str) -> None:
        """The central system's answer to the start of a transaction (idTagInfo)."""
        tx.auth_status = status
        self.remember(tx.tag, status)
        self.emit(
            ev.STARTED,
            f"transaction {tx.label} started (tag {tx.tag}: {status})",
            c.id,
            transaction=tx.label,
            tag=tx.tag,
            status=status,
        )
        if status != "Accepted" and self.config.flag("StopTransactionOnInvalidId") and c.tx is tx:
            self.stop_transaction(c, "DeAuthorized")

    def stop_transaction(self, c: Connector, reason: str) -> bool:
        if c.tx is None or c.tx.stop_reason is not None:
            return c.tx is not None
        c.tx.stop_reason = reason
        c.wake.set()
        return True

    def limit_w(self, c: Connector) -> float | None:
        sharing = sum(1 for x in self.connectors.values() if x.tx is not None)
        phases = c.electrics.limit_phases(c.vehicle)
        return self.smart.limit_w(
            c.id, self.clock.sim_now(), c.tx.started_sim if c.tx else None, phases, sharing
        )

    def run_electrics(self, c: Connector) -> str:
        """Charge up to now; returns the status the connector should show."""
        now = asyncio.get_running_loop().time()
        seconds = self.clock.sim(max(0.0, now - c.last_run))
        c.last_run = now
        vehicle = c.vehicle
        if c.paused is not None and c.paused[0] <= now < c.paused[1]:
            vehicle = None
        why = c.electrics.run(vehicle, self.limit_w(c), seconds)
        return why or "Charging"

    async def _charge(self, c: Connector, tx: Transaction, plan: Plan) -> None:
        loop = asyncio.get_running_loop()
        wall = self.clock.wall
        depart = tx.start_loop + wall(plan.duration_s) if plan.duration_s is not None else math.inf
        interval: int | None = None
        last_sample = tx.start_loop
        next_sample = math.inf
        await self.set_status(c, self.run_electrics(c))
        while tx.stop_reason is None:
            now_interval = self.config.integer("MeterValueSampleInterval")
            if now_interval != interval:
                interval = now_interval
                next_sample = last_sample + wall(interval) if interval > 0 else math.inf
            now = loop.time()
            edges = [next_sample, depart, now + wall(60)]  # at least every simulated minute: limits follow
            if c.paused is not None:
                edges += [t for t in c.paused if t > now]
            delay = min(edges) - now
            if delay > 0:
                c.wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(c.wake.wait(), delay)
            status = self.run_electrics(c)
            if tx.stop_reason is None:
                await self.set_status(c, status)
            now = loop.time()
            if now >= next_sample - 1e-4 and tx.stop_reason is None:
                self.sample(c, tx)
                last_sample = now
                next_sample = now + wall(interval or 0) if interval else math.inf
            if now >= depart - 1e-4 and tx.stop_reason is None:
                tx.stop_reason = plan.stop_by

    def sample(self, c: Connector, tx: Transaction) -> None:
        e = c.electrics
        readings = e.readings(self.config.csl("MeterValuesSampledData"), c.vehicle)
        self.queue.put(self.proto.meter_tx(c, tx, readings, "Sample.Periodic"))
        energy = e.register_wh - tx.meter_start_wh
        soc = f", SoC {c.vehicle.soc:.0f} %" if self.options.dc and c.vehicle is not None else ""
        what = "charging" if c.status == "Charging" else c.status
        self.emit(
            ev.CHARGING,
            f"{what} {e.power_w / 1000:.1f} kW, {energy / 1000:.1f} kWh{soc}",
            c.id,
            power_w=e.power_w,
            energy_wh=energy,
            soc=c.vehicle.soc if c.vehicle else None,
            transaction=tx.label,
        )

    async def _end(self, c: Connector, tx: Transaction) -> None:
        self.run_electrics(c)
        reason = tx.stop_reason or "Local"
        tx.stop_reason = reason
        e = c.electrics
        tx.meter_stop_wh = e.register_wh
        end = e.readings(self.config.csl("StopTxnSampledData"), c.vehicle)
        self.queue.put(self.proto.stop_tx(c, tx, reason, end))
        self.smart.drop_tx_profiles(c.id)
        c.tx = None
        c.paused = None
        e.power_w = 0.0
        energy = tx.meter_stop_wh - tx.meter_start_wh
        self.stats.sessions += 1
        self.stats.energy_wh += energy
        length = self.clock.sim(asyncio.get_running_loop().time() - tx.start_loop)
        self.emit(
            ev.STOPPED,
            f"transaction {tx.label} stopped ({reason}): {energy / 1000:.2f} kWh in {_fmt_duration(length)}",
            c.id,
            transaction=tx.label,
            reason=reason,
            energy_wh=energy,
        )
        tx.finished.set()
        if reason != "EVDisconnected" and not self._halt.is_set():
            await self.set_status(c, "Finishing")
            await self.clock.wait(self._halt, c.rng.uniform(20, 90))  # the driver unplugs
        c.vehicle = None
        c.busy = False  # unplugged: the connector is free again
        if c.scheduled is not None:
            c.operative, c.scheduled = c.scheduled, None
        if not self.rebooting:
            await self.set_status(c, self.idle_status(c))
        if self._reset_on_idle and all(x.tx is None for x in self.connectors.values()):
            kind, self._reset_on_idle = self._reset_on_idle, None
            self.spawn(self.reboot(kind, "ScheduledReset"), "reset-on-idle")

    def remote_start(
        self,
        connector_id: int | None,
        tag: str,
        profile: dict[str, Any] | None = None,
        remote_start_id: int | None = None,
    ) -> tuple[str, Callable[[], Awaitable[None]] | None]:
        if self.stopping or self.rebooting:
            return "Rejected", None
        if connector_id is None or connector_id == 0:
            c = next((x for x in self.connectors.values() if self.can_start(x, tag)), None)
        else:
            c = self.connectors.get(connector_id)
        if c is None or not self.can_start(c, tag):
            return "Rejected", None
        if profile is not None and profile.get("chargingProfilePurpose") != "TxProfile":
            return "Rejected", None
        c.busy = True
        connector = c

        async def charge() -> None:
            try:
                await self.session(
                    connector,
                    tag,
                    self.plan(connector),
                    remote=True,
                    remote_start_id=remote_start_id,
                    profile=profile,
                )
            finally:
                connector.busy = False

        return "Accepted", charge

    def present_card(self, tag: str, connector_id: int | None = None) -> str:
        """A driver holds ``tag`` to the reader. On a connector charging with that card it ends the transaction
        (stop reason Local); otherwise a vehicle plugs into ``connector_id`` (or the first free connector) and the
        card is authorised as at a real charger (a refused card charges nothing). Returns what happened:
        "stopping", "starting" or "busy" (no free connector)."""
        for c in self.connectors.values():
            if c.tx is not None and c.tx.tag.upper() == tag.upper() and (connector_id in (None, 0, c.id)):
                self.stop_transaction(c, "Local")
                return "stopping"
        free: Connector | None
        if connector_id in (None, 0):
            free = next((x for x in self.connectors.values() if self.can_start(x, tag)), None)
        else:
            free = self.connectors.get(connector_id)
        if free is None or not self.can_start(free, tag) or self.stopping or self.rebooting:
            return "busy"
        connector = free
        connector.busy = True

        async def charge() -> None:
            try:
                await self.session(connector, tag, self.plan(connector))
            finally:
                connector.busy = False

        self.spawn(charge(), f"card-{tag}")
        return "starting"

    def find_tx(self, transaction_id: object) -> Connector | None:
        for c in self.connectors.values():
            if c.tx is not None and (c.tx.transaction_id == transaction_id or c.tx.uid == transaction_id):
                return c
        return None
