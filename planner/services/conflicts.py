"""What someone else changed in a record while a person was editing it, from the change log:
field by field, who and when, so that the person can choose whose values to keep."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from planner.domain.changes import Action, Kind
from planner.services.plan import Plan
from planner.store import change_log, convert, tables


@dataclass(frozen=True)
class TheirChange:
    """One field someone else changed: its value when the person began, and now."""

    field: str
    before: Any
    now: Any
    who: str
    at: dt.datetime


@dataclass(frozen=True)
class Conflict:
    kind: Kind
    row: int | str
    fields: tuple[TheirChange, ...]
    version: int | None
    """The record's version now (``None`` when someone removed it)."""

    @property
    def removed(self) -> bool:
        return self.version is None

    @property
    def who(self) -> str:
        names = sorted({change.who for change in self.fields if change.who})
        return ", ".join(names)


def kind_of(value: object) -> Kind:
    return Kind(convert.TABLES[type(value)])


def what_changed(plan: Plan, kind: Kind, row: int | str, since_version: int | None) -> Conflict:
    """The changes to one record made after it was at ``since_version``."""
    with plan.unit_of_work() as work:
        session = work.store.session
        records = [
            change
            for change in change_log.of_row(session, kind, row)
            if since_version is None
            or (change.old_version is not None and change.old_version >= since_version)
        ]
        now = change_log.current(session, kind, row)
    first: dict[str, TheirChange] = {}
    for change in records:
        if change.action is Action.DELETE:
            continue
        for name, (old, new) in change.fields.items():
            if name in ("id", "version"):
                continue
            began = first[name].before if name in first else old
            first[name] = TheirChange(name, began, new, change.who, change.at)
    changed = tuple(c for c in first.values() if c.before != c.now)
    return Conflict(kind, row, changed, None if now is None else now.get("version"))


def values_of(value: object) -> dict[str, Any]:
    """A domain value's fields by the names the change log uses (its columns)."""
    return {
        field.column: field.store(getattr(value, field.name))
        for field in convert.FIELDS[type(value)]
        if field.name not in ("id", "version") and field.column in _columns(type(value))
    }


def _columns(kind: type[Any]) -> set[str]:
    """The columns of the table values of ``kind`` are kept in (found when first asked:
    the tables are SQLAlchemy's, loaded with the first conflict)."""
    found = _COLUMNS.get(kind)
    if found is None:
        table = tables.TABLES[convert.TABLES[kind]]
        found = _COLUMNS[kind] = {column.name for column in table.columns}
    return found


_COLUMNS: dict[type[Any], set[str]] = {}
