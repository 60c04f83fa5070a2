"""The edit conflict's sentence and the "Keep editing" merge (app.services.revisions), without a database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.services.revisions import Difference, EditConflict, LastChange, differences, merge, merge_rows

NOW = dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.UTC)


def test_the_sentence_names_who_when_and_each_field() -> None:
    at = NOW - dt.timedelta(minutes=5)
    conflict = EditConflict(
        "user Eva Keller",
        "user",
        revision=4,
        last=LastChange("Anna", at),
        differences=[Difference("E-mail", "a@x", "b@y")],
    )
    clock = f"{at.astimezone():%H:%M}"
    assert conflict.sentence(NOW) == (
        f"Anna saved this user at {clock} while you were editing: E-mail: a@x → b@y. Your changes are not saved."
    )
    yesterday = EditConflict(
        "tariff guest", "tariff", revision=2, last=LastChange("console", at - dt.timedelta(days=1))
    )
    assert yesterday.sentence(NOW).startswith("Someone on another console saved this tariff on ")
    gone = EditConflict("user Eva Keller", "user", revision=None, deleting=True)
    assert (gone.deleted, gone.sentence(NOW)) == (
        True,
        "Someone on another console deleted this user while you were editing. Nothing was deleted.",
    )


def test_differences_with_mine_leave_out_what_only_one_side_changed() -> None:
    loaded = {"Name": "Hall B", "Notes": "", "Address": "x"}
    stored = {"Name": "Hall B north", "Notes": "", "Address": "y"}
    mine = {"Name": "Hall B south", "Notes": "key", "Address": "y"}
    assert differences(loaded, stored) == [
        Difference("Name", "Hall B", "Hall B north"),
        Difference("Address", "x", "y"),
    ]
    assert differences(loaded, stored, mine=mine) == [Difference("Name", "Hall B", "Hall B north")]


@dataclass
class Row:
    id: int | None
    value: str


@dataclass
class Form:
    name: str = ""
    email: str = ""
    rows: list[Row] = field(default_factory=list)
    revision: int = 0


def test_keep_editing_takes_theirs_where_i_changed_nothing() -> None:
    loaded = Form("Eva", "a@x", [Row(1, "card"), Row(2, "fob"), Row(3, "spare")], revision=1)
    mine = Form("Eva", "a@x", [Row(1, "blue card"), Row(3, "spare"), Row(None, "new")], revision=1)
    stored = Form("Eva K.", "b@y", [Row(1, "card"), Row(2, "fob"), Row(3, "old spare"), Row(4, "theirs")], 2)
    merged = merge(loaded, mine, stored, ["name", "email"], rows=["rows"])
    assert merged == Form(
        "Eva K.",
        "b@y",
        [Row(1, "blue card"), Row(3, "old spare"), Row(4, "theirs"), Row(None, "new")],
        revision=2,
    )
    assert merge_rows([], [Row(None, "x")], []) == [Row(None, "x")]
