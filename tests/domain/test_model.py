from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.enums import AppointmentKind, LegDirection, LegStatus, label
from planner.domain.model import RideLeg
from tests.helpers.builders import MONDAY, appointment, at, driver, window


@pytest.mark.parametrize(
    ("driver_id", "status", "covered"),
    [
        (1, LegStatus.CONFIRMED, True),
        (1, LegStatus.DONE, True),
        (1, LegStatus.ASKED, False),
        (1, LegStatus.NEEDED, False),
        (1, LegStatus.CANCELLED, False),
        (None, LegStatus.CONFIRMED, False),
    ],
)
def test_a_leg_is_covered_once_a_driver_said_yes(
    driver_id: int | None, status: LegStatus, covered: bool
) -> None:
    leg = RideLeg(1, LegDirection.THERE, at(MONDAY), driver_id=driver_id, status=status)

    assert leg.is_covered is covered


def test_a_window_finds_helpers_and_legs() -> None:
    visit = appointment(MONDAY, id=4, duration=dt.timedelta(minutes=90))
    legs = [RideLeg(4, LegDirection.THERE, at(MONDAY)), RideLeg(5, LegDirection.BACK, at(MONDAY))]
    view = window(MONDAY, appointments=[visit], legs=legs, helpers=[driver(7)])

    assert view.helper(7) == driver(7)
    assert view.helper(None) is None and view.helper(8) is None
    assert view.legs_of(4) == (legs[0],)
    assert visit.end == at(MONDAY, 10, 30)


def test_labels_read_well() -> None:
    assert label(AppointmentKind.INFUSION) == "Immunotherapy / infusion"
    assert label(LegStatus.CONFIRMED) == "Confirmed"
    assert all(label(kind) for kind in AppointmentKind)
