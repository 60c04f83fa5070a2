"""A deliberately naive load client built on the ``ocpp`` package, kept to explain issue #7's reference figures.

    python -m bench.naive_client --url ws://127.0.0.1:9000/ocpp --chargers 100 --duration 8

Each charger is an ``ocpp.v16.ChargePoint`` calling ``call()`` in a closed loop (StatusNotification and
Heartbeat in turn) with the package's defaults: it validates and converts every frame it sends and
receives, so it costs more per call than the servers it measures. Against the echo floor it tops out near
issue #7's "floor ≈ 3,900 calls/s" at 100% of a core: that floor measured the client. Use ``bench.load``
for figures.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Sequence

from ocpp.v16 import ChargePoint, call
from ocpp.v16.enums import ChargePointErrorCode, ChargePointStatus
from websockets.asyncio.client import connect
from websockets.typing import Subprotocol


class Window:
    def __init__(self) -> None:
        self.go = asyncio.Event()
        self.count_from = self.stop_at = float("inf")
        self.calls = 0


async def charger(url: str, index: int, window: Window) -> None:
    cp_id = f"NAIVE{index:05d}"
    async with connect(f"{url}/{cp_id}", subprotocols=[Subprotocol("ocpp1.6")], proxy=None) as ws:
        cp = ChargePoint(cp_id, ws)
        reader = asyncio.create_task(cp.start())
        try:
            await cp.call(call.BootNotification(charge_point_model="naive", charge_point_vendor="bench"))
            await window.go.wait()
            status = call.StatusNotification(
                connector_id=1, error_code=ChargePointErrorCode.no_error, status=ChargePointStatus.available
            )
            k = 0
            while (now := time.perf_counter()) < window.stop_at:
                await cp.call(status if k % 2 == 0 else call.Heartbeat())
                k += 1
                if now >= window.count_from:
                    window.calls += 1
        finally:
            reader.cancel()


async def run(url: str, chargers: int, duration: float, warmup: float) -> tuple[float, float]:
    window = Window()
    tasks = [asyncio.create_task(charger(url, i + 1, window)) for i in range(chargers)]
    await asyncio.sleep(3.0)  # connect and boot
    start = time.perf_counter()
    window.count_from, window.stop_at = start + warmup, start + warmup + duration
    cpu0 = time.process_time()
    window.go.set()
    await asyncio.gather(*tasks)
    cpu = time.process_time() - cpu0
    return window.calls / duration, 100.0 * cpu / (time.perf_counter() - start)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.naive_client", description=__doc__.split("\n\n")[0])
    p.add_argument("--url", required=True)
    p.add_argument("--chargers", type=int, default=100)
    p.add_argument("--duration", type=float, default=8.0)
    p.add_argument("--warmup", type=float, default=1.0)
    args = p.parse_args(argv)
    rate, cpu = asyncio.run(run(args.url, args.chargers, args.duration, args.warmup))
    print(f"naive ocpp client: {rate:,.0f} calls/s, client CPU {cpu:.0f}% of a core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
