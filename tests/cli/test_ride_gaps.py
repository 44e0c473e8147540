"""`care-planner check --json` names every kind of ride gap."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from planner.domain import legs as rules
from planner.domain.enums import AppointmentKind, Capability, LegDirection, LegStatus
from planner.domain.model import Appointment, Availability, Helper, RideLeg
from planner.main import main
from planner.services.plan import open_plan

DRIVES = frozenset({Capability.DRIVE})


def _weekday_ahead(today: dt.date, days: int) -> dt.date:
    day = today + dt.timedelta(days=days)
    while day.weekday() >= 4:  # a Monday to Thursday, so the day after is a weekday too
        day += dt.timedelta(days=1)
    return day


@pytest.fixture
def plan_file(tmp_path: Path, today: dt.date) -> Path:
    path = tmp_path / "rides.sqlite3"
    plan = open_plan(f"sqlite:///{path}")
    # Days ahead of the plan's (pinned) clock, which `check` counts from, not the computer's.
    day = _weekday_ahead(today, 3)
    at = lambda d, h, m=0: dt.datetime.combine(d, dt.time(h, m))  # noqa: E731
    with plan.unit_of_work() as work:
        store = work.store
        sam, eve, service = store.add_all(
            [
                Helper("Sam Keller", capabilities=DRIVES),
                # Usually free only on another weekday: booked outside their times.
                Helper(
                    "Eve Stone",
                    capabilities=DRIVES,
                    availability=(Availability((day.weekday() + 1) % 7, dt.time(8), dt.time(9)),),
                ),
                Helper("Volunteer Drivers", capabilities=DRIVES, notice_business_days=3),
            ]
        )
        visit = lambda title, start, hours: Appointment(  # noqa: E731
            AppointmentKind.CHEMOTHERAPY, title, start, dt.timedelta(hours=hours), needs_ride=True
        )
        first, second, third = store.add_all(
            [
                visit("Infusion", at(day, 9), 3),
                visit("Blood test", at(day, 8, 40), 1),
                visit("Scan", at(day + dt.timedelta(days=1), 10), 1),
            ]
        )
        confirmed = LegStatus.CONFIRMED
        store.add_all(
            [
                RideLeg(first, LegDirection.THERE, at(day, 8, 15), driver_id=sam, status=confirmed),
                # The ride home of the infusion has no leg yet: no driver.
                RideLeg(second, LegDirection.THERE, at(day, 8), driver_id=sam, status=confirmed),
                RideLeg(
                    second, LegDirection.BACK, at(day, 9, 40), driver_id=eve, status=LegStatus.ASKED
                ),
                RideLeg(
                    third,
                    LegDirection.THERE,
                    at(day + dt.timedelta(days=1), 9, 15),
                    driver_id=service,
                ),
                RideLeg(
                    third,
                    LegDirection.BACK,
                    at(day + dt.timedelta(days=1), 11),
                    driver_id=sam,
                    status=confirmed,
                ),
            ]
        )
        work.commit()
    plan.close()
    return path


@pytest.mark.dated
def test_check_json_lists_every_kind_of_ride_gap(
    plan_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["check", "--json", "--weeks", "2", "--database-url", f"sqlite:///{plan_file}"])

    out = capsys.readouterr().out
    assert status == 1
    kinds = {gap["kind"] for gap in json.loads(out)["gaps"]}
    assert {
        "ride_without_driver",
        "ride_not_confirmed",
        rules.DRIVER_DOUBLE_BOOKED,
        rules.DRIVER_UNAVAILABLE,
        rules.NOTICE_DEADLINE,
    } <= kinds
    messages = " ".join(gap["message"] for gap in json.loads(out)["gaps"])
    assert "Sam Keller is down to drive two rides at once" in messages
    assert "Eve Stone is not usually free then" in messages
    assert "Volunteer Drivers needs 3 business days' notice" in messages
