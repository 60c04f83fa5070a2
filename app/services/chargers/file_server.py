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

Paths carry a random token (``secrets.token_urlsafe``): nothing else is served, and only the shared file. A link
made for one charger (``client=``: the address the charger connected to the central system from) answers 403 to
every other address, so whoever reads the URL in the message log cannot use it from elsewhere.
Downloads: GET and HEAD with Content-Length, one ``Range: bytes=a-b`` (206). Uploads: HTTP PUT of the body, or a
multipart/form-data POST (the file part, whatever its field name), with Content-Length or chunked, at most
``max_upload_bytes`` each; the body is streamed to its file as it arrives (never held whole in memory), and a
partial file is removed when the upload fails. Per upload link at most ``max_files`` files and ``max_bytes``
bytes (413/429 beyond), per server at most ``max_concurrent_uploads`` uploads at once (503 beyond: chargers retry).
The file name is reduced to safe characters and never overwrites an existing file. Every request is logged
(``requests`` keeps the last ones, ``on_request`` hears each). One request per connection.

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
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, ClassVar

log = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 64 * 1024 * 1024  # one upload
MAX_FILES_PER_LINK = 5  # a diagnostics upload is one file; a few retries
MAX_BYTES_PER_LINK = 4 * MAX_UPLOAD_BYTES
MAX_CONCURRENT_UPLOADS = 4
RETRY_AFTER_S = 30  # what a charger refused for too many uploads at once is told
WRITE_BLOCK = 1024 * 1024  # an upload's bytes kept in memory before they are written (off the loop)
MAX_HEADER_BYTES = 16 * 1024
READ_TIMEOUT_S = 60.0  # a stalled client is dropped after this long without data
CHUNK = 64 * 1024
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
_REASONS = {
    200: "OK",
    201: "Created",
    206: "Partial Content",
    400: "Bad Request",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    411: "Length Required",
    413: "Content Too Large",
    416: "Range Not Satisfiable",
    429: "Too Many Requests",
    431: "Request Header Fields Too Large",
    500: "Internal Server Error",
    501: "Not Implemented",
    503: "Service Unavailable",
    507: "Insufficient Storage",
}


class HttpError(Exception):
    def __init__(self, status: int, message: str = "", headers: dict[str, str] | None = None) -> None:
        super().__init__(message or _REASONS.get(status, ""))
        self.status = status
        self.message = message or _REASONS.get(status, "")
        self.headers = headers or {}


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
    client: str | None = None  # the only address that may use the link (None: any)


