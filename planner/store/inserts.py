"""Many rows inserted with one statement, and the keys they were given in their order.

``insert(table).returning(key, sort_by_parameter_order=True)`` promises the keys in the
order of the rows, but on SQLite SQLAlchemy keeps that promise by sending one INSERT per
row (SQLite does not say in which order RETURNING gives a multi-row INSERT's rows back):
a 5,000-event calendar made some 20,000 statements. SQLite does give the rows of one
INSERT increasing integer keys in the order they are listed, and SQLAlchemy sends its
batches in the rows' order, so there the keys sorted are the keys in the rows' order.
PostgreSQL keeps the promise by itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, Connection, Table, insert

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def insert_rows(
    where: Session | Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    key: Column[Any] | None = None,
) -> list[int]:
    """Insert ``rows`` into ``table``; the integer keys (``key``, else ``table.c.id``) they
    were given, in the order of ``rows``."""
    if not rows:
        return []
    column = key if key is not None else table.c.id
    connection = where if isinstance(where, Connection) else where.connection()
    if connection.dialect.name == "sqlite":
        found = where.execute(insert(table).returning(column), rows)
        return sorted(int(one) for one in found.scalars())
    found = where.execute(insert(table).returning(column, sort_by_parameter_order=True), rows)
    return [int(one) for one in found.scalars()]
