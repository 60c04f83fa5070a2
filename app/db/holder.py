"""One central system per SQLite file: the *holder lock*.

A process that runs a central system on a SQLite file (the console, ``chargedesk serve``) holds an exclusive OS
lock on a sidecar file next to the database, ``<database>.holder`` (``chargedesk.db.holder``), for as long as it
runs. The sidecar's content names the holder (program, pid, machine, OS user, since when, UTC) so that a second
process is refused with a sentence naming it (:class:`FileHeld`). The lock is the operating system's: it dies with
the process, so a crash or ``kill -9`` leaves no stale lock (the old content stays in the file and is overwritten
by the next holder). The sidecar is never deleted: deleting a lock file lets two processes lock two different
files of the same name.

Commands that do not run a central system (exports, config import/export, ``access explain``, users import) take
no lock: SQLite handles their concurrency. Only migrating an existing schema checks that no other process holds
the file (:func:`ensure_not_held_elsewhere`), so a newer ChargeDesk never migrates a file under a running central system.

POSIX: ``fcntl.flock`` on the whole sidecar. Windows (no fcntl): ``msvcrt.locking`` on one byte at
:data:`WINDOWS_LOCK_OFFSET`, past the content, so a refused process can still read who holds it (untested here:
only Linux runs the tests). A database on a network share is only as safe as the share's locking (NFS and SMB
locks work across machines when the server supports them; the holder's machine is in the message).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

SUFFIX = ".holder"
#: Windows: the locked byte's offset (the content before it stays readable while it is locked)
WINDOWS_LOCK_OFFSET = 1 << 20
_MAX_CONTENT = 4096

#: what each program is called in a message
PROGRAMS = {"serve": "`chargedesk serve`", "console": "the ChargeDesk console"}


def holder_path(database: Path) -> Path:
    """The sidecar lock file of the SQLite file ``database``."""
    return database.with_name(database.name + SUFFIX)


@dataclass(frozen=True)
class Holder:
    """Who holds a SQLite file: ``program`` (``"serve"`` or ``"console"``), pid, machine, OS user, since (UTC)."""

    program: str
    pid: int
    machine: str
    user: str
    since: dt.datetime

    def describe(self, now: dt.datetime | None = None) -> str:
        """``the ChargeDesk console (pid 4711 on office-pc, user anna, since 08:12)``: the time local, with its
        date when it is not today."""
        local = self.since.astimezone()
        today = (now or dt.datetime.now(dt.UTC)).astimezone().date()
        when = local.strftime("%H:%M") if local.date() == today else local.strftime("%Y-%m-%d %H:%M")
        name = PROGRAMS.get(self.program, self.program)
        return f"{name} (pid {self.pid} on {self.machine}, user {self.user}, since {when})"

    def to_json(self) -> str:
        return json.dumps(
            {
                "program": self.program,
                "pid": self.pid,
                "machine": self.machine,
                "user": self.user,
                "since": self.since.astimezone(dt.UTC).isoformat(timespec="seconds"),
            }
        )

    @classmethod
    def from_json(cls, text: str) -> Holder | None:
        """The holder a sidecar names; None when it is empty or not ours (being written, damaged)."""
        try:
            d = json.loads(text)
            return cls(
                str(d["program"]),
                int(d["pid"]),
                str(d["machine"]),
                str(d["user"]),
                dt.datetime.fromisoformat(d["since"]),
            )
        except (ValueError, KeyError, TypeError):
            return None

    @classmethod
    def me(cls, program: str) -> Holder:
        import getpass  # (only when holding: it costs a start that holds nothing 2 ms)

        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no name for this uid (a container's)
            user = str(os.getuid()) if hasattr(os, "getuid") else "?"
        return cls(
            program, os.getpid(), socket.gethostname(), user, dt.datetime.now(dt.UTC).replace(microsecond=0)
        )


class HolderLockError(RuntimeError):
    """The holder lock could not be taken."""


class FileHeld(HolderLockError):
    """Another process runs a central system on this SQLite file. ``holder`` is None when its sidecar was not
    written yet (it started at this very moment)."""

    def __init__(self, database: Path, holder: Holder | None) -> None:
        who = holder.describe() if holder is not None else "another process that is starting right now"
        super().__init__(f"{database.name} is already used by {who}")
        self.database = database
        self.holder = holder


# --- the OS lock, one function per platform -------------------------------------------------------------------


def _try_lock(fd: int) -> bool:
    """Take the exclusive lock on the open sidecar ``fd`` without waiting; False when another process has it."""
    if sys.platform == "win32":  # pragma: no cover - not run here
        import msvcrt

        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - not run here
        import msvcrt

        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _read(fd: int) -> Holder | None:
    os.lseek(fd, 0, os.SEEK_SET)  # (no pread on Windows)
    return Holder.from_json(os.read(fd, _MAX_CONTENT).decode("utf-8", "replace").strip("\0 \n"))


def _write(fd: int, holder: Holder) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, (holder.to_json() + "\n").encode())


# --- holding --------------------------------------------------------------------------------------------------

#: the sidecars this process holds (a second lock from the same process would fail against its own)
_held: dict[Path, HolderLock] = {}


class HolderLock:
    """This process holds ``database`` (see the module); :meth:`release` ends it (the process's end does too)."""

    def __init__(self, database: Path, fd: int, holder: Holder) -> None:
        self.database = database
        self.path = holder_path(database)
        self.holder = holder
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        _held.pop(_key(self.database), None)
        try:
            os.ftruncate(fd, 0)  # nobody holds it: a reader finds no name
            _unlock(fd)
        finally:
            os.close(fd)


def _key(database: Path) -> Path:
    return database.resolve()


def _open(database: Path) -> int:
    path = holder_path(database)
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise HolderLockError(f"cannot open {path} to hold {database.name}: {e.strerror or e}") from None


def hold(database: Path, program: str) -> HolderLock:
    """Hold the SQLite file ``database`` for a central system run by ``program`` (``"serve"``, ``"console"``):
    raises :class:`FileHeld` naming the process that holds it, :class:`HolderLockError` when the sidecar cannot
    be opened."""
    key = _key(database)
    mine = _held.get(key)
    if mine is not None:
        raise FileHeld(database, mine.holder)
    database.parent.mkdir(parents=True, exist_ok=True)
    fd = _open(database)
    try:
        if not _try_lock(fd):
            raise FileHeld(database, _read(fd))
        me = Holder.me(program)
        _write(fd, me)
    except BaseException:
        os.close(fd)
        raise
    lock = _held[key] = HolderLock(database, fd, me)
    return lock


def ensure_not_held_elsewhere(database: Path) -> None:
    """Raise :class:`FileHeld` when another process holds ``database``. Checked before a migration only: the check
    takes the lock for an instant (a central system starting in that instant would be refused)."""
    if _key(database) in _held or not holder_path(database).exists():
        return
    fd = _open(database)
    try:
        if not _try_lock(fd):
            raise FileHeld(database, _read(fd))
        _unlock(fd)
    finally:
        os.close(fd)


__all__ = [
    "FileHeld",
    "Holder",
    "HolderLock",
    "HolderLockError",
    "ensure_not_held_elsewhere",
    "hold",
    "holder_path",
]
