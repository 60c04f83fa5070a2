"""ChargeDesk's Linux installer: the PyInstaller build (packaging/chargedesk.spec, one folder) packaged as a .deb
with ``dpkg-deb --build``. ``make package`` runs it, and so does the smoke test (tests/package/).

    python packaging/build_deb.py            # prints the path of build/chargedesk_<version>_<arch>.deb
    python packaging/build_deb.py --force    # builds again even when nothing changed

Nothing is built when the inputs did not change: a SHA-256 over what the package is made of (app/, resources/,
packaging/, pyproject.toml, requirements.lock, the Python and every installed distribution's version) is written
beside the .deb (build/chargedesk.inputs); the same hash with the .deb present reuses it.

The package (docs/deployment.md, "The .deb"):
    /opt/chargedesk/                               the build (`chargedesk` and its _internal/)
    /usr/bin/chargedesk -> ../../opt/chargedesk/chargedesk
    /usr/share/applications/chargedesk.desktop     the menu entry, and the icon in /usr/share/icons/hicolor
    /usr/lib/systemd/system/chargedesk-serve.service   `chargedesk serve` as the chargedesk user, not enabled
    /etc/default/chargedesk                        the service's settings (a conffile)
Depends: the ``run`` group of packaging/debian-packages.txt (and adduser for the system user).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build"
INPUTS = ("app", "resources", "packaging", "pyproject.toml", "requirements.lock")
SKIP = ("__pycache__", ".pyc", ".mypy_cache")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MAINTAINER = "ChargeDesk <support@chargedesk.invalid>"
DESCRIPTION = """Operator console and local OCPP central system for EV charging stations
 ChargeDesk runs a small company's own chargers on its own LAN: stations and
 their access rules, users and RFID cards, tariffs, sessions and their export,
 a map, and the technician's tools. The central system runs in the console or
 headless as the chargedesk-serve service. No cloud, no licence server."""


def version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"])


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def run_dependencies() -> list[str]:
    """The ``run:`` lines of packaging/debian-packages.txt, in order."""
    names: list[str] = []
    for line in (PACKAGING / "debian-packages.txt").read_text().splitlines():
        if line.startswith("run:"):
            names += [n for n in line.removeprefix("run:").split() if n not in names]
    return names


def inputs_hash() -> str:
    digest = hashlib.sha256()
    for name in INPUTS:
        path = ROOT / name
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for f in files:
            if f.is_file() and not any(s in f.as_posix() for s in SKIP):
                digest.update(f.relative_to(ROOT).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    digest.update(sys.version.encode())
    for dist in sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions()):
        digest.update(dist.encode() + b"\n")
    return digest.hexdigest()


def pyinstaller(dist: Path, work: Path) -> Path:
    """The one-folder build in ``dist``/chargedesk."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(PACKAGING / "chargedesk.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    return dist / "chargedesk"


def _copy(src: Path, dest: Path, mode: int = 0o644) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    dest.chmod(mode)


def _installed_size_kib(tree: Path) -> int:
    return sum(f.lstat().st_size for f in tree.rglob("*") if f.is_file() and not f.is_symlink()) // 1024 + 1


def control(tree: Path, ver: str, arch: str) -> str:
    depends = ", ".join(["adduser", *run_dependencies()])
    return (
        f"Package: chargedesk\nVersion: {ver}\nArchitecture: {arch}\nMaintainer: {MAINTAINER}\n"
        f"Installed-Size: {_installed_size_kib(tree)}\nDepends: {depends}\nSection: utils\nPriority: optional\n"
        f"Homepage: https://chargedesk.invalid/\nDescription: {DESCRIPTION}\n"
    )


def assemble(build: Path, tree: Path, ver: str, arch: str) -> None:
    """The package's file tree in ``tree`` (made anew) from the PyInstaller ``build``."""
    if tree.exists():
        shutil.rmtree(tree)
    shutil.copytree(build, tree / "opt" / "chargedesk", symlinks=True)
    (tree / "usr" / "bin").mkdir(parents=True)
    (tree / "usr" / "bin" / "chargedesk").symlink_to("../../opt/chargedesk/chargedesk")
    share = tree / "usr" / "share"
    _copy(PACKAGING / "chargedesk.desktop", share / "applications" / "chargedesk.desktop")
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        _copy(
            icons / f"chargedesk-{size}.png",
            share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "chargedesk.png",
        )
    _copy(icons / "chargedesk.svg", share / "icons" / "hicolor" / "scalable" / "apps" / "chargedesk.svg")
    doc = share / "doc" / "chargedesk"
    _copy(ROOT / "README.md", doc / "README.md")
    _copy(ROOT / "docs" / "deployment.md", doc / "deployment.md")
    _copy(PACKAGING / "debian" / "copyright", doc / "copyright")
    debian = PACKAGING / "debian"
    _copy(
        debian / "chargedesk-serve.service",
        tree / "usr" / "lib" / "systemd" / "system" / "chargedesk-serve.service",
    )
    _copy(debian / "default", tree / "etc" / "default" / "chargedesk")
    meta = tree / "DEBIAN"
    for script in ("postinst", "prerm", "postrm"):
        _copy(debian / script, meta / script, 0o755)
    (meta / "conffiles").write_text("/etc/default/chargedesk\n")
    (meta / "control").write_text(control(tree, ver, arch))
    for d in [tree, *(p for p in tree.rglob("*") if p.is_dir())]:
        d.chmod(0o755)


def deb(tree: Path, out: Path) -> Path:
    # zstd -9: 12 s for the 206 MB package here; xz -6 had not finished after 260 s (docs/benchmarks.md).
    # dpkg reads zstd since 1.21.18 (Debian 12)
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zzstd", "-z9", "--build", str(tree), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out


def build(force: bool = False) -> Path:
    ver, arch = version(), architecture()
    if not re.fullmatch(r"[0-9][A-Za-z0-9.+~-]*", ver):
        raise SystemExit(f"build_deb: pyproject's version {ver!r} is not a Debian version")
    out = BUILD / f"chargedesk_{ver}_{arch}.deb"
    stamp = BUILD / "chargedesk.inputs"
    digest = inputs_hash()
    if not force and out.exists() and stamp.exists() and stamp.read_text().strip() == digest:
        print(f"build_deb: inputs unchanged, reusing {out.relative_to(ROOT)}", file=sys.stderr)
        return out
    stamp.unlink(missing_ok=True)
    BUILD.mkdir(exist_ok=True)
    dist = pyinstaller(BUILD / "dist", BUILD / "pyinstaller")
    tree = BUILD / "deb" / "chargedesk"
    assemble(dist, tree, ver, arch)
    deb(tree, out)
    stamp.write_text(digest + "\n")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="build even when the inputs did not change")
    args = parser.parse_args()
    os.chdir(ROOT)
    print(build(force=args.force))
    return 0


if __name__ == "__main__":
    sys.exit(main())
