"""Doses: the doses a medicine's schedule makes, what state each is in, when its reminder
repeats, the limits of an as-needed medicine, adherence, and when the stock runs out.

A dose is known by its medicine and its time (:attr:`ScheduledDose.key`), never by a row
of its own: the doses are worked out again from the schedule whenever they are needed, and
an answer (taken, skipped, later) is stored as a :class:`Confirmation` under the same key,
so it stays with its dose when the doses are worked out again. Times are the plan's
wall-clock times, without a zone, like every time in the plan.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from planner.domain.medicines import (
    AroundTreatment,
    AsNeeded,
    EveryHours,
    FixedTimes,
    Medicine,
    MedicineError,
    Taper,
    Weekdays,
    amount_text,
    as_decimal,
)
from planner.domain.messages import Message, translate

MOST_DOSES = 20_000
"""One call works out at most this many doses (more than a year of 48 a day): a bounded
answer, whatever window is asked for."""
LONGEST_REASON = 200
DOSE_MISSED = "dose_missed"
"""The gap kind of a dose nobody confirmed in time."""
REFILL_DUE = "refill_due"
"""The gap kind of a medicine whose stock runs out within the pharmacy's lead time."""
LINE_PERCENT = 95
"""A "must not miss" medicine taken in time less often than this is shown below the line."""

DoseKey = tuple[int | None, dt.datetime]
"""What identifies a dose for good: its medicine's id and its time."""


@dataclass(frozen=True)
class ScheduledDose:
    medicine_id: int | None
    due: dt.datetime
    amount: Decimal
    """How much to take, in the medicine's unit."""
    treatment_day: dt.date | None = None
    """For a dose around a treatment day: that day (the earliest, where two overlap)."""

    @property
    def key(self) -> DoseKey:
        return (self.medicine_id, self.due)


# --------------------------------------------------------------------------- generation
def _days(first: dt.date, last: dt.date) -> Iterable[dt.date]:
    for n in range((last - first).days + 1):
        yield first + dt.timedelta(days=n)


def _at(day: dt.date, time: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, time)


def scheduled_doses(
    medicine: Medicine,
    first: dt.date,
    last: dt.date,
    treatment_days: Sequence[dt.date] = (),
) -> list[ScheduledDose]:
    """The doses ``medicine`` is scheduled to take from ``first`` to ``last`` (inclusive),
    earliest first, at most :data:`MOST_DOSES`.

    ``treatment_days`` are the days the course's treatments actually happen (cancelled ones
    left out); only a schedule around treatment days reads them. An as-needed medicine has
    no scheduled doses. Two doses at the same moment are one dose.
    """
    found: dict[dt.datetime, ScheduledDose] = {}
    for dose in _candidates(medicine, first, last, treatment_days):
        found.setdefault(dose.due, dose)
        if len(found) >= MOST_DOSES:
            break
    return sorted(found.values(), key=lambda d: d.due)


def _candidates(
    medicine: Medicine, first: dt.date, last: dt.date, treatment_days: Sequence[dt.date]
) -> Iterator[ScheduledDose]:
    """The schedule's doses in the window, day by day (around treatment days: treatment day
    by treatment day)."""
    schedule, amount = medicine.schedule, as_decimal(medicine.dose)
    begin = max(first, medicine.start)
    end = last if medicine.last_day is None else min(last, medicine.last_day)
    if isinstance(schedule, AroundTreatment):
        # The medicine's first and last day choose treatment days; their doses may fall
        # just outside them (the evening before the first treatment day).
        for day in sorted(set(treatment_days)):
            if day < medicine.start or (medicine.end is not None and day > medicine.end):
                continue
            for offset in sorted(schedule.offsets, key=lambda o: (o.day, o.time)):
                due = _at(day + dt.timedelta(days=offset.day), offset.time)
                if first <= due.date() <= last:
                    yield ScheduledDose(medicine.id, due, amount, day)
    elif isinstance(schedule, EveryHours):
        step = dt.timedelta(hours=schedule.hours)
        anchor = _at(medicine.start, schedule.first)
        due = anchor + max(0, math.ceil((_at(begin, dt.time.min) - anchor) / step)) * step
        while due.date() <= end:
            yield ScheduledDose(medicine.id, due, amount)
            due += step
    elif isinstance(schedule, (FixedTimes, Weekdays, Taper)):
        for day in _days(begin, end):
            if isinstance(schedule, Weekdays) and day.weekday() not in schedule.weekdays:
                continue
            if isinstance(schedule, Taper):
                amount = _taper_dose(schedule, medicine.start, day)
            for time in sorted(schedule.times):
                yield ScheduledDose(medicine.id, _at(day, time), amount)


