"""A small HTTP file server for chargers on the LAN (asyncio streams, stdlib only, no Qt).

UpdateFirmware needs a URL the charger downloads the firmware from, GetDiagnostics one it uploads its log file to.
The console runs this server only while such a job runs, on a configurable port (0: any free one), bound to the
address the charger reached the central system on::

    server = await FileServer.lease(bind_host="192.168.1.10", port=0, advertised_host="192.168.1.10")
    url = server.share_file(Path("fw-2.1.0.bin"))                 # http://192.168.1.10:41234/f/<token>/fw-2.1.0.bin
    url, token = server.accept_uploads(Path("~/diag"), on_upload)  # http://.../u/<token>/
    ...
    server.withdraw(token)
    await server.release()                                        # stops it when the last job is done

Paths carry a random token (``secrets.token_urlsafe``): nothing else is served, and only the shared file.
Downloads: GET and HEAD with Content-Length, one ``Range: bytes=a-b`` (206). Uploads: HTTP PUT of the body, or a
multipart/form-data POST (the file part, whatever its field name), with Content-Length or chunked, at most
``max_upload_bytes``; the file name is reduced to safe characters and never overwrites an existing file. Every
request is logged (``requests`` keeps the last ones, ``on_request`` hears each). One request per connection.

Several jobs on the same fixed port share one server (:meth:`FileServer.lease`); with port 0 each job gets its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import ipaddress
import logging
import re
import secrets
import urllib.parse
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

log = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 64 * 1024 * 1024
MAX_HEADER_BYTES = 16 * 1024
READ_TIMEOUT_S = 60.0  # a stalled client is dropped after this long without data
CHUNK = 64 * 1024
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
_REASONS = {
    200: "OK",
    201: "Created",
    206: "Partial Content",
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    411: "Length Required",
    413: "Content Too Large",
    416: "Range Not Satisfiable",
    431: "Request Header Fields Too Large",
    500: "Internal Server Error",
    501: "Not Implemented",
    507: "Insufficient Storage",
}


class HttpError(Exception):
    def __init__(self, status: int, message: str = "") -> None:
        super().__init__(message or _REASONS.get(status, ""))
        self.status = status
        self.message = message or _REASONS.get(status, "")


@dataclass(frozen=True)
class RequestRecord:
    """One request as the log shows it."""

    at: dt.datetime
    client: str
    method: str
    path: str  # with the token shortened
    status: int
    bytes: int  # body bytes sent (downloads) or received (uploads)
    note: str = ""

    @property
    def line(self) -> str:
        return f"{self.client} {self.method} {self.path} -> {self.status} ({self.bytes} bytes){' ' + self.note if self.note else ''}"


@dataclass(frozen=True)
class Upload:
    path: Path
    size: int
    client: str
    method: str  # PUT | POST
    at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


@dataclass
class _Share:
    path: Path
    name: str


@dataclass
class _Drop:
    directory: Path
    on_upload: Callable[[Upload], None] | None
    received: list[Upload] = field(default_factory=list)


def safe_name(name: str, default: str = "upload.bin") -> str:
    """A file name that is only a name: no directories, no leading dots, safe characters, at most 120 long."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = _SAFE.sub("_", name).lstrip("._")[:120]
    return name or default


def url_host(host: str) -> str:
    """``host`` as it goes into a URL (IPv6 literals in brackets)."""
    try:
        if ipaddress.ip_address(host).version == 6:
            return f"[{host}]"
    except ValueError:
        pass
    return host


def plain_ip(host: str) -> str:
    """``::ffff:192.168.1.5`` -> ``192.168.1.5`` (what a dual-stack socket reports for an IPv4 peer)."""
    try:
        addr = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return host
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        return str(addr.ipv4_mapped)
    return host


