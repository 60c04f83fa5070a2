"""The one rule for how an RFID idTag is written: chargers match tags in any case, and we store them upper-case
without surrounding blanks. Everything that compares, stores or looks up a tag normalises it here first."""

from __future__ import annotations


def normalise_tag(raw: str) -> str:
    """IdTags are matched case-insensitively and stored upper-case."""
    return raw.strip().upper()


__all__ = ["normalise_tag"]
