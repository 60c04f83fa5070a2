"""No user-visible string in the views is left untranslated (issue 15): an AST scan of app/views for string
literals and f-strings passed where a person reads them (setText, setWindowTitle, QLabel(...), QPushButton(...),
addTab, setToolTip, setPlaceholderText, QMessageBox.*, addRow, setHorizontalHeaderLabels, QAction(...) and
friends) that are not inside ``translate(...)``.

While the other parts of issue 15 still wrap theirs, NOT_YET_WRAPPED lists their directories and files; each part
removes its own when its strings are wrapped, until the list is empty."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VIEWS = ROOT / "app" / "views"

#: paths under app/views not yet wrapped (shrinking: the wrap parts remove theirs)
NOT_YET_WRAPPED: tuple[str, ...] = ()

#: methods whose string arguments a person reads
TEXT_METHODS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setStatusTip",
    "setWhatsThis",
    "addTab",
    "insertTab",
    "setTabText",
    "addRow",
    "insertRow",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setHeaderLabels",
    "addItem",
    "addItems",
    "setTitle",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "showMessage",
    "setLabelText",
    "setInformativeText",
    "setDetailedText",
    "setButtonText",
    "addAction",
    "addMenu",
    "setCancelButtonText",
    "addButton",
}
#: constructors whose string arguments a person reads
TEXT_CLASSES = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
    "QMenu",
    "QProgressDialog",
    "QMessageBox",
    "QListWidgetItem",
}
#: QMessageBox's static functions: (parent, title, text, ...)
MESSAGE_BOX = {"information", "warning", "critical", "question", "about"}
TRANSLATE = {"translate", "tr", "QT_TRANSLATE_NOOP"}
#: a comment that says a literal on its line is no text to translate (a URL, a product name, a service's words)
VERBATIM = "# i18n: not text"


def _visible_literal(node: ast.AST) -> bool:
    """A string a person would read: an f-string, or a literal with a letter in it that is not an object name,
    a style sheet or rich-text markup only."""
    if isinstance(node, ast.JoinedStr):
        return any(
            isinstance(v, ast.Constant) and any(c.isalpha() for c in str(v.value)) for v in node.values
        )
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(c.isalpha() for c in node.value)
    if isinstance(node, ast.BinOp):  # "a" + "b", "..." % x
        return _visible_literal(node.left) or _visible_literal(node.right)
    if isinstance(node, ast.IfExp):
        return _visible_literal(node.body) or _visible_literal(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_visible_literal(e) for e in node.elts)
    return False


def _name(func: ast.AST) -> tuple[str, str]:
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else ""
        return owner, func.attr
    if isinstance(func, ast.Name):
        return "", func.id
    return "", ""


def untranslated(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.splitlines()
    found: list[str] = []

    def visit(node: ast.AST, inside: bool) -> None:
        if isinstance(node, ast.Call):
            owner, name = _name(node.func)
            if name in TRANSLATE:
                return  # what is inside translate() is the source text
            checked: list[ast.AST] = []
            if name in TEXT_METHODS or name in TEXT_CLASSES:
                checked = [*node.args, *(k.value for k in node.keywords if k.arg in ("text", "title"))]
                if name == "addItem" and len(node.args) > 1:
                    checked = [node.args[0]]  # addItem(text, data): the data is not shown
                if name in ("addAction",) and node.args and not _visible_literal(node.args[0]):
                    checked = []
            elif owner == "QMessageBox" and name in MESSAGE_BOX:
                checked = list(node.args[1:3])
            for arg in checked:
                if _visible_literal(arg) and VERBATIM not in lines[arg.lineno - 1]:
                    found.append(f"{path.relative_to(ROOT)}:{arg.lineno}: {name}({ast.unparse(arg)[:70]})")
        for child in ast.iter_child_nodes(node):
            visit(child, inside)

    visit(tree, False)
    return found


def scanned_files() -> list[Path]:
    files = []
    for path in sorted(VIEWS.rglob("*.py")):
        rel = path.relative_to(VIEWS).as_posix()
        if not any(rel == skip or (skip.endswith("/") and rel.startswith(skip)) for skip in NOT_YET_WRAPPED):
            files.append(path)
    return files


def test_every_visible_string_in_the_views_goes_through_translate() -> None:
    found = [line for path in scanned_files() for line in untranslated(path)]
    assert not found, "user-visible strings not translated (wrap them in translate()):\n" + "\n".join(found)


def test_the_scan_finds_an_untranslated_label(tmp_path: Path) -> None:
    sample = VIEWS / "_scan_sample.py"
    sample.write_text(
        "from app.services.i18n import translate\n"
        "QLabel('Stations')\n"
        "w.setToolTip(f'{n} chargers offline')\n"
        "QLabel(translate('Page', 'Stations'))\n"
        "b.setObjectName('save')\n"
        "QMessageBox.warning(self, 'Not saved', text)\n"
        "w.setWindowTitle('ChargeDesk')  # i18n: not text (the product's name)\n",
        encoding="utf-8",
    )
    try:
        found = untranslated(sample)
    finally:
        sample.unlink()
    assert [line.split(": ", 1)[1] for line in found] == [
        "QLabel('Stations')",
        "setToolTip(f'{n} chargers offline')",
        "warning('Not saved')",
    ]


def test_the_list_of_directories_not_yet_wrapped_names_what_exists() -> None:
    for skip in NOT_YET_WRAPPED:
        assert (VIEWS / skip).exists(), f"{skip} is gone: remove it from NOT_YET_WRAPPED"


def lupdate_misses(path: Path) -> list[str]:
    """translate() calls pyside6-lupdate does not extract (their text would never reach a catalogue): a context
    that is not a literal string, a literal text inside an f-string (a value marked with QT_TRANSLATE_NOOP may be
    translated anywhere), or a count that is a call (``len(rows)``: lupdate skips the whole call)."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    found: list[str] = []

    def literal(node: ast.AST) -> bool:
        return isinstance(node, ast.Constant) and isinstance(node.value, str)

    def visit(node: ast.AST, in_fstring: bool) -> None:
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "translate"
            and node.args
        ):
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if in_fstring and len(node.args) > 1 and literal(node.args[1]):
                found.append(f"{where}: translate() inside an f-string")
            if not literal(node.args[0]):
                found.append(f"{where}: the context is not a literal string")
            if len(node.args) > 3 and isinstance(node.args[3], ast.Call):
                found.append(f"{where}: the count is a call (give it a name first)")
        in_f = in_fstring or isinstance(node, ast.JoinedStr)
        for child in ast.iter_child_nodes(node):
            visit(child, in_f)

    visit(tree, False)
    return found


