"""The connection life cycle: connect (HTTP Basic), boot, heartbeats, reconnect with backoff, reboot."""

from __future__ import annotations

import asyncio
import base64
import contextlib

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import InvalidHandshake, InvalidStatus

from . import events as ev
from .core import ChargerCore
from .wire import CallError, CallTimeout, ConnectionLost, Link


def basic_auth(username: str, password: str) -> str:
    token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
    return f"Basic {token}"


class ConnectionMixin(ChargerCore):
    """The connection life cycle: connect (HTTP Basic), boot, heartbeats, reconnect with backoff, reboot."""

    async def run(self) -> None:
        """Connect, boot, charge and answer until :meth:`shutdown` (or a Rejected boot)."""
        loop = asyncio.get_running_loop()
        for c in self.connectors.values():
            c.last_run = loop.time()
        self.spawn(self.queue.run(), "tx-queue")
        scenario = self.options.scenario
        if scenario == "charge" or (scenario == "mixed" and self.rng.random() >= 0.3):
            for c in self.connectors.values():
                self.spawn(self._drive(c), f"drive-{c.id}")
        backoff = self.options.reconnect_initial_s
        try:
            while not self._stop.is_set():
                ws = await self._connect()
                if ws is not None:
                    backoff = self.options.reconnect_initial_s
                    await self._serve(ws)
                    if self._stop.is_set():
                        break
                    if self._reboot.is_set():
                        self._reboot.clear()
                        await self._restart()
                        continue
                delay = backoff * self.rng.uniform(0.8, 1.2)
                if ws is not None:
                    self.emit(ev.DISCONNECTED, f"connection lost; reconnecting in {delay:.1f} s")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), delay)
                backoff = min(backoff * 2, self.options.reconnect_max_s)
        finally:
            self.online.clear()
            tasks = [t for t in self._tasks if t is not asyncio.current_task()]
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            self.emit(
                ev.STOPPED_CHARGER,
                f"stopped{': ' + self.finished_reason if self.finished_reason else ''}",
                reason=self.finished_reason,
            )

    async def shutdown(self, stop_transactions: bool = True, timeout: float = 10.0) -> None:
        """Stop the scenario; end running transactions properly first (their stop delivered if online)."""
        if self.stopping:
            self._stop.set()
            return
        self.stopping = True
        self._halt.set()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        running = [c for c in self.connectors.values() if c.tx is not None]
        if stop_transactions and running:
            for c in running:
                self.stop_transaction(c, "Local")
            waits = [asyncio.ensure_future(c.tx.finished.wait()) for c in running if c.tx is not None]
            if waits:
                await asyncio.wait(waits, timeout=max(0.1, deadline - loop.time()))
                for w in waits:
                    w.cancel()
        if stop_transactions and self.online.is_set() and len(self.queue):
            await self.queue.drain(max(0.1, deadline - loop.time()))
        if len(self.queue):
            self.error(f"{len(self.queue)} transaction message(s) not delivered at exit")
        if not self.finished_reason:
            self.finished_reason = "shut down"
        self._stop.set()

    async def _connect(self) -> ClientConnection | None:
        headers = {}
        if self.options.password is not None:
            headers["Authorization"] = basic_auth(self.cp_id, self.options.password)
        ping = self.config.integer("WebSocketPingInterval")
        try:
            ws = await connect(
                self.url,
                subprotocols=[self.proto.subprotocol],  # type: ignore[list-item]
                additional_headers=headers,
                open_timeout=min(30.0, self.options.call_timeout_s),
                ping_interval=ping or None,
                ping_timeout=ping or None,
                close_timeout=2,
                proxy=None,
                ssl=(self.options.ssl_context or True) if self.url.startswith("wss:") else None,
                user_agent_header=f"ChargeDesk-VirtualCharger/{self.firmware_version}",
                compression=None,
            )
        except InvalidStatus as e:
            self._connect_failed(f"refused with HTTP {e.response.status_code}")
            return None
        except (OSError, InvalidHandshake, TimeoutError, ValueError) as e:  # ValueError: a malformed URL
            self._connect_failed(f"cannot connect: {e or type(e).__name__}")
            return None
        if ws.subprotocol not in (self.proto.subprotocol, None):
            await ws.close()
            self._connect_failed(f"the central system chose subprotocol {ws.subprotocol}")
            return None
        self._failure = ""
        return ws

    def _connect_failed(self, reason: str) -> None:
        if reason != self._failure:  # reported once, not on every retry
            self._failure = reason
            self.error(f"{self.url}: {reason}")

    async def _serve(self, ws: ClientConnection) -> None:
        link = Link(
            ws,
            self._dispatch,
            self.spawn,
            version=self.proto.version,
            timeout=self.options.call_timeout_s,
            on_lost=self.online.clear,
        )
        self.link = link
        self.stats.connections += 1
        self.emit(ev.CONNECTED, f"connected ({ws.subprotocol or 'no subprotocol'})")
        receiving = asyncio.ensure_future(link.run())
        session = asyncio.ensure_future(self._session_on(link))
        stop = asyncio.ensure_future(self._stop.wait())
        reboot = asyncio.ensure_future(self._reboot.wait())
        try:
            await asyncio.wait({receiving, session, stop, reboot}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            self.online.clear()
            for t in (session, stop, reboot):
                t.cancel()
            await link.close()
            await asyncio.gather(receiving, session, stop, reboot, return_exceptions=True)
            self.link = None
        if session.done() and not session.cancelled() and session.exception() is not None:
            self.error(f"internal: {session.exception()!r}")

    async def _session_on(self, link: Link) -> None:
        try:
            if self.need_boot or self.registration != "Accepted":
                if not await self._boot():
                    return
            await self._announce()
            inlet = (
                self.spawn(self._inlet_reports(), "inlet") if self.options.inlet_base_a is not None else None
            )
            try:
                await self._heartbeats(link)
            finally:
                if inlet is not None:
                    inlet.cancel()
        except ConnectionLost:
            return

    async def _announce(self) -> None:
        """Every connector's status after (re)connecting, then open the gate for other messages (statuses that
        change meanwhile are sent too: the loop ends when what was sent is what is)."""
        await self.proto.charger_status(force=True)
        sent: dict[int, tuple[str, str]] = {}
        while changed := [c for c in self.connectors.values() if sent.get(c.id) != (c.status, c.error_code)]:
            for c in changed:
                sent[c.id] = (c.status, c.error_code)
                await self.proto.send_status(c)
        self.online.set()

    async def _boot(self) -> bool:
        while True:
            self._boot_now.clear()
            try:
                status, interval = await self.proto.boot(self.boot_reason)
            except (CallError, CallTimeout) as e:
                self.error(f"BootNotification: {e}")
                await self.clock.wait(self._boot_now, 60)
                continue
            if not await self._registered(status, interval):
                return False
            if status == "Accepted":
                return True
            await self.clock.wait(self._boot_now, interval or 60)

    async def _registered(self, status: str, interval: int, *, triggered: bool = False) -> bool:
        self.stats.boots += 1
        self.registration = self.stats.registration = status
        extra = (
            f" (heartbeat every {interval} s)"
            if status == "Accepted"
            else f" (asking again in {interval or 60} s)"
            if status == "Pending"
            else ""
        )
        self.emit(
            ev.BOOTED,
            f"booted: {status}{extra}",
            status=status,
            interval=interval,
            firmware=self.firmware_version,
        )
        if status == "Accepted":
            self.need_boot = False
            if not triggered:
                self.security_after_boot(self.boot_reason)
            self.boot_reason = "PowerUp"
            wants_certificate = (
                self.options.sign_certificate_at_boot and self.certificates.certificate is None
            )
            sign = getattr(self.proto, "sign_certificate", None)  # both versions' A03
            if wants_certificate and self.certificates.key is None and sign is not None:
                self.spawn(sign(), "sign-certificate")  # A03: its own request
            if interval > 0:
                self.config.values["HeartbeatInterval"] = str(interval)
                self._hb_wake.set()
            return True
        if status == "Rejected":
            self.error("the central system rejected the registration; stopping")
            self.finished_reason = "registration rejected"
            self.stopping = True
            self._halt.set()
            self._stop.set()
            return False
        return True

    async def boot_triggered(self) -> None:
        """TriggerMessage BootNotification."""
        if self.registration != "Accepted":
            self._boot_now.set()
            return
        try:
            status, interval = await self.proto.boot("Triggered")
        except (CallError, CallTimeout, ConnectionLost) as e:
            self.error(f"BootNotification: {e}")
            return
        if status == "Pending":
            self.online.clear()
            self.need_boot = True
            self._reboot.set()  # reconnect and register again (no reboot time, nothing is stopped)
        await self._registered(status, interval, triggered=True)

    async def _inlet_reports(self) -> None:
        """The supply (Location=Inlet) on connector 0 every ClockAlignedDataInterval seconds while connected."""
        while True:
            interval = self.config.integer("ClockAlignedDataInterval")
            if await self.clock.wait(self._halt, interval if interval > 0 else 60):
                return
            if interval > 0:
                try:
                    await self.proto.inlet_now("Sample.Clock")
                except (CallError, CallTimeout) as e:
                    self.error(f"MeterValues (Inlet): {e}")
                except ConnectionLost:
                    return

    async def _heartbeats(self, link: Link) -> None:
        while True:
            self._hb_wake.clear()
            interval = self.config.integer("HeartbeatInterval")
            if await self.clock.wait(self._hb_wake, interval if interval > 0 else None):
                continue
            await self.heartbeat()

    async def heartbeat(self) -> None:
        try:
            await self.proto.heartbeat()
        except (CallError, CallTimeout) as e:
            self.error(f"Heartbeat: {e}")

    async def reboot(self, stop_reason: str, boot_reason: str) -> None:
        """Reset / firmware installed: stop transactions, deliver what is queued, go away, boot again."""
        if self.rebooting or self.stopping:
            return
        self.rebooting = True
        self._halt.set()
        self.emit(ev.REBOOT, f"rebooting ({boot_reason})", reason=boot_reason)
        running = [c for c in self.connectors.values() if c.tx is not None]
        for c in running:
            self.stop_transaction(c, stop_reason)
        waits = [asyncio.ensure_future(c.tx.finished.wait()) for c in running if c.tx is not None]
        if waits:
            await asyncio.wait(waits, timeout=10)
            for w in waits:
                w.cancel()
        if self.online.is_set():
            await self.queue.drain(5.0)
        self.boot_reason = boot_reason
        self.security_before_reboot(boot_reason)
        self.need_boot = True
        self._reboot.set()

    async def _restart(self) -> None:
        """After a reboot the connectors come back as configured, reservations and Tx profiles are gone (a
        re-registration without reboot, after a triggered boot answered Pending, keeps everything)."""
        self.registration = ""
        if self.rebooting:
            removed = getattr(self.proto, "reservation_removed", None)  # 2.0.1 ReservationStatusUpdate
            for c in self.connectors.values():
                c.vehicle = None
                if c.reservation is not None and removed is not None:
                    self.spawn(removed(c.reservation.id), "reservation-removed")  # sent once online again
                c.reservation = None
                c.paused = None
                c.fault = None
                c.wake.set()
                self.smart.drop_tx_profiles(c.id)
                c.status, c.error_code = self.idle_status(c), "NoError"
            await self.clock.sleep(self.options.reboot_s)
            self.rebooting = False
        if not self.stopping:
            self._halt.clear()
