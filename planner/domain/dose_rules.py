"""The Medicines area's rules over the plan's window: the doses each medicine makes in it,
the doses missed today and the refills due (gaps), and the dose reminders.

Declared once, in :mod:`planner.domain.areas`. Their fixes name :data:`AREA`, the area the
window opens for them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from planner.domain import red_flags
from planner.domain.doses import (
    DOSE_MISSED,
    REFILL_DUE,
    Confirmations,
    DoseState,
    ScheduledDose,
    by_key,
    dose_text,
    missed_doses,
    missed_text,
    refill_due,
    refill_text,
    reminders_due,
    run_out_date,
    scheduled_doses,
    state_of,
)
from planner.domain.enums import Area
from planner.domain.errors import InvalidInput
from planner.domain.gaps import Fix, Gap
from planner.domain.medicines import (
    MISSED_AFTER,
    REMIND_EVERY,
    REMIND_TIMES,
    AroundTreatment,
    Medicine,
)
from planner.domain.messages import translate
from planner.domain.model import PlanWindow, TreatmentDay
from planner.domain.reminders import Reminder

AREA = Area.MEDICINES
"""Where a dose's gap or reminder is fixed: the Medicines page."""
_DAY = dt.timedelta(days=1)


# --------------------------------------------------------------------------- doses
def treatment_days_of(medicine: Medicine, treatments: Iterable[TreatmentDay]) -> list[dt.date]:
    """The treatment days a schedule around treatment days follows: its course's, or every
    treatment's when it names no course; none for any other schedule."""
    schedule = medicine.schedule
    if not isinstance(schedule, AroundTreatment):
        return []
    if schedule.course_id is None:
        return sorted({t.day for t in treatments if t.kind.is_treatment})
    return sorted({t.day for t in treatments if t.course_id == schedule.course_id})


def doses_between(
    medicine: Medicine, first: dt.date, last: dt.date, treatments: Sequence[TreatmentDay]
) -> list[ScheduledDose]:
    return scheduled_doses(medicine, first, last, treatment_days_of(medicine, treatments))


def missed_after(settings: Mapping[str, str]) -> dt.timedelta:
    return dt.timedelta(minutes=MISSED_AFTER.read(settings))


def moment(window: PlanWindow) -> dt.datetime:
    """The window's "now"; without one, the start of its today (nothing missed yet)."""
    return window.now or dt.datetime.combine(window.today, dt.time.min)


def window_doses(
    window: PlanWindow, first: dt.date, last: dt.date
) -> list[tuple[Medicine, ScheduledDose, DoseState]]:
    """Every medicine's doses from ``first`` to ``last``, with their state, in time order."""
    confirmations = by_key(window.confirmations)
    after = missed_after(window.settings)
    now = moment(window)
    found = [
        (medicine, dose, state_of(dose, confirmations.get(dose.key), now, after))
        for medicine in window.medicines
        for dose in doses_between(medicine, first, last, window.treatment_days)
    ]
    return sorted(found, key=lambda row: (row[1].due, row[0].name))


# --------------------------------------------------------------------------- dose ids
def dose_id(medicine_id: int | None, due: dt.datetime) -> str:
    """``12@2026-03-11T08:00``: a dose as the command line names it (its medicine and its
    time, the dose's key)."""
    return f"{medicine_id}@{due:%Y-%m-%dT%H:%M}"


def parse_dose_id(text: str) -> tuple[int, dt.datetime]:
    """The medicine and time of a dose id (see :func:`dose_id`)."""
    medicine, at, when = text.strip().partition("@")
    try:
        if not at or not medicine.isdigit():
            raise ValueError
        due = dt.datetime.fromisoformat(when)
    except ValueError:
        raise InvalidInput(
            translate(
                "Errors",
                "'{text}' is not a dose; name it as 'care-planner doses' lists it, e.g. "
                "12@2026-03-11T08:00.",
            ).format(text=text)
        ) from None
    return int(medicine), due.replace(second=0, microsecond=0, tzinfo=None)