def test_every_translate_call_is_one_lupdate_extracts() -> None:
    found = [
        line
        for path in sorted((ROOT / "app").rglob("*.py"))
        if path.name not in ("i18n.py", "plurals.py")  # the seams pass their arguments on
        for line in lupdate_misses(path)
    ]
    assert not found, "translate() calls pyside6-lupdate cannot extract:\n" + "\n".join(found)


#: the admin services (catalogue area ``admin``): the messages a form, a refusal or an editor shows
ADMIN_AREA = "admin"


def untranslated_messages(path: Path) -> list[str]:
    """Service messages written as a literal or an f-string outside ``translate()``: a form problem
    (``problems.add(field, "…")``, ``problems.check(ok, field, "…")``, ``FormError({field: "…"})``) or the text of
    a raised error (``raise LookupError(f"…")``; ``# i18n: not text`` marks a caller's mistake nobody reads)."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    found: list[str] = []

    lines = source.splitlines()

    def flag(node: ast.AST, what: str) -> None:
        if _visible_literal(node) and VERBATIM not in lines[node.lineno - 1]:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {what}({ast.unparse(node)[:70]})")

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            _, name = _name(node.func)
            if name == "add" and len(node.args) == 2:
                flag(node.args[1], "add")
            elif name == "check" and len(node.args) == 3:
                flag(node.args[2], "check")
            elif name == "FormError" and node.args and isinstance(node.args[0], ast.Dict):
                for value in node.args[0].values:
                    flag(value, "FormError")
        elif isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
            if _name(node.exc.func)[1] != "EditConflict":  # its first argument names the thing for logs only
                flag(node.exc.args[0], "raise")
    return found


def test_the_admin_services_messages_go_through_translate() -> None:
    from app.catalogues import areas, sources

    files = sources(areas()[ADMIN_AREA], ROOT)
    found = [line for path in files for line in untranslated_messages(path)]
    assert not found, "service messages not translated (wrap them in translate()):\n" + "\n".join(found)
