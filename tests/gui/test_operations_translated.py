"""The charger operations' own messages in the operator's language (issue 15), with the console's catalogues
installed as it installs them (app.views.shell.language): the Operations tab's list of operations and their hints,
a charging profile's problem under the form and the local list's roles and reasons why a card is left out come from
the services (app/services/chargers/operation_forms.py, local_list.py) and reach the technician in German or French."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.views.shell import language
from tests.gui.test_chargers_operations import EVA, charger, click, console, run, select_op

NBSP = "\u00a0"
EXPECTED = {
    "de": {
        "remote_start": ("Fernstart", "Einen Ladevorgang mit einer Karte starten"),
        "problem": "Periode 2: ihr Start (0 s) muss nach dem von Periode 1 (0 s) liegen.",
        "owner": "Eigentümer",
        "by_time": "Zugang hängt von der Zeit ab: ",
        "special": ("Zugang hängt von der Zeit ab: ihr Sonderzugang ist auf ", " beschränkt ("),
    },
    "fr": {
        "remote_start": ("Démarrage à distance", "Démarrer une recharge avec un badge"),
        "problem": f"Période 2{NBSP}: son début (0 s) doit suivre celui de la période 1 (0 s).",
        "owner": "propriétaire",
        "by_time": f"l'accès dépend de l'heure{NBSP}: ",
        "special": (f"l'accès dépend de l'heure{NBSP}: son accès spécial est limité à ", " ("),
    },
}


@pytest.mark.isolated
@pytest.mark.parametrize("code", ["de", "fr"])
def test_operations_speak_the_operators_language(qapp: Any, qtbot: Any, tmp_path: Path, code: str) -> None:
    want = EXPECTED[code]

    async def scenario() -> None:
        async with console(tmp_path) as (_db, central, tab), charger(central):
            # the list of operations and their hints (OperationForms' marked titles)
            item = tab.op_list.item(tab.op_rows["remote_start"])
            assert (item.text().strip(), item.toolTip()) == want["remote_start"]
            tab.set_charger("HALL-B-1")

            # a profile whose second period does not follow the first: the form's problem, nothing sent
            select_op(tab, "set_profile")
            tab.set_profile.connector.setCurrentIndex(tab.set_profile.connector.findData(1))
            tab.set_profile.add.click()
            tab.set_profile.periods.item(1, 0).setText("0")
            rows = tab.table.rowCount()
            click(qtbot, tab, "set_profile")
            assert want["problem"] in tab.problems["set_profile"].text()
            assert tab.table.rowCount() == rows

            # the local list: who is in (as owner) and why the others are left out
            select_op(tab, "send_local_list")
            click(qtbot, tab, "send_local_list")
            dialog = tab.send_local_list.local_list_dialog
            assert dialog is not None and dialog.isVisible()
            roles = {
                dialog.sent.item(r, 0).text(): dialog.sent.item(r, 2).text()
                for r in range(dialog.sent.rowCount())
            }
            assert roles == {EVA: want["owner"]}
            left = {
                dialog.left_out.item(r, 1).text(): dialog.left_out.item(r, 2).text()
                for r in range(dialog.left_out.rowCount())
            }
            assert left["Tom Weber"].startswith(want["by_time"])
            start, middle = want["special"]
            assert left["Max Muster"].startswith(start) and middle in left["Max Muster"], left["Max Muster"]
            dialog.reject()

    language.install_language(code)
    try:
        run(qapp, scenario)
    finally:
        language.uninstall_language()
