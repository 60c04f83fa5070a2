"""Handshake attacks: nobody is let in where they should not be.

    python -m bench.faults --only handshake

Raw HTTP upgrade requests (the path sent exactly as written, no client normalisation) to ``chargedesk serve``
(SQLite, ``--unknown-chargers reject``) with a station that needs HTTP Basic (SEC-1), one that needs TLS-less
Basic but has no password set (LOCKED-1), one open station (OPEN-1) and another secured station (OTHER-1).
tests/integration/ocpp/test_handshake.py already checks ``parse_charge_point_id`` and, through a client, wrong /
no password, another username, ``%2F`` and ``%2E%2E``, 65-character ids, profile 2 without TLS and the reject
policy; this adds, against the real process and socket: dot segments sent raw, double encoding, encoded
characters that decode to a secured id, ids with spaces, NUL, CR/LF and look-alike characters, very long ids
(10,000 characters), empty ids, query strings naming another station, malformed Authorization headers (no
colon, empty password, Bearer, not base64, 6 KB), another station's password, and the case of the id and of the
password. Every request has one expected HTTP status; 101 (let in) is expected only for the two controls. A
path that is not a charge point URL gets 404; every refusal of an id that parses (unknown under the reject
policy, no or wrong credentials, no password set) gets the same 401, so nothing tells ids apart.
"""

from __future__ import annotations

import base64
import socket
import time
from pathlib import Path

from bench.faults.common import FaultResult, Serve, StationSpec, load_average, new_workdir, prepare_database

PASSWORD = "correct horse battery"
OTHER_PASSWORD = "other station password"


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


LET_IN = 101
# (what, path, Authorization header or None, expected status)
CASES: tuple[tuple[str, str, str | None, int], ...] = (
    ("control: SEC-1 with its password", "/ocpp/SEC-1", basic("SEC-1", PASSWORD), LET_IN),
    ("control: OPEN-1 without a password", "/ocpp/OPEN-1", None, LET_IN),
    ("wrong password", "/ocpp/SEC-1", basic("SEC-1", "wrong password!"), 401),
    ("no password", "/ocpp/SEC-1", None, 401),
    ("no password, bare /{id} path", "/SEC-1", None, 401),
    ("empty password", "/ocpp/SEC-1", basic("SEC-1", ""), 401),
    ("password in other case", "/ocpp/SEC-1", basic("SEC-1", PASSWORD.capitalize()), 401),
    ("password with a trailing space", "/ocpp/SEC-1", basic("SEC-1", PASSWORD + " "), 401),
    ("another station's password", "/ocpp/SEC-1", basic("SEC-1", OTHER_PASSWORD), 401),
    ("another station's credentials", "/ocpp/SEC-1", basic("OTHER-1", OTHER_PASSWORD), 401),
    ("the right password for another username", "/ocpp/SEC-1", basic("OTHER-1", PASSWORD), 401),
    ("Basic without a colon", "/ocpp/SEC-1", "Basic " + base64.b64encode(b"SEC-1").decode(), 401),
    ("Basic not base64", "/ocpp/SEC-1", "Basic %%%not-base64%%%", 401),
    ("Bearer token", "/ocpp/SEC-1", "Bearer " + PASSWORD, 401),
    ("6 KB Authorization header", "/ocpp/SEC-1", basic("SEC-1", "x" * 4500), 401),
    ("station without password, unsecured not allowed", "/ocpp/LOCKED-1", None, 401),
    ("encoded '-' decoding to SEC-1, no password", "/ocpp/SEC%2D1", None, 401),
    ("fully percent-encoded SEC-1, no password", "/ocpp/%53%45%43%2D%31", None, 401),
    ("query naming the secured station", "/ocpp/SEC-1?id=OPEN-1", None, 401),
    ("query naming an open station", "/ocpp/NOBODY?id=OPEN-1", None, 401),
    ("id in lower case, no password", "/ocpp/sec-1", None, 401),
    ("unknown id", "/ocpp/NOBODY", None, 401),
    ("unknown id with credentials", "/ocpp/NOBODY", basic("NOBODY", PASSWORD), 401),
    ("dot-dot segment", "/ocpp/../x", None, 404),
    ("dot-dot then a secured id", "/ocpp/../ocpp/SEC-1", None, 404),
    ("dot-dot alone", "/ocpp/..", None, 404),
    ("dot segment", "/ocpp/./SEC-1", None, 404),
    ("encoded dot-dot", "/ocpp/%2E%2E", None, 404),
    ("encoded dot-dot and slash", "/ocpp/..%2FSEC-1", None, 404),
    ("encoded slash", "/ocpp/a%2FSEC-1", None, 404),
    ("encoded backslash", "/ocpp/..%5CSEC-1", None, 404),
    ("double-encoded dot-dot", "/ocpp/%252E%252E", None, 401),  # the id "%2E%2E": unknown
    ("double slash", "/ocpp//SEC-1", None, 404),
    ("trailing slash", "/ocpp/SEC-1/", None, 404),
    ("nested path", "/ocpp/ocpp/SEC-1", None, 404),
    ("empty id", "/ocpp/", None, 404),
    ("root", "/", None, 404),
    ("space-only id", "/ocpp/%20", None, 404),
    ("trailing space after a secured id", "/ocpp/SEC-1%20", None, 401),  # "SEC-1 ": unknown
    ("NUL in the id", "/ocpp/SEC-1%00", None, 404),
    ("CR LF in the id", "/ocpp/SEC-1%0D%0AX-Injected:%201", None, 404),
    ("look-alike hyphen (U+2010)", "/ocpp/SEC%E2%80%901", None, 401),  # unknown
    ("invalid UTF-8", "/ocpp/%FF%FE", None, 404),
    ("65-character id", "/ocpp/" + "A" * 65, None, 404),
    ("10,000-character id", "/ocpp/" + "A" * 10_000, None, 414),  # URI Too Long (websockets: 8 KiB lines)
    ("10,000 encoded characters", "/ocpp/" + "%41" * 10_000, None, 414),
)


