"""The version-neutral charge point connection: framing, routing, error answers, flood control, outgoing calls.

A subclass per OCPP version (``v16.ChargePoint16``, ``v201``...) declares its error codes, its known actions and
its handlers with :func:`handles`. Handlers receive the payload as the charger sent it (camelCase dict, already
validated against the package's schema) and return the reply payload; the base class does the rest:

* messages of one charger are handled one after another (the next frame is read only when the reply is sent),
  behind a token bucket that *delays* a flooding charger (backpressure) instead of dropping its frames;
* every frame in and out is handed to ``backend.log_frame`` and the event bus (``FrameLogged``);
* bad frames get the version's CallError and the connection stays up (see :mod:`app.ocpp.frames`);
* outgoing calls (:meth:`ChargePointBase.request`) go one at a time per charger, are answered through futures
  keyed by message id, time out after ``call_timeout_s`` and fail with :class:`ChargerOffline` when the socket
  closes. A handler never awaits a call to its own charger (it would wait for a reply the receive loop cannot
  read): follow-up actions are scheduled with :meth:`ChargePointBase.spawn`.

We subclass the ``ocpp`` package's ChargePoint (and keep its ``call()`` working) but replace its routing: the
package converts every key camelCase ↔ snake_case with regexes both ways, inspects handler signatures and
validates its own replies on every message, which is most of its cost.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
import uuid
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from ocpp.charge_point import ChargePoint as LibraryChargePoint
from ocpp.charge_point import camel_to_snake_case, remove_nones, serialize_as_dict, snake_to_camel_case
from ocpp.exceptions import OCPPError
from websockets.exceptions import ConnectionClosed

from .backend import Backend, BackendUnavailable
from .events import EventBus, FrameLogged
from .frames import (
    CALL,
    CALL_ERROR,
    CALL_RESULT,
    ErrorCodes,
    Frame,
    FrameError,
    dumps,
    parse_frame,
    redact_secrets,
    validate,
)
from .values import iso, parse_time, plausible

log = logging.getLogger(__name__)

T = TypeVar("T")
Handler = Callable[[Any, dict[str, Any], "CallContext"], Awaitable[dict[str, Any]]]


class ChargerOffline(Exception):
    """The charger is not connected (or the connection closed while we waited for its answer)."""


class ChargerTimeout(TimeoutError):
    """The charger did not answer in time."""


class ChargerCallError(Exception):
    """The charger answered our call with a CallError."""

    def __init__(self, cp_id: str, action: str, code: str, description: str, details: Any = None) -> None:
        super().__init__(f"{cp_id} refused {action}: {code} {description}".strip())
        self.cp_id, self.action, self.code, self.description, self.details = (
            cp_id,
            action,
            code,
            description,
            details,
        )


class InvalidRequest(ValueError):
    """The request we were asked to send does not satisfy the schema (nothing was sent)."""


class InvalidReply(Exception):
    """The charger's answer does not satisfy the schema (strict chargers)."""


@dataclass(frozen=True, slots=True)
class ConnectionOptions:
    call_timeout_s: float = 30.0
    flood_rate_per_s: float = 100.0  # sustained messages per second per charger before we slow it down
    flood_burst: int = 200
    # a charger nobody accepted needs a few frames (boot, heartbeat, status): more of them, or big ones, are read
    # this slowly (the socket's backpressure holds the rest), so it cannot take the CPU legitimate chargers need
    pending_rate_per_s: float = 2.0
    pending_burst: int = 20
    pending_bytes_per_s: float = 4096.0
    pending_bytes_burst: int = 128 * 1024
    validate_responses: bool = False  # check our own replies against the schema (tests turn it on)
    max_clock_skew_s: float = 86_400.0  # charger timestamps further off are replaced by ours (and flagged)


