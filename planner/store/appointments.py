"""Queries of the Appointments area: courses, what hangs on an appointment, and the paged
appointment list (a count, then the rows of each page that is shown)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Integer, Select, case, cast, func, literal, select, tuple_

from planner.domain import model
from planner.domain.hard_days import DEFAULT_RECOVERY_DAYS, RECOVERY_KEY_PREFIX
from planner.domain.model import AppointmentQuery as AppointmentQuery  # its home for callers
from planner.store import convert
from planner.store.plan_store import PlanStore, RecordMissing

if TYPE_CHECKING:
    from planner.store import records as r
else:
    from planner.store.lazy import records as r  # loaded on a write (see lazy.py)


@functools.cache
def sortable() -> dict[str, Any]:
    """The list's columns to sort by, by name (made on the first sort: the records load
    then)."""
    return {
        "start": r.AppointmentRecord.start,
        "title": r.AppointmentRecord.title,
        "kind": r.AppointmentRecord.kind,
        "status": r.AppointmentRecord.status,
        "needs_ride": r.AppointmentRecord.needs_ride,
        "companion_wanted": r.AppointmentRecord.companion_wanted,
        "location": r.AppointmentRecord.location,
        "clinician": r.AppointmentRecord.clinician,
        # The appointment's own number, else the plan's default for its kind (what the journal
        # taught and the user accepted), else the built-in default: as the list shows it.
        "recovery_days": func.coalesce(
            r.AppointmentRecord.recovery_days,
            select(cast(r.SettingRecord.value, Integer))
            .where(r.SettingRecord.key == literal(RECOVERY_KEY_PREFIX) + r.AppointmentRecord.kind)
            .scalar_subquery(),
            case(
                {kind.value: days for kind, days in DEFAULT_RECOVERY_DAYS.items()},
                value=r.AppointmentRecord.kind,
                else_=0,
            ),
        ),
        "duration": r.AppointmentRecord.duration_minutes,
    }


def _filtered(query: Select[Any], chosen: AppointmentQuery) -> Select[Any]:
    start = r.AppointmentRecord.start
    if chosen.first is not None:
        query = query.where(start >= dt.datetime.combine(chosen.first, dt.time.min))
    if chosen.last is not None:
        query = query.where(
            start < dt.datetime.combine(chosen.last + dt.timedelta(days=1), dt.time.min)
        )
    if chosen.kind is not None:
        query = query.where(r.AppointmentRecord.kind == chosen.kind.value)
    if chosen.status is not None:
        query = query.where(r.AppointmentRecord.status == chosen.status.value)
    return query


def _order(chosen: AppointmentQuery) -> list[Any]:
    """The list's order: the chosen column, then start, then id (so every row has one place),
    all in one direction, so that an index on (column, start) gives the order as it is."""
    keys = [sortable()[chosen.sort]]
    if chosen.sort != "start":
        keys.append(r.AppointmentRecord.start)
    keys.append(r.AppointmentRecord.id)
    return [key.desc() if chosen.descending else key.asc() for key in keys]


def appointment_ids(store: PlanStore, chosen: AppointmentQuery) -> list[int]:
    """The ids of the appointments ``chosen`` names, in its order."""
    query = _filtered(select(r.AppointmentRecord.id), chosen).order_by(*_order(chosen))
    return list(store.session.scalars(query))


def count_appointments(store: PlanStore, chosen: AppointmentQuery) -> int:
    query = _filtered(select(func.count()).select_from(r.AppointmentRecord), chosen)
    return int(store.session.scalar(query) or 0)


def appointment_page(
    store: PlanStore, chosen: AppointmentQuery, offset: int, limit: int
) -> list[model.Appointment]:
    """The appointments at positions ``offset`` to ``offset + limit - 1`` of the list.

    The ids come first, from the index alone (skipping ``offset`` rows costs no table
    reads), then the rows of just those ids.
    """
    ids = list(
        store.session.scalars(
            _filtered(select(r.AppointmentRecord.id), chosen)
            .order_by(*_order(chosen))
            .offset(offset)
            .limit(limit)
        )
    )
    found = appointments_by_id(store, ids)
    return [found[i] for i in ids if i in found]


def appointment_position(store: PlanStore, chosen: AppointmentQuery, record_id: int) -> int | None:
    """Where in the list the appointment ``record_id`` stands (0-based), or ``None``.

    Counts the rows before it in the list's order, which the database answers from its
    indexes instead of numbering every row.
    """
    keys = [sortable()[chosen.sort]]
    if chosen.sort != "start":
        keys.append(r.AppointmentRecord.start)
    keys.append(r.AppointmentRecord.id)
    found = store.session.execute(
        _filtered(select(*keys), chosen).where(r.AppointmentRecord.id == record_id)
    ).first()
    if found is None:
        return None
    values = tuple(found)
    before = (
        tuple_(*keys) > tuple_(*values) if chosen.descending else tuple_(*keys) < tuple_(*values)
    )
    query = _filtered(select(func.count()).select_from(r.AppointmentRecord), chosen).where(before)
    return int(store.session.scalar(query) or 0)


def appointments_by_id(store: PlanStore, ids: Sequence[int]) -> dict[int, model.Appointment]:
    """The appointments of ``ids`` (those still in the plan), by id."""
    query = select(r.AppointmentRecord).where(r.AppointmentRecord.id.in_(ids))
    return {
        rec.id: convert.to_value(model.Appointment, rec) for rec in store.session.scalars(query)
    }


# ---------------------------------------------------------------- courses
def course(store: PlanStore, course_id: int) -> model.Course:
    record = store.session.get(r.CourseRecord, course_id)
    if record is None:
        raise RecordMissing(f"course {course_id}")
    return convert.to_value(model.Course, record)


def course_members(store: PlanStore, course_id: int) -> list[model.Appointment]:
    """Every appointment of the course, earliest first."""
    query = (
        select(r.AppointmentRecord)
        .where(r.AppointmentRecord.course_id == course_id)
        .order_by(r.AppointmentRecord.start, r.AppointmentRecord.id)
    )
    return [convert.to_value(model.Appointment, rec) for rec in store.session.scalars(query)]


# ---------------------------------------------------------------- what hangs on one
def move_tasks(store: PlanStore, appointment_id: int, shift: dt.timedelta) -> int:
    """Move the help tasks tied to the appointment by ``shift``; returns how many."""
    if not shift:
        return 0
    query = select(r.HelpTaskRecord).where(r.HelpTaskRecord.appointment_id == appointment_id)
    moved = 0
    for task in store.session.scalars(query):
        task.start += shift
        task.end += shift
        moved += 1
    store.session.flush()
    return moved
