"""Firmware updates and diagnostics uploads, with their status notifications."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from . import events as ev
from .core import ChargerCore
from .smart import parse_time
from .transfer import TransferError, download, firmware_version, upload


class FileTransferMixin(ChargerCore):
    """Firmware updates and diagnostics uploads, with their status notifications."""

    async def _firmware_status(self, status: str) -> None:
        self.firmware_state = status
        self.emit(ev.FIRMWARE, f"firmware: {status}", status=status)
        await self.proto.firmware_status(status)

    def update_firmware(
        self,
        location: str,
        retrieve: str | None,
        retries: int | None,
        retry_interval: int | None,
        status: Callable[[str], Awaitable[None]] | None = None,
        verify: Callable[[bytes], bool] | None = None,
    ) -> Callable[[], Awaitable[None]]:
        """The update's run, to start after the answer. ``status`` reports each step (default: the version's
        FirmwareStatusNotification); ``verify`` checks the downloaded image (a signed update: SignatureVerified, or
        InvalidSignature and nothing installed)."""

        async def start() -> None:
            if self._firmware_task is not None and not self._firmware_task.done():
                self._firmware_task.cancel()  # a new request replaces the running one
            self._firmware_task = asyncio.current_task()
            await self._update_firmware(
                location, retrieve, retries, retry_interval, status or self._firmware_status, verify
            )

        return start

    async def _update_firmware(
        self,
        location: str,
        retrieve: str | None,
        retries: int | None,
        retry_interval: int | None,
        status: Callable[[str], Awaitable[None]],
        verify: Callable[[bytes], bool] | None,
    ) -> None:
        when = parse_time(retrieve)
        if when is not None:
            await self.clock.sleep((when - self.clock.sim_now()).total_seconds())
        attempts = 1 + max(0, retries if retries is not None else 1)
        data = b""
        for attempt in range(1, attempts + 1):
            await status("Downloading")
            try:
                data = await asyncio.to_thread(download, location, self.options.call_timeout_s)
                break
            except TransferError as e:
                self.error(f"firmware download: {e}")
                await status("DownloadFailed")
                if attempt == attempts:
                    return
                await self.clock.sleep(retry_interval if retry_interval is not None else 60)
        await status("Downloaded")
        if verify is not None:
            if not verify(data):
                await status("InvalidSignature")
                return
            await status("SignatureVerified")
        while any(c.tx is not None for c in self.connectors.values()):  # installed when no one is charging
            await self.clock.sleep(30)
        await status("Installing")
        await self.clock.sleep(30)
        self.firmware_version = firmware_version(location, data, self.firmware_version)
        await status("Installed")
        self.emit(
            ev.FIRMWARE,
            f"firmware {self.firmware_version} installed ({len(data)} bytes)",
            version=self.firmware_version,
        )
        await self.reboot("Reboot", "FirmwareUpdate")

    async def _diagnostics_status(self, status: str) -> None:
        self.diagnostics_state = status
        self.emit(ev.DIAGNOSTICS, f"diagnostics: {status}", status=status)
        await self.proto.diagnostics_status(status)

    def diagnostics_file(self) -> tuple[str, Callable[[], bytes]]:
        name = f"{self.cp_id}-diagnostics-{self.clock.now():%Y%m%dT%H%M%SZ}.log"

        def content() -> bytes:
            lines = [
                f"# {self.options.vendor} {self.model} {self.serial}, firmware {self.firmware_version}, "
                f"OCPP {self.proto.version}",
                f"# charge point {self.cp_id} at {self.url}",
                f"# generated {self.clock.now().isoformat(timespec='seconds')}",
                "",
                "[configuration]",
            ]
            lines += [f"{k} = {v}" for k, v in sorted(self.config.values.items())]
            lines += ["", "[connectors]"]
            for c in self.connectors.values():
                lines.append(
                    f"{c.id}: {c.status} {c.error_code} register {c.electrics.register_wh:.0f} Wh"
                    + (f", transaction {c.tx.label}" if c.tx else "")
                )
            lines += ["", "[events]", *self.recent, ""]
            return "\n".join(lines).encode()

        return name, content

    def get_diagnostics(
        self, location: str, retries: int | None, retry_interval: int | None
    ) -> tuple[str, Callable[[], Awaitable[None]]]:
        name, content = self.diagnostics_file()

        async def start() -> None:
            await self._upload(location, name, content, retries, retry_interval)

        return name, start

    async def _upload(
        self,
        location: str,
        name: str,
        content: Callable[[], bytes],
        retries: int | None,
        retry_interval: int | None,
    ) -> None:
        attempts = 1 + max(0, retries if retries is not None else 1)
        for attempt in range(1, attempts + 1):
            await self._diagnostics_status("Uploading")
            try:
                how = await asyncio.to_thread(upload, location, name, content(), self.options.call_timeout_s)
            except TransferError as e:
                self.error(f"diagnostics upload: {e}")
                if attempt == attempts:
                    await self._diagnostics_status("UploadFailed")
                    return
                await self.clock.sleep(retry_interval if retry_interval is not None else 60)
                continue
            self.emit(ev.DIAGNOSTICS, f"diagnostics {name} uploaded ({how})", file=name)
            await self._diagnostics_status("Uploaded")
            return
