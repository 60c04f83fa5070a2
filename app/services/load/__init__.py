"""Load management: the site's circuits never overloaded, their current shared by the operator's strategy.

Pure parts: :mod:`~app.services.load.limits` (each circuit's limit per phase at a moment, from its own maximum and
its time-of-day plan) and :mod:`~app.services.load.allocation` (each charging session's limit under them).
"""
