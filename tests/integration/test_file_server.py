"""The LAN file server over real sockets: firmware download (GET, HEAD, Range), diagnostics uploads by PUT and
multipart POST (as the simulator and real chargers send them), path tricks refused, the size limit kept."""

from __future__ import annotations

import asyncio
import http.client
import urllib.parse
import uuid
from pathlib import Path
from typing import Any

import pytest

from app.services.chargers.file_server import FileServer, Upload, safe_name
from app.simulator.transfer import upload as sim_upload

FIRMWARE = b"\x7fFIRMWARE" + bytes(range(256)) * 300


def request(
    url: str,
    method: str = "GET",
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    raw_path: str | None = None,
) -> tuple[int, dict[str, str], bytes]:
    """One blocking HTTP request (run in a thread); ``raw_path`` is sent as it is, unnormalised."""
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        conn.request(method, raw_path or parts.path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


async def call(*args: Any, **kwargs: Any) -> tuple[int, dict[str, str], bytes]:
    return await asyncio.to_thread(request, *args, **kwargs)


@pytest.fixture
def firmware(tmp_path: Path) -> Path:
    path = tmp_path / "fw-2.1.0.bin"
    path.write_bytes(FIRMWARE)
    return path


@pytest.mark.expect_log(r"file server: .* -> (404|405|416) ", logger="app.services.chargers.file_server")
async def test_firmware_download_head_and_range(firmware: Path) -> None:
    async with FileServer(bind_host="127.0.0.1") as server:
        url = server.share_file(firmware)
        assert url.startswith(f"http://127.0.0.1:{server.port}/f/") and url.endswith("/fw-2.1.0.bin")
        status, headers, body = await call(url)
        assert status == 200 and body == FIRMWARE and headers["content-length"] == str(len(FIRMWARE))
        status, headers, body = await call(url, "HEAD")
        assert status == 200 and body == b"" and headers["content-length"] == str(len(FIRMWARE))
        status, headers, body = await call(url, headers={"Range": "bytes=10-19"})
        assert status == 206 and body == FIRMWARE[10:20]
        assert headers["content-range"] == f"bytes 10-19/{len(FIRMWARE)}"
        status, _, body = await call(url, headers={"Range": "bytes=-5"})
        assert status == 206 and body == FIRMWARE[-5:]
        status, _, _ = await call(url, headers={"Range": f"bytes={len(FIRMWARE)}-"})
        assert status == 416
        # the token is the key: another token, or the right token with another name, is nothing
        token = server.token_of(url)
        assert (await call(url.replace(token, "x" * len(token))))[0] == 404
        assert (await call(url.rsplit("/", 1)[0] + "/other.bin"))[0] == 404
        assert (await call(url, "PUT", b"x"))[0] == 405
        # withdrawn: gone
        server.withdraw(url)
        assert (await call(url))[0] == 404
        methods = [(r.method, r.status) for r in server.requests]
        assert methods[:3] == [("GET", 200), ("HEAD", 200), ("GET", 206)]
        assert all(token not in r.path for r in server.requests)  # the log does not give the way in


async def test_put_and_multipart_post_uploads(tmp_path: Path) -> None:
    got: list[Upload] = []
    async with FileServer(bind_host="127.0.0.1") as server:
        url, _token = server.accept_uploads(tmp_path / "diag", got.append)
        assert url.endswith("/")
        # HTTP PUT as the simulator sends it first (file name appended to the location)
        how = await asyncio.to_thread(sim_upload, url, "HALL-B-1-diagnostics.log", b"line 1\nline 2\n")
        assert how.startswith("PUT ")
        # a multipart/form-data POST as real chargers send it (to the location itself)
        boundary = uuid.uuid4().hex
        data = bytes(range(256)) + b"\r\n--not-the-boundary\r\n" + b"end"
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="description"\r\n\r\nlogs\r\n'
                f'--{boundary}\r\nContent-Disposition: form-data; name="uploadfile"; filename="diag.tar.gz"\r\n'
                "Content-Type: application/octet-stream\r\n\r\n"
            ).encode()
            + data
            + f"\r\n--{boundary}--\r\n".encode()
        )
        status, _, _ = await call(
            url, "POST", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}
        )
        assert status == 201
        # the same name again is not overwritten
        status, _, _ = await call(url + "diag.tar.gz", "PUT", b"second")
        assert status == 201
        # chunked transfer encoding (no Content-Length)
        chunked = b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"
        status, _, _ = await call(url + "chunked.log", "PUT", chunked, {"Transfer-Encoding": "chunked"})
        assert status == 201
    files = {p.name: p.read_bytes() for p in (tmp_path / "diag").iterdir()}
    assert files == {
        "HALL-B-1-diagnostics.log": b"line 1\nline 2\n",
        "diag.tar.gz": data,
        "diag-1.tar.gz": b"second",
        "chunked.log": b"hello world",
    }
    assert [(u.path.name, u.method, u.size) for u in got] == [
        ("HALL-B-1-diagnostics.log", "PUT", 14),
        ("diag.tar.gz", "POST", len(data)),
        ("diag-1.tar.gz", "PUT", 6),
        ("chunked.log", "PUT", 11),
    ]
    assert not server.running


