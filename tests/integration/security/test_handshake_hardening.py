"""The handshake cannot be used to tell ids apart, to guess passwords at full speed, or to starve legitimate
chargers of CPU; stored hashes are kept within fixed parameters; an id with a colon can log in."""

from __future__ import annotations

import asyncio
import statistics
import time
from urllib.parse import quote

import pytest
from sqlalchemy import select
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus
from websockets.typing import Subprotocol

from app.db import Database
from app.models import Station
from app.ocpp.security import basic_auth_header
from app.services.admin.passwords import (
    ITERATIONS,
    MAX_ITERATIONS,
    hash_password,
    is_hash,
    needs_rehash,
    verify_password,
)
from app.services.central.system import CentralSystem, LoginThrottle
from tests.helpers.ocpp import CentralFactory, add_station, wait_until

PASSWORD = "correct horse battery staple"


async def attempt(
    cs: CentralSystem,
    cp_id: str,
    password: str | None = None,
    *,
    source: str = "127.0.0.1",
    user: str | None = None,
) -> tuple[int, bytes]:
    """(HTTP status, body) of one handshake; 101 when let in (closed again at once)."""
    headers = {"Authorization": basic_auth_header(user or cp_id, password)} if password is not None else {}
    try:
        async with connect(
            cs.url + quote(cp_id, safe=":"),
            subprotocols=[Subprotocol("ocpp1.6")],
            additional_headers=headers,
            local_addr=(source, 0),
            open_timeout=20,
            ping_interval=None,
        ):
            return 101, b""
    except InvalidStatus as e:
        assert e.response.status_code != 401 or "Basic" in e.response.headers["WWW-Authenticate"]
        return e.response.status_code, e.response.body


def set_hash(db: Database, cp_id: str, stored: str) -> None:
    with db.session() as s:
        st = s.scalars(select(Station).where(Station.charge_point_id == cp_id)).one()
        st.password_hash = stored


async def test_every_refused_login_gets_the_same_answer(
    db: Database, central_factory: CentralFactory
) -> None:
    cs = await central_factory("reject")
    add_station(db, "SEC-1", password=PASSWORD, allow_unsecured=False, security_profile=1)
    add_station(db, "LOCKED-1", allow_unsecured=False)
    answers = [
        await attempt(cs, "NOBODY", PASSWORD, source="127.0.0.2"),  # unknown id
        await attempt(cs, "SEC-1", "wrong password!", source="127.0.0.3"),
        await attempt(cs, "SEC-1", source="127.0.0.4"),  # no header
        await attempt(cs, "SEC-1", PASSWORD, user="OTHER", source="127.0.0.5"),
        await attempt(cs, "LOCKED-1", source="127.0.0.6"),  # no password set
    ]
    assert answers == [(401, b"Unauthorized\n")] * 5
    assert (await attempt(cs, "SEC-1", PASSWORD))[0] == 101


async def test_refusals_take_the_time_of_a_password_check(
    db: Database, central_factory: CentralFactory
) -> None:
    cs = await central_factory("reject")
    cs.backend.throttle = LoginThrottle(free=1000)  # timing only here
    add_station(db, "SEC-1", allow_unsecured=False, security_profile=1)
    set_hash(db, "SEC-1", hash_password(PASSWORD))  # today's parameters: a real PBKDF2

    async def timed(cp_id: str, password: str | None) -> float:
        started = time.perf_counter()
        assert (await attempt(cs, cp_id, password))[0] == 401
        return time.perf_counter() - started

    wrong = statistics.median([await timed("SEC-1", "wrong password!") for _ in range(3)])
    for cp_id, password in [("NOBODY", PASSWORD), ("SEC-1", None)]:
        other = statistics.median([await timed(cp_id, password) for _ in range(3)])
        assert 0.5 < other / wrong < 2.0, (cp_id, password, other, wrong)


