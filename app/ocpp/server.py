"""The WebSocket endpoint: ``ws(s)://HOST:PORT/ocpp/{chargePointId}`` and ``/{chargePointId}``.

The handshake does the path check (HTTP 404), the backend's authentication (401 with a Basic challenge, 403,
404 for an unknown charger under the reject policy, 503 when the database is down) and the subprotocol choice
(``ocpp1.6`` / ``ocpp2.0.1``, in the charger's order of preference; a charger that offers none is treated as
1.6). Each accepted connection becomes a charge point object of its version, kept in a registry by id (a
reconnecting charger replaces its stale connection). Pings every ``ping_interval_s`` close a half-open socket
within two intervals; frames over ``max_frame_bytes`` close that one connection with 1009.
"""

from __future__ import annotations

import asyncio
import http
import logging
import socket
import ssl
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast
from urllib.parse import unquote

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed, NegotiationError
from websockets.http11 import Request, Response
from websockets.server import ServerProtocol
from websockets.typing import Subprotocol

from . import proxy_protocol
from .backend import Backend, BackendUnavailable, ConnectionInfo, HandshakeDecision, HandshakeRequest
from .chargepoint import ChargePointBase, ChargerOffline, ConnectionOptions
from .events import ChargerConnected, ChargerDisconnected, EventBus
from .security import parse_basic_auth, peer_common_name, server_ssl_context
from .v16 import ChargePoint16
from .v201 import ChargePoint201

log = logging.getLogger(__name__)
_WS_LOG = logging.getLogger("app.ocpp.websockets")

MAX_ID_LENGTH = 64

#: Subprotocol -> charge point class. 2.0.1 registers itself with :func:`register_version`.
VERSIONS: dict[str, type[ChargePointBase]] = {ChargePoint16.subprotocol: ChargePoint16}
DEFAULT_SUBPROTOCOL = ChargePoint16.subprotocol  # for chargers that offer no subprotocol


def register_version(cls: type[ChargePointBase]) -> None:
    """Make the server accept ``cls.subprotocol`` (e.g. the 2.0.1 charge point class)."""
    VERSIONS[cls.subprotocol] = cls


register_version(ChargePoint201)


@dataclass(frozen=True)
class ServerOptions:
    host: str = "0.0.0.0"
    port: int = 9000  # 0: any free port (see OcppServer.port)
    ping_interval_s: float = 25.0
    ping_timeout_s: float | None = None  # default: the ping interval
    max_frame_bytes: int = 64 * 1024
    tls_cert: Path | None = None
    tls_key: Path | None = None
    tls_client_ca: Path | None = None  # chargers may log in with a certificate it signed (profile 3)
    require_client_cert: bool = False  # ... and must
    proxy_protocol: bool = False  # every connection starts with a PROXY header (proxy_protocol.py)
    connection: ConnectionOptions = field(default_factory=ConnectionOptions)
    open_timeout_s: float = 10.0

    @property
    def secure(self) -> bool:
        return self.tls_cert is not None


def parse_charge_point_id(path: str) -> str | None:
    """The charge point id of a request path, or None when the path is not ``/ocpp/{id}`` or ``/{id}``.

    The id is percent-decoded; ``..``, ``.``, a ``/`` (raw or encoded), an empty id, more than 64 characters or
    non-printable characters are refused.
    """
    path = path.split("?", 1)[0]
    if not path.startswith("/"):
        return None
    rest = path[6:] if path.startswith("/ocpp/") else path[1:]
    if not rest or "/" in rest:
        return None
    try:
        cp_id = unquote(rest, errors="strict")
    except UnicodeDecodeError:
        return None
    if (
        cp_id in (".", "..")
        or "/" in cp_id
        or "\\" in cp_id
        or not cp_id.strip()
        or len(cp_id) > MAX_ID_LENGTH
        or not cp_id.isprintable()
    ):
        return None
    return cp_id