def _taper_dose(taper: Taper, start: dt.date, day: dt.date) -> Decimal:
    left = (day - start).days
    for step in taper.steps:
        if left < step.days:
            return as_decimal(step.dose)
        left -= step.days
    raise ValueError("a day after the taper's last step")  # callers stop at the last day


# --------------------------------------------------------------------------- answers
class Answer(StrEnum):
    """What the user said about a dose."""

    TAKEN = "taken"
    SKIPPED = "skipped"
    LATER = "later"


class DoseState(StrEnum):
    DUE = "due"
    """Not answered yet, and not missed (its time may still be ahead)."""
    TAKEN = "taken"
    SKIPPED = "skipped"
    LATER = "later"
    """Put off: the reminder comes back, until the dose would be missed."""
    MISSED = "missed"
    """Not confirmed in time: a gap."""


@dataclass(frozen=True)
class Confirmation:
    """The answer for one dose, stored under the dose's key (one per dose; a new answer
    replaces the old). An as-needed dose is noted as TAKEN with ``due`` its time."""

    medicine_id: int
    due: dt.datetime
    answer: Answer
    at: dt.datetime
    """When it was taken (as the user says), skipped, or put off."""
    reason: str = ""
    """Why it was skipped."""
    remind_at: dt.datetime | None = None
    """For LATER: when to ask again."""
    id: int | None = None
    version: int | None = None

    @property
    def key(self) -> DoseKey:
        return (self.medicine_id, self.due)


Confirmations = Mapping[DoseKey, Confirmation]


def by_key(confirmations: Iterable[Confirmation]) -> dict[DoseKey, Confirmation]:
    return {c.key: c for c in confirmations}


def check_confirmation(confirmation: Confirmation, now: dt.datetime) -> Confirmation:
    """The answer as it will be stored (reason trimmed); :class:`MedicineError` otherwise."""
    reason = " ".join(confirmation.reason.split())
    if confirmation.answer is Answer.SKIPPED and not reason:
        raise MedicineError(translate("Errors", "Say why the dose was skipped."), "reason")
    if len(reason) > LONGEST_REASON:
        raise MedicineError(
            translate("Errors", "Keep the reason to {longest_reason} characters.").format(
                longest_reason=LONGEST_REASON
            ),
            "reason",
        )
    if confirmation.at > now:
        raise MedicineError(
            translate("Errors", "A dose can be noted up to now, not ahead of time."), "at"
        )
    if confirmation.answer is Answer.LATER and (
        confirmation.remind_at is None or confirmation.remind_at <= confirmation.at
    ):
        raise MedicineError(translate("Errors", "Choose when to be asked again."), "remind_at")
    return Confirmation(
        confirmation.medicine_id,
        confirmation.due,
        confirmation.answer,
        confirmation.at,
        reason,
        confirmation.remind_at if confirmation.answer is Answer.LATER else None,
        confirmation.id,
        confirmation.version,
    )


def state_of(
    dose: ScheduledDose,
    confirmation: Confirmation | None,
    now: dt.datetime,
    missed_after: dt.timedelta,
) -> DoseState:
    """Taken or skipped as answered; missed once ``missed_after`` has passed since its
    time without either (putting it off does not move that); otherwise due or later."""
    if confirmation is not None and confirmation.answer is not Answer.LATER:
        return DoseState(confirmation.answer.value)
    if now >= dose.due + missed_after:
        return DoseState.MISSED
    return DoseState.LATER if confirmation is not None else DoseState.DUE


def later(
    dose: ScheduledDose,
    now: dt.datetime,
    wait: dt.timedelta,
    missed_after: dt.timedelta,
    every: dt.timedelta,
) -> Confirmation:
    """The answer when "Later" is pressed at ``now``: ask again after ``wait``, but no
    later than one reminder before the dose would be missed."""
    assert dose.medicine_id is not None
    latest = dose.due + missed_after - every
    remind_at = min(now + wait, latest) if latest > now else now + wait
    return Confirmation(dose.medicine_id, dose.due, Answer.LATER, now, remind_at=remind_at)