@dataclass(slots=True)
class CallContext:
    """What a handler knows about the message besides its payload."""

    message_id: str
    action: str
    received: float  # time.monotonic()
    now: dt.datetime  # UTC, when the frame arrived
    lenient: bool = False
    deviations: list[str] = field(default_factory=list)
    # follow-up calls to the charger, started once the reply is sent (e.g. CertificateSigned after SignCertificate)
    after_reply: list[Callable[[], Coroutine[Any, Any, None]]] = field(default_factory=list)


@dataclass(slots=True)
class _Pending:
    future: asyncio.Future[dict[str, Any]]
    action: str
    sent: float


class TokenBucket:
    """``rate`` tokens per second, at most ``burst`` saved; :meth:`delay` reserves one token."""

    __slots__ = ("burst", "rate", "stamp", "tokens")

    def __init__(self, rate: float, burst: int) -> None:
        self.rate, self.burst = rate, float(burst)
        self.tokens = float(burst)
        self.stamp = time.monotonic()

    def delay(self, cost: float = 1.0) -> float:
        """Seconds to wait before the next message may be handled (0 when a token is available); a message
        may cost more than one token (bytes)."""
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        self.tokens -= cost
        return 0.0 if self.tokens >= 0 else -self.tokens / self.rate


def handles(action: str) -> Callable[[T], T]:
    """Mark a coroutine method as the handler of ``action`` (collected by :class:`ChargePointBase`)."""

    def mark(fn: T) -> T:
        fn._ocpp_action = action  # type: ignore[attr-defined]
        return fn

    return mark


