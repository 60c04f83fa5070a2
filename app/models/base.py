"""Declarative base and column types shared by every model.

Everything stored is UTC: :class:`UTCDateTime` stores naive UTC and hands back aware datetimes, on SQLite
(which has no timezone type) and PostgreSQL alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, ClassVar

from sqlalchemy import DateTime, MetaData, Table, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


_SQLITE_DEFAULT_FORMAT = (
    "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"
)
_UTC = dt.UTC


def _sqlite_bind(value: Any) -> str | None:
    """:meth:`UTCDateTime.process_bind_param` followed by SQLite's DATETIME bind processor (its default format,
    ``YYYY-MM-DD HH:MM:SS.ffffff``), in one step."""
    if value is None:
        return None
    if type(value) is dt.datetime and value.tzinfo is _UTC:  # the usual case: the text less its "+00:00"
        return value.isoformat(" ", "microseconds")[:26]
    if not isinstance(value, dt.datetime):
        raise TypeError(f"expected a datetime, got {type(value).__name__}")
    when: dt.datetime = value
    if when.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; pass an aware datetime (UTC is stored)")
    if when.tzinfo is not _UTC:
        when = when.astimezone(_UTC)
    return when.replace(tzinfo=None).isoformat(" ", "microseconds")


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored as naive UTC, returned as an aware UTC datetime."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware datetime (UTC is stored)")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        """On SQLite with the default storage format, one function does both steps (checks, UTC, then the text
        SQLite stores): the generic pair costs ~3 µs a value and every message-log row and session has some."""
        impl = self.impl_instance.dialect_impl(dialect)
        if dialect.name != "sqlite" or getattr(impl, "_storage_format", None) != _SQLITE_DEFAULT_FORMAT:
            return super().bind_processor(dialect)
        return _sqlite_bind

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    # Every model here is mapped to one table (no mapping to joins or selects): its Core ``Table``, typed as such
    # so ``insert(Model.__table__)`` and ``Model.__table__.c`` type-check.
    __table__: ClassVar[Table]