class OcppServer:
    """Accepts chargers and keeps the registry of connected ones."""

    def __init__(self, backend: Backend, bus: EventBus, options: ServerOptions | None = None) -> None:
        self.backend = backend
        self.bus = bus
        self.options = options or ServerOptions()
        self._server: Server | None = None
        self._chargers: dict[str, ChargePointBase] = {}
        # accepted by process_request, waiting for the handler (weak: a failed negotiation leaves no entry)
        self._handshakes: weakref.WeakKeyDictionary[ServerConnection, tuple[str, HandshakeDecision]] = (
            weakref.WeakKeyDictionary()
        )
        self._sweeper: asyncio.Task[None] | None = None
        self._ssl: ssl.SSLContext | None = None
        self._accepting: set[asyncio.Task[None]] = set()  # PROXY protocol: accept loops, headers being read

    # --- lifecycle ---------------------------------------------------------------------------------------

    async def start(self) -> None:
        opts = self.options
        ssl_ctx: ssl.SSLContext | None = None
        if opts.tls_cert is not None:
            if opts.tls_key is None:
                raise ValueError("a TLS certificate needs its key (tls_key)")
            ssl_ctx = server_ssl_context(
                opts.tls_cert, opts.tls_key, opts.tls_client_ca, require_client_cert=opts.require_client_cert
            )
        # behind a load balancer speaking the PROXY protocol, connections are accepted here (the header is read
        # before TLS) and handed to the WebSocket server's protocol; otherwise the server accepts them itself
        proxied = opts.proxy_protocol
        self._ssl = ssl_ctx
        listener = _listening_socket(opts.host, opts.port) if proxied else None
        self._server = await serve(
            self._handle,
            None if proxied else opts.host,
            None if proxied else opts.port,
            sock=listener,
            subprotocols=[Subprotocol(s) for s in VERSIONS],
            select_subprotocol=self._select_subprotocol,
            process_request=self._process_request,
            compression=None,  # per-message deflate costs CPU on every frame; OCPP frames are small
            ping_interval=opts.ping_interval_s,
            ping_timeout=self._ping_timeout,
            max_size=opts.max_frame_bytes,
            open_timeout=opts.open_timeout_s,
            ssl=None if proxied else ssl_ctx,
            logger=_WS_LOG,
            start_serving=not proxied,
        )
        if listener is not None:
            self._track(self._accept_proxied(listener), "ocpp-accept")
        self._sweeper = asyncio.get_running_loop().create_task(self._presence_sweep(), name="ocpp-presence")

    @property
    def port(self) -> int:
        """The port actually listened on (useful with port 0)."""
        assert self._server is not None, "not started"
        for sock in self._server.sockets:
            return int(sock.getsockname()[1])
        raise RuntimeError("the server has no socket")

    @property
    def url(self) -> str:
        scheme = "wss" if self.options.secure else "ws"
        host = self.options.host if self.options.host not in ("0.0.0.0", "::", "") else "127.0.0.1"
        return f"{scheme}://{host}:{self.port}/ocpp/"

    async def stop(self) -> None:
        """Close every connection (1001 going away) and stop listening."""
        for task in list(self._accepting):
            task.cancel()
        await asyncio.gather(*self._accepting, return_exceptions=True)
        if self._sweeper is not None:
            self._sweeper.cancel()
            await asyncio.gather(self._sweeper, return_exceptions=True)
            self._sweeper = None
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None

    # --- behind a load balancer (PROXY protocol) -------------------------------------------------------------

    @property
    def _ping_timeout(self) -> float | None:
        opts = self.options
        return opts.ping_timeout_s if opts.ping_timeout_s is not None else opts.ping_interval_s

    def _track(self, coro: Any, name: str) -> None:
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._accepting.add(task)
        task.add_done_callback(self._accepting.discard)

    async def _accept_proxied(self, listener: socket.socket) -> None:
        loop = asyncio.get_running_loop()
        while True:
            try:
                sock, peer = await loop.sock_accept(listener)
            except OSError as e:  # out of file descriptors, a connection reset before it was accepted
                log.info("accepting a connection failed: %s", e)
                await asyncio.sleep(0.1)
                continue
            self._track(self._open_proxied(sock, peer), "ocpp-proxy-header")

    async def _open_proxied(self, sock: socket.socket, peer: Any) -> None:
        """Read the connection's PROXY header, then hand it to TLS (wss://) and the WebSocket protocol."""
        loop = asyncio.get_running_loop()
        timeout = self.options.open_timeout_s
        try:
            source = await asyncio.wait_for(proxy_protocol.read_header(sock), timeout)
            await loop.connect_accepted_socket(
                lambda: self._proxied_connection(source),
                sock,
                ssl=self._ssl,
                ssl_handshake_timeout=timeout if self._ssl is not None else None,
            )
        except BaseException as e:
            sock.close()
            if isinstance(e, proxy_protocol.ProxyHeaderError):  # a health check that only connects, or worse
                log.debug("connection from %s dropped: %s", peer, e)
            elif isinstance(e, (OSError, TimeoutError)):  # TLS refused, the peer went away
                log.info("connection from %s dropped before its handshake: %s", peer, e or type(e).__name__)
            else:  # cancelled (stopping), or a bug
                raise

    def _proxied_connection(self, source: tuple[str, int] | None) -> ServerConnection:
        """What the WebSocket server makes for each connection it accepts itself, with the charger's address."""
        assert self._server is not None

        def select(protocol: ServerProtocol, offered: Sequence[Subprotocol]) -> Subprotocol | None:
            return self._select_subprotocol(connection, offered)

        protocol = ServerProtocol(
            subprotocols=[Subprotocol(s) for s in VERSIONS],
            select_subprotocol=select,
            max_size=self.options.max_frame_bytes,
            logger=_WS_LOG,
        )
        connection = _ProxiedConnection(
            protocol,
            cast(Server, _AcceptingHere(self._server, self)),
            ping_interval=self.options.ping_interval_s,
            ping_timeout=self._ping_timeout,
        )
        connection.source = source
        return connection

    # --- registry ----------------------------------------------------------------------------------------

    def get(self, cp_id: str) -> ChargePointBase | None:
        cp = self._chargers.get(cp_id)
        return cp if cp is not None and not cp.closed else None

    def charger(self, cp_id: str) -> ChargePointBase:
        """The connected charger ``cp_id``; raises :class:`ChargerOffline`."""
        cp = self.get(cp_id)
        if cp is None:
            raise ChargerOffline(f"{cp_id} is not connected")
        return cp

    def connected(self) -> Iterator[ChargePointBase]:
        return (cp for cp in list(self._chargers.values()) if not cp.closed)

    # --- handshake ---------------------------------------------------------------------------------------

    def _select_subprotocol(self, connection: ServerConnection, offered: Any) -> Subprotocol | None:
        if not offered:
            return None
        for name in offered:
            if name in VERSIONS:
                return Subprotocol(name)
        raise NegotiationError(
            f"none of the offered subprotocols {', '.join(offered)} is supported "
            f"(supported: {', '.join(VERSIONS)})"
        )

    async def _process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        cp_id = parse_charge_point_id(request.path)
        if cp_id is None:
            log.info("handshake refused: bad path %r from %s", request.path[:120], _ip(connection))
            return connection.respond(http.HTTPStatus.NOT_FOUND, "Not a charge point URL: use /ocpp/{id}\n")
        creds = parse_basic_auth(request.headers.get("Authorization"), cp_id)
        handshake = HandshakeRequest(
            cp_id=cp_id,
            ip=_ip(connection),
            secure=self.options.secure,
            username=creds.username if creds else None,
            password=creds.password if creds else None,
            client_cert_cn=peer_common_name(connection.transport.get_extra_info("ssl_object")),
        )
        try:
            decision = await self.backend.authenticate(handshake)
        except BackendUnavailable:
            log.warning("handshake of %s refused: the database is unavailable", cp_id)
            return connection.respond(
                http.HTTPStatus.SERVICE_UNAVAILABLE, "Database unavailable, retry later\n"
            )
        if not decision.allow:
            log.info(
                "handshake of %s from %s refused: %s %s",
                cp_id,
                handshake.ip,
                decision.status,
                decision.detail or decision.reason,
            )
            if decision.status == http.HTTPStatus.UNAUTHORIZED:  # one answer whatever was wrong
                return self._unauthorized(connection)
            return connection.respond(decision.status, (decision.reason or "Refused") + "\n")
        live = self.get(cp_id)
        if live is not None and live.authenticated and not decision.authenticated:
            # a charger that proved its identity is not pushed off by one that did not (a hijack on the LAN)
            log.warning(
                "handshake of %s from %s refused: it did not authenticate and %s is connected from %s and did",
                cp_id,
                handshake.ip,
                cp_id,
                live.ip,
            )
            return self._unauthorized(connection)
        self._handshakes[connection] = (cp_id, decision)
        return None

    def _unauthorized(self, connection: ServerConnection) -> Response:
        response = connection.respond(http.HTTPStatus.UNAUTHORIZED, "Unauthorized\n")
        response.headers["WWW-Authenticate"] = 'Basic realm="ChargeDesk OCPP", charset="UTF-8"'
        return response

    # --- connections -------------------------------------------------------------------------------------

    async def _handle(self, connection: ServerConnection) -> None:
        entry = self._handshakes.pop(connection, None)
        if entry is None:  # cannot happen: process_request accepted it
            await connection.close(1011, "no handshake state")
            return
        cp_id, decision = entry
        subprotocol = connection.subprotocol or DEFAULT_SUBPROTOCOL
        if connection.subprotocol is None:
            log.info("%s offered no subprotocol: treated as OCPP 1.6", cp_id)
        cls = VERSIONS[subprotocol]
        cp = cls(
            cp_id,
            connection,
            self.backend,
            self.bus,
            self.options.connection,
            ip=_ip(connection),
            secure=self.options.secure,
            lenient=decision.lenient,
            authenticated=decision.authenticated,
            security_profile=decision.security_profile,
        )
        previous = self._chargers.get(cp_id)
        self._chargers[cp_id] = cp
        if previous is not None and not previous.closed:
            log.info("%s reconnected: closing its previous connection", cp_id)
            cp.spawn(previous.close(1000, "replaced by a new connection"), name=f"{cp_id}-close-previous")
        try:
            await self.backend.connected(ConnectionInfo(cp_id, cp.ip, cls.version, cp.secure))
        except Exception as e:
            if not isinstance(e, BackendUnavailable):
                log.exception("%s: recording the connection failed", cp_id)
            self._forget(cp)
            await connection.close(1011, "database unavailable, retry later")
            return
        self.bus.emit(ChargerConnected(cp_id, cls.version, cp.ip, decision.known, cp.secure))
        try:
            await cp.start()
        except ConnectionClosed:
            pass
        finally:
            await cp.cancel_tasks()
            current = self._forget(cp)
            if current:
                self.backend.disconnected(cp_id)
                if not self.backend.accepted(cp_id):  # made-up ids leave no per-version memory behind
                    cp.forget()
            self.bus.emit(ChargerDisconnected(cp_id, connection.close_code, connection.close_reason or ""))

    def _forget(self, cp: ChargePointBase) -> bool:
        """Drop ``cp`` from the registry unless a newer connection replaced it; True if it was current."""
        if self._chargers.get(cp.id) is cp:
            del self._chargers[cp.id]
            return True
        return False

    async def _presence_sweep(self) -> None:
        """An open connection answers our pings: mark its charger seen once per ping interval."""
        while True:
            await asyncio.sleep(self.options.ping_interval_s)
            for cp in self.connected():
                self.backend.seen(cp.id)


def _listening_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host``:``port`` (what the WebSocket server makes for itself otherwise)."""
    family = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0][0]
    listener = socket.create_server((host, port), family=family, backlog=1024)
    listener.setblocking(False)
    return listener


class _AcceptingHere:
    """The WebSocket server as a connection accepted by :meth:`OcppServer._accept_proxied` sees it: the server
    does not accept connections itself (it does not "serve"), so it is serving while the server accepts them."""

    def __init__(self, server: Server, owner: OcppServer) -> None:
        self._server, self._owner = server, owner

    def __getattr__(self, name: str) -> Any:
        return getattr(self._server, name)

    def is_serving(self) -> bool:
        return self._owner._server is self._server and bool(self._owner._accepting)


class _ProxiedConnection(ServerConnection):
    """A connection through a load balancer: its remote address is the one the PROXY header named (the balancer's
    own when it named none: a health check)."""

    source: tuple[str, int] | None = None

    @property
    def remote_address(self) -> Any:
        return self.source if self.source is not None else super().remote_address


def _ip(connection: ServerConnection) -> str:
    addr = connection.remote_address
    return str(addr[0]) if addr else ""
