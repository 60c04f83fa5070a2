"""Charger passwords (OCPP security profiles 1 and 2, HTTP Basic): hashed with PBKDF2-SHA256, never stored plain.

Stored form: ``pbkdf2_sha256$<iterations>$<salt, base64>$<hash, base64>`` (Django's layout, standard base64).
The iteration count of a stored hash must lie in ``[MIN_ITERATIONS, MAX_ITERATIONS]``: an imported
``pbkdf2_sha256$999999999$…`` (minutes of CPU per login attempt) or ``$1$`` (no protection) is not a valid hash
and never matches. A valid hash with other parameters than today's is re-hashed on the next good login
(:func:`needs_rehash`).

Length policy: the OCPP 1.6 Security Whitepaper asks for a random 16–20 byte ``AuthorizationKey`` and OCPP 2.0.1
for a 16–40 character ``BasicAuthPassword``. Chargers on a private LAN are often configured by hand from their
own web page, so ChargeDesk accepts 8 characters at least (:func:`password_problem`) and warns below 16
(:func:`password_advice`). 40 characters is the upper limit of both versions.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets

from app.services.i18n import translate

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 200_000
MIN_ITERATIONS = 1_000  # what older exports and fast test fixtures carry; re-hashed on the next good login
MAX_ITERATIONS = 2_000_000  # ~1-2 s of CPU: more is a denial of service, not protection
SALT_BYTES = 16
MIN_LENGTH = 8  # ChargeDesk's own minimum (see the module docstring)
RECOMMENDED_LENGTH = 16  # OCPP 1.6 Security Whitepaper / OCPP 2.0.1
MAX_LENGTH = 40  # OCPP 2.0.1 BasicAuthPassword; 1.6 AuthorizationKey is at most 40 hex characters

_B64 = r"[A-Za-z0-9+/]+={0,2}"
_HASH = re.compile(rf"^{ALGORITHM}\$(\d{{1,9}})\${_B64}\${_B64}$")
_PRINTABLE_ASCII = re.compile(r"^[\x20-\x7e]*$")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(plain: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", plain.encode("utf-8"), salt, iterations)


def hash_password(plain: str, *, iterations: int = ITERATIONS) -> str:
    """A new salted hash of ``plain`` in the stored form."""
    if not isinstance(plain, str) or plain == "":
        raise ValueError("a password must be a non-empty string")  # i18n: not text (a caller's mistake)
    if not MIN_ITERATIONS <= iterations <= MAX_ITERATIONS:
        wrong = f"iterations must be between {MIN_ITERATIONS} and {MAX_ITERATIONS}"
        raise ValueError(wrong)  # a caller's mistake (an imported hash is checked before): nobody reads it
    salt = secrets.token_bytes(SALT_BYTES)
    return f"{ALGORITHM}${iterations}${_b64(salt)}${_b64(_derive(plain, salt, iterations))}"


def is_hash(value: object) -> bool:
    """True when ``value`` has the stored form (it may still not match any password)."""
    if not isinstance(value, str):
        return False
    m = _HASH.match(value)
    if not m or not MIN_ITERATIONS <= int(m.group(1)) <= MAX_ITERATIONS:
        return False
    _, _, salt, digest = value.split("$")
    try:
        return bool(base64.b64decode(salt, validate=True)) and bool(base64.b64decode(digest, validate=True))
    except (binascii.Error, ValueError):
        return False


def verify_password(plain: str, stored: str | None) -> bool:
    """Does ``plain`` match ``stored``? Constant-time comparison; a missing or malformed hash never matches."""
    if not stored or not is_hash(stored) or not isinstance(plain, str):
        return False
    _, iterations, salt, digest = stored.split("$")
    expected = base64.b64decode(digest)
    actual = _derive(plain, base64.b64decode(salt), int(iterations))
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str) -> bool:
    """A valid hash made with other parameters than today's (iterations, salt size): re-hash on a good login."""
    if not is_hash(stored):
        return False
    _, iterations, salt, _ = stored.split("$")
    return int(iterations) != ITERATIONS or len(base64.b64decode(salt)) != SALT_BYTES


_DUMMY: list[str] = []


def verify_nothing(plain: str) -> bool:
    """Spend the time of :func:`verify_password` and return False: for refusals that must not be told apart by
    their timing from a wrong password (unknown id, no credentials)."""
    if not _DUMMY:
        _DUMMY.append(hash_password(secrets.token_urlsafe(16)))
    verify_password(plain, _DUMMY[0])
    return False


def password_problem(plain: str) -> str | None:
    """Why ``plain`` cannot be a charger password, or None when it can."""
    if len(plain) < MIN_LENGTH:
        return translate(
            "Passwords",
            "a charger password needs at least {least} characters (OCPP recommends {recommended}–{most})",
        ).format(least=MIN_LENGTH, recommended=RECOMMENDED_LENGTH, most=MAX_LENGTH)
    if len(plain) > MAX_LENGTH:
        return translate("Passwords", "a charger password has at most {most} characters (OCPP limit)").format(
            most=MAX_LENGTH
        )
    if not _PRINTABLE_ASCII.match(plain):
        return translate(
            "Passwords",
            "a charger password may only contain printable ASCII characters (no accents, no control characters)",
        )
    return None


def password_advice(plain: str) -> str | None:
    """A warning for an acceptable but weaker-than-recommended password, or None."""
    if password_problem(plain) is None and len(plain) < RECOMMENDED_LENGTH:
        return translate(
            "Passwords",
            "OCPP recommends at least {recommended} random characters; some chargers refuse shorter passwords",
        ).format(recommended=RECOMMENDED_LENGTH)
    return None
