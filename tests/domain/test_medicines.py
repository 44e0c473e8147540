"""Medicines: the checks a medicine must pass, and the doses each kind of schedule makes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.doses import MOST_DOSES, scheduled_doses
from planner.domain.errors import InvalidInput
from planner.domain.medicines import (
    AroundTreatment,
    AsNeeded,
    EveryHours,
    FixedTimes,
    Medicine,
    MedicineError,
    Offset,
    Schedule,
    Step,
    Taper,
    Weekdays,
    amount_text,
    around,
    parse_amount,
    validate,
)
from tests.helpers.builders import MONDAY, at

DAY = dt.timedelta(days=1)
EIGHT, EIGHT_PM = dt.time(8), dt.time(20)


def medicine(schedule: Schedule, start: dt.date = MONDAY, **changes: Any) -> Medicine:
    return Medicine("Ondansetron", schedule, start, id=7, **changes)


def dues(found: list[Any]) -> list[dt.datetime]:
    return [dose.due for dose in found]


# ------------------------------------------------------------------------ each schedule
def test_fixed_times_each_day_from_the_start() -> None:
    pills = medicine(FixedTimes((EIGHT_PM, EIGHT)), start=MONDAY + DAY)

    found = scheduled_doses(pills, MONDAY, MONDAY + 2 * DAY)

    assert dues(found) == [
        at(MONDAY + DAY, 8),
        at(MONDAY + DAY, 20),
        at(MONDAY + 2 * DAY, 8),
        at(MONDAY + 2 * DAY, 20),
    ]
    assert {d.key for d in found} == {(7, d.due) for d in found}
    assert all(d.amount == 1 for d in found)


def test_fixed_times_stop_after_the_last_day() -> None:
    pills = medicine(FixedTimes((EIGHT,)), end=MONDAY + DAY)

    assert dues(scheduled_doses(pills, MONDAY, MONDAY + 5 * DAY)) == [
        at(MONDAY, 8),
        at(MONDAY + DAY, 8),
    ]


def test_every_eight_hours_round_the_clock() -> None:
    antibiotic = medicine(EveryHours(8, dt.time(6)))

    found = scheduled_doses(antibiotic, MONDAY, MONDAY + DAY)

    assert dues(found) == [at(MONDAY, h) for h in (6, 14, 22)] + [
        at(MONDAY + DAY, h) for h in (6, 14, 22)
    ]


def test_every_72_hours_keeps_its_rhythm_from_the_start() -> None:
    patch = medicine(EveryHours(72, dt.time(9)))

    found = scheduled_doses(patch, MONDAY + 4 * DAY, MONDAY + 10 * DAY)

    assert dues(found) == [at(MONDAY + 6 * DAY, 9), at(MONDAY + 9 * DAY, 9)]


def test_every_five_hours_crosses_midnight() -> None:
    found = scheduled_doses(medicine(EveryHours(5, dt.time(22))), MONDAY + DAY, MONDAY + DAY)

    assert dues(found) == [at(MONDAY + DAY, h) for h in (3, 8, 13, 18, 23)]


def test_chosen_weekdays() -> None:
    weekly = medicine(Weekdays((0, 3), (EIGHT,)), dose=Decimal("2.5"))

    found = scheduled_doses(weekly, MONDAY, MONDAY + 13 * DAY)

    assert dues(found) == [at(MONDAY + n * DAY, 8) for n in (0, 3, 7, 10)]
    assert {d.amount for d in found} == {Decimal("2.5")}


def test_around_treatment_the_evening_before_and_three_mornings_after() -> None:
    offsets = (Offset(-1, EIGHT_PM), *around(range(1, 4), EIGHT))
    antiemetic = medicine(AroundTreatment(offsets))
    chemo = [MONDAY + DAY, MONDAY + 22 * DAY]

    found = scheduled_doses(antiemetic, MONDAY, MONDAY + 30 * DAY, chemo)

    assert dues(found) == [
        at(MONDAY, 20),
        at(MONDAY + 2 * DAY, 8),
        at(MONDAY + 3 * DAY, 8),
        at(MONDAY + 4 * DAY, 8),
        at(MONDAY + 21 * DAY, 20),
        at(MONDAY + 23 * DAY, 8),
        at(MONDAY + 24 * DAY, 8),
        at(MONDAY + 25 * DAY, 8),
    ]
    assert [d.treatment_day for d in found] == [chemo[0]] * 4 + [chemo[1]] * 4


def test_around_treatment_start_chooses_treatment_days_not_doses() -> None:
    """A medicine starting on the first treatment day still gets the evening before."""
    antiemetic = medicine(AroundTreatment((Offset(-1, EIGHT_PM),)), start=MONDAY + DAY)

    found = scheduled_doses(antiemetic, MONDAY, MONDAY + 9 * DAY, [MONDAY + DAY, MONDAY + 8 * DAY])

    assert dues(found) == [at(MONDAY, 20), at(MONDAY + 7 * DAY, 20)]


def test_overlapping_treatment_days_give_one_dose_a_moment() -> None:
    daily = medicine(AroundTreatment(around(range(0, 3), EIGHT)))

    found = scheduled_doses(daily, MONDAY, MONDAY + 9 * DAY, [MONDAY, MONDAY + DAY])

    assert dues(found) == [at(MONDAY + n * DAY, 8) for n in range(4)]
    assert found[1].treatment_day == MONDAY


def test_as_needed_schedules_nothing() -> None:
    found = scheduled_doses(medicine(AsNeeded(4, 3)), MONDAY, MONDAY + 6 * DAY)

    assert found == []


def test_a_taper_steps_down_and_ends() -> None:
    steroid = medicine(
        Taper((Step(2, 40), Step(2, 20), Step(1, Decimal("7.5"))), (EIGHT,)), unit="mg"
    )

    found = scheduled_doses(steroid, MONDAY - 3 * DAY, MONDAY + 30 * DAY)

    assert [(d.due, d.amount) for d in found] == [
        (at(MONDAY, 8), 40),
        (at(MONDAY + DAY, 8), 40),
        (at(MONDAY + 2 * DAY, 8), 20),
        (at(MONDAY + 3 * DAY, 8), 20),
        (at(MONDAY + 4 * DAY, 8), Decimal("7.5")),
    ]
    assert steroid.last_day == MONDAY + 4 * DAY


def test_doses_are_bounded() -> None:
    hourly = medicine(EveryHours(1, dt.time(0)))

    found = scheduled_doses(hourly, MONDAY, MONDAY + 3000 * DAY)

    assert len(found) == MOST_DOSES
    assert found[0].due == at(MONDAY, 0)


# ------------------------------------------------------------------------ properties
times_of_day = st.times().map(lambda t: t.replace(second=0, microsecond=0))
any_times = st.lists(times_of_day, min_size=1, max_size=6, unique=True).map(tuple)
offsets = st.lists(
    st.builds(Offset, st.integers(-3, 10), times_of_day), min_size=1, max_size=5, unique=True
).map(tuple)
far_apart_days = st.lists(st.integers(0, 20), min_size=1, max_size=6, unique=True).map(
    lambda ns: sorted(MONDAY + n * 21 * DAY for n in ns)
)


@given(offsets=offsets, days=far_apart_days, k=st.integers(-30, 30))
def test_doses_around_treatment_follow_a_delay(
    offsets: tuple[Offset, ...], days: list[dt.date], k: int
) -> None:
    """Every treatment day k days later: every dose k days later, and no other change."""
    shift = k * DAY
    drug = medicine(AroundTreatment(offsets), start=MONDAY - 400 * DAY)
    first, last = MONDAY - 30 * DAY, MONDAY + 500 * DAY

    before = scheduled_doses(drug, first, last, days)
    after = scheduled_doses(drug, first + shift, last + shift, [d + shift for d in days])

    assert [(d.due + shift, d.amount) for d in before] == [(d.due, d.amount) for d in after]


@given(offsets=offsets, days=far_apart_days, data=st.data())
def test_a_skipped_treatment_day_takes_its_doses_away(
    offsets: tuple[Offset, ...], days: list[dt.date], data: st.DataObject
) -> None:
    skipped = data.draw(st.sampled_from(days))
    drug = medicine(AroundTreatment(offsets), start=MONDAY - 400 * DAY)
    first, last = MONDAY - 30 * DAY, MONDAY + 500 * DAY

    all_doses = set(dues(scheduled_doses(drug, first, last, days)))
    left = set(dues(scheduled_doses(drug, first, last, [d for d in days if d != skipped])))

    assert all_doses - left == {dt.datetime.combine(skipped + o.day * DAY, o.time) for o in offsets}


@given(
    times=any_times,
    day=st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31)),
)
def test_fixed_times_one_dose_per_listed_time_every_day(
    times: tuple[dt.time, ...], day: dt.date
) -> None:
    """Plan times are wall-clock times: the days the clocks change are days like others."""
    found = scheduled_doses(medicine(FixedTimes(times), start=day - 3 * DAY), day, day)

    assert sorted(d.due.time() for d in found) == sorted(times)
    assert {d.due.date() for d in found} == {day}


@pytest.mark.parametrize(
    "day", [dt.date(2026, 3, 29), dt.date(2026, 10, 25), dt.date(2026, 3, 8), dt.date(2026, 11, 1)]
)
def test_clock_change_days_keep_a_dose_in_the_missing_hour(day: dt.date) -> None:
    """Europe's and America's 2026 changes: 02:30 may not exist on the wall, but it is
    still the dose listed for that time (the window shows it at the time the clock reads)."""
    times = (dt.time(1, 30), dt.time(2, 30), EIGHT)

    found = scheduled_doses(medicine(FixedTimes(times), start=day), day, day)

    assert [d.due.time() for d in found] == list(times)


@given(
    steps=st.lists(
        st.builds(Step, st.integers(1, 20), st.decimals("0.25", "100", places=2)),
        min_size=1,
        max_size=8,
    ),
    times=any_times,
)
def test_a_taper_always_ends_after_its_last_step(
    steps: list[Step], times: tuple[dt.time, ...]
) -> None:
    taper = Taper(tuple(steps), times)
    drug = medicine(taper)
    validate(drug)

    found = scheduled_doses(drug, MONDAY, MONDAY + 1000 * DAY)

    assert max(d.due.date() for d in found) == MONDAY + (taper.days - 1) * DAY
    assert len(found) == taper.days * len(times)
    assert sum(d.amount for d in found) == sum(s.days * s.dose for s in steps) * len(times)


@given(hours=st.integers(1, 168), first=times_of_day, days=st.integers(0, 40))
def test_every_n_hours_are_n_hours_apart(hours: int, first: dt.time, days: int) -> None:
    found = scheduled_doses(medicine(EveryHours(hours, first)), MONDAY, MONDAY + days * DAY)

    gaps = {later.due - earlier.due for earlier, later in itertools.pairwise(found)}
    assert gaps <= {dt.timedelta(hours=hours)}
    assert found[0].due == at(MONDAY, first.hour, first.minute)


# ------------------------------------------------------------------------ bad input
GOOD = medicine(FixedTimes((EIGHT,)), stock=28)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": "  "}, "name"),
        ({"dose": 0}, "dose"),
        ({"dose": Decimal("-0.5")}, "dose"),
        ({"dose": 1.5}, "dose"),
        ({"dose": Decimal("NaN")}, "dose"),
        ({"schedule": FixedTimes(())}, "times"),
        ({"schedule": FixedTimes((EIGHT, EIGHT))}, "times"),
        ({"schedule": EveryHours(0, EIGHT)}, "hours"),
        ({"schedule": Weekdays((), (EIGHT,))}, "weekdays"),
        ({"schedule": Weekdays((7,), (EIGHT,))}, "weekdays"),
        ({"schedule": Weekdays((1,), ())}, "times"),
        ({"schedule": AroundTreatment(())}, "offsets"),
        ({"schedule": AroundTreatment((Offset(200, EIGHT),))}, "offsets"),
        ({"schedule": AsNeeded(0, 3)}, "min_hours_apart"),
        ({"schedule": AsNeeded(4, 0)}, "most_per_day"),
        ({"schedule": Taper((), (EIGHT,))}, "steps"),
        ({"schedule": Taper((Step(0, 10),), (EIGHT,))}, "steps"),
        ({"schedule": Taper((Step(3, 10), Step(400, 5)), (EIGHT,))}, "steps"),
        ({"schedule": Taper((Step(3, 0),), (EIGHT,))}, "steps"),
        ({"schedule": Taper((Step(3, 10),), ())}, "times"),
        ({"end": MONDAY - DAY}, "end"),
        ({"schedule": Weekdays((4,), (EIGHT,)), "end": MONDAY + DAY}, "weekdays"),
        ({"stock": -1}, "stock"),
        ({"stock": Decimal("-0.5")}, "stock"),
        ({"lead_days": -1}, "lead_days"),
        ({"instructions": "x" * 1001}, "instructions"),
    ],
)
def test_bad_input_is_refused_naming_the_field(change: dict[str, Any], field: str) -> None:
    with pytest.raises(MedicineError) as refused:
        validate(dataclasses.replace(GOOD, **change))

    assert refused.value.field == field
    assert isinstance(refused.value, InvalidInput)
    assert str(refused.value).endswith(".")


@given(st.one_of(st.integers(max_value=0), st.decimals(max_value=0, allow_nan=False)))
def test_a_dose_of_zero_or_less_is_refused(dose: int | Decimal) -> None:
    with pytest.raises(MedicineError) as refused:
        validate(dataclasses.replace(GOOD, dose=dose))

    assert refused.value.field == "dose"


@pytest.mark.parametrize("hours", [0, -1])
def test_an_interval_under_an_hour_is_refused(hours: int) -> None:
    for schedule in (EveryHours(hours, EIGHT), AsNeeded(hours, 4)):
        with pytest.raises(MedicineError, match="hour"):
            validate(dataclasses.replace(GOOD, schedule=schedule))


def test_every_kind_of_good_medicine_passes() -> None:
    for schedule in (
        FixedTimes((EIGHT, EIGHT_PM)),
        EveryHours(72, EIGHT),
        Weekdays((0, 2, 4), (EIGHT,)),
        AroundTreatment((Offset(-1, EIGHT_PM), *around((1, 2, 3), EIGHT)), course_id=3),
        AsNeeded(4, 3),
        Taper((Step(3, 40), Step(3, Decimal("17.5"))), (EIGHT,)),
    ):
        validate(dataclasses.replace(GOOD, schedule=schedule, dose=Decimal("0.5"), stock=0))


def test_amounts_as_typed_and_shown() -> None:
    assert parse_amount("1,5") == Decimal("1.5")
    assert parse_amount(" ½ ") == Decimal("0.5")
    with pytest.raises(MedicineError) as refused:
        parse_amount("two", "stock")
    assert refused.value.field == "stock"
    assert amount_text(Decimal("2.0"), "tablet") == "2 tablets"
    assert amount_text(Decimal("0.5"), "tablet") == "0.5 tablet"
    assert amount_text(1, "patch") == "1 patch"
    assert amount_text(2, "patch") == "2 patches"
    assert amount_text(Decimal("10.00"), "ml") == "10 ml"
    assert amount_text(100, "ml") == "100 ml"
