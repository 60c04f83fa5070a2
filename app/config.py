"""Every path and setting in one place.

Precedence for the database URL: ``--db`` on the command line, then ``CHARGEDESK_DATABASE_URL``, then the
default SQLite file in the data directory. Other settings read ``CHARGEDESK_*`` environment variables.
No Qt here: the command line and ``chargedesk serve`` run without a display.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

APP_NAME = "chargedesk"
ENV_PREFIX = "CHARGEDESK_"


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(ENV_PREFIX + name)
    return value if value not in (None, "") else default


def data_dir() -> Path:
    """The directory holding the default database, backups, certificates and caches."""
    override = _env("DATA_DIR")
    if override:
        return Path(override)
    import platformdirs  # only when no directory is given: every CLI command and start imports this module

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'chargedesk.db'}"


def database_url(cli_value: str | None = None) -> str:
    if cli_value:
        return cli_value
    return _env("DATABASE_URL") or default_database_url()


@dataclass(frozen=True)
class CentralSystemSettings:
    host: str = "0.0.0.0"
    port: int = 9000
    ping_interval_s: float = 25.0
    unknown_charger_policy: str = "pending"  # reject | pending | accept
    tls_cert: Path | None = None
    tls_key: Path | None = None
    tls_client_ca: Path | None = None  # CA of the chargers' client certificates (security profile 3)
    require_client_cert: bool = False  # every charger must present one (only profile 3 chargers)
    proxy_protocol: bool = False  # behind a TCP load balancer: every connection starts with its PROXY header
    message_log_days: int = 30
    max_frame_bytes: int = 64 * 1024
    call_timeout_s: float = 30.0
    # the HTTP server for firmware downloads / diagnostics uploads (only while such a job runs): port 0 = any
    # free one; host "" = the address the charger reached the central system on
    file_server_port: int = 0
    file_server_host: str = ""
    # the console on a shared PostgreSQL database: "host" runs the central system here, "attach" uses the site's
    # (a `chargedesk serve` or another console), "auto" attaches when a host is running, else hosts
    # (a SQLite file: always here)
    role: str = "auto"


@dataclass(frozen=True)
class Settings:
    database_url: str
    data_dir: Path
    central: CentralSystemSettings = field(default_factory=CentralSystemSettings)


ROLES = ("auto", "host", "attach")


def _role(value: str) -> str:
    if value not in ROLES:
        raise ValueError(f"CHARGEDESK_CENTRAL_ROLE must be one of {', '.join(ROLES)}, not {value!r}")
    return value


def load(db: str | None = None) -> Settings:
    """Settings from the command line value and the environment."""
    central = CentralSystemSettings(
        host=_env("OCPP_HOST", "0.0.0.0") or "0.0.0.0",
        port=int(_env("OCPP_PORT", "9000") or 9000),
        ping_interval_s=float(_env("PING_INTERVAL", "25") or 25),
        unknown_charger_policy=_env("UNKNOWN_CHARGERS", "pending") or "pending",
        tls_cert=Path(p) if (p := _env("TLS_CERT")) else None,
        tls_key=Path(p) if (p := _env("TLS_KEY")) else None,
        tls_client_ca=Path(p) if (p := _env("TLS_CLIENT_CA")) else None,
        require_client_cert=(_env("REQUIRE_CLIENT_CERT", "") or "").lower() in ("1", "true", "yes"),
        proxy_protocol=(_env("PROXY_PROTOCOL", "") or "").lower() in ("1", "true", "yes"),
        file_server_port=int(_env("FILE_SERVER_PORT", "0") or 0),
        file_server_host=_env("FILE_SERVER_HOST", "") or "",
        role=_role(_env("CENTRAL_ROLE", "auto") or "auto"),
    )
    return Settings(database_url=database_url(db), data_dir=data_dir(), central=central)
