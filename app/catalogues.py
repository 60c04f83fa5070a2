"""``make translations``: the catalogues of resources/i18n/areas.txt brought up to date with the sources (issue 15).

For each area: ``pyside6-lupdate`` over its ``.py`` files into ``<area>_<lang>.ts`` (no locations: a .ts changes
when a string does, not when a line moves; obsolete strings dropped), then the plurals put back (below), then
``pyside6-lrelease`` into the ``.qm`` beside it. tests/unit/test_catalogues.py runs the same on a copy and checks
nothing changes.

Plurals: pyside6-lupdate marks a message as plural (numerus forms) only when the count is a literal number, and
on the next run turns a plural it does not recognise back into one form, dropping the others. So every message
whose source has ``%n`` is made a plural here, its forms kept from the catalogue as it was before lupdate ran.
(lupdate also skips a ``translate()`` whose count is a call, ``len(rows)``: pass a variable.)

    python -m app.catalogues [AREA ...]     # every area when none is named
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGS = ("de", "fr", "it", "en")
PLURAL_FORMS = {"de": 2, "fr": 2, "it": 2, "en": 2}  # as Qt counts them for these languages
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def areas(path: Path = I18N / "areas.txt") -> dict[str, list[str]]:
    """area -> its source files and folders, as areas.txt lists them."""
    found: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        if words:
            found[words[0]] = words[1:]
    return found


def sources(paths: list[str], root: Path = ROOT) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        where = root / p
        files += sorted(where.rglob("*.py")) if where.is_dir() else [where]
    return sorted(files)


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def _plurals(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the numerus forms a catalogue has for it."""
    if not ts.exists():
        return {}
    kept: dict[tuple[str, str], list[str]] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            forms = [f.text or "" for f in m.iter("numerusform")]
            if forms:
                kept[(name, m.findtext("source") or "")] = forms
    return kept


def _restore_plurals(ts: Path, lang: str, kept: dict[tuple[str, str], list[str]]) -> None:
    tree = ET.parse(ts)
    changed = False
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            source = m.findtext("source") or ""
            if "%n" not in source or m.get("numerus") == "yes":
                continue
            translation = m.find("translation")
            if translation is None:
                translation = ET.SubElement(m, "translation")
            one = translation.text or ""
            forms = kept.get((name, source)) or [one] * PLURAL_FORMS[lang]
            translation.text = "\n            "
            for f in list(translation):
                translation.remove(f)
            for i, text in enumerate(forms):
                form = ET.SubElement(translation, "numerusform")
                form.text = text
                form.tail = "\n            " if i < len(forms) - 1 else "\n        "
            if all(forms):
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
            m.set("numerus", "yes")
            changed = True
    if changed:
        ET.indent(tree, space="    ")  # as lupdate writes them
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(HEADER + body + "\n", encoding="utf-8")


def update(area: str, paths: list[str], *, i18n: Path = I18N, root: Path = ROOT) -> list[Path]:
    """Bring ``area``'s catalogues in ``i18n`` up to date with ``paths`` (relative to ``root``); returns them."""
    catalogues = [i18n / f"{area}_{lang}.ts" for lang in LANGS]
    kept = {ts: _plurals(ts) for ts in catalogues}
    files = [str(f) for f in sources(paths, root)]
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete", *files, "-ts"]
        + [str(ts) for ts in catalogues],
        check=True,
        cwd=root,
    )
    for ts, lang in zip(catalogues, LANGS, strict=True):
        _restore_plurals(ts, lang, kept[ts])
        release(ts)
    return catalogues


def release(ts: Path, qm: Path | None = None) -> Path:
    qm = qm or ts.with_suffix(".qm")
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main(argv: list[str]) -> int:
    known = areas()
    wanted = argv or list(known)
    for area in wanted:
        if area not in known:
            print(
                f"unknown area {area!r}: resources/i18n/areas.txt lists {', '.join(known)}", file=sys.stderr
            )
            return 2
        update(area, known[area])
        print(f"{area}: resources/i18n/{area}_{{{','.join(LANGS)}}}.ts")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