@dataclass
class _Drop:
    directory: Path
    on_upload: Callable[[Upload], None] | None
    client: str | None = None
    max_files: int = MAX_FILES_PER_LINK
    max_bytes: int = MAX_BYTES_PER_LINK
    received: list[Upload] = field(default_factory=list)
    files: int = 0  # stored or being received
    bytes: int = 0  # stored or being received


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
        max_concurrent_uploads: int = MAX_CONCURRENT_UPLOADS,
        keep_requests: int = 200,
        read_timeout_s: float = READ_TIMEOUT_S,
    ) -> None:
        self.bind_host = bind_host
        self.requested_port = port
        self.advertised_host = advertised_host or (
            bind_host if bind_host not in ("0.0.0.0", "::", "") else "127.0.0.1"
        )
        self.max_upload_bytes = max_upload_bytes
        self.max_concurrent_uploads = max_concurrent_uploads
        self.uploading = 0  # uploads being received now
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

    def share_file(self, path: Path, name: str | None = None, *, client: str | None = None) -> str:
        """Serve ``path`` (read when requested) at an unguessable URL ending in its (safe) name; returns the URL.
        ``client``: the only address that may download it (others get 403)."""
        token = secrets.token_urlsafe(18)
        share = _Share(
            Path(path),
            safe_name(name or Path(path).name, "firmware.bin"),
            plain_ip(client) if client else None,
        )
        self._shares[token] = share
        return f"{self.base_url}/f/{token}/{urllib.parse.quote(share.name)}"

    def accept_uploads(
        self,
        directory: Path,
        on_upload: Callable[[Upload], None] | None = None,
        *,
        client: str | None = None,
        max_files: int = MAX_FILES_PER_LINK,
        max_bytes: int = MAX_BYTES_PER_LINK,
    ) -> tuple[str, str]:
        """Receive at most ``max_files`` files and ``max_bytes`` bytes in all into ``directory`` (created when
        needed), from ``client`` only when given (others get 403); returns (URL ending in ``/``, token)."""
        token = secrets.token_urlsafe(18)
        self._drops[token] = _Drop(
            Path(directory), on_upload, plain_ip(client) if client else None, max_files, max_bytes
        )
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
                await self._respond(
                    writer, e.status, (e.message + "\n").encode(), head_only=method == "HEAD", extra=e.headers
                )
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
        link = self._shares.get(token) if kind == "f" else self._drops.get(token) if kind == "u" else None
        if link is not None and link.client is not None and link.client != client:
            raise HttpError(403, "this link is for the charger it was made for")
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
        if self.uploading >= self.max_concurrent_uploads:
            raise HttpError(
                503, f"{self.uploading} uploads running: try again later", {"Retry-After": str(RETRY_AFTER_S)}
            )
        if drop.files >= drop.max_files:
            raise HttpError(429, f"this link takes at most {drop.max_files} files")
        declared = headers.get("content-length", "")
        room = drop.max_bytes - drop.bytes
        if declared.isdigit() and int(declared) > min(self.max_upload_bytes, room):
            raise HttpError(413, f"at most {min(self.max_upload_bytes, room)} bytes")
        self.uploading += 1
        drop.files += 1
        counted = 0

        def count(n: int) -> None:
            nonlocal counted
            if drop.bytes + n > drop.max_bytes:
                raise HttpError(413, f"this link takes at most {drop.max_bytes} bytes in all")
            drop.bytes += n
            counted += n

        stored: _Sink | None = None
        try:
            if headers.get("expect", "").lower() == "100-continue":
                writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
                await writer.drain()
            ctype = headers.get("content-type", "")
            fallback = safe_name(name, "diagnostics.log")
            async with contextlib.aclosing(self._body(headers, reader, count)) as blocks:
                if method == "POST" and ctype.lower().startswith("multipart/form-data"):
                    stored = await _receive_multipart(ctype, blocks, drop.directory, fallback)
                else:  # PUT, or a plain POST of the file's bytes
                    stored = await _Sink.open(drop.directory, fallback)
                    async for block in blocks:
                        await stored.write(block)
                    await stored.close()
        except BaseException:
            if stored is not None:
                await stored.discard()
            drop.files -= 1
            drop.bytes -= counted
            raise
        finally:
            self.uploading -= 1
        upload = Upload(stored.path, stored.size, client, method)
        drop.received.append(upload)
        if drop.on_upload is not None:
            try:
                drop.on_upload(upload)
            except Exception:
                log.exception("file server upload callback failed")
        await self._respond(writer, 201, f"stored {stored.path.name} ({stored.size} bytes)\n".encode())
        return 201, stored.size, f"stored as {stored.path.name}"

    async def _body(
        self, headers: dict[str, str], reader: asyncio.StreamReader, count: Callable[[int], None]
    ) -> AsyncGenerator[bytes, None]:
        """The request body block by block as it arrives (Content-Length or chunked), at most
        ``max_upload_bytes``; ``count`` hears each block's size first (and may refuse it)."""
        limit = self.max_upload_bytes
        timeout = self.read_timeout_s
        total = 0
        if "chunked" in headers.get("transfer-encoding", "").lower():
            while True:
                line = await asyncio.wait_for(reader.readline(), timeout)
                try:
                    size = int(line.split(b";", 1)[0].strip(), 16)
                except ValueError:
                    raise HttpError(400, "bad chunk size") from None
                if size == 0:
                    while (await asyncio.wait_for(reader.readline(), timeout)).strip():
                        pass  # trailers
                    return
                if total + size > limit:
                    raise HttpError(413, f"at most {limit} bytes")
                left = size
                while left:
                    block = await asyncio.wait_for(reader.read(min(CHUNK, left)), timeout)
                    if not block:
                        raise HttpError(400, "body shorter than its chunk size")
                    count(len(block))
                    total += len(block)
                    left -= len(block)
                    yield block
                await asyncio.wait_for(reader.readexactly(2), timeout)
        declared = headers.get("content-length")
        if declared is None:
            raise HttpError(411, "send Content-Length or chunked")
        if not declared.isdigit():
            raise HttpError(400, "bad Content-Length")
        length = int(declared)
        if length > limit:
            raise HttpError(413, f"at most {limit} bytes")
        while total < length:
            block = await asyncio.wait_for(reader.read(min(CHUNK, length - total)), timeout)
            if not block:
                raise HttpError(400, "body shorter than Content-Length")
            count(len(block))
            total += len(block)
            yield block

    @staticmethod
    async def _respond(
        writer: asyncio.StreamWriter,
        status: int,
        body: bytes,
        *,
        head_only: bool = False,
        extra: dict[str, str] | None = None,
    ) -> None:
        writer.write(_head(status, len(body), {"Content-Type": "text/plain; charset=utf-8", **(extra or {})}))
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