@pytest.mark.expect_log(r"file server: .* -> (400|404) ", logger="app.services.chargers.file_server")
async def test_path_tricks_are_refused(tmp_path: Path, firmware: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("do not serve")
    drop = tmp_path / "diag"
    async with FileServer(bind_host="127.0.0.1") as server:
        fw_url = server.share_file(firmware)
        up_url, _ = server.accept_uploads(drop)
        base = fw_url.rsplit("/", 1)[0]
        up_path = urllib.parse.urlsplit(up_url).path
        for raw in (
            urllib.parse.urlsplit(base).path + "/../../secret.txt",
            urllib.parse.urlsplit(base).path + "/..%2F..%2Fsecret.txt",
            urllib.parse.urlsplit(base).path + "/..%5Csecret.txt",
            "/f/../secret.txt",
            "/secret.txt",
            "/",
            "/f/",
            "/etc/passwd",
        ):
            status, _, body = await call(fw_url, raw_path=raw)
            assert status in (400, 404), raw
            assert b"do not serve" not in body
        # uploads cannot climb out of their folder, whatever name they give
        for raw in (up_path + "..%2F..%2Fevil.txt", up_path + "%2E%2E", up_path + "a%00b"):
            status, _, _ = await call(up_url, "PUT", b"evil", raw_path=raw)
            assert status == 400, raw
        boundary = "b0undary"
        body = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="../../evil.txt"\r\n\r\n'
            f"evil\r\n--{boundary}--\r\n"
        ).encode()
        status, _, _ = await call(
            up_url, "POST", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}
        )
        assert status == 201  # stored, but only under its plain name inside the folder
    assert sorted(p.name for p in drop.iterdir()) == ["evil.txt"]
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path.parent / "evil.txt").exists()
    assert safe_name("../../.bashrc") == "bashrc" and safe_name("C:\\x\\diag log.zip") == "diag_log.zip"


@pytest.mark.expect_log(r"file server: .* -> 413 ", logger="app.services.chargers.file_server")
async def test_size_limit(tmp_path: Path) -> None:
    async with FileServer(bind_host="127.0.0.1", max_upload_bytes=1000) as server:
        url, _ = server.accept_uploads(tmp_path / "diag")
        status, _, _ = await call(url + "big.log", "PUT", b"x" * 1001)
        assert status == 413
        chunked = b"3e8\r\n" + b"y" * 1000 + b"\r\n1\r\nz\r\n0\r\n\r\n"
        status, _, _ = await call(url + "big2.log", "PUT", chunked, {"Transfer-Encoding": "chunked"})
        assert status == 413
        status, _, _ = await call(url + "ok.log", "PUT", b"x" * 1000)
        assert status == 201
        assert [r.status for r in server.requests] == [413, 413, 201]
    assert [p.name for p in (tmp_path / "diag").iterdir()] == ["ok.log"]


async def test_a_fixed_port_is_shared_by_jobs_and_stops_with_the_last(tmp_path: Path, firmware: Path) -> None:
    first = await FileServer.lease(bind_host="127.0.0.1", port=0)
    port = first.port
    await first.release()
    assert not first.running
    a = await FileServer.lease(bind_host="127.0.0.1", port=port)
    b = await FileServer.lease(bind_host="127.0.0.1", port=port)
    assert a is b and a.port == port
    url = a.share_file(firmware)
    await a.release()
    assert b.running and (await call(url))[0] == 200
    await b.release()
    assert not b.running
    with pytest.raises(OSError):
        await call(url)
