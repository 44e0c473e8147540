"""Version counters: a stale edit fails loudly instead of overwriting another one."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from planner.domain.enums import LegDirection
from planner.store import records as r
from planner.store.database import Database, is_busy
from planner.store.plan_store import PlanStore
from tests.helpers.builders import MONDAY, appointment, leg


def one_leg(database: Database) -> int:
    with database.sessions() as session:
        store = PlanStore(session)
        visit_id = store.add(appointment(MONDAY, id=None))
        (leg_id,) = store.add_all(
            [leg(appointment(MONDAY, id=visit_id), LegDirection.THERE, id=None)]
        )
        session.commit()
    return leg_id


def test_every_edited_record_carries_a_version() -> None:
    unversioned = {
        r.AvailabilityRecord,
        r.PortionsTakenRecord,  # a batch's log: added with one guarded update of the batch
        r.CalendarLinkRecord,  # written only by an import, never edited by a person
        r.LegStatusChangeRecord,  # a leg's history: only ever added to
        r.ChangeRecord,  # the change log itself
    }
    for mapper in r.Base.registry.mappers:
        if mapper.class_ not in unversioned:
            assert mapper.version_id_col is not None, mapper.class_.__name__


def test_a_save_counts_the_version_up(database: Database) -> None:
    leg_id = one_leg(database)
    with database.sessions() as session:
        record = session.get(r.RideLegRecord, leg_id)
        assert record is not None and record.version == 1
        record.notes = "Wheelchair in the boot"
        session.commit()
        assert record.version == 2


def test_the_second_of_two_edits_of_one_leg_fails(database: Database) -> None:
    leg_id = one_leg(database)
    with database.sessions() as first, database.sessions() as second:
        mine = first.get(r.RideLegRecord, leg_id)
        theirs = second.get(r.RideLegRecord, leg_id)
        assert mine is not None and theirs is not None
        second.commit()  # their read ends; they keep the row they saw (version 1)

        mine.notes = "Sam drives"
        first.commit()
        theirs.notes = "Ana drives"
        with pytest.raises(StaleDataError):
            second.commit()

    with database.sessions() as session:
        saved = session.scalars(select(r.RideLegRecord)).one()
        assert (saved.notes, saved.version) == ("Sam drives", 2)


def test_an_edit_over_a_stale_snapshot_is_recognised_as_a_conflict(database: Database) -> None:
    leg_id = one_leg(database)
    with database.sessions() as first, database.sessions() as second:
        mine = first.get(r.RideLegRecord, leg_id)
        theirs = second.get(r.RideLegRecord, leg_id)  # their read transaction stays open
        assert mine is not None and theirs is not None
        mine.notes = "Sam drives"
        first.commit()
        theirs.notes = "Ana drives"
        with pytest.raises(OperationalError) as raised:
            second.flush()

    assert is_busy(raised.value)


def test_a_broken_link_is_refused_by_the_database(database: Database) -> None:
    with database.sessions() as session:
        store = PlanStore(session)
        store.session.add(
            r.RideLegRecord(
                appointment_id=999, direction="there", pickup_time=appointment(MONDAY).start
            )
        )
        with pytest.raises(IntegrityError, match="FOREIGN KEY"):
            session.flush()


def test_deleting_an_appointment_deletes_its_legs(database: Database) -> None:
    leg_id = one_leg(database)
    with database.sessions() as session:
        record = session.get(r.RideLegRecord, leg_id)
        assert record is not None
        session.delete(record.appointment)
        session.commit()
        assert session.scalars(select(r.RideLegRecord)).all() == []
