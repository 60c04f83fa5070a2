"""File transfers of UpdateFirmware and GetDiagnostics: blocking urllib calls, run in a worker thread.

Download: http, https or ftp (urllib). Upload: HTTP PUT of the file to the location (with the file name appended
when the location ends with ``/``); a server that refuses PUT (405/501) gets a multipart/form-data POST with the
file in the field ``file``, the form most upload handlers take. FTP upload is not supported (UploadFailed).
"""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
import uuid

MAX_DOWNLOAD = 256 * 1024 * 1024
_VERSION = re.compile(r"(\d+\.\d+(?:\.\d+)*)")

# Chargers on a LAN do not go through the proxy of the environment the simulator happens to run in.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class TransferError(Exception):
    pass


def download(url: str, timeout: float = 30.0) -> bytes:
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in ("http", "https", "ftp"):
        raise TransferError(f"cannot download from a {scheme or 'relative'} location: {url}")
    try:
        with _OPENER.open(url, timeout=timeout) as response:
            data: bytes = response.read(MAX_DOWNLOAD + 1)
    except urllib.error.HTTPError as e:
        raise TransferError(f"HTTP {e.code} {e.reason} for {url}") from None
    except (urllib.error.URLError, OSError) as e:
        raise TransferError(f"{url}: {getattr(e, 'reason', e)}") from None
    if len(data) > MAX_DOWNLOAD:
        raise TransferError(f"{url}: larger than {MAX_DOWNLOAD // 2**20} MB")
    return data


def upload(location: str, filename: str, data: bytes, timeout: float = 30.0) -> str:
    """Upload ``data``; returns the URL and method used."""
    parts = urllib.parse.urlsplit(location)
    if parts.scheme.lower() not in ("http", "https"):
        raise TransferError(f"cannot upload to a {parts.scheme or 'relative'} location: {location}")
    url = location + urllib.parse.quote(filename) if parts.path.endswith("/") else location
    request = urllib.request.Request(
        url, data=data, method="PUT", headers={"Content-Type": "text/plain; charset=utf-8"}
    )
    try:
        with _OPENER.open(request, timeout=timeout):
            return f"PUT {url}"
    except urllib.error.HTTPError as e:
        if e.code not in (405, 501):
            raise TransferError(f"PUT {url}: HTTP {e.code} {e.reason}") from None
    except (urllib.error.URLError, OSError) as e:
        raise TransferError(f"PUT {url}: {getattr(e, 'reason', e)}") from None
    boundary = uuid.uuid4().hex
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
            "Content-Type: text/plain\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    request = urllib.request.Request(
        url, data=body, method="POST", headers={"Content-Type": f"multipart/form-data; boundary={boundary}"}
    )
    try:
        with _OPENER.open(request, timeout=timeout):
            return f"POST {url}"
    except urllib.error.HTTPError as e:
        raise TransferError(f"POST {url}: HTTP {e.code} {e.reason}") from None
    except (urllib.error.URLError, OSError) as e:
        raise TransferError(f"POST {url}: {getattr(e, 'reason', e)}") from None


def firmware_version(location: str, data: bytes, current: str) -> str:
    """The version a firmware file installs: from its name (``fw-2.1.0.bin``), else the current one with the
    file's hash."""
    name = urllib.parse.unquote(urllib.parse.urlsplit(location).path.rsplit("/", 1)[-1])
    found = _VERSION.search(name)
    if found:
        return found.group(1)
    import hashlib

    return f"{current.split('+')[0]}+{hashlib.sha256(data).hexdigest()[:8]}"