class _Sink:
    """One uploaded file being written: claimed under its directory at once (never overwriting another), fed
    block by block, written off the loop every :data:`WRITE_BLOCK` bytes; removed again when the upload fails."""

    def __init__(self, path: Path, handle: BinaryIO) -> None:
        self.path = path
        self.size = 0
        self._handle = handle
        self._pending = bytearray()

    @classmethod
    async def open(cls, directory: Path, name: str) -> _Sink:
        return cls(*await asyncio.to_thread(_claim, directory, name))

    async def write(self, data: bytes | bytearray) -> None:
        self._pending += data
        self.size += len(data)
        if len(self._pending) >= WRITE_BLOCK:
            await self._flush()

    async def _flush(self) -> None:
        data, self._pending = bytes(self._pending), bytearray()
        if data:
            try:
                await asyncio.to_thread(self._handle.write, data)
            except OSError as e:
                raise HttpError(507, f"cannot store the file: {e.strerror}") from None

    async def close(self) -> None:
        await self._flush()
        try:
            await asyncio.to_thread(self._handle.close)
        except OSError as e:
            raise HttpError(507, f"cannot store the file: {e.strerror}") from None

    async def discard(self) -> None:
        def remove() -> None:
            with contextlib.suppress(OSError):
                self._handle.close()
            with contextlib.suppress(OSError):
                self.path.unlink()

        await asyncio.shield(asyncio.to_thread(remove))