async def test_failed_logins_back_off_per_address_and_per_id(db: Database, central: CentralSystem) -> None:
    add_station(db, "SEC-1", password=PASSWORD, allow_unsecured=False, security_profile=1)
    assert (await attempt(central, "SEC-1", PASSWORD, source="127.0.0.1"))[0] == 101  # the real charger
    for _ in range(6):
        assert (await attempt(central, "SEC-1", "guess", source="127.0.0.2"))[0] == 401
    # the guessing address is refused even with the right password, and so is any other new address for this id
    assert (await attempt(central, "SEC-1", PASSWORD, source="127.0.0.2"))[0] == 401
    assert (await attempt(central, "SEC-1", PASSWORD, source="127.0.0.3"))[0] == 401
    # ... but not the address the charger last logged in from: guessing cannot lock the real charger out
    assert (await attempt(central, "SEC-1", PASSWORD, source="127.0.0.1"))[0] == 101


async def test_wrong_password_floods_leave_a_legitimate_charger_connecting(
    db: Database, central: CentralSystem
) -> None:
    add_station(db, "SEC-1", allow_unsecured=False, security_profile=1)
    add_station(db, "REAL-1", allow_unsecured=False, security_profile=1)
    set_hash(db, "SEC-1", hash_password(PASSWORD))
    set_hash(db, "REAL-1", hash_password(PASSWORD))
    flood = [
        asyncio.ensure_future(attempt(central, "SEC-1", f"guess {i}", source="127.0.0.2")) for i in range(60)
    ]
    await wait_until(lambda: central.backend._checking, timeout=10)
    started = time.perf_counter()
    assert (await attempt(central, "REAL-1", PASSWORD, source="127.0.0.1"))[0] == 101
    assert time.perf_counter() - started < 1.0
    assert {status for status, _ in await asyncio.gather(*flood)} == {401}


def test_hash_parameters_within_a_fixed_range() -> None:
    good = hash_password(PASSWORD)
    _, _, salt, digest = good.split("$")
    for iterations in (1, 999, MAX_ITERATIONS + 1, 999_999_999):
        forged = f"pbkdf2_sha256${iterations}${salt}${digest}"
        assert not is_hash(forged) and not verify_password(PASSWORD, forged)
    with pytest.raises(ValueError):
        hash_password(PASSWORD, iterations=1)
    assert is_hash(good) and not needs_rehash(good) and needs_rehash(hash_password(PASSWORD, iterations=1000))


async def test_an_imported_weak_hash_is_rehashed_on_the_next_good_login(
    db: Database, central: CentralSystem
) -> None:
    add_station(db, "OLD-1", password=PASSWORD, allow_unsecured=False, security_profile=1)  # 1,000 iterations
    assert (await attempt(central, "OLD-1", PASSWORD))[0] == 101

    def stored() -> str:
        with db.session() as s:
            return (
                s.scalars(select(Station.password_hash).where(Station.charge_point_id == "OLD-1")).one() or ""
            )

    await wait_until(lambda: stored().startswith(f"pbkdf2_sha256${ITERATIONS}$"), timeout=10)
    assert verify_password(PASSWORD, stored())
    assert (await attempt(central, "OLD-1", PASSWORD))[0] == 101


async def test_an_absurd_imported_hash_is_refused_at_once(db: Database, central: CentralSystem) -> None:
    add_station(db, "ODD-1", allow_unsecured=False, security_profile=1)
    _, _, salt, digest = hash_password(PASSWORD).split("$")
    set_hash(db, "ODD-1", f"pbkdf2_sha256$999999999${salt}${digest}")
    started = time.perf_counter()
    assert (await attempt(central, "ODD-1", PASSWORD))[0] == 401
    assert time.perf_counter() - started < 5.0  # (999,999,999 iterations would take minutes)


async def test_a_charge_point_id_with_a_colon_can_log_in(db: Database, central: CentralSystem) -> None:
    add_station(db, "ACME:CP:1", password="pass:with:colons", allow_unsecured=False, security_profile=1)
    assert (await attempt(central, "ACME:CP:1", "pass:with:colons"))[0] == 101
    assert (await attempt(central, "ACME:CP:1", "pass:with", source="127.0.0.2"))[0] == 401