# --------------------------------------------------------------------------- reminders
@dataclass(frozen=True)
class DoseReminder:
    dose: ScheduledDose
    at: dt.datetime
    """The reminder instant this is (the dose's time, or a repeat of it)."""
    round: int
    """1 for the first reminder, 2 for the first repeat, ..."""

    @property
    def key(self) -> str:
        """Stable across reads, so the window shows each reminder once."""
        dose = self.dose
        return f"dose:{dose.medicine_id}:{dose.due:%Y-%m-%dT%H:%M}:{self.at:%Y-%m-%dT%H:%M}"


def reminders_due(
    doses: Iterable[ScheduledDose],
    confirmations: Confirmations,
    now: dt.datetime,
    every: dt.timedelta = dt.timedelta(minutes=10),
    times: int = 3,
    missed_after: dt.timedelta = dt.timedelta(hours=1),
) -> list[DoseReminder]:
    """For each dose still waiting for an answer, its latest reminder instant that has come
    (``times`` reminders ``every`` apart from its time, or from when "Later" asks again;
    none once the dose is missed). Only the latest: a computer that slept does not ring
    three times on waking."""
    found = []
    for dose in doses:
        confirmation = confirmations.get(dose.key)
        state = state_of(dose, confirmation, now, missed_after)
        if state is DoseState.DUE:
            start = dose.due
        elif state is DoseState.LATER and confirmation and confirmation.remind_at:
            start = confirmation.remind_at
        else:
            continue
        if now < start:
            continue
        rounds = min(times, (now - start) // every + 1)
        at = start + (rounds - 1) * every
        if at < dose.due + missed_after:
            found.append(DoseReminder(dose, at, rounds))
    return sorted(found, key=lambda r: (r.at, r.dose.due, r.dose.medicine_id or 0))


def missed_doses(
    doses: Iterable[ScheduledDose],
    confirmations: Confirmations,
    now: dt.datetime,
    missed_after: dt.timedelta,
) -> list[ScheduledDose]:
    """The doses nobody confirmed in time (each is a gap)."""
    return [
        d
        for d in doses
        if state_of(d, confirmations.get(d.key), now, missed_after) is DoseState.MISSED
    ]


def dose_text(medicine: Medicine, dose: ScheduledDose) -> str:
    """``Ondansetron 8 mg: 1 tablet``: what the coming days and the Today list show."""
    name = " ".join(part for part in (medicine.name.strip(), medicine.strength.strip()) if part)
    return f"{name}: {amount_text(dose.amount, medicine.unit)}"


def missed_text(medicine: Medicine, dose: ScheduledDose) -> Message:
    return translate("Gaps", "{medicine}: the dose of {at} was not confirmed as taken.").format(
        medicine=medicine.name, at=dose.due
    )


# --------------------------------------------------------------------------- as needed
def check_as_needed(
    medicine: Medicine, taken: Iterable[dt.datetime], at: dt.datetime
) -> Message | None:
    """Why a dose as needed cannot be noted at ``at`` (too soon after, or too close
    before, another; the day's limit reached), or ``None`` when it can. ``taken`` are the
    times of the doses already noted. A medicine not taken as needed has no such limits."""
    schedule = medicine.schedule
    if not isinstance(schedule, AsNeeded):
        return None
    apart = dt.timedelta(hours=schedule.min_hours_apart)
    times = sorted(taken)
    close = [t for t in times if abs(t - at) < apart]
    if close:
        after = max(close) + apart
        return translate(
            "Errors",
            "Too soon: {medicine} is taken at least {hours} hours apart, and a dose was "
            "noted at {noted}. The next can be taken from {next}.",
        ).format(
            medicine=medicine.name,
            hours=schedule.min_hours_apart,
            noted=max(close).time(),
            next=after.time() if after.date() == at.date() else after,
        )
    that_day = sum(1 for t in times if t.date() == at.date())
    if that_day >= schedule.most_per_day:
        return translate(
            "Errors",
            "{medicine} is taken at most {most} times a day, and {count} doses were noted "
            "on {day}.",
        ).format(medicine=medicine.name, most=schedule.most_per_day, count=that_day, day=at.date())
    return None


# --------------------------------------------------------------------------- adherence
@dataclass(frozen=True)
class Adherence:
    taken_in_time: int
    scheduled: int
    """Doses whose outcome is known: answered, or past the time they count as missed."""

    @property
    def ratio(self) -> float | None:
        """From 0 to 1; ``None`` when no dose was scheduled."""
        return self.taken_in_time / self.scheduled if self.scheduled else None

    @property
    def percent(self) -> int | None:
        """Rounded down, so 94.9% never shows as 95%."""
        return self.taken_in_time * 100 // self.scheduled if self.scheduled else None


def adherence(
    doses: Iterable[ScheduledDose],
    confirmations: Confirmations,
    first: dt.date,
    last: dt.date,
    now: dt.datetime,
    on_time: dt.timedelta,
) -> Adherence:
    """Doses taken in time (within ``on_time`` of their time, either side) out of the doses
    scheduled from ``first`` to ``last`` whose outcome is known at ``now``."""
    taken = scheduled = 0
    for dose in doses:
        if not first <= dose.due.date() <= last:
            continue
        confirmation = confirmations.get(dose.key)
        answered = confirmation is not None and confirmation.answer is not Answer.LATER
        if not answered and now < dose.due + on_time:
            continue
        scheduled += 1
        if (
            confirmation is not None
            and confirmation.answer is Answer.TAKEN
            and abs(confirmation.at - dose.due) <= on_time
        ):
            taken += 1
    return Adherence(taken, scheduled)


def by_period(
    doses: Sequence[ScheduledDose],
    confirmations: Confirmations,
    starts: Sequence[dt.date],
    last: dt.date,
    now: dt.datetime,
    on_time: dt.timedelta,
) -> list[tuple[dt.date, Adherence]]:
    """Adherence per period, each from one start to the day before the next (the last up
    to ``last``): weeks from their Mondays, or cycles from their first days."""
    ordered = sorted(set(starts))
    ends = [day - dt.timedelta(days=1) for day in ordered[1:]] + [last]
    return [
        (start, adherence(doses, confirmations, start, end, now, on_time))
        for start, end in zip(ordered, ends, strict=True)
    ]


def weeks(monday: dt.date, count: int) -> list[dt.date]:
    """The first days of ``count`` weeks from ``monday``, for :func:`by_period`."""
    return [monday + dt.timedelta(weeks=n) for n in range(count)]


def below_line(result: Adherence, must_not_miss: bool) -> bool:
    """Whether a "must not miss" medicine was taken in time less often than 95%."""
    return must_not_miss and result.taken_in_time * 100 < LINE_PERCENT * result.scheduled


# --------------------------------------------------------------------------- stock
def run_out_date(medicine: Medicine, doses: Iterable[ScheduledDose]) -> dt.date | None:
    """The day of the first dose the stock cannot cover, given the doses still to take
    (from now on, the ones not answered); ``None`` when the stock is not counted or lasts
    past them."""
    if medicine.stock is None:
        return None
    left = as_decimal(medicine.stock)
    for dose in sorted(doses, key=lambda d: d.due):
        if left < dose.amount:
            return dose.due.date()
        left -= dose.amount
    return None


def refill_due(
    medicine: Medicine, doses: Iterable[ScheduledDose], today: dt.date
) -> dt.date | None:
    """The day the refill gap appears: the pharmacy's lead time before the stock runs out
    (today, if that is already past); ``None`` when it does not run out within ``doses``.
    Doses up to today + the lead time + the gaps' horizon are enough to ask for."""
    runs_out = run_out_date(medicine, doses)
    if runs_out is None:
        return None
    return max(today, runs_out - dt.timedelta(days=medicine.lead_days))


def refill_text(medicine: Medicine, runs_out: dt.date) -> Message:
    return translate(
        "Gaps", "{medicine} runs out on {day}: ask {pharmacy} for more (it needs {days} days)."
    ).format(
        medicine=medicine.name,
        day=runs_out,
        pharmacy=medicine.pharmacy.strip() or translate("Gaps", "the pharmacy"),
        days=medicine.lead_days,
    )


def stock_after(medicine: Medicine, amount: Decimal) -> Decimal | None:
    """The stock once a dose of ``amount`` is taken (never below 0: the rest may come from
    a pack not counted); ``None`` when the stock is not counted."""
    if medicine.stock is None:
        return None
    return max(Decimal(0), as_decimal(medicine.stock) - amount)
