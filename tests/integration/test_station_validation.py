"""Every check of :func:`app.services.admin.stations.validate_station` at once: the editor shows the problems in
the order they come (the form's order), so the order is part of what the checks promise."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from app.db import Database
from app.models import AccessMode, Site, Station, Tariff, User
from app.services.admin import stations as svc
from app.services.admin.stations import ConnectorForm, GrantForm, StationForm, WindowText

GONE = 999_999  # an id no row has


def test_every_check_reports_in_the_forms_order(db: Database) -> None:
    with db.session() as s:
        site = Site(name="HQ", timezone="Europe/Zurich")
        s.add(site)
        s.flush()
        s.add(Station(name="Hall A", site_id=site.id, charge_point_id="HALL-A-1"))
        s.flush()
        assert s.get(Tariff, GONE) is None and s.get(User, GONE) is None
    odd_mode = cast(AccessMode, "Sometimes")
    form = StationForm(
        name="x" * (svc._NAME_MAX + 1),
        site_id=GONE,
        charge_point_id="hall-a-1",  # another station's, in another case
        default_mode=odd_mode,
        ocpp_version="1.5",
        password="short",
        security_profile=4,  # there are profiles 0 to 3
        default_tariff_id=GONE,
        owner_tariff_id=GONE,
        owners=[GONE],
        lat="47.3769",
        lon=None,
        address="a" * 301,
        connectors=[
            ConnectorForm(number=0, plug_type="Garden hose", own_rules=True, mode=odd_mode, tariff_id=GONE),
            ConnectorForm(number=2, max_kw="lots"),
            ConnectorForm(number=2, max_kw=-1),
        ],
        grants=[
            GrantForm(
                user_id=GONE,
                connector=5,
                tariff_id=GONE,
                valid_from=dt.date(2026, 5, 1),
                valid_until=dt.date(2026, 4, 1),
                windows=[WindowText("Mon", "25:00", "")],
            ),
            GrantForm(windows=[WindowText("Mon-Fri", "07:00", "18:00"), WindowText("Fri", "17:00", "19:00")]),
        ],
    )
    with db.session() as s:
        problems: dict[str, Any] = svc.validate_station(s, form)
    assert list(problems) == [
        "name",
        "site_id",
        "charge_point_id",
        "default_mode",
        "connectors[0].mode",
        "ocpp_version",
        "password",
        "security_profile",
        "lon",
        "address",
        "connectors[0].number",
        "connectors[0].plug_type",
        "connectors[1].max_kw",
        "connectors[2].number",
        "connectors[2].max_kw",
        "default_tariff_id",
        "owner_tariff_id",
        "connectors[0].tariff_id",
        "owners",
        "grants[0].user_id",
        "grants[0].connector",
        "grants[0].tariff_id",
        "grants[0].valid_until",
        "grants[0].windows[0].start",
        "grants[0].windows[0].end",
        "grants[1].user_id",
        "grants[1].windows",
    ]
    assert problems["charge_point_id"].startswith("hall-a-1 is already used by station Hall A")
    assert problems["site_id"] == "This site no longer exists; choose another."
    assert (
        problems["default_tariff_id"]
        == problems["grants[0].tariff_id"]
        == "This tariff no longer exists; choose another."
    )
    assert problems["owners"].startswith("An owner's user account no longer exists")
    assert (
        "listed twice" in problems["connectors[2].number"]
        and "more than 0 kW" in problems["connectors[2].max_kw"]
    )
    assert "overlaps" in problems["grants[1].windows"]
