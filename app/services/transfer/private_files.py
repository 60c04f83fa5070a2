"""Files that hold secrets or password hashes (the site's JSON, the PostgreSQL password file): owner-only.

:func:`write_private_text` writes the text under a temporary name in the target's folder, created with
``O_CREAT | O_EXCL`` and mode 0600 (``tempfile.mkstemp``), syncs it and renames it over the target: the file is never
readable by others, not even for a moment and whatever the umask, an existing file with looser permissions is
replaced by a new 0600 one, and a failed write leaves the old file (or none) in place, never a half-written one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

PRIVATE_MODE = 0o600


def write_private_text(path: str | Path, text: str, *, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically, readable and writable by its owner only (mode 0600)."""
    target = Path(path)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(temp, PRIVATE_MODE)  # mkstemp's mode already; said explicitly for the reader
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
