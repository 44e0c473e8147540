"""A second process reads the weeks around the one shown for the window
(planner/services/week_reader.py): what it hands back is what a read in the window's own
process finds at the window's clock, and a process that cannot read is given up, leaving
the reads to the window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from planner.domain.enums import AppointmentKind
from planner.domain.model import Appointment
from planner.services import week, week_reader
from planner.services.plan import Plan, open_plan

NEXT_WEEK = dt.timedelta(days=7)


def test_the_second_process_reads_what_a_read_here_finds_at_the_window_s_clock(
    demo_plan: Plan, now: dt.datetime, reading_aside: None
) -> None:
    reader = week_reader.reader_for(demo_plan)
    assert reader is not None and reader.working
    first = now.date() + NEXT_WEEK
    aside = reader.read_ahead(first, now)
    assert aside == week.read_ahead(demo_plan, first, now)
    assert week.still_current(demo_plan, aside)

    # At the window's clock, not its own: hours later, some of the day's rides are over.
    later = now + dt.timedelta(hours=10)
    assert reader.read_ahead(now.date(), later) == week.read_ahead(demo_plan, now.date(), later)

    # A change saved since: the process reads it, and what it read before is out of date.
    at = dt.datetime.combine(first + dt.timedelta(days=1), dt.time(11))
    with demo_plan.unit_of_work() as work:
        work.store.add(Appointment(AppointmentKind.SCAN, "Scan saved meanwhile", at))
        work.commit()
    assert not week.still_current(demo_plan, aside)
    again = reader.read_ahead(first, now)
    assert again is not None and week.still_current(demo_plan, again)
    assert "Scan saved meanwhile" in {item.title for day in again.week.days for item in day.items}


def test_a_file_the_process_cannot_open_gives_it_up(tmp_path: Path, now: dt.datetime) -> None:
    not_a_plan = tmp_path / "shopping-list.sqlite3"
    not_a_plan.write_text("milk, bread, eggs\n")
    reader = week_reader.WeekReader(not_a_plan)
    assert reader.read_ahead(now.date(), now) is None
    assert not reader.working
    assert reader.read_ahead(now.date(), now) is None  # not started again


def test_a_reader_ended_reads_nothing_more(demo_plan: Plan, now: dt.datetime) -> None:
    assert demo_plan.file is not None
    reader = week_reader.WeekReader(demo_plan.file)
    assert reader.read_ahead(now.date(), now) is not None
    reader.close()
    assert not reader.working
    assert reader.read_ahead(now.date(), now) is None


def test_one_reader_for_the_plan_the_window_is_on(
    demo_plan: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert week_reader.reader_for(demo_plan) is None  # a test or a command: not allowed
    monkeypatch.setattr(week_reader, "_allowed", True)
    try:
        first = week_reader.reader_for(demo_plan)
        assert first is not None and week_reader.reader_for(demo_plan) is first
        other = open_plan(f"sqlite:///{tmp_path / 'other.sqlite3'}")
        try:
            second = week_reader.reader_for(other)  # the window switched plans
            assert second is not None and second is not first
            assert second.file == other.file
            assert not first.working
        finally:
            other.close()
    finally:
        week_reader.stop()
    assert second is not None and not second.working


def test_after_stop_no_reader_until_allowed_again(demo_plan: Plan) -> None:
    week_reader.allow()
    try:
        reader = week_reader.reader_for(demo_plan)
        assert reader is not None
    finally:
        week_reader.stop()
    assert not reader.working
    assert week_reader.reader_for(demo_plan) is None


def test_no_reader_on_one_core(demo_plan: Plan, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(week_reader, "_allowed", True)
    monkeypatch.setattr(week_reader, "_cores", lambda: 1)
    assert week_reader.reader_for(demo_plan) is None


def test_an_encrypted_plan_is_read_by_the_window_alone(
    demo_plan: Plan, now: dt.datetime, reading_aside: None
) -> None:
    """The key of an encrypted plan stays with the window: encrypting the plan it is on
    ends its reader (the process had the plain file open), and none is made for it."""
    pytest.importorskip("sqlcipher3")
    from planner.services import encryption
    from tests.helpers.encryption import PASSPHRASE

    reader = week_reader.reader_for(demo_plan)
    assert reader is not None
    assert reader.read_ahead(now.date(), now) is not None
    encryption.encrypt(demo_plan, PASSPHRASE)
    assert week_reader.reader_for(demo_plan) is None
    assert not reader.working


def test_an_answer_that_cannot_be_taken_back_gives_the_process_up(
    tmp_path: Path, now: dt.datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever comes back garbled (another version's process, a broken pipe), the reader
    stops asking and the window reads on its own, rather than wait for an answer that
    never comes."""
    import socket
    from multiprocessing.connection import Connection

    mine, theirs = socket.socketpair()
    process_end = Connection(theirs.detach())

    def garbled(reader: week_reader.WeekReader) -> Connection:
        pipe = Connection(mine.detach())
        reader._pipe = pipe  # the process, played by this test
        return pipe

    monkeypatch.setattr(week_reader.WeekReader, "_start", garbled)
    process_end.send_bytes(b"cplanner_gone\nWeek\n.")  # a class this version lacks
    reader = week_reader.WeekReader(tmp_path / "plan.sqlite3")
    assert reader.read_ahead(now.date(), now) is None
    assert not reader.working
    process_end.close()
