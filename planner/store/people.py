"""Writes for helpers, contacts, help tasks and support groups: the one write path
(:mod:`planner.store.rows`), typed for these four."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from planner.domain import model
from planner.store import rows

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


Person = TypeVar("Person", model.Helper, model.Contact, model.HelpTask, model.SupportGroup)


def save(session: Session, value: Person) -> Person:
    """Add ``value`` (no id) or store it over the record of its id (see ``rows.save``)."""
    return rows.save(session, value)


def remove(session: Session, kind: type[Person], row_id: int, version: int | None) -> Person:
    """Remove one record (see ``rows.remove``); returns it as it was."""
    return rows.remove(session, kind, row_id, version)
