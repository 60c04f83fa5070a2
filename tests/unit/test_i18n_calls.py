"""Every translate() call in app/ is one pyside6-lupdate can extract: the context and the text literal strings
(an f-string or a name is not extracted, so it would never be translated), and no call inside its other
arguments (lupdate's Python parser drops a translate(..., None, len(rows)) call altogether)."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def _problems() -> list[str]:
    out = []
    for path in sorted(APP.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            if not isinstance(node.func, ast.Name):  # painter.translate(x, y) is not ours
                continue
            name = node.func.id
            if name not in ("translate", "QT_TRANSLATE_NOOP") or path.name == "i18n.py":
                continue
            where = f"{path.relative_to(APP.parent)}:{node.lineno}"
            literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2]]
            if len(node.args) < 2 or not all(literal):
                # translate("Ctx", label) for a label marked with QT_TRANSLATE_NOOP is how a table is shown
                if not (
                    name == "translate"
                    and literal[:1] == [True]
                    and isinstance(node.args[1], ast.Name | ast.Attribute | ast.Subscript)
                ):
                    out.append(f"{where}: context and text must be literal strings")
            if any(isinstance(sub, ast.Call) for a in node.args[2:] for sub in ast.walk(a)):
                out.append(f"{where}: a call inside translate()'s arguments (lupdate drops the whole call)")
    return out


def test_every_translate_call_is_one_lupdate_extracts() -> None:
    assert _problems() == []