class _MultipartReader:
    """A multipart/form-data body read as a stream, part by part: only a block and a part's head are held in
    memory."""

    def __init__(self, delimiter: bytes, blocks: AsyncIterator[bytes]) -> None:
        self.delimiter = delimiter
        self.blocks = blocks
        self.buf = bytearray(b"\r\n")  # the first delimiter may open the body: make it look like the others

    async def _more(self) -> bool:
        block = await anext(self.blocks, None)
        if block is None:
            return False
        self.buf.extend(block)
        return True

    async def skip_preamble(self) -> None:
        buf, delimiter = self.buf, self.delimiter
        while (at := buf.find(delimiter)) < 0:  # the preamble, ignored
            del buf[: max(0, len(buf) - len(delimiter))]
            if not await self._more():
                raise HttpError(400, "the multipart body has no parts")
        del buf[: at + len(delimiter)]

    async def next_head(self) -> str | None:
        """The head of the next part, or None at the closing delimiter."""
        buf = self.buf
        while len(buf) < 2:
            if not await self._more():
                raise HttpError(400, "the multipart body ends too soon")
        if buf[:2] == b"--":
            return None  # the closing delimiter
        while (end := buf.find(b"\r\n\r\n")) < 0:
            if len(buf) > MAX_HEADER_BYTES or not await self._more():
                raise HttpError(400, "a multipart part without a complete head")
        head = bytes(buf[2:end]).decode("latin-1")
        del buf[: end + 4]
        return head

    async def copy_body(self, sink: _Sink | None) -> None:
        """The body of the current part written to ``sink`` (skipped if None) as it arrives, up to and past the
        next delimiter."""
        buf, delimiter = self.buf, self.delimiter
        while (at := buf.find(delimiter)) < 0:
            keep = len(delimiter) - 1  # the end of the buffer may be the start of a delimiter
            if len(buf) > keep:
                if sink is not None:
                    await sink.write(buf[: len(buf) - keep])
                del buf[: len(buf) - keep]
            if not await self._more():
                raise HttpError(400, "the multipart body ends in a part")
        if sink is not None:
            await sink.write(buf[:at])
        del buf[: at + len(delimiter)]

    async def skip_epilogue(self) -> None:
        async for _ in self.blocks:
            pass


async def _receive_multipart(
    content_type: str, blocks: AsyncIterator[bytes], directory: Path, fallback: str
) -> _Sink:
    """Stream a multipart/form-data body to a file: the first part with a file name (else the first part),
    stored under that (safe) name or ``fallback``. Only a block and a part's head are held in memory."""
    found = re.search(r'boundary="?([^";]+)"?', content_type, re.IGNORECASE)
    if not found:
        raise HttpError(400, "multipart/form-data without a boundary")
    reader = _MultipartReader(b"\r\n--" + found.group(1).encode("latin-1"), blocks)
    chosen: _Sink | None = None
    named = False
    current: _Sink | None = None
    try:
        await reader.skip_preamble()
        while (head := await reader.next_head()) is not None:
            filename = _part_filename(head)
            if chosen is None or (filename and not named):
                if chosen is not None:  # a part without a file name, now that one has one
                    await chosen.discard()
                    chosen = None
                current = await _Sink.open(directory, safe_name(filename or fallback, fallback))
            await reader.copy_body(current)
            if current is not None:
                await current.close()
                chosen, named, current = current, bool(filename), None
        await reader.skip_epilogue()
    except BaseException:
        for sink in (current, chosen):
            if sink is not None:
                await sink.discard()
        raise
    if chosen is None:
        raise HttpError(400, "the multipart body has no parts")
    return chosen


def _part_filename(head: str) -> str:
    disposition = ""
    for line in head.split("\r\n"):
        key, _, value = line.partition(":")
        if key.strip().lower() == "content-disposition":
            disposition = value
    fname = re.search(r'filename\*?="?([^";]*)"?', disposition, re.IGNORECASE)
    return urllib.parse.unquote(fname.group(1)) if fname else ""


def _claim(directory: Path, name: str) -> tuple[Path, BinaryIO]:
    """A new file under ``directory`` named ``name`` (``name-1.ext`` … if taken), open for writing; never
    outside it."""
    directory.mkdir(parents=True, exist_ok=True)
    base = directory.resolve()
    stem, _dot, ext = name.partition(".")  # diag.tar.gz -> diag-1.tar.gz
    for n in range(10_000):
        candidate = base / (name if n == 0 else f"{stem}-{n}{'.' + ext if ext else ''}")
        if candidate.resolve().parent != base:
            raise HttpError(400, "the file name must be a plain name")
        try:
            return candidate, candidate.open("xb")
        except FileExistsError:
            continue
        except OSError as e:
            raise HttpError(507, f"cannot store the file: {e.strerror}") from None
    raise HttpError(507, "too many files of that name")