# --------------------------------------------------------------------------- gaps
def missed_dose_gaps(window: PlanWindow) -> Iterable[Gap]:
    """Today's doses nobody confirmed in time. Each can still be noted (taken late, or
    skipped with a reason), so the gap has no time of day: it stays until answered."""
    if window.now is None:
        return
    today = window.now.date()
    confirmations = by_key(window.confirmations)
    after = missed_after(window.settings)
    for medicine in window.medicines:
        doses = doses_between(medicine, today, today, window.treatment_days)
        for dose in missed_doses(doses, confirmations, window.now, after):
            yield Gap(
                DOSE_MISSED,
                dose.due.date(),
                missed_text(medicine, dose),
                Fix(AREA, medicine.id, translate("Fix", "Note the dose")),
            )


def still_to_take(
    doses: Iterable[ScheduledDose],
    confirmations: Confirmations,
    now: dt.datetime,
    after: dt.timedelta,
) -> list[ScheduledDose]:
    """The doses not taken, skipped or missed yet: what the stock must still cover."""
    waiting = (DoseState.DUE, DoseState.LATER)
    return [d for d in doses if state_of(d, confirmations.get(d.key), now, after) in waiting]


def refill_gaps(window: PlanWindow) -> Iterable[Gap]:
    """A medicine whose counted stock runs out within the pharmacy's lead time of a day of
    the window: ask for more by then."""
    confirmations = by_key(window.confirmations)
    after = missed_after(window.settings)
    now = moment(window)
    for medicine in window.medicines:
        if medicine.stock is None:
            continue
        last = window.last_day + dt.timedelta(days=medicine.lead_days)
        doses = doses_between(medicine, window.today, last, window.treatment_days)
        waiting = still_to_take(doses, confirmations, now, after)
        runs_out = run_out_date(medicine, waiting)
        day = refill_due(medicine, waiting, window.today)
        if runs_out is not None and day is not None:
            yield Gap(
                REFILL_DUE,
                day,
                refill_text(medicine, runs_out),
                Fix(AREA, medicine.id, translate("Fix", "Ask for a refill")),
            )


# --------------------------------------------------------------------------- reminders
def dose_reminders(window: PlanWindow) -> Iterable[Reminder]:
    """Each dose waiting for an answer, at its time and again every few minutes (a few
    times), until it is answered or missed; a dose put off with "Later" asks again then."""
    if window.now is None:
        return
    now = window.now
    settings = window.settings
    every = dt.timedelta(minutes=REMIND_EVERY.read(settings))
    after = missed_after(settings)
    confirmations = by_key(window.confirmations)
    for medicine in window.medicines:
        # Yesterday's too: a dose late in the evening is still waiting after midnight.
        doses = doses_between(medicine, now.date() - _DAY, now.date(), window.treatment_days)
        for due in reminders_due(
            doses, confirmations, now, every, REMIND_TIMES.read(settings), after
        ):
            yield Reminder(
                key=due.key,
                due=due.at,
                title=translate("Reminders", "Time for {medicine}").format(medicine=medicine.name),
                text=translate("Reminders", "{dose}, due at {time}.").format(
                    dose=dose_text(medicine, due.dose), time=due.dose.due.time()
                ),
                fix=Fix(AREA, medicine.id, translate("Fix", "Note the dose")),
                until=due.dose.due + after,
            )


def treatments_reach(
    medicines: Iterable[Medicine], settings: Mapping[str, str]
) -> tuple[dt.timedelta, dt.timedelta]:
    """How far before and after a span of days the treatment days matter to it: a dose
    lies up to its largest offset after a treatment day (or before one, for a negative
    offset), and an infection-risk day up to the last risk day set for a kind."""
    offsets = [
        offset.day
        for medicine in medicines
        if isinstance(medicine.schedule, AroundTreatment)
        for offset in medicine.schedule.offsets
    ]
    risk = [window[1] for window in red_flags.risk_windows(settings)]
    before = max([0, *offsets, *risk])
    after = max([0, *(-day for day in offsets)])
    return dt.timedelta(days=before), dt.timedelta(days=after)
