"""The one write path for the records people edit: read one, save one, remove one.

Saving a value without an id adds it; with an id it is stored over that record, and only if
the value's version is still the stored one (someone else's change in between is refused,
never overwritten). Removing a record first unlinks or removes, through the same records,
what names it, so that the change log holds every row the removal touched and undo can put
all of it back. Every write here is recorded by :mod:`planner.store.change_log`.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast

from sqlalchemy import Table, Update, bindparam, select, update

from planner.domain import model
from planner.domain.changes import Action, Kind
from planner.domain.doses import Confirmation
from planner.domain.readings import Measurement
from planner.store import change_log, convert, lazy
from planner.store.errors import RecordMissing
from planner.store.medicine_rows import MedicineRow
from planner.store.team import TOUCHED

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from planner.store import records as r
else:
    from planner.store.lazy import records as r  # loaded on a write (see lazy.py)


V = TypeVar("V")

NAMES: dict[type[Any], str] = {
    model.Appointment: "appointment",
    model.Course: "course",
    model.RideLeg: "ride leg",
    model.Place: "place",
    model.Helper: "helper",
    model.Contact: "contact",
    model.HelpTask: "help task",
    model.FreezerMeal: "freezer meal",
    model.PortionsTaken: "portions taken",
    model.SupportGroup: "support group",
    model.JournalEntry: "journal entry",
    model.Question: "question",
    model.LegStatusChange: "ride status",
    MedicineRow: "medicine",
    Confirmation: "dose",
    Measurement: "reading",
}
"""What each kind of value is called in a message."""


def record_of(session: Session, kind: type[Any], row_id: int) -> Any:
    record = session.get(convert.RECORDS[kind], row_id)
    if record is None:
        raise RecordMissing(f"{NAMES[kind]} {row_id}")
    return record


def read(session: Session, kind: type[V], row_id: int) -> V:
    return convert.to_value(kind, record_of(session, kind, row_id))


def _guard(record: Any, kind: type[Any], version: int | None) -> None:
    if version is not None and record.version != version:
        raise lazy.StaleDataError(f"{NAMES[kind]} {record.id} is at version {record.version}")


def save(session: Session, value: V) -> V:
    """Add ``value`` (no id) or store it over the record of its id; returns it as stored.

    A value carrying a version must still match the stored one (nobody changed it since).
    """
    kind = type(value)
    value_id = getattr(value, "id", None)
    if value_id is None:
        record = convert.to_record(value)
        session.add(record)
        session.flush()
        return convert.to_value(kind, record)
    record = record_of(session, kind, value_id)
    _guard(record, kind, getattr(value, "version", None))
    started_at = getattr(record, "version", None)
    fields = [f for f in convert.FIELDS[kind] if f.name not in ("id", "version")]
    values = {f.column: f.store(getattr(value, f.name)) for f in fields}
    children = [
        f
        for f in fields
        if isinstance(values[f.column], list)
        and f.load(getattr(record, f.column)) != getattr(value, f.name)
    ]
    for field in children:
        # Child rows (a helper's usual times): the old ones are deleted one by one, so the
        # change log records each, then the new ones are added.
        for old in list(getattr(record, field.column)):
            session.delete(old)
        session.flush()
        session.expire(record, [field.column])
    for field in fields:
        if not isinstance(values[field.column], list) or field in children:
            setattr(record, field.column, values[field.column])
    session.flush()
    if children and _stored_version(session, record) == started_at:
        _new_version(session, record)
    return convert.to_value(kind, record)


def save_over(session: Session, value: V, stored: Mapping[str, Any]) -> tuple[V, dict[str, Any]]:
    """Store ``value`` over the row ``stored`` (its columns as read in this unit of work,
    no record of it held by the session) with one UPDATE of the columns that changed;
    returns it as stored, and the row as it is now.

    What :func:`save` does through a record, without building, tracking and flushing one
    (a save of one edit took a millisecond that way): the version guard (the value's
    version, when it carries one, and the version the row was read at, which the UPDATE
    must still find), and the change record of every changed column's old and new value.
    Only for a kind whose values hold no child rows.
    """
    kind = type(value)
    table, columns = _plain(kind)
    key = stored["id"]
    read_at = stored["version"]
    version = getattr(value, "version", None)
    if version is not None and version != read_at:
        raise lazy.StaleDataError(f"{NAMES[kind]} {key} is at version {read_at}")
    changed: dict[str, tuple[Any, Any]] = {}
    for column, field in columns:
        new = field.store(getattr(value, field.name))
        old = stored[column]
        if old != new:
            changed[column] = (old, new)
    now = dict(stored)
    if changed:
        touched: dict[str, set[Any]] | None = session.info.get(TOUCHED)
        if touched is not None:  # a helper's save: see team.refused_rows
            touched.setdefault(table.name, set()).add(key)
        params = {column: new for column, (_old, new) in changed.items()}
        params |= {"version": read_at + 1, "row_key": key, "read_at": read_at}
        if session.execute(_update(table), params).rowcount != 1:  # type: ignore[attr-defined]
            raise lazy.StaleDataError(f"{NAMES[kind]} {key} was changed meanwhile")
        change_log.note(
            session, Kind(table.name), key, Action.UPDATE, read_at, read_at + 1, changed
        )
        now.update(params)
        del now["row_key"], now["read_at"]
    return value_of(kind, now), now


def value_of(kind: type[V], columns: Mapping[str, Any]) -> V:
    """The value of ``kind`` a row holds (its columns by name)."""
    return kind(**{f.name: f.load(columns[f.column]) for f in convert.FIELDS[kind]})


_PLAIN: dict[type[Any], tuple[Table, tuple[tuple[str, Any], ...]]] = {}


def _plain(kind: type[Any]) -> tuple[Table, tuple[tuple[str, Any], ...]]:
    """The table of ``kind`` and its columns a save sets (in the table's order, as the
    change log records a record's), with the field each is stored from; found once."""
    found = _PLAIN.get(kind)
    if found is None:
        table = cast(Table, convert.RECORDS[kind].__table__)
        fields = {f.column: f for f in convert.FIELDS[kind] if f.name not in ("id", "version")}
        assert "version" in table.c and all(c in table.c for c in fields), kind
        columns = tuple((c.name, fields[c.name]) for c in table.columns if c.name in fields)
        found = _PLAIN[kind] = (table, columns)
    return found


@cache
def _update(table: Table) -> Update:
    """One row's UPDATE under the version guard, made once per table: the columns it sets
    are the parameters it is given (each set of them compiled once by SQLAlchemy)."""
    return update(table).where(
        table.c.id == bindparam("row_key"), table.c.version == bindparam("read_at")
    )


def _stored_version(session: Session, record: Any) -> int:
    table = cast(Table, type(record).__table__)
    return int(session.execute(select(table.c.version).where(table.c.id == record.id)).scalar_one())


def _new_version(session: Session, record: Any) -> None:
    """Give ``record`` a new version (only its child rows changed), guarded and recorded."""
    table = cast(Table, type(record).__table__)
    version = _stored_version(session, record)
    mine = (table.c.id == record.id) & (table.c.version == version)
    if session.execute(update(table).where(mine).values(version=version + 1)).rowcount != 1:  # type: ignore[attr-defined]
        raise lazy.StaleDataError(f"{table.name} {record.id} was changed meanwhile")
    kind = Kind(table.name)
    change_log.note(session, kind, record.id, Action.UPDATE, version, version + 1, {})
    session.expire(record, ["version"])


def remove(session: Session, kind: type[V], row_id: int, version: int | None = None) -> V:
    """Delete one record, refused if it is no longer at ``version`` (when given); returns it
    as it was. Records that name it are unlinked or, where they belong to it, removed."""
    record = record_of(session, kind, row_id)
    _guard(record, kind, version)
    gone = convert.to_value(kind, record)
    _remove(session, record)
    session.flush()
    return gone


def _remove(session: Session, record: Any) -> None:
    table = cast(Table, type(record).__table__)
    for child_type, column, cascade in _referrers(table.name):
        query = select(child_type).where(getattr(child_type, column) == record.id)
        for child in session.scalars(query):
            if cascade:
                _remove(session, child)
            else:
                setattr(child, column, None)
    session.flush()
    session.expire(record)  # collections it loaded hold the children deleted just now
    session.delete(record)


@cache
def _referrers(table_name: str) -> tuple[tuple[type[Any], str, bool], ...]:
    """The records naming a row of ``table_name``: (record type, column, whether they go
    with it)."""
    classes = {cast(Table, m.local_table).name: m.class_ for m in r.Base.registry.mappers}
    found = []
    for table in r.Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            if key.column.table.name == table_name and table.name in classes:
                cascade = (key.ondelete or "").upper() == "CASCADE"
                found.append((classes[table.name], key.parent.name, cascade))
    return tuple(found)
