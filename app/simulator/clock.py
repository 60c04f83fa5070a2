"""Simulated time. ``speed`` compresses every interval a charger waits for (heartbeat, meter value sampling,
session lengths, reboot time, Pending retry, reservation expiry): at ``speed=60`` a minute passes in a second and
energy is accumulated over the simulated minute. Timestamps on the wire stay real UTC (a central system rightly
distrusts a clock that runs ahead), so a compressed charge shows its real power with an energy that grows faster
than the wall clock would allow; network timeouts and reconnect backoff are not compressed either."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import time


class SimClock:
    def __init__(self, speed: float = 1.0) -> None:
        if not speed > 0:
            raise ValueError("speed must be > 0")
        self.speed = float(speed)
        self._mono0 = time.monotonic()
        self._wall0 = dt.datetime.now(dt.UTC)

    @staticmethod
    def now() -> dt.datetime:
        """Real UTC now: what goes into timestamps."""
        return dt.datetime.now(dt.UTC)

    def sim_now(self) -> dt.datetime:
        """The simulated time (charging schedules and retrieve dates are read against it)."""
        return self._wall0 + dt.timedelta(seconds=(time.monotonic() - self._mono0) * self.speed)

    def wall(self, sim_seconds: float) -> float:
        """Real seconds for ``sim_seconds`` of simulated time."""
        return max(0.0, sim_seconds) / self.speed

    def sim(self, wall_seconds: float) -> float:
        return wall_seconds * self.speed

    async def sleep(self, sim_seconds: float) -> None:
        await asyncio.sleep(self.wall(sim_seconds))

    async def wait(self, event: asyncio.Event, sim_seconds: float | None) -> bool:
        """Wait for ``event`` at most ``sim_seconds`` (None: without limit); True if it is set."""
        if event.is_set():
            return True
        if sim_seconds is None:
            await event.wait()
            return True
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), self.wall(sim_seconds))
        return event.is_set()


def iso(value: dt.datetime) -> str:
    """``2026-03-29T10:15:00.123Z``: UTC with milliseconds."""
    value = value.astimezone(dt.UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"
