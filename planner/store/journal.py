"""Queries and writes of the Journal area: entries and questions by id, edited, removed and
put back under their old id."""

from __future__ import annotations

from typing import TypeVar

from planner.domain import model
from planner.store import convert
from planner.store import records as r
from planner.store.plan_store import PlanStore, RecordMissing

Value = TypeVar("Value", model.JournalEntry, model.Question)


def _record(store: PlanStore, value_type: type[Value], value_id: int) -> r.Base:
    record_type = convert.RECORDS[value_type]
    record = store.session.get(record_type, value_id)
    if record is None:
        what = "journal entry" if value_type is model.JournalEntry else "question"
        raise RecordMissing(f"{what} {value_id}")
    return record


def get(store: PlanStore, value_type: type[Value], value_id: int) -> Value:
    return convert.to_value(value_type, _record(store, value_type, value_id))


def update(store: PlanStore, value: Value) -> tuple[Value, Value]:
    """Store ``value`` over the record of its id; returns it before and after."""
    assert value.id is not None
    value_type = type(value)
    record = _record(store, value_type, value.id)
    before = convert.to_value(value_type, record)
    for field in convert.FIELDS[value_type]:
        if field.name not in ("id", "version"):
            setattr(record, field.column, field.store(getattr(value, field.name)))
    store.session.flush()
    return before, convert.to_value(value_type, record)


def delete(store: PlanStore, value_type: type[Value], value_id: int) -> Value:
    """Remove one entry or question; returns it as it was."""
    record = _record(store, value_type, value_id)
    gone = convert.to_value(value_type, record)
    store.session.delete(record)
    store.session.flush()
    return gone


def restore(store: PlanStore, value: Value) -> Value:
    """Put a removed entry or question back, under its old id where that is still free (and
    without its appointment if that one is gone meanwhile)."""
    record = convert.to_record(value)
    if (
        isinstance(value, model.Question)
        and value.appointment_id is not None
        and store.session.get(r.AppointmentRecord, value.appointment_id) is None
    ):
        record.appointment_id = None  # type: ignore[attr-defined]
    if value.id is not None and store.session.get(type(record), value.id) is None:
        record.id = value.id  # type: ignore[attr-defined]
    store.session.add(record)
    store.session.flush()
    return convert.to_value(type(value), record)
