"""Writes for helpers, contacts, help tasks and support groups: save one, remove one, and
put a removed one back (for undo) with the links that named it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, TypeVar, cast

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from planner.domain import model
from planner.store import convert
from planner.store import records as r
from planner.store.plan_store import RecordMissing

Person = TypeVar("Person", model.Helper, model.Contact, model.HelpTask, model.SupportGroup)

_NAMES: dict[type[Any], str] = {
    model.Helper: "helper",
    model.Contact: "contact",
    model.HelpTask: "help task",
    model.SupportGroup: "support group",
}


@dataclass(frozen=True)
class Removed:
    """A value as it was removed, with the records that named it (a helper's tasks and
    ride legs), so that undo can link them again."""

    value: model.Helper | model.Contact | model.HelpTask | model.SupportGroup
    task_ids: tuple[int, ...] = ()
    driven_leg_ids: tuple[int, ...] = ()
    backup_leg_ids: tuple[int, ...] = ()


def _record(session: Session, kind: type[Any], record_id: int) -> Any:
    record = session.get(convert.RECORDS[kind], record_id)
    if record is None:
        raise RecordMissing(f"{_NAMES[kind]} {record_id}")
    return record


def read(session: Session, kind: type[Person], record_id: int) -> Person:
    return convert.to_value(kind, _record(session, kind, record_id))


def save(session: Session, value: Person) -> Person:
    """Add ``value`` (no id) or store it over the record of its id.

    A value carrying a version must still match the stored one (nobody changed it since).
    """
    kind = type(value)
    if value.id is None:
        record = convert.to_record(value)
        session.add(record)
        session.flush()
        return convert.to_value(kind, record)
    record = _record(session, kind, value.id)
    if value.version is not None and record.version != value.version:
        raise StaleDataError(f"{_NAMES[kind]} {value.id} is at version {record.version}")
    for field in convert.FIELDS[kind]:
        if field.name not in ("id", "version"):
            setattr(record, field.column, field.store(getattr(value, field.name)))
    if kind is model.Helper:
        # New usual times change only child rows; the helper still gets a new version.
        flag_modified(record, "name")
    session.flush()
    return convert.to_value(kind, record)


def remove(session: Session, kind: type[Any], record_id: int, version: int | None) -> Removed:
    """Delete one record; returns it, and what named it, as it was."""
    record = _record(session, kind, record_id)
    if version is not None and record.version != version:
        raise StaleDataError(f"{_NAMES[kind]} {record_id} is at version {record.version}")
    value = convert.to_value(kind, record)
    removed = Removed(value)
    if kind is model.Helper:
        removed = Removed(
            value,
            tuple(
                session.scalars(
                    select(r.HelpTaskRecord.id).where(r.HelpTaskRecord.helper_id == record_id)
                )
            ),
            tuple(
                session.scalars(
                    select(r.RideLegRecord.id).where(r.RideLegRecord.driver_id == record_id)
                )
            ),
            tuple(
                session.scalars(
                    select(r.RideLegRecord.id).where(r.RideLegRecord.backup_driver_id == record_id)
                )
            ),
        )
    session.delete(record)
    session.flush()
    return removed


def restore(session: Session, removed: Removed) -> Removed:
    """Put a removed value back under its old id and version where still free, and link
    again what named it (where nothing else was put there since)."""
    value = removed.value
    record = convert.to_record(value)
    record_type = type(record)
    if value.id is not None and session.get(record_type, value.id) is None:
        record.id = value.id  # type: ignore[attr-defined]
    session.add(record)
    session.flush()
    new_id = int(record.id)  # type: ignore[attr-defined]
    if value.version is not None and value.version != record.version:  # type: ignore[attr-defined]
        table = cast(Table, record_type.__table__)
        session.execute(update(table).where(table.c.id == new_id).values(version=value.version))
        session.refresh(record)
    links = (
        (r.HelpTaskRecord, "helper_id", removed.task_ids),
        (r.RideLegRecord, "driver_id", removed.driven_leg_ids),
        (r.RideLegRecord, "backup_driver_id", removed.backup_leg_ids),
    )
    for link_type, column, ids in links:
        if not ids:
            continue
        table = cast(Table, link_type.__table__)
        session.execute(
            update(table)
            .where(table.c.id.in_(ids), table.c[column].is_(None))
            .values({column: new_id})
            .execution_options(synchronize_session=False)
        )
    session.flush()
    session.expire_all()
    return replace(removed, value=convert.to_value(type(value), record))
