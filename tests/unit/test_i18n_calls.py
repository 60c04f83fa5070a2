"""Every translate() call in app/ is one pyside6-lupdate can extract: a literal context, a literal text (or a label
marked with QT_TRANSLATE_NOOP looked up; never an f-string or a joined text, which no catalogue holds), and no call
or attribute as its count (lupdate's Python parser drops translate(..., None, len(rows)) altogether) but the
``PLURAL, int(count)`` form app/services/i18n.py describes."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def _problems() -> list[str]:
    out = []
    for path in sorted(APP.rglob("*.py")):
        if path.name in ("i18n.py", "plurals.py"):  # the seams themselves pass their arguments on
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue  # painter.translate(x, y) is not ours
            name = node.func.id
            if name not in ("translate", "QT_TRANSLATE_NOOP"):
                continue
            where = f"{path.relative_to(APP.parent)}:{node.lineno}"
            args = node.args
            if len(args) < 2 or not (isinstance(args[0], ast.Constant) and isinstance(args[0].value, str)):
                out.append(f"{where}: the context must be a literal string")
                continue
            text = args[1]
            if isinstance(text, ast.JoinedStr | ast.BinOp) or (
                name == "QT_TRANSLATE_NOOP" and not isinstance(text, ast.Constant)
            ):
                # an f-string or a joined text is never in the catalogue (a marked label looked up is fine)
                out.append(f"{where}: the text must be a literal string")
            plural = len(args) >= 5 and isinstance(args[3], ast.Name) and args[3].id == "PLURAL"
            counted = args[4:5] if plural else args[2:]
            for arg in counted:
                calls = [sub for sub in ast.walk(arg) if isinstance(sub, ast.Call)]
                if plural and isinstance(arg, ast.Call) and all(isinstance(a, ast.Name) for a in arg.args):
                    continue  # PLURAL, int(count): the form lupdate reads as a plural
                if calls or isinstance(arg, ast.Attribute):
                    out.append(
                        f"{where}: a call or attribute as translate()'s count (lupdate drops the whole call)"
                    )
    return out


def test_every_translate_call_is_one_lupdate_extracts() -> None:
    assert _problems() == []
