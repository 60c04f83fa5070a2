"""Who runs the central system on a SQLite file: the service-level call of :mod:`app.db.holder`.

The console (``app.main``) and ``chargedesk serve`` call :func:`hold_central_system` before they open the database
and their port; a second one on the same file gets :class:`FileHeld` naming the first, and says
:func:`refusal` (``serve`` in one line, exit 2; the console in a message box that offers to open without a central
system). On PostgreSQL nothing is held here: consoles and nodes share the database by design.
"""

from __future__ import annotations

from app.db.engine import normalise_url, sqlite_path
from app.db.holder import FileHeld, HolderLock, HolderLockError, hold
from app.services.i18n import QT_TRANSLATE_NOOP, translate

#: what each program tells the operator to do about a held file (the whole sentence: a translation may reorder it)
ADVICE = {
    "console": QT_TRANSLATE_NOOP(
        "CentralHolder",
        "{database} is already used by {holder}: stop it, or open this console without a central system",
    ),
    "serve": QT_TRANSLATE_NOOP(
        "CentralHolder", "{database} is already used by {holder}: stop it, or serve another database"
    ),
}


def hold_central_system(database_url: str, program: str) -> HolderLock | None:
    """Hold the SQLite file at ``database_url`` for a central system run by ``program`` (``"console"`` or
    ``"serve"``) until :meth:`HolderLock.release` or the process ends. None on PostgreSQL (and for an in-memory
    SQLite). Raises :class:`FileHeld` (another process holds it) or :class:`HolderLockError` (the lock file cannot
    be opened next to the database)."""
    path = sqlite_path(normalise_url(database_url))
    return hold(path, program) if path is not None else None


def refusal(error: HolderLockError, program: str) -> str:
    """The one sentence ``program`` says when it may not run the central system: who holds the file and what to
    do (in the console's language; ``serve`` installs no translator)."""
    if isinstance(error, FileHeld):
        return translate("CentralHolder", ADVICE[program]).format(
            database=error.database.name, holder=_holder(error)
        )
    return str(error)


def held_reason(error: HolderLockError) -> str:
    """Why this console runs no central system, as its status bar says it: who holds the file."""
    if isinstance(error, FileHeld):
        return translate("CentralHolder", "{database} is already used by {holder}").format(
            database=error.database.name, holder=_holder(error)
        )
    return str(error)


def _holder(error: FileHeld) -> str:
    if error.holder is None:
        return translate("CentralHolder", "another process that is starting right now")
    return error.holder.describe()


__all__ = ["FileHeld", "HolderLock", "HolderLockError", "held_reason", "hold_central_system", "refusal"]