class ChargePointBase(LibraryChargePoint):  # type: ignore[misc]
    """One connected charger. Subclasses set the class variables and define the handlers."""

    version: ClassVar[str] = ""  # "1.6", "2.0.1"
    subprotocol: ClassVar[str] = ""  # "ocpp1.6", "ocpp2.0.1"
    codes: ClassVar[ErrorCodes]
    known_actions: ClassVar[frozenset[str]] = frozenset()  # every action of the version (NotSupported vs ...)
    handlers: ClassVar[dict[str, Handler]] = {}
    #: what a charger nobody accepted (no station) may send: boot, heartbeat and its status reports (connectors,
    #: firmware, diagnostics / log upload: one row per charger); anything else gets :meth:`pending_reply`
    pending_actions: ClassVar[frozenset[str]] = frozenset(
        {
            "BootNotification",
            "Heartbeat",
            "StatusNotification",
            "FirmwareStatusNotification",
            "DiagnosticsStatusNotification",
            "LogStatusNotification",
            "SignedFirmwareStatusNotification",
        }
    )

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        found: dict[str, Handler] = {}
        for klass in reversed(cls.__mro__):
            for value in vars(klass).values():
                action = getattr(value, "_ocpp_action", None)
                if action:
                    found[action] = value
        cls.handlers = found

    def __init__(
        self,
        cp_id: str,
        connection: Any,
        backend: Backend,
        bus: EventBus,
        options: ConnectionOptions | None = None,
        *,
        ip: str = "",
        secure: bool = False,
        lenient: bool = False,
        authenticated: bool = False,
        security_profile: int = 0,
    ) -> None:
        self.options = options or ConnectionOptions()
        super().__init__(cp_id, connection, response_timeout=self.options.call_timeout_s, logger=log)
        self.backend = backend
        self.bus = bus
        self.ip = ip
        self.secure = secure
        self.lenient = lenient
        self.authenticated = authenticated  # proved its identity (password or client certificate)
        self.security_profile = security_profile  # 0 none, 1 Basic over ws, 2 Basic over TLS, 3 client cert
        self.connected_at = dt.datetime.now(dt.UTC)
        self._bucket = TokenBucket(self.options.flood_rate_per_s, self.options.flood_burst)
        self._pending_bucket = TokenBucket(self.options.pending_rate_per_s, self.options.pending_burst)
        self._pending_bytes = TokenBucket(self.options.pending_bytes_per_s, self.options.pending_bytes_burst)
        self._pending: dict[str, _Pending] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closed = False
        self._current_request = ""

    def _time(
        self, text: object, ctx: CallContext, field: str, *, required: bool = True
    ) -> tuple[dt.datetime, bool]:
        """The charger's timestamp (any OCPP version), or our receive time when it is implausible (second value True)."""
        value = parse_time(text)
        if value is None:
            if text is None and not required:
                return ctx.now, False
            if not ctx.lenient:
                raise FrameError(
                    self.codes.property,
                    f"{ctx.action}: {field} {text!r} is not an ISO 8601 date-time",
                    ctx.message_id,
                )
            log.info(
                "%s (lenient): %s %s %r is not a date-time; using the receive time",
                self.id,
                ctx.action,
                field,
                text,
            )
            return ctx.now, True
        if not plausible(value, ctx.now):
            log.warning(
                "%s: %s %s %s is implausible (clock skew); using the receive time %s",
                self.id,
                ctx.action,
                field,
                iso(value),
                iso(ctx.now),
            )
            return ctx.now, True
        return value, False

    # --- receive path ------------------------------------------------------------------------------

    async def start(self) -> None:
        """Handle the charger's frames until the connection closes (raises ConnectionClosed if abnormally)."""
        try:
            async for message in self._connection:
                delay = self._bucket.delay()
                if not self.backend.accepted(self.id):
                    delay = max(
                        delay, self._pending_bucket.delay(), self._pending_bytes.delay(float(len(message)))
                    )
                if delay > 0:
                    await asyncio.sleep(delay)
                await self.route_message(message)
        finally:
            self._closed = True
            self._fail_pending()

    async def route_message(self, raw_msg: str | bytes) -> None:
        """Handle one frame: a charger's call gets exactly one answer (or none when it must retry)."""
        received = time.monotonic()
        now = dt.datetime.now(dt.UTC)
        self.backend.seen(self.id)
        try:
            frame = parse_frame(raw_msg, self.codes)
        except FrameError as e:
            text = raw_msg if isinstance(raw_msg, str) else raw_msg.decode("utf-8", "replace")
            self._log_frame("in", 0, e.message_id, "", text, now=now, error=e.code)
            await self._send_error(e, "", received)
            return
        text = raw_msg if isinstance(raw_msg, str) else ""
        if frame.message_type == CALL:
            self._log_frame("in", CALL, frame.message_id, frame.action, text, now=now)
            try:
                await self._dispatch_call(frame, received, now)
            except FrameError as e:
                await self._send_error(e, frame.action, received)
        else:
            self._on_response(frame, text, now)

    async def _dispatch_call(self, frame: Frame, received: float, now: dt.datetime) -> None:
        codes, mid, action = self.codes, frame.message_id, frame.action
        handler = self.handlers.get(action)
        if handler is None:
            if action in self.known_actions:
                raise FrameError(
                    codes.not_supported, f"{action} is not supported by this central system", mid
                )
            raise FrameError(codes.not_implemented, f"{action} is not an OCPP {self.version} action", mid)
        deviations = validate(self.version, CALL, action, frame.payload, codes, mid, lenient=self.lenient)
        ctx = CallContext(mid, action, received, now, self.lenient)
        if deviations:
            self.backend.deviation(self.id, action, deviations)
        if action not in self.pending_actions and not self.backend.accepted(self.id):
            refusal = self.pending_reply(action, frame.payload)
            if refusal is None:
                raise FrameError(
                    codes.security,
                    f"{action} refused: this charger is not accepted by the central system",
                    mid,
                )
            await self._send_frame(
                dumps([CALL_RESULT, mid, refusal]),
                CALL_RESULT,
                mid,
                action,
                (time.monotonic() - received) * 1000.0,
            )
            return
        try:
            reply = await handler(self, frame.payload, ctx)
        except (FrameError, asyncio.CancelledError):
            raise
        except BackendUnavailable:
            if self.is_transaction_message(action, frame.payload):
                log.warning(
                    "%s: %s %s not answered: the database is unavailable (the charger will retry)",
                    self.id,
                    action,
                    mid,
                )
                return
            raise FrameError(
                codes.internal, "the central system's database is unavailable; retry later", mid
            ) from None
        except Exception:
            log.exception("%s: handling %s %s failed", self.id, action, mid)
            raise FrameError(codes.internal, f"{action} could not be processed", mid) from None
        if self.options.validate_responses:
            try:
                validate(self.version, CALL_RESULT, action, reply, codes, mid)
            except FrameError as e:
                log.error("%s: our reply to %s is not valid: %s (%r)", self.id, action, e.description, reply)
                raise FrameError(codes.internal, "the central system built an invalid reply", mid) from None
        latency = (time.monotonic() - received) * 1000.0
        await self._send_frame(dumps([CALL_RESULT, mid, reply]), CALL_RESULT, mid, action, latency)
        for then in ctx.after_reply:
            self.spawn(then(), name=f"{self.id}-after-{action}")

    async def _send_error(self, error: FrameError, action: str, received: float) -> None:
        body = [CALL_ERROR, error.message_id, error.code, error.description, error.details or {}]
        latency = (time.monotonic() - received) * 1000.0
        await self._send_frame(dumps(body), CALL_ERROR, error.message_id, action, latency, error.code)

    def pending_reply(self, action: str, payload: dict[str, Any]) -> dict[str, Any] | None:
        """The answer to ``action`` from a charger nobody accepted, handled by nothing and storing nothing: the
        message's own refusal, an empty acknowledgement, or None for a ``SecurityError`` CallError."""
        return None

    def forget(self) -> None:
        """Drop what this version keeps in memory about the charger (it left and nobody accepted it)."""

    def is_transaction_message(self, action: str, payload: dict[str, Any]) -> bool:
        """Whether the charger retries ``action`` itself when unanswered (so an outage gets no answer)."""
        return False

    # --- responses to our calls ------------------------------------------------------------------------

    def _on_response(self, frame: Frame, text: str, now: dt.datetime) -> None:
        pending = self._pending.get(frame.message_id)
        action = pending.action if pending else ""
        latency = (time.monotonic() - pending.sent) * 1000.0 if pending else None
        error = frame.error_code if frame.message_type == CALL_ERROR else None
        self._log_frame(
            "in", frame.message_type, frame.message_id, action, text, latency, now=now, error=error
        )
        if pending is None or pending.future.done():
            log.warning("%s: answer to an unknown or expired call %s ignored", self.id, frame.message_id)
            return
        if frame.message_type == CALL_ERROR:
            pending.future.set_exception(
                ChargerCallError(self.id, action, frame.error_code, frame.error_description, frame.payload)
            )
            return
        try:
            deviations = validate(
                self.version,
                CALL_RESULT,
                action,
                frame.payload,
                self.codes,
                frame.message_id,
                lenient=self.lenient,
            )
        except FrameError as e:
            pending.future.set_exception(
                InvalidReply(f"{self.id} answered {action} with an invalid payload: {e.description}")
            )
            return
        if deviations:
            self.backend.deviation(self.id, action, deviations)
        pending.future.set_result(frame.payload)

    def _fail_pending(self) -> None:
        for pending in self._pending.values():
            if not pending.future.done():
                pending.future.set_exception(
                    ChargerOffline(f"{self.id} disconnected before answering {pending.action}")
                )

    # --- outgoing calls ----------------------------------------------------------------------------------

    async def request(
        self,
        action: str,
        payload: dict[str, Any],
        *,
        timeout: float | None = None,
        check: bool = True,
        unique_id: str | None = None,
    ) -> dict[str, Any]:
        """Send a call to the charger and return its answer payload (camelCase, as sent).

        Raises :class:`InvalidRequest` (nothing sent), :class:`ChargerOffline`, :class:`ChargerTimeout`,
        :class:`ChargerCallError` or :class:`InvalidReply`. One call per charger at a time.
        """
        if self._closed:
            raise ChargerOffline(f"{self.id} is not connected")
        if check:
            try:
                validate(self.version, CALL, action, payload, self.codes)
            except FrameError as e:
                raise InvalidRequest(f"{action} for {self.id} is not valid: {e.description}") from None
        timeout = self.options.call_timeout_s if timeout is None else timeout
        try:
            async with asyncio.timeout(timeout):
                await self._call_lock.acquire()
        except TimeoutError:
            raise ChargerTimeout(
                f"{self.id} is still busy with {self._current_request}; {action} was not sent "
                f"within {timeout:g} s"
            ) from None
        try:
            return await self._request_locked(action, payload, timeout, unique_id)
        finally:
            self._call_lock.release()

    async def _request_locked(
        self, action: str, payload: dict[str, Any], timeout: float, unique_id: str | None
    ) -> dict[str, Any]:
        mid = unique_id or str(uuid.uuid4())
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending[mid] = _Pending(future, action, time.monotonic())
        self._current_request = action
        try:
            await self._send_frame(dumps([CALL, mid, action, payload]), CALL, mid, action)
            async with asyncio.timeout(timeout):
                return await future
        except TimeoutError:
            raise ChargerTimeout(f"{self.id} did not answer {action} within {timeout:g} s") from None
        except ConnectionClosed:
            raise ChargerOffline(f"{self.id} disconnected before {action} was sent") from None
        finally:
            self._pending.pop(mid, None)
            self._current_request = ""

    async def call(
        self,
        payload: Any,
        suppress: bool = True,
        unique_id: str | None = None,
        skip_schema_validation: bool = False,
    ) -> Any:
        """The ``ocpp`` package's ``call()`` (payload and result as the package's dataclasses), on our path."""
        action = payload.__class__.__name__
        body = remove_nones(snake_to_camel_case(serialize_as_dict(payload)))
        try:
            answer = await self.request(action, body, check=not skip_schema_validation, unique_id=unique_id)
        except ChargerCallError as e:
            if suppress:
                return None
            for error in OCPPError.__subclasses__():
                if getattr(error, "code", None) == e.code:
                    raise error(description=e.description, details=e.details) from None
            raise
        return getattr(self._call_result, action)(**camel_to_snake_case(answer))

    # --- sending and logging -----------------------------------------------------------------------------

    async def _send(self, message: str) -> None:
        """The package's send hook (kept for compatibility): logs the frame, then sends it."""
        try:
            frame = parse_frame(message, self.codes)
            mtype, mid, action = frame.message_type, frame.message_id, frame.action
            error = frame.error_code or None
        except FrameError:
            mtype, mid, action, error = 0, "-1", "", None
        await self._send_frame(message, mtype, mid, action, None, error)

    async def _send_frame(
        self,
        text: str,
        mtype: int,
        mid: str,
        action: str,
        latency: float | None = None,
        error: str | None = None,
    ) -> None:
        self._log_frame("out", mtype, mid, action, text, latency, error=error)
        await self._connection.send(text)

    def _log_frame(
        self,
        direction: str,
        mtype: int,
        mid: str,
        action: str,
        text: str,
        latency: float | None = None,
        *,
        now: dt.datetime | None = None,
        error: str | None = None,
    ) -> None:
        if mtype == CALL and direction == "out":
            text = redact_secrets(action, text)  # a password the console sends is not kept in the log
        frame = FrameLogged(
            self.id, now or dt.datetime.now(dt.UTC), direction, mtype, mid, action, text, latency, error
        )
        self.backend.log_frame(frame)
        self.bus.emit(frame)

    # --- background work ---------------------------------------------------------------------------------

    def spawn(self, coro: Coroutine[Any, Any, T], name: str = "") -> asyncio.Task[T]:
        """Run a follow-up action outside the receive path; cancelled when the connection ends."""
        task = asyncio.get_running_loop().create_task(coro, name=name or f"{self.id}-follow-up")
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("%s: follow-up task %s failed: %s", self.id, task.get_name(), task.exception())

    async def cancel_tasks(self) -> None:
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    @property
    def closed(self) -> bool:
        return self._closed

    async def close(self, code: int = 1000, reason: str = "") -> None:
        self._closed = True
        await self._connection.close(code, reason)
