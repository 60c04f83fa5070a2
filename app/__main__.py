"""Entry point: ``chargedesk`` / ``python -m app``. The console by default, subcommands otherwise."""

from __future__ import annotations

import gc
import sys

from app.config import Settings


def _console(settings: Settings, cli_db: str | None) -> int:
    from app.main import run_console  # Qt is imported only when the console opens

    return run_console(settings, cli_db=cli_db)


def main(argv: list[str] | None = None) -> int:
    from app.cli import run

    status = run(sys.argv[1:] if argv is None else argv, console=_console)
    # The command is done and its database closed; the process exits next. The interpreter's shutdown would run
    # full GC passes over every object the imports made (a fifth of a short command's time, py-spy:
    # gc_collect_main); frozen, they are skipped and everything is still freed by reference counting and the OS.
    gc.freeze()
    return status


if __name__ == "__main__":
    sys.exit(main())
