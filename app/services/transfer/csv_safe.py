"""CSV cells that a spreadsheet will not run: the one neutraliser every CSV we write goes through.

A spreadsheet opening a CSV file treats a cell that begins with ``=``, ``+``, ``-`` or ``@`` as a formula (and a
leading tab or carriage return can hide such a character from a naive check), so a charger's idTag
``=1+cmd|' /C calc'!A0`` written as is becomes a command the operator's spreadsheet offers to run. Following
OWASP's advice, every *text* cell that begins with one of those characters is written with a single quote ``'``
in front of it: spreadsheets show the value as text (Excel and LibreOffice hide the quote). Numbers we write as
numbers are never touched (a negative amount stays a number the spreadsheet can sum); only ``str`` cells are.

Reading back what we wrote (the users CSV import): the quote is the spreadsheet convention for "this cell is text",
so :func:`unquote` removes *one* leading quote. For that to give back every value exactly, :func:`neutralise` also
quotes a text cell that itself begins with ``'``: the value ``'quoted`` is written ``''quoted`` and read back as
``'quoted``; ``=x`` is written ``'=x`` and read back as ``=x``. The price of this choice: a hand-made file whose cell
really starts with one quote loses it on import — the same as when a spreadsheet reads it, which is what the
people who make such files expect.
"""

from __future__ import annotations

from typing import Any

QUOTE = "'"
# what makes a spreadsheet read a cell as a formula (OWASP "CSV injection"): = + - @, tab and carriage return
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_QUOTED_START = (*FORMULA_START, QUOTE)


def neutralise(value: Any) -> Any:
    """``value`` as a CSV cell a spreadsheet will not run: a ``str`` beginning with a formula character (or with a
    quote, so that :func:`unquote` is exact) gets a ``'`` in front; anything else (numbers, None) is returned as is.
    """
    if isinstance(value, str) and value.startswith(_QUOTED_START):
        return QUOTE + value
    return value


def neutralise_row(values: list[Any]) -> list[Any]:
    return [neutralise(v) for v in values]


def unquote(cell: str) -> str:
    """The value a cell we wrote with :func:`neutralise` stands for: one leading quote removed."""
    return cell[1:] if cell.startswith(QUOTE) else cell
