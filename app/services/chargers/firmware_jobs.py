"""Firmware updates and diagnostics uploads over the LAN (no Qt).

A job starts the :class:`~app.services.chargers.file_server.FileServer` (bound to the address the charger reached the
central system on, unless the settings name another), sends UpdateFirmware / GetDiagnostics with the server's
URL, follows the charger's FirmwareStatusNotification / DiagnosticsStatusNotification and stops the server when
the job is done, has failed or heard nothing for ``timeout_s``. The job's link answers only the address the
charger's WebSocket connection comes from (anyone else who reads the URL in the message log gets 403)::

    job = FirmwareJob(central, "HALL-B-1", Path("fw-2.1.0.bin"), on_change=print)
    result = await job.run()          # job.state: done | failed | timeout | cancelled; job.steps, job.message
    job = DiagnosticsJob(central, "HALL-B-1", on_change=print)
    await job.run()
    job.file                          # the received file (under <data dir>/diagnostics/<charger>/)

Both OCPP versions: a 2.0.1 station gets UpdateFirmware / GetLog with the job's ``request_id`` and reports
FirmwareStatusNotification / LogStatusNotification, which the central system turns into the same events (its
own failure names — InvalidSignature, InstallVerificationFailed, PermissionDenied, ... — end the job too).

``run`` raises nothing for what the charger does (refused, offline, timeout, reported failure): the state and
``message`` say it. Errors of the request itself (ChargerOffline, ChargerTimeout, ChargerCallError,
OperationNotSupported, InvalidRequest) end the job as ``failed`` with the error's text in ``message``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import config
from app.ocpp.events import BootReceived, DiagnosticsStatus, Event, FirmwareStatus
from app.ocpp.v201 import mapping as v201_mapping
from app.ocpp.v201.requests import next_id
from app.services.chargers.file_server import FileServer, RequestRecord, Upload, plain_ip
from app.services.chargers.firmware_signature import SignedFirmware
from app.services.chargers.operations import (
    ChargerCallError,
    ChargerOffline,
    ChargerTimeout,
    InvalidReply,
    InvalidRequest,
    OperationNotSupported,
)
from app.services.i18n import translate

__all__ = [
    "DiagnosticsJob",
    "FirmwareJob",
    "Step",
    "TransferJob",
    "charger_facing_address",
    "charger_remote_address",
    "diagnostics_dir",
]

log = logging.getLogger(__name__)

FIRMWARE_STEPS = ("Downloading", "Downloaded", "Installing", "Installed")
FIRMWARE_FAILURES = v201_mapping.FIRMWARE_FAILURES  # the 1.6 ones and 2.0.1's
DIAGNOSTICS_STEPS = ("Uploading", "Uploaded")
DIAGNOSTICS_FAILURES = v201_mapping.LOG_FAILURES
REFUSED = ("Rejected", "InvalidCertificate", "RevokedCertificate")  # 2.0.1 answers to UpdateFirmware / GetLog

# states of a job
IDLE, STARTING, REQUESTED, RUNNING, DONE, FAILED, TIMEOUT, CANCELLED = (
    "idle",
    "starting",
    "requested",
    "running",
    "done",
    "failed",
    "timeout",
    "cancelled",
)
FINISHED = (DONE, FAILED, TIMEOUT, CANCELLED)


def diagnostics_dir(cp_id: str) -> Path:
    """Where diagnostics files of ``cp_id`` are stored: ``<data dir>/diagnostics/<charger>/``."""
    return (
        config.data_dir() / "diagnostics" / (re.sub(r"[^A-Za-z0-9._-]+", "_", cp_id).lstrip(".") or "charger")
    )


def charger_facing_address(central: Any, cp_id: str) -> str | None:
    """The local address of ``cp_id``'s WebSocket connection: the address of this computer the charger can
    reach (None when it is not connected)."""
    cp = central.server.get(cp_id)
    connection = getattr(cp, "_connection", None) if cp is not None else None
    addr = getattr(connection, "local_address", None)
    if not addr:
        return None
    return plain_ip(str(addr[0]))


def charger_remote_address(central: Any, cp_id: str) -> str | None:
    """The address ``cp_id``'s WebSocket connection comes from (None when it is not connected): the only
    address its file server links answer."""
    cp = central.server.get(cp_id)
    connection = getattr(cp, "_connection", None) if cp is not None else None
    addr = getattr(connection, "remote_address", None)
    if not addr:
        return None
    return plain_ip(str(addr[0]))


@dataclass(frozen=True)
class Step:
    status: str  # as the charger reported it (or "Requested", "Received", ...)
    at: dt.datetime
    detail: str = ""


class TransferJob:
    """What firmware and diagnostics jobs share: server, request, status events, timeout."""

    kind = "transfer"
    steps_expected: tuple[str, ...] = ()
    failures: tuple[str, ...] = ()
    event_type: type[Event] = Event

    def __init__(
        self,
        central: Any,
        cp_id: str,
        *,
        port: int | None = None,
        host: str | None = None,
        timeout_s: float | None = None,
        on_change: Callable[[TransferJob], None] | None = None,
    ) -> None:
        settings = getattr(central, "settings", None)
        self.central = central
        self.cp_id = cp_id
        self.port = port if port is not None else int(getattr(settings, "file_server_port", 0) or 0)
        self.host = host if host is not None else str(getattr(settings, "file_server_host", "") or "")
        self.timeout_s = timeout_s if timeout_s is not None else self.default_timeout_s
        self.on_change = on_change
        self.state = IDLE
        self.steps: list[Step] = []
        self.client: str | None = (
            None  # the address the charger connected from: the only one its link answers
        )
        self.message = ""
        self.url = ""
        self.server: FileServer | None = None
        self.started_at: dt.datetime | None = None
        self.finished_at: dt.datetime | None = None
        self.request_id = next_id()  # the 2.0.1 requestId (1.6 has none)
        self._events: asyncio.Queue[Any] = asyncio.Queue()
        self._task: asyncio.Task[Any] | None = None
        self._cancel_requested = False

    default_timeout_s = 600.0

    # --- for the console -----------------------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return self.state in FINISHED

    @property
    def progress(self) -> int:
        """How many of ``steps_expected`` have been reached (the last one reached counts its predecessors)."""
        reached = [
            self.steps_expected.index(s.status) + 1 for s in self.steps if s.status in self.steps_expected
        ]
        return max(reached, default=0)

    @property
    def last_status(self) -> str:
        return self.steps[-1].status if self.steps else ""

    def cancel(self) -> None:
        """Stop waiting (the charger may go on; the server stops, so it cannot download or upload any more)."""
        if self._task is not None and not self._task.done() and not self.finished:
            self._cancel_requested = True
            self._task.cancel()

    # --- running -------------------------------------------------------------------------------------------

    async def run(self) -> TransferJob:
        self._task = asyncio.current_task()
        self.started_at = dt.datetime.now(dt.UTC)
        self._set(STARTING, translate("FirmwareJobs", "starting the file server"))
        unsubscribe = self.central.subscribe(self._on_event, self.event_type, BootReceived)
        try:
            if not self.central.is_connected(self.cp_id):
                raise ChargerOffline(
                    translate("FirmwareJobs", "{cp_id} is not connected").format(cp_id=self.cp_id)
                )
            await self._start_server()
            self._prepare()
            answer = await self._request()
            self._step("Requested", self._answer_detail(answer))
            if self._finished_by_answer(answer):
                return self
            self._set(REQUESTED, translate("FirmwareJobs", "waiting for the charger"))
            await self._follow()
        except asyncio.CancelledError:
            self._set(CANCELLED, translate("FirmwareJobs", "cancelled: the file server was stopped"))
            if not self._cancel_requested:
                raise  # shutting down
            if self._task is not None:
                self._task.uncancel()
        except (
            ChargerOffline,
            ChargerTimeout,
            ChargerCallError,
            OperationNotSupported,
            InvalidRequest,
            InvalidReply,
        ) as e:
            self._set(FAILED, _describe(e))
        except OSError as e:
            self._set(
                FAILED,
                translate(
                    "FirmwareJobs", "the file server could not start on {host} port {port}: {error}"
                ).format(
                    host=self.host or translate("FirmwareJobs", "the charger-facing address"),
                    port=self.port or translate("FirmwareJobs", "any"),
                    error=e.strerror or e,
                ),
            )
        finally:
            unsubscribe()
            self._cleanup()
            if self.server is not None:
                server, self.server = self.server, None
                server.on_request[:] = [cb for cb in server.on_request if cb != self._on_request]
                await server.release()
            self.finished_at = dt.datetime.now(dt.UTC)
            self._notify()
        return self

    async def _start_server(self) -> None:
        facing = charger_facing_address(self.central, self.cp_id)
        self.client = charger_remote_address(self.central, self.cp_id)
        advertised = self.host or facing
        if not advertised or not self.client:
            raise ChargerOffline(
                translate("FirmwareJobs", "{cp_id} is not connected").format(cp_id=self.cp_id)
            )
        bind = facing or "0.0.0.0"
        try:
            self.server = await FileServer.lease(bind_host=bind, port=self.port, advertised_host=advertised)
        except OSError:
            if bind == "0.0.0.0":
                raise
            # the address is not one of this computer's (a named host, NAT): listen on every interface
            self.server = await FileServer.lease(
                bind_host="0.0.0.0", port=self.port, advertised_host=advertised
            )
        self.server.on_request.append(self._on_request)

    def _on_event(self, event: Any) -> None:
        if event.cp_id == self.cp_id:
            self._events.put_nowait(event)

    def _on_request(self, record: RequestRecord) -> None:
        pass

    async def _follow(self) -> None:
        while not self.finished:
            try:
                event = await asyncio.wait_for(self._events.get(), self.timeout_s)
            except TimeoutError:
                self._timed_out()
                return
            self._handle(event)

    def _timed_out(self) -> None:
        if self.last_status:
            message = translate("FirmwareJobs", "no news from {cp_id} for {duration} (last status: {status})")
        else:
            message = translate("FirmwareJobs", "no news from {cp_id} for {duration}")
        self._set(
            TIMEOUT,
            message.format(cp_id=self.cp_id, duration=_duration(self.timeout_s), status=self.last_status),
        )

    # --- to be defined by the job -------------------------------------------------------------------------

    def _prepare(self) -> None: ...

    async def _request(self) -> dict[str, Any]:
        raise NotImplementedError

    def _answer_detail(self, answer: dict[str, Any]) -> str:
        return ""

    def _finished_by_answer(self, answer: dict[str, Any]) -> bool:
        return self._refused(answer)

    def _refused(self, answer: dict[str, Any]) -> bool:
        """A 2.0.1 answer with a refusing status ends the job (1.6 answers have no status)."""
        status = answer.get("status")
        if status in REFUSED:
            why = (answer.get("statusInfo") or {}).get("reasonCode")
            if why:
                message = translate("FirmwareJobs", "{cp_id} refused the request: {status} ({why})")
            else:
                message = translate("FirmwareJobs", "{cp_id} refused the request: {status}")
            self._set(FAILED, message.format(cp_id=self.cp_id, status=status, why=why))
            return True
        return False

    def _handle(self, event: Any) -> None: ...

    def _cleanup(self) -> None:
        if self.server is not None and self.url:
            self.server.withdraw(self.url)

    # --- state ---------------------------------------------------------------------------------------------

    def _step(self, status: str, detail: str = "", at: dt.datetime | None = None) -> None:
        self.steps.append(Step(status, at or dt.datetime.now(dt.UTC), detail))
        self._notify()

    def _set(self, state: str, message: str) -> None:
        self.state, self.message = state, message
        log.info("%s %s job: %s (%s)", self.cp_id, self.kind, state, message)
        self._notify()

    def _notify(self) -> None:
        if self.on_change is not None:
            try:
                self.on_change(self)
            except Exception:
                log.exception("%s job listener failed", self.kind)


class FirmwareJob(TransferJob):
    """UpdateFirmware with the file served from this computer; done at Installed (or when the charger boots
    again with another firmware version after Downloaded, for chargers that report Installed late or never).

    With ``signed`` (checked by :func:`~app.services.chargers.firmware_signature.check`) it is a secure update:
    1.6 SignedUpdateFirmware (security extension; the charger answers with SignedFirmwareStatusNotifications,
    SignatureVerified or InvalidSignature among them) or 2.0.1 UpdateFirmware with the signature."""

    kind = "firmware"
    steps_expected = FIRMWARE_STEPS
    failures = FIRMWARE_FAILURES
    event_type = FirmwareStatus
    default_timeout_s = 1800.0

    def __init__(
        self,
        central: Any,
        cp_id: str,
        firmware: Path,
        *,
        retries: int | None = None,
        retry_interval: int | None = None,
        signed: SignedFirmware | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(central, cp_id, **kwargs)
        self.firmware = Path(firmware)
        self.signed = signed
        self.retries = retries
        self.retry_interval = retry_interval
        self.size = 0
        self.downloaded = 0
        self.version_before = ""
        self.version_after = ""

    def _prepare(self) -> None:
        assert self.server is not None
        try:
            self.size = self.firmware.stat().st_size
        except OSError as e:
            raise InvalidRequest(
                translate("FirmwareJobs", "cannot read the firmware file {path}: {error}").format(
                    path=self.firmware, error=e.strerror or e
                )
            ) from None
        if not self.firmware.is_file():
            raise InvalidRequest(translate("FirmwareJobs", "{path} is not a file").format(path=self.firmware))
        state = next((c for c in self.central.chargers() if c.cp_id == self.cp_id), None)
        self.version_before = state.boot.firmware_version if state is not None and state.boot else ""
        self.url = self.server.share_file(self.firmware, client=self.client)

    async def _request(self) -> dict[str, Any]:
        ops = self.central.operations
        answer: dict[str, Any]
        if self.signed is not None:
            answer = await ops.signed_update_firmware(
                self.cp_id,
                self.url,
                self.signed.certificate_pem,
                self.signed.signature_b64,
                dt.datetime.now(dt.UTC),
                self.retries,
                self.retry_interval,
                request_id=self.request_id,
            )
            return answer
        answer = await ops.update_firmware(
            self.cp_id,
            self.url,
            dt.datetime.now(dt.UTC),
            self.retries,
            self.retry_interval,
            request_id=self.request_id,
        )
        return answer

    def _answer_detail(self, answer: dict[str, Any]) -> str:
        values = {
            "status": answer.get("status"),
            "file": self.firmware.name,
            "size": _size(self.size),
            "url": self.url,
            "signer": self.signed.signer if self.signed is not None else "",
        }
        if self.signed is not None and answer.get("status"):
            text = translate("FirmwareJobs", "{status}: {file} ({size}, signed by {signer}) at {url}")
        elif self.signed is not None:
            text = translate("FirmwareJobs", "{file} ({size}, signed by {signer}) at {url}")
        elif answer.get("status"):
            text = translate("FirmwareJobs", "{status}: {file} ({size}) at {url}")
        else:
            text = translate("FirmwareJobs", "{file} ({size}) at {url}")
        return text.format(**values)

    def _on_request(self, record: RequestRecord) -> None:
        if record.method == "GET" and record.status in (200, 206):
            self.downloaded += record.bytes
            self._step(
                "Served",
                (
                    translate("FirmwareJobs", "{client} downloaded {size}")
                    if record.status == 200
                    else translate("FirmwareJobs", "{client} downloaded {size} (part)")
                ).format(client=record.client, size=_size(record.bytes)),
            )

    def _handle(self, event: Any) -> None:
        if isinstance(event, FirmwareStatus):
            status = event.status
            if status == "Idle":
                return  # before it starts, or a charger done with an earlier job
            self._step(status, at=event.at)
            if status == "Installed":
                self._set(
                    DONE,
                    translate("FirmwareJobs", "{cp_id} installed {file}; it restarts now").format(
                        cp_id=self.cp_id, file=self.firmware.name
                    ),
                )
            elif status in self.failures:
                self._set(
                    FAILED,
                    (
                        translate(
                            "FirmwareJobs",
                            "{cp_id} reported {status}: it could not download the file from this computer "
                            "(firewall? address?)",
                        )
                        if status == "DownloadFailed"
                        else translate("FirmwareJobs", "{cp_id} reported {status}")
                    ).format(cp_id=self.cp_id, status=status),
                )
            else:
                self._set(RUNNING, status)
        elif isinstance(event, BootReceived):
            self.version_after = event.firmware_version
            if (
                self.progress >= 2
                and event.firmware_version
                and event.firmware_version != self.version_before
            ):
                self._step(
                    "Installed",
                    translate("FirmwareJobs", "reported by the restart: firmware {version}").format(
                        version=event.firmware_version
                    ),
                    event.at,
                )
                self._set(
                    DONE,
                    translate("FirmwareJobs", "{cp_id} restarted with firmware {version}").format(
                        cp_id=self.cp_id, version=event.firmware_version
                    ),
                )


class DiagnosticsJob(TransferJob):
    """GetDiagnostics with an upload URL on this computer; done when the file has arrived (and the charger
    said Uploaded, or a moment after the file arrived for chargers that say nothing).

    With ``log_type`` (``DiagnosticsLog`` or ``SecurityLog``) it is a GetLog instead: the 1.6 security
    extension's (whitepaper N01, LogStatusNotification with the job's requestId) or 2.0.1's."""

    kind = "diagnostics"
    steps_expected = DIAGNOSTICS_STEPS
    failures = DIAGNOSTICS_FAILURES
    event_type = DiagnosticsStatus
    default_timeout_s = 600.0
    grace_s = 10.0  # Uploaded without a file yet / a file without Uploaded: how long to wait for the other

    def __init__(
        self,
        central: Any,
        cp_id: str,
        *,
        start_time: dt.datetime | None = None,
        stop_time: dt.datetime | None = None,
        retries: int | None = None,
        retry_interval: int | None = None,
        directory: Path | None = None,
        log_type: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(central, cp_id, **kwargs)
        self.log_type = log_type
        self.start_time, self.stop_time = start_time, stop_time
        self.retries, self.retry_interval = retries, retry_interval
        self.directory = directory or diagnostics_dir(cp_id)
        self.file: Path | None = None
        self.file_name = ""  # what the charger said it would upload
        self._uploaded_said = False

    def _prepare(self) -> None:
        assert self.server is not None
        self.url, _ = self.server.accept_uploads(self.directory, self._received, client=self.client)

    def _received(self, upload: Upload) -> None:
        self._events.put_nowait(upload)

    async def _request(self) -> dict[str, Any]:
        ops = self.central.operations
        window = (self.retries, self.retry_interval, self.start_time, self.stop_time)
        answer: dict[str, Any] = (
            await ops.get_log(self.cp_id, self.url, self.log_type, *window, request_id=self.request_id)
            if self.log_type is not None
            else await ops.get_diagnostics(self.cp_id, self.url, *window, request_id=self.request_id)
        )
        return answer

    def _answer_detail(self, answer: dict[str, Any]) -> str:
        self.file_name = str(answer.get("fileName") or answer.get("filename") or "")  # 1.6 / 2.0.1 GetLog
        if not self.file_name:
            return ""
        return translate("FirmwareJobs", "the charger will upload {file}").format(file=self.file_name)

    def _finished_by_answer(self, answer: dict[str, Any]) -> bool:
        if self._refused(answer):
            return True
        if answer.get("status") is None and not answer.get(
            "fileName"
        ):  # GetDiagnostics; GetLog's is optional
            self._set(
                DONE,
                translate(
                    "FirmwareJobs", "{cp_id} has no diagnostics to upload (no file name in its answer)"
                ).format(cp_id=self.cp_id),
            )
            return True
        return False

    async def _follow(self) -> None:
        while not self.finished:
            waiting_for_other = self.file is not None or self._uploaded_said
            timeout = self.grace_s if waiting_for_other else self.timeout_s
            try:
                event = await asyncio.wait_for(self._events.get(), timeout)
            except TimeoutError:
                if self.file is not None:
                    self._finish()
                elif self._uploaded_said:
                    self._set(
                        FAILED,
                        translate(
                            "FirmwareJobs", "{cp_id} reported Uploaded, but no file arrived here"
                        ).format(cp_id=self.cp_id),
                    )
                else:
                    self._timed_out()
                return
            self._handle(event)

    def _handle(self, event: Any) -> None:
        if isinstance(event, Upload):
            self.file = event.path
            self._step(
                "Received",
                translate("FirmwareJobs", "{file}, {size} by {method} from {client}").format(
                    file=event.path.name, size=_size(event.size), method=event.method, client=event.client
                ),
                event.at,
            )
            if self._uploaded_said:
                self._finish()
            else:
                self._set(RUNNING, translate("FirmwareJobs", "file received"))
        elif isinstance(event, DiagnosticsStatus):
            status = event.status
            if status == "Idle":
                return
            self._step(status, at=event.at)
            if status == "Uploaded":
                self._uploaded_said = True
                if self.file is not None:
                    self._finish()
            elif status in self.failures:
                self._set(
                    FAILED,
                    (
                        translate(
                            "FirmwareJobs",
                            "{cp_id} reported {status}: it could not upload to this computer (firewall? address?)",
                        )
                        if status == "UploadFailed"
                        else translate("FirmwareJobs", "{cp_id} reported {status}")
                    ).format(cp_id=self.cp_id, status=status),
                )
            else:
                self._set(RUNNING, status)

    def _finish(self) -> None:
        assert self.file is not None
        if self.log_type == "SecurityLog":
            text = translate("FirmwareJobs", "{cp_id} uploaded its security log: {file}")
        else:
            text = translate("FirmwareJobs", "{cp_id} uploaded its diagnostics: {file}")
        self._set(DONE, text.format(cp_id=self.cp_id, file=self.file.name))


def _describe(e: BaseException) -> str:
    return str(e) or type(e).__name__


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} kB"
    return translate("FirmwareJobs", "{count} bytes").format(count=n)


def _duration(seconds: float) -> str:
    if seconds >= 120:
        return f"{seconds / 60:.0f} min"
    return f"{seconds:g} s"