def request_status(port: int, path: str, authorization: str | None, timeout: float = 15.0) -> int | str:
    """Send one WebSocket upgrade request; the HTTP status of the answer (or what happened instead)."""
    lines = [
        f"GET {path} HTTP/1.1",
        f"Host: 127.0.0.1:{port}",
        "Upgrade: websocket",
        "Connection: Upgrade",
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
        "Sec-WebSocket-Version: 13",
        "Sec-WebSocket-Protocol: ocpp1.6",
    ]
    if authorization is not None:
        lines.append(f"Authorization: {authorization}")
    data = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        received = b""
        while b"\r\n" not in received:
            chunk = sock.recv(4096)
            if not chunk:
                return "closed without an answer"
            received += chunk
    status_line = received.split(b"\r\n", 1)[0].decode("latin-1")
    parts = status_line.split()
    return int(parts[1]) if len(parts) >= 2 and parts[1].isdigit() else status_line


def run(*, workdir: Path | None = None) -> FaultResult:
    result = FaultResult(
        "handshake",
        "Handshake attacks",
        f"{len(CASES)} raw WebSocket upgrade requests to serve (SQLite, `--unknown-chargers "
        "reject`): SEC-1 (Basic, unsecured not allowed), OTHER-1 (Basic), LOCKED-1 (no password, "
        "unsecured not allowed), OPEN-1 (open). Each request has one expected status; only the two "
        "controls may be let in (101).",
        load_before=load_average(),
    )
    workdir = workdir or new_workdir("handshake")
    url = f"sqlite:///{workdir / 'handshake.db'}"
    prepare_database(
        url,
        [
            StationSpec("SEC-1", PASSWORD, allow_unsecured=False, security_profile=1),
            StationSpec("OTHER-1", OTHER_PASSWORD, allow_unsecured=False, security_profile=1),
            StationSpec("LOCKED-1", allow_unsecured=False),
            StationSpec("OPEN-1"),
        ],
    )
    serve = Serve(url, workdir, unknown="reject")
    serve.start()
    let_in_wrongly: list[str] = []
    other: list[str] = []
    statuses: dict[int | str, int] = {}
    started = time.perf_counter()
    try:
        for what, path, auth, expected in CASES:
            got = request_status(serve.port, path, auth)
            statuses[got] = statuses.get(got, 0) + 1
            if got == LET_IN and expected != LET_IN:
                let_in_wrongly.append(f"{what} ({path[:40]})")
            elif got != expected:
                other.append(f"{what} ({path[:40]}): {got} instead of {expected}")
        alive = serve.alive
    finally:
        exit_code = serve.stop()
    tracebacks = serve.tracebacks()
    attacks = sum(1 for *_, e in CASES if e != LET_IN)
    result.add("requests", len(CASES))
    result.add("attacks (must not be let in)", attacks)
    result.add("let in wrongly", len(let_in_wrongly))
    result.add(
        "controls let in", sum(1 for c in CASES if c[3] == LET_IN) - sum(1 for m in other if "control" in m)
    )
    result.add("answers other than the expected status", len(other))
    result.add("statuses seen", ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items(), key=str)))
    result.add("seconds", round(time.perf_counter() - started, 2))
    result.add("tracebacks in serve's log", tracebacks)
    result.load_after = load_average()
    if let_in_wrongly:
        result.fail("let in where it should not be: " + "; ".join(let_in_wrongly))
    if other:
        result.fail("unexpected answers: " + "; ".join(other))
    if not alive:
        result.fail(f"serve died (exit status {exit_code}): {serve.tail()}")
    if tracebacks:
        result.fail(f"serve logged {tracebacks} traceback(s): {serve.tail()}")
    return result
