"""Entry point: ``chargedesk`` / ``python -m app``. The console by default, subcommands otherwise."""

from __future__ import annotations

import sys

from app.config import Settings


def _console(settings: Settings, cli_db: str | None) -> int:
    from app.main import run_console  # Qt is imported only when the console opens

    return run_console(settings, cli_db=cli_db)


def main(argv: list[str] | None = None) -> int:
    from app.cli import run

    return run(sys.argv[1:] if argv is None else argv, console=_console)


if __name__ == "__main__":
    sys.exit(main())
