"""Files holding secrets are written owner-only and atomically."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.services.transfer.private_files import write_private_text

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def test_new_and_replaced_files_are_0600(tmp_path: Path) -> None:
    target = tmp_path / "secret.txt"
    old_umask = os.umask(0)  # the loosest umask: the mode must not come from it
    try:
        write_private_text(target, "one\n")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        target.chmod(0o666)
        write_private_text(target, "two\n")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text() == "two\n"
    assert [p.name for p in tmp_path.iterdir()] == ["secret.txt"]


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "secret.txt"
    write_private_text(target, "kept\n")
    with pytest.raises(UnicodeEncodeError):
        write_private_text(target, "\udcff", encoding="utf-8")
    assert target.read_text() == "kept\n"
    assert [p.name for p in tmp_path.iterdir()] == ["secret.txt"]
