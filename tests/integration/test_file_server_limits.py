"""The LAN file server's bounds over real sockets on 127.0.0.1: a link answers only the address it was made for
(others, e.g. whoever read it in the message log, get 403); uploads are streamed to disk as they arrive (the file
grows before the body has ended, a broken upload leaves no file); a link takes a bounded number of files and bytes;
concurrent uploads are bounded (503 beyond); multipart bodies are parsed as a stream."""

from __future__ import annotations

import asyncio
import http.client
import urllib.parse
from pathlib import Path
from typing import Any

import pytest

from app.services.chargers.file_server import WRITE_BLOCK, FileServer
from tests.helpers.ocpp import wait_until

FIRMWARE = b"\x7fFIRMWARE" + bytes(range(256)) * 300
ELSEWHERE = "127.0.0.2"  # another address on the loopback network: another machine on the LAN

# every refusal these tests provoke is logged by the file server (that is the operator's trace of it)
pytestmark = pytest.mark.expect_log(
    r"file server: .* -> (400|403|413|429|503) ", logger="app.services.chargers.file_server"
)


def request(
    url: str,
    method: str = "GET",
    body: Any = None,
    headers: dict[str, str] | None = None,
    source: str | None = None,
) -> tuple[int, bytes]:
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(
        parts.hostname, parts.port, timeout=10, source_address=(source, 0) if source else None
    )
    try:
        conn.request(method, parts.path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


async def call(*args: Any, **kwargs: Any) -> tuple[int, bytes]:
    return await asyncio.to_thread(request, *args, **kwargs)


async def open_upload(
    url: str, length: int, first: bytes
) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """A PUT of ``length`` bytes of which only ``first`` is sent yet."""
    parts = urllib.parse.urlsplit(url)
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    writer.write(
        f"PUT {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\nContent-Length: {length}\r\n\r\n".encode()
        + first
    )
    await writer.drain()
    return reader, writer


async def finish_upload(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, rest: bytes) -> int:
    writer.write(rest)
    await writer.drain()
    status_line = await asyncio.wait_for(reader.readline(), 10)
    writer.close()
    await writer.wait_closed()
    return int(status_line.split()[1])


def files(directory: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in directory.iterdir()} if directory.exists() else {}


@pytest.mark.expect_log(r"file server: .* -> 403 ", logger="app.services.chargers.file_server")
async def test_a_link_answers_only_the_address_it_was_made_for(tmp_path: Path) -> None:
    firmware = tmp_path / "fw.bin"
    firmware.write_bytes(FIRMWARE)
    drop = tmp_path / "diag"
    async with FileServer(bind_host="127.0.0.1") as server:
        fw_url = server.share_file(firmware, client="::ffff:127.0.0.1")  # as a dual-stack socket reports it
        up_url, _ = server.accept_uploads(drop, client="127.0.0.1")
        for method in ("GET", "HEAD"):
            status, body = await call(fw_url, method, source=ELSEWHERE)
            assert status == 403 and FIRMWARE[:8] not in body
        assert (await call(up_url + "x.log", "PUT", b"stolen", source=ELSEWHERE))[0] == 403
        assert files(drop) == {}
        # the charger itself
        assert await call(fw_url) == (200, FIRMWARE)
        assert (await call(up_url + "x.log", "PUT", b"diagnostics"))[0] == 201
        assert files(drop) == {"x.log": 11}
        assert [r.status for r in server.requests] == [403, 403, 403, 200, 201]
        # a link made for nobody in particular answers anyone (the server's own API, used by tests and tools)
        open_url = server.share_file(firmware)
        assert (await call(open_url, source=ELSEWHERE))[0] == 200


@pytest.mark.expect_log(r"file server: .* -> 400 ", logger="app.services.chargers.file_server")
async def test_an_upload_is_streamed_to_disk_and_a_broken_one_leaves_nothing(tmp_path: Path) -> None:
    drop = tmp_path / "diag"
    total = 6 * WRITE_BLOCK
    payload = bytes(range(256)) * (total // 256)
    async with FileServer(bind_host="127.0.0.1", max_upload_bytes=total) as server:
        url, _ = server.accept_uploads(drop)
        reader, writer = await open_upload(url + "big.log", total, payload[: 3 * WRITE_BLOCK])
        # the file grows on disk while the body is still coming: it is not held whole in memory
        await wait_until(lambda: files(drop).get("big.log", 0) >= 2 * WRITE_BLOCK, timeout=10)
        assert server.uploading == 1
        assert await finish_upload(reader, writer, payload[3 * WRITE_BLOCK :]) == 201
        assert (drop / "big.log").read_bytes() == payload
        assert server.uploading == 0

        # a charger that goes away in the middle of an upload leaves no partial file behind
        reader, writer = await open_upload(url + "cut.log", total, payload[: 3 * WRITE_BLOCK])
        await wait_until(lambda: files(drop).get("cut.log", 0) >= 2 * WRITE_BLOCK, timeout=10)
        writer.close()
        await writer.wait_closed()
        await wait_until(lambda: "cut.log" not in files(drop) and server.uploading == 0, timeout=10)
        assert files(drop) == {"big.log": total}


@pytest.mark.expect_log(r"file server: .* -> (413|429) ", logger="app.services.chargers.file_server")
async def test_files_and_bytes_per_link_are_bounded(tmp_path: Path) -> None:
    drop = tmp_path / "diag"
    async with FileServer(bind_host="127.0.0.1") as server:
        url, _ = server.accept_uploads(drop, max_files=2, max_bytes=1500)
        assert (await call(url + "a.log", "PUT", b"a" * 1000))[0] == 201
        # declared too big for what the link has left: refused before a byte is read
        assert (await call(url + "b.log", "PUT", b"b" * 600))[0] == 413
        # chunked (no length declared): refused when the bytes go over, the partial file removed
        chunked = b"258\r\n" + b"c" * 600 + b"\r\n0\r\n\r\n"
        assert (await call(url + "c.log", "PUT", chunked, {"Transfer-Encoding": "chunked"}))[0] == 413
        assert files(drop) == {"a.log": 1000}
        assert (await call(url + "d.log", "PUT", b"d" * 500))[0] == 201
        # the link's files are used up
        status, body = await call(url + "e.log", "PUT", b"e")
        assert status == 429 and b"at most 2 files" in body
        assert files(drop) == {"a.log": 1000, "d.log": 500}
        # another link has its own allowance
        other, _ = server.accept_uploads(tmp_path / "other", max_files=1, max_bytes=10)
        assert (await call(other + "f.log", "PUT", b"f" * 10))[0] == 201


@pytest.mark.expect_log(r"file server: .* -> 503 ", logger="app.services.chargers.file_server")
async def test_concurrent_uploads_are_bounded(tmp_path: Path) -> None:
    drop = tmp_path / "diag"
    async with FileServer(bind_host="127.0.0.1", max_concurrent_uploads=2) as server:
        url, _ = server.accept_uploads(drop, max_files=10)
        slow = [await open_upload(url + f"slow{n}.log", 200, b"s" * 100) for n in (1, 2)]
        await wait_until(lambda: server.uploading == 2, timeout=10)
        status, body = await call(url + "third.log", "PUT", b"t" * 10)
        assert status == 503 and b"try again" in body
        parts = urllib.parse.urlsplit(url)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        await asyncio.to_thread(conn.request, "PUT", parts.path + "third.log", b"t")
        response = await asyncio.to_thread(conn.getresponse)
        assert response.status == 503 and response.getheader("Retry-After") == "30"
        conn.close()
        assert [await finish_upload(r, w, b"s" * 100) for r, w in slow] == [201, 201]
        assert (await call(url + "third.log", "PUT", b"t" * 10))[0] == 201  # the charger's retry
        assert files(drop) == {"slow1.log": 200, "slow2.log": 200, "third.log": 10}


@pytest.mark.expect_log(r"file server: .* -> 400 ", logger="app.services.chargers.file_server")
async def test_a_multipart_body_is_parsed_as_a_stream(tmp_path: Path) -> None:
    boundary = "b0undary"
    # data that looks like the start of a delimiter, across block boundaries, inside the file
    data = (b"line\r\n--b0und" + bytes(range(256)) * 40 + b"\r\n-") * 400
    body = (
        (
            f'preamble\r\n--{boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="f"; filename="diag%20a.tar.gz"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\nepilogue".encode()
    )
    drop = tmp_path / "diag"
    async with FileServer(bind_host="127.0.0.1") as server:
        url, _ = server.accept_uploads(drop)
        ctype = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
        assert (await call(url, "POST", body, ctype))[0] == 201
        # the named part is kept, the unnamed field before it is not
        assert files(drop) == {"diag_a.tar.gz": len(data)}
        assert (drop / "diag_a.tar.gz").read_bytes() == data
        # an unnamed part first, then one named like the fallback: the named one keeps the name
        twice = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="a"\r\n\r\nfirst\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="f"; filename="same.log"\r\n\r\n'
            f"second\r\n--{boundary}--\r\n"
        ).encode()
        assert (await call(url + "same.log", "POST", twice, ctype))[0] == 201
        assert (drop / "same.log").read_bytes() == b"second" and len(files(drop)) == 2
        # a body that ends inside a part: refused, nothing left behind
        cut = body[: len(body) // 2]
        assert (await call(url, "POST", cut, ctype))[0] == 400
        assert files(drop) == {"diag_a.tar.gz": len(data), "same.log": 6}
