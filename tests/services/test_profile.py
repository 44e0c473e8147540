"""The patient's profile: saved once as one user action, asked for once, and the legs that
pick up at home follow the home address; the gaps it leaves and the packets that print it."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from planner.domain.areas import find_gaps
from planner.domain.changes import Kind
from planner.domain.enums import AppointmentKind, AppointmentStatus, LegDirection, LegStatus
from planner.domain.errors import InvalidInput
from planner.domain.legs import PROFILE_MISSING, profile_missing
from planner.domain.model import Appointment, RideLeg
from planner.domain.profile import (
    ASKED,
    HOME_ADDRESS,
    OUT_OF_HOURS,
    PATIENT_NAME,
    PATIENT_PHONE,
    Profile,
)
from planner.services import lists, sheets
from planner.services import settings as plan_settings
from planner.services.appointments import add_appointment
from planner.services.getting_started import PROFILE_STEP, getting_started
from planner.services.plan import Plan
from planner.services.profile import patient_profile, save_profile, should_ask, skip_profile
from planner.services.rides import leg_details
from planner.services.week import check
from tests.conftest import NOW, TODAY
from tests.helpers.builders import appointment, window

OLD_HOME = "12 Linden Road"
NEW_HOME = "3 Harbour View"


def add_visit(plan: Plan, days: int, hour: int = 9) -> int:
    """A chemotherapy ``days`` from today that needs a ride; returns its id."""
    visit = Appointment(
        AppointmentKind.CHEMOTHERAPY,
        f"Chemotherapy in {days} days",
        dt.datetime.combine(TODAY + dt.timedelta(days=days), dt.time(hour)),
        dt.timedelta(hours=3),
        "Day Unit",
        needs_ride=True,
    )
    added, _ = add_appointment(plan, visit, today=TODAY)
    assert added.id is not None
    return added.id


def legs_there(plan: Plan) -> dict[int, RideLeg]:
    """Every leg there, by the id of its appointment."""
    return {
        leg.appointment_id: leg for leg in all_legs(plan) if leg.direction is LegDirection.THERE
    }


def all_legs(plan: Plan) -> list[RideLeg]:
    with plan.unit_of_work() as work:
        return work.store.legs()


def store_leg(plan: Plan, leg: RideLeg) -> None:
    with plan.unit_of_work() as work:
        work.store.update_leg(leg)
        work.commit()


# ---------------------------------------------------------------- saving and asking
def test_saving_the_profile_stores_it_tidied_in_one_go(plan: Plan) -> None:
    typed = Profile("  Maria   Keller ", "0044 7700-900100", " 12 Linden Road ", "(020) 7946 0999")

    (before, after), changes = save_profile(plan, typed)

    assert before == Profile()
    assert after == Profile("Maria Keller", "+44 7700 900100", OLD_HOME, "020 7946 0999")
    assert patient_profile(plan) == after
    assert plan_settings.read_setting(plan, ASKED) == 1
    assert changes  # the pages and the gaps look again
    steps = {step.key: step.done for step in getting_started(plan, today=TODAY)}
    assert steps[PROFILE_STEP]


@pytest.mark.parametrize(
    ("profile", "named"),
    [
        (Profile("Maria Keller", phone="call me"), "The patient's phone: 'call me'"),
        (Profile("Maria Keller", out_of_hours="12"), "The out-of-hours number: '12'"),
        (Profile("M" * 201), "The patient's name"),
    ],
)
def test_a_field_the_plan_cannot_take_is_named_and_nothing_is_saved(
    plan: Plan, profile: Profile, named: str
) -> None:
    with pytest.raises(InvalidInput, match="Nothing was saved") as refused:
        save_profile(plan, profile)

    assert str(refused.value).startswith(named)
    assert patient_profile(plan) == Profile()
    assert plan_settings.read_setting(plan, ASKED) == 0


def test_the_patients_phone_is_checked_wherever_it_is_changed(plan: Plan) -> None:
    with pytest.raises(InvalidInput, match="not a phone number"):
        plan_settings.change_setting(plan, PATIENT_PHONE, "ring the bell")
    assert plan_settings.read_setting(plan, PATIENT_PHONE) == ""

    plan_settings.change_setting(plan, OUT_OF_HOURS, "+44 (0)20 7946 0999")
    assert plan_settings.read_setting(plan, OUT_OF_HOURS) == "+44 20 7946 0999"


def test_a_new_plan_is_asked_once_and_a_skip_is_remembered(plan: Plan) -> None:
    assert should_ask(plan)

    _, changes = skip_profile(plan)

    assert changes.kinds == {Kind.SETTING}  # only that the plan was asked
    assert not should_ask(plan)
    assert patient_profile(plan) == Profile()


def test_a_plan_with_records_or_a_name_is_not_asked(plan: Plan, demo_plan: Plan) -> None:
    assert not should_ask(demo_plan)  # records (and a name)
    add_visit(plan, 2)
    assert not should_ask(plan)  # records, no name


def test_a_named_plan_is_not_asked(plan: Plan) -> None:
    plan_settings.change_setting(plan, PATIENT_NAME, "Maria Keller")
    assert not should_ask(plan)


# ---------------------------------------------------------------- legs follow the home address
def test_legs_there_from_home_follow_a_new_home_address(plan: Plan) -> None:
    plan_settings.change_setting(plan, HOME_ADDRESS, OLD_HOME)
    unset, from_old, elsewhere, done, cancelled = (add_visit(plan, d) for d in (2, 5, 6, 7, 8))
    earlier_today = add_visit(plan, 0, hour=11)
    legs = legs_there(plan)
    assert legs[from_old].pickup_place == OLD_HOME
    store_leg(plan, dataclasses.replace(legs[unset], pickup_place=""))  # planned before any address
    store_leg(plan, dataclasses.replace(legs[elsewhere], pickup_place="Work, 5 Mill St"))
    store_leg(plan, dataclasses.replace(legs[done], status=LegStatus.DONE))
    store_leg(plan, dataclasses.replace(legs[cancelled], status=LegStatus.CANCELLED))
    # Its pickup is over (10:00 now; it left home at 09:45): it keeps its place.
    store_leg(
        plan,
        dataclasses.replace(legs[earlier_today], pickup_time=NOW - dt.timedelta(minutes=15)),
    )
    backs_before = {
        leg.id: leg.pickup_place for leg in all_legs(plan) if leg.direction is LegDirection.BACK
    }

    (before, after), _ = plan_settings.change_setting(plan, HOME_ADDRESS, NEW_HOME)

    assert (before, after) == (OLD_HOME, NEW_HOME)
    moved = legs_there(plan)
    assert {key: moved[key].pickup_place for key in moved} == {
        unset: NEW_HOME,
        from_old: NEW_HOME,
        elsewhere: "Work, 5 Mill St",
        done: OLD_HOME,
        cancelled: OLD_HOME,
        earlier_today: OLD_HOME,
    }
    assert moved[from_old].status is LegStatus.NEEDED  # nothing else of the leg changed
    assert moved[from_old].pickup_time == legs[from_old].pickup_time
    backs = {
        leg.id: leg.pickup_place for leg in all_legs(plan) if leg.direction is LegDirection.BACK
    }
    assert backs == backs_before  # the rides home pick up at the clinic


def test_saving_the_profile_moves_the_legs_in_the_same_unit_of_work(
    plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan_settings.change_setting(plan, HOME_ADDRESS, OLD_HOME)
    visit = add_visit(plan, 3)
    from planner.services import settings as settings_module

    real = settings_module.follow_home

    def moved_then_failed(*args: object, **kwargs: object) -> None:
        real(*args, **kwargs)  # type: ignore[arg-type]
        raise InvalidInput("The disk is full.")

    monkeypatch.setattr(settings_module, "follow_home", moved_then_failed)
    with pytest.raises(InvalidInput):
        save_profile(plan, Profile("Maria Keller", home=NEW_HOME))

    assert patient_profile(plan) == Profile(home=OLD_HOME)  # neither the name nor the address
    assert legs_there(plan)[visit].pickup_place == OLD_HOME

    monkeypatch.undo()
    save_profile(plan, Profile("Maria Keller", home=NEW_HOME))
    assert legs_there(plan)[visit].pickup_place == NEW_HOME


# ---------------------------------------------------------------- gaps
def test_each_missing_detail_the_ride_cards_print_is_a_gap_before_the_first_ride() -> None:
    wednesday = dt.date(2026, 3, 11)
    visit = appointment(wednesday + dt.timedelta(days=2), needs_ride=True)
    empty = window(wednesday, today=wednesday, appointments=[visit], settings={})

    gaps = list(profile_missing(empty))

    assert [str(g.message).split(":")[0] for g in gaps] == [
        "Add the patient's name",
        "Add the patient's phone number",
        "Add the home address",
    ]
    assert all("the first ride is on Fri 13 Mar" in str(g.message) for g in gaps)
    assert {(g.kind, g.date, g.due) for g in gaps} == {
        (PROFILE_MISSING, visit.start.date(), wednesday + dt.timedelta(days=1))
    }
    only_name = dataclasses.replace(empty, settings={PATIENT_NAME.key: "Maria Keller"})
    assert len(list(profile_missing(only_name))) == 2
    full = window(wednesday, today=wednesday, appointments=[visit])
    assert not [g for g in find_gaps(full) if g.kind == PROFILE_MISSING]
    no_ride = window(
        wednesday,
        today=wednesday,
        settings={},
        appointments=[dataclasses.replace(visit, needs_ride=False)],
    )
    assert not list(profile_missing(no_ride))
    over = dataclasses.replace(visit, status=AppointmentStatus.CANCELLED)
    assert not list(profile_missing(dataclasses.replace(empty, appointments=(over,))))


def test_check_names_the_missing_details_until_they_are_saved(plan: Plan) -> None:
    add_visit(plan, 2)
    kinds = [g.kind for g in check(plan, today=TODAY)]
    assert kinds.count(PROFILE_MISSING) == 3

    save_profile(plan, Profile("Maria Keller", "+44 7700 900100", OLD_HOME))

    assert PROFILE_MISSING not in [g.kind for g in check(plan, today=TODAY)]


# ---------------------------------------------------------------- what the pages get
def test_the_ride_card_and_packets_get_the_out_of_hours_number(demo_plan: Plan) -> None:
    number = "+44 20 7946 0999"
    save_profile(demo_plan, dataclasses.replace(patient_profile(demo_plan), out_of_hours=number))

    legs, _, _ = lists.legs(demo_plan, TODAY)
    assert legs[0].id is not None
    assert leg_details(demo_plan, legs[0].id).out_of_hours == number
    sheet = sheets.week_sheet(demo_plan, TODAY, today=TODAY)
    assert sheet.numbers[0] == sheets.Number("Care team", "out of hours", number)
    packet = sheets.helper_packet(demo_plan, "Sam Keller", today=TODAY)
    assert sheets.Number("Care team", "out of hours", number) in packet.numbers
    # A number the care team's contacts already list is not listed twice.
    emergency = next(n for n in sheet.numbers if n.who == "Oncology 24-hour line")
    save_profile(
        demo_plan, dataclasses.replace(patient_profile(demo_plan), out_of_hours=emergency.phone)
    )
    again = sheets.week_sheet(demo_plan, TODAY, today=TODAY).numbers
    assert [n.phone for n in again].count(emergency.phone) == 1


def test_a_backup_drivers_packet_lists_the_rides_they_back_up(demo_plan: Plan) -> None:
    tom = sheets.helper_packet(demo_plan, "Tom Becker", today=TODAY)
    sam = sheets.helper_packet(demo_plan, "Sam Keller", today=TODAY)

    (backed,) = tom.trips  # the demo's next ride there: Sam drives, Tom is the backup
    assert backed.as_backup and backed.driver == "Sam Keller"
    assert backed.direction is LegDirection.THERE and backed.place.endswith(OLD_HOME)
    assert any(t.pickup == backed.pickup and not t.as_backup for t in sam.trips)


def test_the_ride_card_of_a_leg_the_plan_does_not_hold_is_a_clear_refusal(plan: Plan) -> None:
    with pytest.raises(InvalidInput, match="The plan has no ride leg 404"):
        leg_details(plan, 404)
