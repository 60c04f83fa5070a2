"""One palette: colours live in ``app/views/widgets/style.py``, named by meaning; no other view writes a hex colour."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VIEWS = ROOT / "app" / "views"
PALETTE = VIEWS / "widgets" / "style.py"
ALLOWED_FOLDERS: tuple[Path, ...] = ()  # every view is on the palette

HEX_COLOUR = re.compile(r"(?<![\w&])#[0-9a-fA-F]{3,8}\b")


def hex_colours(source: str) -> list[tuple[int, str]]:
    """(line, literal) of every hex colour in ``source``'s code; comments are not code."""
    found = []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE):
            continue
        found += [
            (tok.start[0] + tok.string[: m.start()].count("\n"), m.group())
            for m in HEX_COLOUR.finditer(tok.string)
        ]
    return found


def view_modules() -> list[Path]:
    return [
        path
        for path in sorted(VIEWS.rglob("*.py"))
        if path != PALETTE and not any(path.is_relative_to(folder) for folder in ALLOWED_FOLDERS)
    ]


def test_the_scan_finds_colours_in_code_and_skips_comments() -> None:
    source = (
        'A = "#c63b3b"  # the old red, #fff in a comment is fine\n'
        'B = f"color:{x}; background:#FFF5F5;"\n'
        'C = """\n#1f2933\n"""\n'
        'D = "QListWidget#Navigation &#123; #deadline"\n'
    )
    assert hex_colours(source) == [(1, "#c63b3b"), (2, "#FFF5F5"), (4, "#1f2933")]


def test_the_palette_is_where_the_colours_are() -> None:
    assert hex_colours(PALETTE.read_text(encoding="utf-8")), "the palette itself defines the colours"
    assert len(view_modules()) > 30  # every view module outside the allowed folders is scanned


def test_no_view_outside_the_palette_writes_a_hex_colour() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {literal}"
        for path in view_modules()
        for line, literal in hex_colours(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, "use a name from app/views/widgets/style.py:\n" + "\n".join(offenders)
