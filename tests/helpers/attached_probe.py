"""An attached console without a window, in its own process: ``python -m tests.helpers.attached_probe URL``.

It attaches to the site's central system (:class:`RemoteCentral`) and prints one JSON line per event it hears
(``{"type": ..., "cp_id": ..., ...}``) after a first ``{"type": "ready", "host": ...}`` line; it stops at EOF on
its standard input. The GUI test of team mode reads it as the second attached console."""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

from app.services.central.site_bus import RemoteCentral
from app.services.store import open_database


def _line(event: Any) -> str:
    fields = {k: getattr(event, k) for k in getattr(event, "__dataclass_fields__", {})}
    return json.dumps({"type": type(event).__name__, **fields}, default=str)


async def main(url: str) -> None:
    database = open_database(url)
    central = RemoteCentral(database, requested_by="probe")
    central.subscribe(lambda e: print(_line(e), flush=True))
    await central.start()
    print(json.dumps({"type": "ready", "host": central.host}), flush=True)
    await asyncio.to_thread(sys.stdin.read)  # until the test closes our input
    await central.stop()
    database.dispose()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
