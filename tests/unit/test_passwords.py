from __future__ import annotations

import base64
import hashlib

import pytest

from app.services.admin.passwords import (
    ITERATIONS,
    hash_password,
    is_hash,
    password_advice,
    password_problem,
    verify_password,
)


def test_hash_has_the_documented_form_and_verifies() -> None:
    stored = hash_password("correct horse battery")
    algorithm, iterations, salt, digest = stored.split("$")
    assert algorithm == "pbkdf2_sha256"
    assert int(iterations) == ITERATIONS == 200_000
    assert len(base64.b64decode(salt)) == 16
    # it really is PBKDF2-HMAC-SHA256 over the salt, so other tools can check it
    expected = hashlib.pbkdf2_hmac("sha256", b"correct horse battery", base64.b64decode(salt), ITERATIONS)
    assert base64.b64decode(digest) == expected
    assert verify_password("correct horse battery", stored)
    assert not verify_password("correct horse batterY", stored)
    assert not verify_password("", stored)


def test_hashes_are_salted() -> None:
    a, b = hash_password("same-password"), hash_password("same-password")
    assert a != b
    assert verify_password("same-password", a) and verify_password("same-password", b)


def test_stored_iterations_are_honoured() -> None:
    stored = hash_password("few-iterations", iterations=1000)
    assert stored.split("$")[1] == "1000"
    assert verify_password("few-iterations", stored)


def test_unicode_passwords_round_trip() -> None:
    stored = hash_password("Grüezi-mitenand")
    assert verify_password("Grüezi-mitenand", stored)
    assert not verify_password("Gruezi-mitenand", stored)


@pytest.mark.parametrize(
    "bad",
    [
        None,
        "",
        "plain-password",
        "pbkdf2_sha256$200000$abc",
        "md5$1$YWJj$YWJj",
        "pbkdf2_sha256$x$YWJj$YWJj",
        "pbkdf2_sha256$0$YWJj$YWJj",
        "pbkdf2_sha256$1000$!!!$YWJj",
        42,
    ],
)
def test_malformed_hashes_are_not_hashes_and_never_verify(bad: object) -> None:
    assert not is_hash(bad)
    assert not verify_password("plain-password", bad)  # type: ignore[arg-type]


def test_is_hash_accepts_our_hashes() -> None:
    assert is_hash(hash_password("abcdefgh"))


def test_empty_password_cannot_be_hashed() -> None:
    with pytest.raises(ValueError):
        hash_password("")


@pytest.mark.parametrize(
    ("plain", "problem"),
    [
        ("short", "at least 8"),
        ("1234567", "at least 8"),
        ("x" * 41, "at most 40"),
        ("pässwort-lang", "printable ASCII"),
        ("tab\there-too", "printable ASCII"),
    ],
)
def test_password_policy_refuses(plain: str, problem: str) -> None:
    message = password_problem(plain)
    assert message is not None and problem in message


@pytest.mark.parametrize("plain", ["12345678", "x" * 40, "with spaces and: colons!"])
def test_password_policy_accepts(plain: str) -> None:
    assert password_problem(plain) is None


def test_advice_below_the_ocpp_recommendation() -> None:
    assert password_advice("12345678") is not None and "16" in (password_advice("12345678") or "")
    assert password_advice("0123456789abcdef") is None
    assert password_advice("short") is None  # refused outright, not merely advised against