class FileServer:
    """The HTTP server; see the module docstring."""

    _shared: ClassVar[dict[tuple[str, int], FileServer]] = {}

    def __init__(
        self,
        *,
        bind_host: str = "0.0.0.0",
        port: int = 0,
        advertised_host: str | None = None,
        max_upload_bytes: int = MAX_UPLOAD_BYTES,
        keep_requests: int = 200,
        read_timeout_s: float = READ_TIMEOUT_S,
    ) -> None:
        self.bind_host = bind_host
        self.requested_port = port
        self.advertised_host = advertised_host or (
            bind_host if bind_host not in ("0.0.0.0", "::", "") else "127.0.0.1"
        )
        self.max_upload_bytes = max_upload_bytes
        self.read_timeout_s = read_timeout_s
        self.requests: deque[RequestRecord] = deque(maxlen=keep_requests)
        self.on_request: list[Callable[[RequestRecord], None]] = []
        self._shares: dict[str, _Share] = {}
        self._drops: dict[str, _Drop] = {}
        self._server: asyncio.Server | None = None
        self._clients: set[asyncio.Task[Any]] = set()
        self._leases = 0

    # --- life cycle ------------------------------------------------------------------------------------

    @classmethod
    async def lease(
        cls,
        *,
        bind_host: str,
        port: int = 0,
        advertised_host: str | None = None,
        max_upload_bytes: int = MAX_UPLOAD_BYTES,
    ) -> FileServer:
        """A running server for one job: a new one for port 0, else the one already running on
        (``bind_host``, ``port``) if any. Give it back with :meth:`release`."""
        key = (bind_host, port)
        server = cls._shared.get(key) if port else None
        if server is None or not server.running:
            server = cls(
                bind_host=bind_host,
                port=port,
                advertised_host=advertised_host,
                max_upload_bytes=max_upload_bytes,
            )
            await server.start()
            if port:
                cls._shared[key] = server
        server._leases += 1
        return server

    async def release(self) -> None:
        """A job is done with the server: it stops when no job uses it any more."""
        self._leases = max(0, self._leases - 1)
        if self._leases == 0:
            await self.stop()

    async def start(self) -> None:
        self._server = await asyncio.start_server(
            self._client, self.bind_host or None, self.requested_port, limit=MAX_HEADER_BYTES + 1024
        )
        log.info("file server listening on %s", self.base_url)

    async def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        for key, shared in list(self._shared.items()):
            if shared is self:
                del self._shared[key]
        server.close()
        for task in list(self._clients):
            task.cancel()
        await asyncio.gather(*self._clients, return_exceptions=True)
        with contextlib.suppress(Exception):
            await server.wait_closed()
        log.info("file server on port %s stopped", self.requested_port or "(any)")

    async def __aenter__(self) -> FileServer:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int:
        assert self._server is not None, "not started"
        return int(self._server.sockets[0].getsockname()[1])

    @property
    def base_url(self) -> str:
        return f"http://{url_host(self.advertised_host)}:{self.port}"

    # --- what is served ----------------------------------------------------------------------------------

    def share_file(self, path: Path, name: str | None = None) -> str:
        """Serve ``path`` (read when requested) at an unguessable URL ending in its (safe) name; returns the URL."""
        token = secrets.token_urlsafe(18)
        share = _Share(Path(path), safe_name(name or Path(path).name, "firmware.bin"))
        self._shares[token] = share
        return f"{self.base_url}/f/{token}/{urllib.parse.quote(share.name)}"

    def accept_uploads(
        self, directory: Path, on_upload: Callable[[Upload], None] | None = None
    ) -> tuple[str, str]:
        """Receive uploads into ``directory`` (created when needed); returns (URL ending in ``/``, token)."""
        token = secrets.token_urlsafe(18)
        self._drops[token] = _Drop(Path(directory), on_upload)
        return f"{self.base_url}/u/{token}/", token

    def token_of(self, url: str) -> str:
        parts = urllib.parse.urlsplit(url).path.split("/")
        return parts[2] if len(parts) > 2 else ""

    def withdraw(self, token_or_url: str) -> None:
        token = self.token_of(token_or_url) if "/" in token_or_url else token_or_url
        self._shares.pop(token, None)
        self._drops.pop(token, None)

    # --- HTTP ----------------------------------------------------------------------------------------------

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._clients.add(task)
        peer = writer.get_extra_info("peername")
        client = plain_ip(str(peer[0])) if peer else "?"
        try:
            await self._serve_one(reader, writer, client)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        except Exception:
            log.exception("file server: request from %s failed", client)
        finally:
            self._clients.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _serve_one(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, client: str
    ) -> None:
        method, target, shown = "?", "?", "?"
        sent = 0
        note = ""
        try:
            method, target, headers = await self._read_head(reader)
            shown = _shorten(target)
            status, sent, note = await self._dispatch(method, target, headers, reader, writer, client)
        except HttpError as e:
            status, note = e.status, e.message
            with contextlib.suppress(Exception):
                await self._respond(writer, e.status, (e.message + "\n").encode(), head_only=method == "HEAD")
        except TimeoutError:
            status, note = 408, "client too slow"
            with contextlib.suppress(Exception):
                await self._respond(writer, 408, b"Request Timeout\n")
        record = RequestRecord(dt.datetime.now(dt.UTC), client, method, shown, status, sent, note)
        self.requests.append(record)
        (log.info if status < 400 else log.warning)("file server: %s", record.line)
        for callback in list(self.on_request):
            try:
                callback(record)
            except Exception:
                log.exception("file server request callback failed")

    async def _read_head(self, reader: asyncio.StreamReader) -> tuple[str, str, dict[str, str]]:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), self.read_timeout_s)
        except asyncio.LimitOverrunError:
            raise HttpError(431) from None
        except asyncio.IncompleteReadError as e:
            if not e.partial:
                raise ConnectionResetError("closed before a request") from None
            raise HttpError(400, "incomplete request head") from None
        if len(head) > MAX_HEADER_BYTES:
            raise HttpError(431)
        lines = head.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ")
        if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
            raise HttpError(400, "not an HTTP/1.x request line")
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if not line:
                continue
            name, sep, value = line.partition(":")
            if not sep:
                raise HttpError(400, "malformed header line")
            headers[name.strip().lower()] = value.strip()
        return parts[0].upper(), parts[1], headers

    async def _dispatch(
        self,
        method: str,
        target: str,
        headers: dict[str, str],
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        client: str,
    ) -> tuple[int, int, str]:
        kind, token, name = _route(target)
        if kind == "f" and token in self._shares:
            if method not in ("GET", "HEAD"):
                raise HttpError(405, "only GET and HEAD here")
            if name != self._shares[token].name:
                raise HttpError(404)
            return await self._send_file(self._shares[token], method, headers, writer)
        if kind == "u" and token in self._drops:
            if method not in ("PUT", "POST"):
                raise HttpError(405, "upload with PUT or a multipart/form-data POST")
            return await self._receive(self._drops[token], method, name, headers, reader, writer, client)
        raise HttpError(404)

    async def _send_file(
        self, share: _Share, method: str, headers: dict[str, str], writer: asyncio.StreamWriter
    ) -> tuple[int, int, str]:
        try:
            size = share.path.stat().st_size
            handle = share.path.open("rb")
        except OSError as e:
            log.warning("file server: cannot read %s: %s", share.path, e)
            raise HttpError(404, "the file is no longer there") from None
        with handle:
            start, end, status = 0, size - 1, 200
            wanted = headers.get("range", "")
            if wanted:
                found = re.fullmatch(r"bytes=(\d*)-(\d*)", wanted.replace(" ", ""))
                if found and (found.group(1) or found.group(2)):
                    a, b = found.groups()
                    if a:
                        start, end = int(a), min(int(b), size - 1) if b else size - 1
                    else:
                        start, end = max(0, size - int(b)), size - 1
                    if start >= size or start > end:
                        raise HttpError(416, f"the file has {size} bytes")
                    status = 206
            length = max(0, end - start + 1)
            extra = {
                "Content-Type": "application/octet-stream",
                "Accept-Ranges": "bytes",
                "Content-Disposition": f'attachment; filename="{share.name}"',
            }
            if status == 206:
                extra["Content-Range"] = f"bytes {start}-{end}/{size}"
            writer.write(_head(status, length, extra))
            if method == "HEAD":
                await writer.drain()
                return status, 0, ""
            handle.seek(start)
            sent = 0
            while sent < length:
                block = handle.read(min(CHUNK, length - sent))
                if not block:
                    break
                writer.write(block)
                sent += len(block)
                await asyncio.wait_for(writer.drain(), self.read_timeout_s)
            return status, sent, "" if sent == length else "short read"

    async def _receive(
        self,
        drop: _Drop,
        method: str,
        name: str,
        headers: dict[str, str],
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        client: str,
    ) -> tuple[int, int, str]:
        if headers.get("expect", "").lower() == "100-continue":
            declared = headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_upload_bytes:
                raise HttpError(413, f"at most {self.max_upload_bytes} bytes")
            writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
            await writer.drain()
        body = await self._read_body(headers, reader)
        if method == "POST":
            ctype = headers.get("content-type", "")
            if ctype.lower().startswith("multipart/form-data"):
                filename, data = _multipart_file(ctype, body)
                name = filename or name
            else:  # a plain POST of the file's bytes
                data = body
        else:
            data = body
        target = await asyncio.to_thread(_store, drop.directory, safe_name(name, "diagnostics.log"), data)
        upload = Upload(target, len(data), client, method)
        drop.received.append(upload)
        if drop.on_upload is not None:
            try:
                drop.on_upload(upload)
            except Exception:
                log.exception("file server upload callback failed")
        await self._respond(writer, 201, f"stored {target.name} ({len(data)} bytes)\n".encode())
        return 201, len(data), f"stored as {target.name}"

    async def _read_body(self, headers: dict[str, str], reader: asyncio.StreamReader) -> bytes:
        limit = self.max_upload_bytes
        timeout = self.read_timeout_s
        if "chunked" in headers.get("transfer-encoding", "").lower():
            out = bytearray()
            while True:
                line = await asyncio.wait_for(reader.readline(), timeout)
                try:
                    size = int(line.split(b";", 1)[0].strip(), 16)
                except ValueError:
                    raise HttpError(400, "bad chunk size") from None
                if size == 0:
                    while (await asyncio.wait_for(reader.readline(), timeout)).strip():
                        pass  # trailers
                    return bytes(out)
                if len(out) + size > limit:
                    raise HttpError(413, f"at most {limit} bytes")
                out += await asyncio.wait_for(reader.readexactly(size), timeout)
                await asyncio.wait_for(reader.readexactly(2), timeout)
        declared = headers.get("content-length")
        if declared is None:
            raise HttpError(411, "send Content-Length or chunked")
        if not declared.isdigit():
            raise HttpError(400, "bad Content-Length")
        length = int(declared)
        if length > limit:
            raise HttpError(413, f"at most {limit} bytes")
        out = bytearray()
        while len(out) < length:
            block = await asyncio.wait_for(reader.read(min(CHUNK, length - len(out))), timeout)
            if not block:
                raise HttpError(400, "body shorter than Content-Length")
            out += block
        return bytes(out)

    @staticmethod
    async def _respond(
        writer: asyncio.StreamWriter, status: int, body: bytes, *, head_only: bool = False
    ) -> None:
        writer.write(_head(status, len(body), {"Content-Type": "text/plain; charset=utf-8"}))
        if not head_only:
            writer.write(body)
        await writer.drain()


