"""docs/ocpp-coverage.md says what is true: each 'handled' row is a handler of its version's charge point and each
handler has a row; each 'sent' row is an action the operations send to that version and each such action has a
row; each test named exists (the file, and the test function where one is named)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from app.ocpp.v16 import ChargePoint16
from app.ocpp.v201 import ChargePoint201

ROOT = Path(__file__).resolve().parents[2]
V16, V201 = "1.6", "2.0.1"
HANDLERS = {V16: ChargePoint16.handlers, V201: ChargePoint201.handlers}


def rows() -> list[tuple[str, str, str, str]]:
    out = []
    for line in (ROOT / "docs" / "ocpp-coverage.md").read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0] not in ("message", "---"):
            out.append((cells[0], cells[1], cells[2], cells[3]))
    return out


def version_of(cell: str) -> str:
    """ "1.6", "1.6 (Security Whitepaper Ed. 3)" -> 1.6; "2.0.1" -> 2.0.1."""
    return V201 if cell.startswith(V201) else V16


def table() -> set[tuple[str, str, str]]:
    """(action, version, "handled"/"sent") of every row ("ExtendedTriggerMessage (SignChargePointCertificate)":
    the action is the first word)."""
    out = set()
    for cell, version, direction, _ in rows():
        kind = "handled" if direction.endswith("handled") else "sent" if direction.endswith("sent") else "?"
        out.add((cell.split()[0], version_of(version), kind))
    return out


# --- what app/services/chargers/operations.py sends, per version (read from its source) ----------------------


def _is_v201_test(node: ast.expr) -> bool:
    """``cp.version == V201`` (or ``"2.0.1"``)."""
    if not (isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.Eq)):
        return False
    left, right = node.left, node.comparators[0]
    return (
        isinstance(left, ast.Attribute)
        and left.attr == "version"
        and (
            (isinstance(right, ast.Name) and right.id == "V201")
            or (isinstance(right, ast.Constant) and right.value == V201)
        )
    )


def _versions(node: ast.expr | None) -> set[str]:
    """The versions argument of ``self._charger(...)``: absent = 1.6, BOTH, (V16,), (V201,), (V16, V201)."""
    if node is None:
        return {V16}
    if isinstance(node, ast.Name):
        return {V16, V201} if node.id == "BOTH" else {V16 if node.id == "V16" else V201}
    if isinstance(node, ast.Tuple):
        return {V16 if isinstance(e, ast.Name) and e.id == "V16" else V201 for e in node.elts}
    raise AssertionError(f"versions {ast.dump(node)}: not understood")


def _method_versions(fn: ast.AsyncFunctionDef) -> set[str]:
    for node in ast.walk(fn):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            if name == "_charger":
                return _versions(node.args[2] if len(node.args) > 2 else None)
            if name in ("_v16", "_v201"):
                return {V16} if name == "_v16" else {V201}
    return set()


def _constants(node: ast.expr, versions: set[str]) -> Iterator[tuple[str, set[str]]]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value, versions
    elif isinstance(node, ast.IfExp) and _is_v201_test(node.test):
        yield from _constants(node.body, versions & {V201})
        yield from _constants(node.orelse, versions - {V201})


def _sent_in(statements: list[ast.stmt], versions: set[str]) -> Iterator[tuple[str, set[str]]]:
    for stmt in statements:
        if isinstance(stmt, ast.If) and _is_v201_test(stmt.test):
            yield from _sent_in(stmt.body, versions & {V201})
            yield from _sent_in(stmt.orelse, versions - {V201})
            if stmt.body and isinstance(stmt.body[-1], ast.Return):
                versions = versions - {V201}  # what follows is the other version's
            continue
        for node in ast.walk(stmt):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.IfExp):
                yield from _constants(node.value, versions)  # action = "A" if cp.version == V201 else "B"
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
                if node.func.attr == "request":
                    yield from _constants(node.args[0], versions)
                elif node.func.attr in ("_v16", "_v201") and len(node.args) > 1:
                    yield from _constants(node.args[1], {V16} if node.func.attr == "_v16" else {V201})


def sent() -> set[tuple[str, str]]:
    tree = ast.parse((ROOT / "app" / "services" / "chargers" / "operations.py").read_text())
    operations = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Operations")
    out = set()
    for fn in operations.body:
        if isinstance(fn, ast.AsyncFunctionDef) and fn.name != "call":  # call(): any action, the caller's
            for action, versions in _sent_in(fn.body, _method_versions(fn)):
                out |= {(action, v) for v in versions}
    return out


def test_the_operations_are_read_right() -> None:
    """The reader above on known cases (so that an empty or wrong reading cannot pass the test below)."""
    found = sent()
    assert {("RemoteStartTransaction", V16), ("RequestStartTransaction", V201)} <= found
    assert ("RequestStartTransaction", V16) not in found and ("RemoteStartTransaction", V201) not in found
    assert {("ClearCache", V16), ("ClearCache", V201), ("GetVariables", V201)} <= found
    assert {("SignedUpdateFirmware", V16), ("UpdateFirmware", V201), ("UpdateFirmware", V16)} <= found
    assert ("SignedUpdateFirmware", V201) not in found and ("GetVariables", V16) not in found


def test_every_row_is_true() -> None:
    assert rows(), "the table has rows"
    operations = sent()
    for cell, version, direction, _ in rows():
        message, v = cell.split()[0], version_of(version)
        if direction.endswith("handled"):
            assert message in HANDLERS[v], f"{message} ({version}) is not handled"
        else:
            assert direction.endswith("sent"), f"{cell}: direction {direction!r}"
            assert (message, v) in operations, f"{message} ({version}) is not sent"


def test_every_handler_and_every_sent_action_has_a_row() -> None:
    rows_ = table()
    missing = [
        (a, v, "handled")
        for v, handlers in HANDLERS.items()
        for a in handlers
        if (a, v, "handled") not in rows_
    ]
    missing += [(a, v, "sent") for a, v in sorted(sent()) if (a, v, "sent") not in rows_]
    assert missing == []


def _test_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    return {
        n.name
        for n in tree.body
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name.startswith("test")
    }


def test_every_named_test_exists() -> None:
    for cell, version, _, tests in rows():
        named = re.findall(r"`([^`]+)`", tests)
        assert named, f"{cell} ({version}): no test named"
        current: Path | None = None
        for name in named:
            path, _, function = name.partition("::")
            if path:
                assert re.fullmatch(r"tests/[\w/]+\.py", path), f"{cell}: {name}"
                current = ROOT / path
                assert current.is_file(), f"{cell}: {path} does not exist"
            assert current is not None, f"{cell}: {name} names a test before any file"
            if function:
                assert function in _test_names(current), f"{cell}: {current.name} has no {function}"


def test_the_rows_are_grouped_by_version_and_sorted() -> None:
    """1.6 first (plain and extension together), then 2.0.1; alphabetical by message within each version (rows
    added in parallel branches then merge as separate lines)."""
    keys = [(version_of(v), cell.lower(), d) for cell, v, d, _ in rows()]
    assert keys == sorted(keys)


def not_implemented() -> list[str]:
    text = (ROOT / "docs" / "ocpp-coverage.md").read_text()
    part = text.split("## OCPP 2.0.1 messages ChargeDesk deliberately does not implement", 1)[1]
    return re.findall(r"^- `(\w+)` — \S", part, re.M)


def test_the_messages_left_out_are_201_messages_neither_handled_nor_sent() -> None:
    left_out = not_implemented()
    assert len(left_out) >= 10
    operations = {a for a, v in sent() if v == V201}
    for message in left_out:
        assert message in ChargePoint201.known_actions, message
        assert message not in ChargePoint201.handlers and message not in operations, (
            f"{message} is implemented"
        )


def test_every_message_is_one_of_its_versions() -> None:
    """A 2.0.1 row cannot name a 1.6-only message (SignedUpdateFirmware) nor a 1.6 row a 2.0.1-only one."""
    known = {V16: ChargePoint16.known_actions, V201: ChargePoint201.known_actions}
    wrong = [(cell, v) for cell, v, _, _ in rows() if cell.split()[0] not in known[version_of(v)]]
    assert wrong == []
