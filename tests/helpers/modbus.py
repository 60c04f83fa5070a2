"""A Modbus TCP energy meter for tests: pymodbus's own simulator server (a real TCP server on 127.0.0.1) whose
registers the test sets, and the registers a meter of a given register map holds for given currents."""

from __future__ import annotations

import math
from collections.abc import Callable

from pymodbus.client import AsyncModbusTcpClient
from pymodbus.server import ModbusTcpServer
from pymodbus.simulator import DataType, SimData, SimDevice

from app.services.load.meter import RegisterMap

_TYPES = {
    "float32": AsyncModbusTcpClient.DATATYPE.FLOAT32,
    "int32": AsyncModbusTcpClient.DATATYPE.INT32,
    "uint32": AsyncModbusTcpClient.DATATYPE.UINT32,
}


def encode(m: RegisterMap, amps: tuple[float, float, float]) -> dict[int, int]:
    """The registers a meter of map ``m`` holds when it measures ``amps``."""
    regs: dict[int, int] = {}
    for address, a in zip(m.addresses, amps, strict=True):
        raw: float | int = a / m.scale if m.datatype == "float32" else round(a / m.scale)
        if isinstance(raw, float) and math.isnan(raw):
            raw = a
        words = AsyncModbusTcpClient.convert_to_registers(
            raw, _TYPES[m.datatype], word_order="little" if m.word_order == "little" else "big"
        )
        regs[address], regs[address + 1] = words
    return regs


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class SimMeter:
    """pymodbus's simulator serving one device (unit 1) whose registers ``regs`` the test sets (or, with
    ``reading``, the registers of the currents it returns at each request); ``reads`` counts the requests it
    answered."""

    def __init__(
        self, m: RegisterMap, reading: Callable[[], tuple[float, float, float]] | None = None
    ) -> None:
        self.map = m
        self.regs: dict[int, int] = {}
        self.reading = reading
        self.reads = 0
        self.port = 0
        self.server: ModbusTcpServer | None = None

    async def _action(
        self, function_code: int, start: int, address: int, count: int, current: list[int], values: object
    ) -> None:
        self.reads += 1
        regs = encode(self.map, self.reading()) if self.reading is not None else self.regs
        for a, v in regs.items():
            if 0 <= a - start < len(current):
                current[a - start] = v

    async def start(self) -> None:
        block = SimData(self.map.first, count=self.map.count, values=0, datatype=DataType.REGISTERS)
        device = SimDevice(id=1, simdata=[block], action=self._action)
        self.server = ModbusTcpServer(device, address=("127.0.0.1", self.port))
        await self.server.serve_forever(background=True)
        self.port = self.server.transport.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self.server is not None:
            await self.server.shutdown()
            self.server = None
