"""Alarms (issue #15): rules per site, the engine the central system runs, the console's and the CLI's service.

* :mod:`.rules` — the kinds, their defaults and labels (pure).
* :mod:`.events` — :class:`AlarmChanged`, published on the central system's bus (it crosses the site bus).
* :mod:`.engine` — :class:`AlarmEngine`, owned and started by ``CentralSystem`` (``serve`` or a console that
  hosts): events and a timer in, alarms raised once per condition and cleared, written through the store writer
  (kept in memory while the database is away), e-mailed when the rule says so.
* :mod:`.service` — :class:`AlarmsService`: the Alarms page and ``chargedesk alarms`` (list, acknowledge, rules).
* :mod:`.mail` — the SMTP relay settings and sending.
"""
