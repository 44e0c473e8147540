"""Doses: states and reminders, as-needed limits, adherence and stock."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.doses import (
    Adherence,
    Answer,
    Confirmation,
    DoseState,
    ScheduledDose,
    adherence,
    below_line,
    by_key,
    by_period,
    check_as_needed,
    check_confirmation,
    dose_text,
    later,
    missed_doses,
    refill_due,
    refill_text,
    reminders_due,
    run_out_date,
    scheduled_doses,
    state_of,
    stock_after,
    weeks,
)
from planner.domain.medicines import AsNeeded, FixedTimes, Medicine, MedicineError, Step, Taper
from tests.helpers.builders import MONDAY, at

DAY = dt.timedelta(days=1)
HOUR = dt.timedelta(hours=1)
MINUTE = dt.timedelta(minutes=1)
TEN = 10 * MINUTE
DOSE = ScheduledDose(7, at(MONDAY, 8), Decimal(1))


def answer(
    kind: Answer,
    minutes_after: int = 0,
    dose: ScheduledDose = DOSE,
    reason: str = "",
    remind_at: dt.datetime | None = None,
) -> Confirmation:
    return Confirmation(7, dose.due, kind, dose.due + minutes_after * MINUTE, reason, remind_at)


# ------------------------------------------------------------------------ states
def test_a_dose_is_due_until_an_hour_has_passed_then_missed() -> None:
    assert state_of(DOSE, None, DOSE.due - HOUR, HOUR) is DoseState.DUE
    assert state_of(DOSE, None, DOSE.due + 59 * MINUTE, HOUR) is DoseState.DUE
    assert state_of(DOSE, None, DOSE.due + HOUR, HOUR) is DoseState.MISSED


def test_answers_decide_the_state() -> None:
    now = DOSE.due + 3 * HOUR
    assert state_of(DOSE, answer(Answer.TAKEN, 5), now, HOUR) is DoseState.TAKEN
    assert state_of(DOSE, answer(Answer.TAKEN, 90), now, HOUR) is DoseState.TAKEN
    assert state_of(DOSE, answer(Answer.SKIPPED, reason="Sick"), now, HOUR) is DoseState.SKIPPED
    put_off = answer(Answer.LATER, 5, remind_at=DOSE.due + 35 * MINUTE)
    assert state_of(DOSE, put_off, DOSE.due + 10 * MINUTE, HOUR) is DoseState.LATER
    assert state_of(DOSE, put_off, DOSE.due + HOUR, HOUR) is DoseState.MISSED


def test_later_asks_again_but_not_after_the_dose_is_missed() -> None:
    early = later(DOSE, DOSE.due + 5 * MINUTE, 30 * MINUTE, HOUR, TEN)
    late = later(DOSE, DOSE.due + 40 * MINUTE, 30 * MINUTE, HOUR, TEN)

    assert early.answer is Answer.LATER
    assert early.remind_at == DOSE.due + 35 * MINUTE
    assert late.remind_at == DOSE.due + 50 * MINUTE
    assert early.key == DOSE.key


def test_reminders_repeat_every_ten_minutes_three_times() -> None:
    def due_at(minutes: int) -> list[tuple[dt.datetime, int]]:
        now = DOSE.due + minutes * MINUTE
        return [(r.at, r.round) for r in reminders_due([DOSE], {}, now, TEN, 3)]

    assert due_at(-1) == []
    assert due_at(0) == [(DOSE.due, 1)]
    assert due_at(9) == [(DOSE.due, 1)]
    assert due_at(10) == [(DOSE.due + TEN, 2)]
    assert due_at(25) == [(DOSE.due + 2 * TEN, 3)]
    assert due_at(55) == [(DOSE.due + 2 * TEN, 3)]
    assert due_at(60) == []


def test_reminders_stop_when_answered_and_come_back_after_later() -> None:
    taken = by_key([answer(Answer.TAKEN, 2)])
    assert reminders_due([DOSE], taken, DOSE.due + TEN) == []
    put_off = by_key([later(DOSE, DOSE.due + 2 * MINUTE, 30 * MINUTE, HOUR, TEN)])
    assert reminders_due([DOSE], put_off, DOSE.due + 20 * MINUTE) == []
    again = reminders_due([DOSE], put_off, DOSE.due + 45 * MINUTE)
    assert [(r.at, r.round) for r in again] == [(DOSE.due + 42 * MINUTE, 2)]
    assert again[0].key == "dose:7:2026-03-09T08:00:2026-03-09T08:42"


def test_missed_doses_are_the_unanswered_past_their_hour() -> None:
    second = ScheduledDose(7, at(MONDAY, 20), Decimal(1))
    third = ScheduledDose(7, at(MONDAY + DAY, 8), Decimal(1))
    answers = by_key([answer(Answer.SKIPPED, reason="Sick", dose=second)])

    assert missed_doses([DOSE, second, third], answers, at(MONDAY + DAY, 8, 30), HOUR) == [DOSE]


def test_an_answer_is_checked_before_it_is_stored() -> None:
    now = DOSE.due + HOUR
    with pytest.raises(MedicineError) as refused:
        check_confirmation(answer(Answer.SKIPPED, reason="  "), now)
    assert refused.value.field == "reason"
    with pytest.raises(MedicineError) as refused:
        check_confirmation(answer(Answer.TAKEN, 120), now)
    assert refused.value.field == "at"
    with pytest.raises(MedicineError) as refused:
        check_confirmation(answer(Answer.LATER, 5), now)
    assert refused.value.field == "remind_at"
    kept = check_confirmation(answer(Answer.SKIPPED, reason="  Too   sick "), now)
    assert kept.reason == "Too sick"


# ------------------------------------------------------------------------ as needed
PAINKILLER = Medicine("Paracetamol", AsNeeded(4, 3), MONDAY, id=9)


def test_as_needed_too_soon_names_when_the_next_is_allowed() -> None:
    reason = check_as_needed(PAINKILLER, [at(MONDAY, 9)], at(MONDAY, 11))

    assert reason is not None
    assert "09:00" in str(reason)
    assert "13:00" in str(reason)
    assert check_as_needed(PAINKILLER, [at(MONDAY, 9)], at(MONDAY, 13)) is None


def test_as_needed_too_close_before_a_dose_noted_later() -> None:
    assert check_as_needed(PAINKILLER, [at(MONDAY, 12)], at(MONDAY, 9)) is not None


def test_as_needed_over_the_days_limit() -> None:
    taken = [at(MONDAY, 6), at(MONDAY, 11), at(MONDAY, 16)]

    reason = check_as_needed(PAINKILLER, taken, at(MONDAY, 21))

    assert reason is not None
    assert "3 times a day" in str(reason)
    assert check_as_needed(PAINKILLER, taken, at(MONDAY + DAY, 1)) is None


def test_scheduled_medicines_have_no_as_needed_limits() -> None:
    pills = dataclasses.replace(PAINKILLER, schedule=FixedTimes((dt.time(8),)))

    assert check_as_needed(pills, [at(MONDAY, 8)], at(MONDAY, 8)) is None


@given(
    hours=st.integers(1, 12),
    most=st.integers(1, 8),
    attempts=st.lists(st.integers(0, 7 * 24 * 4), max_size=60),
)
def test_as_needed_limits_always_hold(hours: int, most: int, attempts: list[int]) -> None:
    """Whatever order doses are noted in: never two closer than H hours, never more than
    N in one calendar day."""
    drug = dataclasses.replace(PAINKILLER, schedule=AsNeeded(hours, most))
    taken: list[dt.datetime] = []
    for quarter in attempts:
        moment = at(MONDAY, 0) + quarter * 15 * MINUTE
        if check_as_needed(drug, taken, moment) is None:
            taken.append(moment)

    ordered = sorted(taken)
    assert all(b - a >= hours * HOUR for a, b in itertools.pairwise(ordered))
    per_day: dict[dt.date, int] = {}
    for moment in taken:
        per_day[moment.date()] = per_day.get(moment.date(), 0) + 1
    assert all(count <= most for count in per_day.values())


# ------------------------------------------------------------------------ adherence
TWICE = Medicine("Dolutegravir", FixedTimes((dt.time(8), dt.time(20))), MONDAY, id=7)
WEEK = scheduled_doses(TWICE, MONDAY, MONDAY + 6 * DAY)


def taken_at(dose: ScheduledDose, minutes: int) -> Confirmation:
    return Confirmation(7, dose.due, Answer.TAKEN, dose.due + minutes * MINUTE)


def test_adherence_counts_doses_taken_in_time() -> None:
    answers = by_key(
        [taken_at(d, 5) for d in WEEK[:10]]
        + [taken_at(WEEK[10], 90)]
        + [Confirmation(7, WEEK[11].due, Answer.SKIPPED, WEEK[11].due, "Sick")]
    )
    now = at(MONDAY + 7 * DAY, 9)

    result = adherence(WEEK, answers, MONDAY, MONDAY + 6 * DAY, now, HOUR)

    assert result == Adherence(10, 14)
    assert result.percent == 71
    assert below_line(result, must_not_miss=True)
    assert not below_line(result, must_not_miss=False)


def test_adherence_leaves_out_doses_still_open() -> None:
    answers = by_key([taken_at(d, 0) for d in WEEK[:2]])
    now = WEEK[2].due + TEN  # the third dose can still be taken

    assert adherence(WEEK, answers, MONDAY, MONDAY + 6 * DAY, now, HOUR) == Adherence(2, 2)


def test_the_95_line() -> None:
    assert not below_line(Adherence(19, 20), must_not_miss=True)
    assert below_line(Adherence(18, 20), must_not_miss=True)
    assert Adherence(189, 199).percent == 94
    assert below_line(Adherence(189, 199), must_not_miss=True)
    assert not below_line(Adherence(0, 0), must_not_miss=True)
    assert Adherence(0, 0).ratio is None


def test_adherence_per_week_and_per_cycle() -> None:
    doses = scheduled_doses(TWICE, MONDAY, MONDAY + 20 * DAY)
    answers = by_key(taken_at(d, 0) for d in doses if d.due.date() < MONDAY + 7 * DAY)
    now = at(MONDAY + 21 * DAY, 0)

    per_week = by_period(doses, answers, weeks(MONDAY, 3), MONDAY + 20 * DAY, now, HOUR)
    per_cycle = by_period(doses, answers, [MONDAY + 14 * DAY, MONDAY], MONDAY + 20 * DAY, now, HOUR)

    assert [(day, a.taken_in_time, a.scheduled) for day, a in per_week] == [
        (MONDAY, 14, 14),
        (MONDAY + 7 * DAY, 0, 14),
        (MONDAY + 14 * DAY, 0, 14),
    ]
    assert [(day, a.taken_in_time, a.scheduled) for day, a in per_cycle] == [
        (MONDAY, 14, 28),
        (MONDAY + 14 * DAY, 0, 14),
    ]


@given(
    fates=st.lists(
        st.one_of(st.none(), st.integers(-180, 180), st.just("skipped"), st.just("later")),
        min_size=14,
        max_size=14,
    ),
    hours_later=st.integers(0, 200),
)
def test_adherence_ratio_lies_between_0_and_1(
    fates: list[int | str | None], hours_later: int
) -> None:
    answers = []
    for dose, fate in zip(WEEK, fates, strict=True):
        if isinstance(fate, int):
            answers.append(taken_at(dose, fate))
        elif fate == "skipped":
            answers.append(Confirmation(7, dose.due, Answer.SKIPPED, dose.due, "Sick"))
        elif fate == "later":
            answers.append(Confirmation(7, dose.due, Answer.LATER, dose.due, remind_at=dose.due))
    now = at(MONDAY, 8) + hours_later * HOUR

    result = adherence(WEEK, by_key(answers), MONDAY, MONDAY + 6 * DAY, now, HOUR)

    assert 0 <= result.taken_in_time <= result.scheduled <= len(WEEK)
    assert result.ratio is None or 0 <= result.ratio <= 1


@given(minutes=st.lists(st.integers(-60, 60), min_size=14, max_size=14))
def test_adherence_is_1_when_all_are_taken_in_time(minutes: list[int]) -> None:
    answers = by_key(taken_at(d, m) for d, m in zip(WEEK, minutes, strict=True))

    result = adherence(WEEK, answers, MONDAY, MONDAY + 6 * DAY, at(MONDAY + 9 * DAY), HOUR)

    assert result.ratio == 1
    assert not below_line(result, must_not_miss=True)


# ------------------------------------------------------------------------ stock
def test_run_out_and_refill_dates() -> None:
    pills = dataclasses.replace(TWICE, stock=Decimal(19), dose=Decimal(1), lead_days=7)
    coming = scheduled_doses(pills, MONDAY, MONDAY + 60 * DAY)

    assert run_out_date(pills, coming) == MONDAY + 9 * DAY  # the 20th dose, day 10 at 08:00
    assert refill_due(pills, coming, MONDAY) == MONDAY + 2 * DAY
    assert refill_due(pills, coming, MONDAY + 5 * DAY) == MONDAY + 5 * DAY
    assert "runs out on Wed 18 Mar" in str(refill_text(pills, MONDAY + 9 * DAY))


def test_stock_that_lasts_or_is_not_counted_has_no_refill() -> None:
    coming = scheduled_doses(TWICE, MONDAY, MONDAY + 6 * DAY)

    assert refill_due(TWICE, coming, MONDAY) is None
    assert run_out_date(dataclasses.replace(TWICE, stock=100), coming) is None


def test_a_taper_uses_each_steps_dose() -> None:
    taper = Taper((Step(2, 4), Step(2, 2), Step(2, 1)), (dt.time(8),))
    steroid = Medicine("Dexamethasone", taper, MONDAY, stock=Decimal(11), id=4)

    doses = scheduled_doses(steroid, MONDAY, MONDAY + 30 * DAY)

    assert run_out_date(steroid, doses) == MONDAY + 3 * DAY  # 4 + 4 + 2, then 2 more
    assert run_out_date(dataclasses.replace(steroid, stock=14), doses) is None


def test_stock_after_a_dose_never_goes_below_zero() -> None:
    pills = dataclasses.replace(TWICE, stock=Decimal("1.5"))

    assert stock_after(pills, Decimal(1)) == Decimal("0.5")
    assert stock_after(pills, Decimal(2)) == 0
    assert stock_after(TWICE, Decimal(1)) is None


def test_dose_text() -> None:
    drug = dataclasses.replace(TWICE, strength="50 mg", dose=2)

    assert dose_text(drug, scheduled_doses(drug, MONDAY, MONDAY)[0]) == (
        "Dolutegravir 50 mg: 2 tablets"
    )