def _head(status: int, length: int, extra: dict[str, str]) -> bytes:
    lines = [
        f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}",
        "Server: ChargeDesk",
        f"Content-Length: {length}",
        "Connection: close",
        *(f"{k}: {v}" for k, v in extra.items()),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _route(target: str) -> tuple[str, str, str]:
    """``/f/<token>/<name>`` -> ("f", token, name); anything else that is not exactly that shape -> ("", "", "")."""
    path = target.split("?", 1)[0].split("#", 1)[0]
    raw = path.split("/")
    if len(raw) != 4 or raw[0] != "" or raw[1] not in ("f", "u"):
        return "", "", ""
    name = urllib.parse.unquote(raw[3])
    token = urllib.parse.unquote(raw[2])
    # a name is a name: no separators, no parent references, no NUL or control characters
    if any(c in name for c in "/\\\0") or name in (".", "..") or any(ord(c) < 32 for c in name):
        raise HttpError(400, "the file name must be a plain name")
    return raw[1], token, name


def _shorten(target: str) -> str:
    """The request path for the log, with the token cut short (the log is not a way in)."""
    raw = target.split("?", 1)[0].split("/")
    if len(raw) >= 3 and raw[1] in ("f", "u") and len(raw[2]) > 6:
        raw[2] = raw[2][:4] + "…"
    return "/".join(raw)[:200]


