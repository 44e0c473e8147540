"""Saving one appointment edit: one UPDATE of the changed columns, not a record's flush, with
everything a record's save has (the change record, the version guard, undo, the search index).
On a SQLite file and on a PostgreSQL server."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from planner.domain.changes import Action, Kind
from planner.domain.enums import AppointmentKind
from planner.domain.model import Appointment
from planner.services import appointments
from planner.services.plan import ConflictError, Plan
from planner.services.search import search
from planner.services.undo import put_back
from planner.store import rows
from tests.conftest import TODAY

START = dt.datetime.combine(TODAY + dt.timedelta(days=2), dt.time(9))


def _scan(plan: Plan) -> Appointment:
    added, _ = appointments.add_appointment(
        plan,
        Appointment(AppointmentKind.SCAN, "CT scan", START, dt.timedelta(hours=1), notes="Fast"),
        today=TODAY,
    )
    return added


def test_a_saved_edit_is_stored_recorded_and_found(two_plans: tuple[Plan, Plan]) -> None:
    ana, tom = two_plans
    scan = _scan(ana)
    assert scan.id is not None and scan.version is not None

    (before, after), changes = appointments.update_appointment(
        ana, dataclasses.replace(scan, notes="Bring the referral letter"), today=TODAY
    )

    assert (before.notes, after.notes) == ("Fast", "Bring the referral letter")
    assert after.version == scan.version + 1
    (change,) = changes.records
    assert (change.kind, change.row, change.action) == (Kind.APPOINTMENT, scan.id, Action.UPDATE)
    assert (change.old_version, change.new_version) == (scan.version, scan.version + 1)
    assert change.fields == {"notes": ("Fast", "Bring the referral letter")}
    assert change.who == ana.author
    assert appointments.appointments_by_id(tom, [scan.id])[scan.id] == after
    assert [hit.id for hit in search(tom, "referral").hits()] == [scan.id]


def test_an_edit_that_changes_nothing_writes_nothing(two_plans: tuple[Plan, Plan]) -> None:
    ana, _ = two_plans
    scan = _scan(ana)

    (_, after), changes = appointments.update_appointment(ana, scan, today=TODAY)

    assert after == scan
    assert changes.records == ()


def test_an_edit_from_an_older_copy_is_refused(two_plans: tuple[Plan, Plan]) -> None:
    ana, tom = two_plans
    scan = _scan(ana)
    assert scan.id is not None
    seen_by_tom = appointments.appointments_by_id(tom, [scan.id])[scan.id]

    appointments.update_appointment(ana, dataclasses.replace(scan, notes="No food after 8"))
    with pytest.raises(ConflictError):
        appointments.update_appointment(
            tom,
            dataclasses.replace(seen_by_tom, title="CT scan, chest"),
            expected_version=seen_by_tom.version,
        )

    stored = appointments.appointments_by_id(tom, [scan.id])[scan.id]
    assert (stored.title, stored.notes) == ("CT scan", "No food after 8")


def test_a_save_in_between_a_read_and_a_write_of_one_action_is_refused(
    two_plans: tuple[Plan, Plan],
) -> None:
    ana, tom = two_plans
    scan = _scan(ana)
    assert scan.id is not None

    with pytest.raises(ConflictError), ana.unit_of_work() as work:
        read = work.store.appointment(scan.id)
        appointments.update_appointment(tom, dataclasses.replace(scan, notes="Moved room"))
        work.store.update_appointment(dataclasses.replace(read, title="CT scan, chest"))
        work.commit()

    stored = appointments.appointments_by_id(tom, [scan.id])[scan.id]
    assert (stored.title, stored.notes) == ("CT scan", "Moved room")


def test_an_action_may_save_a_row_it_already_changed(two_plans: tuple[Plan, Plan]) -> None:
    ana, _ = two_plans
    scan = _scan(ana)
    assert scan.id is not None and scan.version is not None

    with ana.unit_of_work() as work:
        read = work.store.appointment(scan.id)
        # Once through its record, then as a row: the second is not taken for someone
        # else's change.
        moved = rows.save(work.store.session, dataclasses.replace(read, location="Ward 3"))
        named = work.store.update_appointment(dataclasses.replace(moved, title="CT scan, chest"))
        work.store.update_appointment(dataclasses.replace(named, notes="Bring the letter"))
        work.commit()

    assert [(c.old_version, c.new_version) for c in work.changes.records] == [
        (scan.version, scan.version + 1),
        (scan.version + 1, scan.version + 2),
        (scan.version + 2, scan.version + 3),
    ]
    stored = appointments.appointments_by_id(ana, [scan.id])[scan.id]
    assert (stored.location, stored.title, stored.notes) == (
        "Ward 3",
        "CT scan, chest",
        "Bring the letter",
    )


def test_undo_puts_the_edit_back_and_the_index_with_it(two_plans: tuple[Plan, Plan]) -> None:
    ana, tom = two_plans
    scan = _scan(ana)
    assert scan.id is not None

    _, changes = appointments.update_appointment(
        ana, dataclasses.replace(scan, notes="Bring the referral letter")
    )
    put_back(ana, changes)

    stored = appointments.appointments_by_id(tom, [scan.id])[scan.id]
    assert stored.notes == "Fast"
    assert search(tom, "referral").empty
    # The save after an undo goes from the version the undo left.
    (_, after), _ = appointments.update_appointment(
        tom, dataclasses.replace(stored, notes="Fasting"), expected_version=stored.version
    )
    assert after.notes == "Fasting"
