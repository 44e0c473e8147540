"""The change log, kept by the unit of work in the same transaction as the rows it records.

A session that carries a :class:`Recording` (in ``session.info``) writes one ``change`` row
for every row each flush inserts, updates or deletes: the kind of data, the row's key, the
action, the old and new version and each changed column's old and new value. Writes made
with SQL statements rather than records (taking portions out, putting rows back for undo)
record themselves through :func:`note`.

:func:`put_back` reverses recorded changes under the version guard: the one way undo and
"use theirs" restore rows.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    Column,
    Connection,
    Table,
    Text,
    delete,
    event,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError

from planner.domain.changes import Action, Change, Kind
from planner.store import lazy, search
from planner.store.inserts import insert_rows
from planner.store.reading import PlanReader
from planner.store.signals import CHANNEL

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, UOWTransaction

    from planner.store import records as r
else:
    from planner.store.lazy import records as r  # loaded on a write (see lazy.py)

RECORDING = "care-planner.recording"
ROWS_READ = "care-planner.rows-read"
"""``session.info`` key: rows read as plain rows in this unit of work to be changed in it
(see ``PlanStore.update_appointment``), by kind and key; a recorded write of one drops it,
so that it is read again as it is now."""


# The records' tables, made when first written to (a read needs none of them).
@functools.cache
def _changes() -> Table:
    return cast(Table, r.ChangeRecord.__table__)


@functools.cache
def _tables() -> dict[Kind, Table]:
    return {kind: r.Base.metadata.tables[kind.value] for kind in Kind}


@functools.cache
def _order() -> dict[str, int]:
    return {table.name: n for n, table in enumerate(r.Base.metadata.sorted_tables)}


@functools.cache
def _insert_one() -> Any:
    # Made once: SQLAlchemy then finds it compiled in its cache without building it again.
    return insert(_changes()).returning(_changes().c.seq)


@dataclass
class Recording:
    """Who is writing and the clock the change times come from; collects what was written."""

    who: str
    now: Callable[[], dt.datetime]
    written: list[Change] = field(default_factory=list)
    notified: bool = False
    versions_before: dict[int, int] = field(default_factory=dict)
    """The version each record about to be flushed had (by ``id()``), see ``_before_flush``."""
    step: str | None = None
    """The user action this unit of work belongs to, when the caller named one."""
    text_forgotten: set[Kind] = field(default_factory=set)
    """The kinds of the deleted rows that held free text, now or in their earlier changes:
    the search index forgets their words too before the commit (``_forget_in_index``)."""


# ---------------------------------------------------------------- values in and out
def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def _decode(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        return value
    if python_type is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if python_type is dt.date:
        return dt.date.fromisoformat(value)
    if python_type is dt.time:
        return dt.time.fromisoformat(value)
    if python_type is bool:
        return bool(value)
    return value


def _key(table: Table, row: int | str) -> int | str:
    (column,) = table.primary_key.columns
    return int(row) if column.type.python_type is int else str(row)


def to_change(record: r.ChangeRecord) -> Change:
    kind = Kind(record.kind)
    table = _tables()[kind]
    stored = json.loads(record.fields)
    return Change(
        record.seq,
        record.at,
        record.who,
        kind,
        _key(table, record.row),
        Action(record.action),
        record.old_version,
        record.new_version,
        {
            name: (_decode(table.c[name], old), _decode(table.c[name], new))
            for name, (old, new) in stored.items()
            if name in table.c
        },
    )


# ---------------------------------------------------------------- recording
def rows_read(session: Session) -> dict[tuple[Kind, int | str], dict[str, Any]]:
    """The rows read in this unit of work to be changed in it (see :data:`ROWS_READ`)."""
    read: dict[tuple[Kind, int | str], dict[str, Any]] | None = session.info.get(ROWS_READ)
    if read is None:
        read = session.info[ROWS_READ] = {}
    return read


def note(
    session: Session,
    kind: Kind,
    row: int | str,
    action: Action,
    old_version: int | None,
    new_version: int | None,
    fields: Mapping[str, tuple[Any, Any]],
) -> None:
    """Record one row written by a SQL statement (records record themselves)."""
    recording = session.info.get(RECORDING)
    if recording is not None:
        _write(session, recording, [(kind, row, action, old_version, new_version, fields)])


_Row = tuple[Kind, int | str, Action, int | None, int | None, Mapping[str, tuple[Any, Any]]]


def note_inserted(
    session: Session, kind: Kind, rows: Sequence[tuple[int, Mapping[str, Any], int | None]]
) -> None:
    """Record rows inserted by one SQL statement, together: each row's key, its columns
    as stored, and its version (``None`` for a kind without one)."""
    recording = session.info.get(RECORDING)
    if recording is not None:
        _write(
            session,
            recording,
            [
                (
                    kind,
                    key,
                    Action.INSERT,
                    None,
                    version,
                    {"id": (None, key)}
                    | {name: (None, value) for name, value in columns.items() if name != "version"},
                )
                for key, columns, version in rows
            ],
        )


def _write(session: Session, recording: Recording, rows: Sequence[_Row]) -> None:
    if not rows:
        return
    at = recording.now()
    values = [
        {
            "at": at,
            "who": recording.who,
            "kind": kind.value,
            "row": str(row),
            "action": action.value,
            "old_version": old_version,
            "new_version": new_version,
            "fields": _stored(kind, action, fields),
            "step": recording.step,
        }
        for kind, row, action, old_version, new_version, fields in rows
    ]
    connection = session.connection()
    read = session.info.get(ROWS_READ)
    for kind, row, action, _old, _new, fields in rows:
        if read:
            read.pop((kind, row), None)
        if action is Action.DELETE:
            held = any(fields.get(name, (None, None))[0] for name in _free_text(kind))
            if _forget_text(connection, kind, row) or held:
                recording.text_forgotten.add(kind)
    if len(values) == 1:  # a save of one edit: no batch of one to number in order
        seqs = [connection.execute(_insert_one(), values[0]).scalar_one()]
    else:
        seqs = insert_rows(connection, _changes(), values, _changes().c.seq)
    if connection.dialect.name == "postgresql" and not recording.notified:
        # Delivered to every listening window when (and only if) this transaction commits.
        connection.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})
        recording.notified = True
    for seq, (kind, row, action, old_version, new_version, fields) in zip(seqs, rows, strict=True):
        recording.written.append(
            Change(seq, at, recording.who, kind, row, action, old_version, new_version, fields)
        )


def _free_text(kind: Kind) -> frozenset[str]:
    """The columns of ``kind`` that hold what people wrote (notes, questions, answers)."""
    return frozenset(c.name for c in _tables()[kind].columns if isinstance(c.type, Text))


def _stored(kind: Kind, action: Action, fields: Mapping[str, tuple[Any, Any]]) -> str:
    """The fields as the log keeps them: a deleted row's free text is not kept (undo has it
    in memory; the file must not)."""
    gone = _free_text(kind) if action is Action.DELETE else frozenset()
    return json.dumps(
        {
            name: [_encode(old), _encode(new)]
            for name, (old, new) in fields.items()
            if name not in gone
        }
    )


def _forget_text(connection: Connection, kind: Kind, row: int | str) -> bool:
    """A row is deleted: its free text goes from the log's earlier records of it too, so
    deleted words do not live on in the file (``secure_delete`` overwrites them). Returns
    whether there was any."""
    private = _free_text(kind)
    if not private:
        return False
    earlier = connection.execute(
        select(_changes().c.seq, _changes().c.fields).where(
            _changes().c.kind == kind.value, _changes().c.row == str(row)
        )
    ).all()
    forgot = False
    for seq, stored in earlier:
        fields = json.loads(stored)
        kept = {name: values for name, values in fields.items() if name not in private}
        if kept != fields:
            forgot = forgot or any(any(fields[name]) for name in fields.keys() - kept.keys())
            connection.execute(
                update(_changes()).where(_changes().c.seq == seq).values(fields=json.dumps(kept))
            )
    return forgot


def _columns(record: Any) -> list[Column[Any]]:
    return list(cast(Table, type(record).__table__).columns)


def _row_key(record: Any) -> int | str:
    (key,) = inspect(type(record)).primary_key
    return cast(int | str, getattr(record, key.key))


def _saved(record: Any, is_new: bool, versions_before: Mapping[int, int]) -> _Row | None:
    state = inspect(record)
    kind = Kind(type(record).__tablename__)
    version = getattr(record, "version", None)
    if is_new:
        fields = {
            c.key: (None, getattr(record, c.key)) for c in _columns(record) if c.key != "version"
        }
        return (kind, _row_key(record), Action.INSERT, None, version, fields)
    fields = {}
    old_version = versions_before.get(id(record), version)
    for column in _columns(record):
        history = state.attrs[column.key].history
        if column.key == "version" or (not history.added and not history.deleted):
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            fields[column.key] = (old, new)
    if not fields and old_version == version:
        return None
    return (kind, _row_key(record), Action.UPDATE, old_version, version, fields)


def _deleted(record: Any) -> _Row:
    state = inspect(record)
    fields = {c.key: (state.attrs[c.key].loaded_value, None) for c in _columns(record)}
    kind = Kind(type(record).__tablename__)
    version = fields.pop("version", (None, None))[0] if "version" in fields else None
    return (kind, _row_key(record), Action.DELETE, version, None, fields)


def _tracked(record: Any) -> bool:
    return getattr(type(record), "__tablename__", None) in _order() and not isinstance(
        record, r.ChangeRecord
    )


def _before_flush(session: Session, _context: UOWTransaction, _instances: object) -> None:
    # The version counter moves during the flush; keep the one each record had before.
    recording = session.info.get(RECORDING)
    if recording is not None:
        recording.versions_before = {
            id(o): o.version for o in session.dirty if _tracked(o) and hasattr(o, "version")
        }


def _record_flush(session: Session, _context: UOWTransaction) -> None:
    recording = session.info.get(RECORDING)
    if recording is None:
        return
    order = _order()

    def place(record: Any) -> int:
        return order[type(record).__tablename__]

    new = sorted((o for o in session.new if _tracked(o)), key=place)
    dirty = sorted((o for o in session.dirty if _tracked(o)), key=place)
    gone = sorted((o for o in session.deleted if _tracked(o)), key=place, reverse=True)
    before = recording.versions_before
    rows = [_saved(o, True, before) for o in new]
    rows += [_saved(o, False, before) for o in dirty if session.is_modified(o)]
    rows += [_deleted(o) for o in gone]
    _write(session, recording, [row for row in rows if row is not None])


def _forget_in_index(session: Session) -> None:
    # The commit may still have rows to flush: they are written (and recorded) first.
    recording = session.info.get(RECORDING)
    if recording is None:
        return
    session.flush()
    if recording.text_forgotten:
        search.forget_deleted_text(session.connection(), recording.text_forgotten)
        recording.text_forgotten.clear()


def listen() -> None:
    """Have every session record its flushes (:class:`Recording`): called once, as the
    first session is made (:meth:`planner.store.database.Database.sessions`)."""
    from sqlalchemy.orm import Session

    if not event.contains(Session, "after_flush", _record_flush):
        event.listen(Session, "before_flush", _before_flush)
        event.listen(Session, "after_flush", _record_flush)
        event.listen(Session, "before_commit", _forget_in_index)


# ---------------------------------------------------------------- reading
def since(session: Session, seq: int, limit: int | None = None) -> list[Change]:
    """The changes after ``seq``, oldest first."""
    query = select(r.ChangeRecord).where(r.ChangeRecord.seq > seq).order_by(r.ChangeRecord.seq)
    if limit is not None:
        query = query.limit(limit)
    return [to_change(record) for record in session.scalars(query)]


def of_step(session: Session, step: str) -> list[Change]:
    """The changes one step (a user action, see :attr:`Recording.step`) wrote, in order;
    empty when it was never committed."""
    records = session.scalars(
        select(r.ChangeRecord).where(r.ChangeRecord.step == step).order_by(r.ChangeRecord.seq)
    )
    return [to_change(record) for record in records]


def since_time(session: Session, at: dt.datetime) -> list[Change]:
    query = select(r.ChangeRecord).where(r.ChangeRecord.at >= at).order_by(r.ChangeRecord.seq)
    return [to_change(record) for record in session.scalars(query)]


def last_seq(session: Session) -> int:
    session.flush()
    return PlanReader.on(session.connection()).last_seq()


def latest(
    session: Session,
    count: int,
    *,
    after: int = 0,
    who: str | None = None,
    kinds: Iterable[Kind] | None = None,
) -> list[Change]:
    """The newest ``count`` changes after ``after`` (by ``who``, of ``kinds``), oldest
    first."""
    query = select(r.ChangeRecord).where(r.ChangeRecord.seq > after)
    if who is not None:
        query = query.where(r.ChangeRecord.who == who)
    if kinds is not None:
        query = query.where(r.ChangeRecord.kind.in_([kind.value for kind in kinds]))
    query = query.order_by(r.ChangeRecord.seq.desc()).limit(count)
    return [to_change(record) for record in reversed(session.scalars(query).all())]


def authors(session: Session, among: int) -> list[str]:
    """The names the newest ``among`` changes carry, in no particular order."""
    newest = select(r.ChangeRecord.who).order_by(r.ChangeRecord.seq.desc()).limit(among)
    inner = newest.subquery()
    return [str(who) for who in session.scalars(select(inner.c.who).distinct())]


def forget_before(session: Session, before: dt.datetime, batch: int) -> int:
    """Remove up to ``batch`` of the oldest changes made before ``before``; the newest
    change always stays (SQLite numbers the next one from it). Returns how many went."""
    newest = last_seq(session)
    doomed = (
        select(r.ChangeRecord.seq)
        .where(r.ChangeRecord.at < before, r.ChangeRecord.seq < newest)
        .order_by(r.ChangeRecord.seq)
        .limit(batch)
    )
    seqs = list(session.scalars(doomed))
    if seqs:
        session.execute(delete(_changes()).where(_changes().c.seq.in_(seqs)))
    return len(seqs)


def of_row(session: Session, kind: Kind, row: int | str, after: int = 0) -> list[Change]:
    """The changes to one row after ``after``, oldest first."""
    query = (
        select(r.ChangeRecord)
        .where(
            r.ChangeRecord.kind == kind.value,
            r.ChangeRecord.row == str(row),
            r.ChangeRecord.seq > after,
        )
        .order_by(r.ChangeRecord.seq)
    )
    return [to_change(record) for record in session.scalars(query)]


def current(session: Session, kind: Kind, row: int | str) -> dict[str, Any] | None:
    """The row as stored now (every column), or ``None`` when it is not there."""
    table = _tables()[kind]
    (key,) = table.primary_key.columns
    found = session.execute(select(table).where(key == row)).mappings().first()
    return dict(found) if found is not None else None


# ---------------------------------------------------------------- putting back
def put_back(
    session: Session,
    changes: Iterable[Change],
    expected: Mapping[tuple[Kind, int | str], int | None] | None = None,
) -> None:
    """Reverse ``changes``, newest first, each only where its row still is as the change
    left it (its version, or for a row without one, its presence).

    ``expected`` names the version a row should be at when this window's own later steps
    moved it on. Raises :class:`StaleDataError` (nothing of it is kept once the unit of work
    rolls back) when someone else changed a row in between.

    A deleted row comes back under its old id, or under a new one when someone else's row
    took it (SQLite hands a freed id out again); the rows put back with it that name it
    follow the new id.
    """
    moved: dict[tuple[Kind, int | str], int | str] = {}
    try:
        for recorded in sorted(changes, key=lambda c: c.seq, reverse=True):
            change = _renumbered(recorded, moved)
            want = (expected or {}).get((recorded.kind, recorded.row), change.new_version)
            row = _reverse(session, change, want)
            if row != change.row:
                moved[(change.kind, recorded.row)] = row
    except IntegrityError:
        # A row to put back names one someone else removed meanwhile (or the reverse).
        raise lazy.StaleDataError("a row it names was changed meanwhile") from None
    session.expire_all()


def _renumbered(change: Change, moved: Mapping[tuple[Kind, int | str], int | str]) -> Change:
    """``change`` with the rows it names that came back under new ids named by those."""
    if not moved:
        return change
    table = _tables()[change.kind]
    fields = dict(change.fields)
    for foreign in table.foreign_keys:
        name, target = foreign.parent.name, Kind(foreign.column.table.name)
        if name in fields:
            old, new = fields[name]
            fields[name] = (moved.get((target, old), old), moved.get((target, new), new))
    row = moved.get((change.kind, change.row), change.row)
    return replace(change, row=row, fields=fields)


def _reverse(session: Session, change: Change, want: int | None) -> int | str:
    """Undo one change; returns the key of the row it put back or changed."""
    table = _tables()[change.kind]
    (key,) = table.primary_key.columns
    versioned = "version" in table.c
    now = current(session, change.kind, change.row)
    if change.action is Action.DELETE:
        row = {name: old for name, (old, _new) in change.fields.items()}
        if now is None:
            row[key.name] = change.row
        elif isinstance(change.row, int):
            row.pop(key.name, None)  # its id was taken meanwhile: it gets a new one
        else:
            raise lazy.StaleDataError(f"{change.kind} {change.row} is there again")
        if versioned:
            row["version"] = change.old_version or 1
        made = session.execute(insert(table).values(row).returning(key)).scalar_one()
        fields = {name: (None, value) for name, value in row.items() if name != "version"}
        fields[key.name] = (None, made)
        note(session, change.kind, made, Action.INSERT, None, row.get("version"), fields)
        return cast(int | str, made)
    if now is None or (versioned and now["version"] != want):
        raise lazy.StaleDataError(f"{change.kind} {change.row} was changed meanwhile")
    if change.action is Action.INSERT:
        session.execute(delete(table).where(key == change.row))
        fields = {name: (value, None) for name, value in now.items() if name != "version"}
        note(session, change.kind, change.row, Action.DELETE, now.get("version"), None, fields)
        return change.row
    values = {name: old for name, (old, _new) in change.fields.items()}
    guard = key == change.row
    if versioned:
        values["version"] = now["version"] + 1
        guard = guard & (table.c.version == now["version"])
    if session.execute(update(table).where(guard).values(values)).rowcount != 1:  # type: ignore[attr-defined]
        raise lazy.StaleDataError(f"{change.kind} {change.row} was changed meanwhile")
    fields = {
        name: (now[name], old) for name, (old, _new) in change.fields.items() if now[name] != old
    }
    note(
        session,
        change.kind,
        change.row,
        Action.UPDATE,
        now.get("version"),
        values.get("version"),
        fields,
    )
    return change.row