def _multipart_file(content_type: str, body: bytes) -> tuple[str, bytes]:
    """(file name, bytes) of the first part with a file name (else the first part) of a multipart body."""
    found = re.search(r'boundary="?([^";]+)"?', content_type, re.IGNORECASE)
    if not found:
        raise HttpError(400, "multipart/form-data without a boundary")
    delimiter = b"--" + found.group(1).encode("latin-1")
    chunks = body.split(delimiter)
    parts: list[tuple[str, bytes]] = []
    for chunk in chunks[1:]:
        if chunk.startswith(b"--"):
            break  # the closing delimiter
        chunk = chunk[2:] if chunk.startswith(b"\r\n") else chunk
        head, sep, data = chunk.partition(b"\r\n\r\n")
        if not sep:
            continue
        if data.endswith(b"\r\n"):
            data = data[:-2]
        disposition = ""
        for line in head.decode("latin-1").split("\r\n"):
            key, _, value = line.partition(":")
            if key.strip().lower() == "content-disposition":
                disposition = value
        fname = re.search(r'filename\*?="?([^";]*)"?', disposition, re.IGNORECASE)
        parts.append((urllib.parse.unquote(fname.group(1)) if fname else "", data))
    if not parts:
        raise HttpError(400, "the multipart body has no parts")
    for filename, data in parts:
        if filename:
            return filename, data
    return parts[0]


def _store(directory: Path, name: str, data: bytes) -> Path:
    """Write ``data`` under ``directory`` as ``name`` (``name-1.ext`` … if taken); never outside it."""
    directory.mkdir(parents=True, exist_ok=True)
    base = directory.resolve()
    stem, dot, ext = name.partition(".")  # diag.tar.gz -> diag-1.tar.gz
    for n in range(10_000):
        candidate = base / (name if n == 0 else f"{stem}-{n}{'.' + ext if ext else ''}")
        if candidate.resolve().parent != base:
            raise HttpError(400, "the file name must be a plain name")
        try:
            with candidate.open("xb") as fh:
                fh.write(data)
            return candidate
        except FileExistsError:
            continue
        except OSError as e:
            raise HttpError(507, f"cannot store the file: {e.strerror}") from None
    raise HttpError(507, "too many files of that name")
