"""Medicines: keep each medicine with its schedule and stock, work out its doses, note the
answer for each dose, and say how well a "must not miss" medicine was taken.

Every write is one unit of work and returns the changes it recorded. Taking a dose counts
the stock down with one guarded UPDATE in the same unit of work (never below 0, even from
two windows at once); a new answer for a dose replaces the old one, and an answer that no
longer says "taken" gives the dose back to the stock.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.domain import dose_rules
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
    later,
    run_out_date,
    scheduled_doses,
    weeks,
)
from planner.domain.enums import TaskCategory
from planner.domain.errors import InvalidInput
from planner.domain.medicines import (
    LATER_MINUTES,
    REMIND_EVERY,
    Amount,
    AsNeeded,
    Medicine,
    MedicineError,
    amount_text,
    validate,
)
from planner.domain.messages import translate
from planner.domain.model import Helper, HelpTask, PlanWindow
from planner.domain.tasks import check_task
from planner.services.changes import Changes
from planner.services.plan import Plan, UnitOfWork
from planner.store import medicines as medicine_store
from planner.store import people, rows
from planner.store.medicine_rows import check_amounts, thousandths

if TYPE_CHECKING:
    from planner.store.medicines import MedicineStore

__all__ = [
    "GIVE_MINUTES",
    "AdherenceResult",
    "DoseView",
    "MedicineChange",
    "PeriodAdherence",
    "add_medicine",
    "adherence_by_period",
    "adherence_of",
    "ask_helper_to_give",
    "checked_medicine",
    "confirm",
    "courses",
    "doses",
    "give_text",
    "medicine",
    "medicines",
    "remove_medicine",
    "runs_out",
    "take_as_needed",
    "update_medicine",
]

MedicineChange = tuple[Medicine, Medicine]
"""A medicine before and after a change."""
_DAY = dt.timedelta(days=1)
_LONGEST_APART = dt.timedelta(days=8)
"""Doses as needed up to this far either side are what a new one is checked against (at
most a week apart, and the calendar day)."""


def _store(work: UnitOfWork) -> MedicineStore:
    return medicine_store.MedicineStore(work.store.session)


def _tidy(medicine: Medicine) -> Medicine:
    return dataclasses.replace(
        medicine,
        name=" ".join(medicine.name.split()),
        unit=medicine.unit.strip() or "tablet",
        strength=medicine.strength.strip(),
        form=medicine.form.strip(),
        purpose=medicine.purpose.strip(),
        prescriber=medicine.prescriber.strip(),
        pharmacy=medicine.pharmacy.strip(),
        instructions=medicine.instructions.strip(),
        notes=medicine.notes.strip(),
    )


def checked_medicine(store: MedicineStore, medicine: Medicine) -> Medicine:
    """The medicine as it will be stored; MedicineError naming what is wrong otherwise."""
    tidy = _tidy(medicine)
    validate(tidy)
    check_amounts(tidy)
    course = getattr(tidy.schedule, "course_id", None)
    if course is not None and course not in store.courses():
        raise MedicineError(
            translate("Errors", "The plan has no course {course} for the doses to follow.").format(
                course=course
            ),
            "course",
        )
    return tidy


# ---------------------------------------------------------------------------- medicines
def add_medicine(plan: Plan, medicine: Medicine) -> tuple[Medicine, Changes]:
    """Add a medicine; one that fails its checks is refused and nothing is saved."""
    with plan.unit_of_work() as work:
        store = _store(work)
        added = store.save(
            dataclasses.replace(checked_medicine(store, medicine), id=None, version=None)
        )
        work.commit()
    return added, work.changes


def update_medicine(
    plan: Plan, medicine: Medicine, *, expected_version: int | None = None
) -> tuple[MedicineChange, Changes]:
    """Store the edited medicine over the one of its id; with ``expected_version``, only
    if nobody changed it since (a ConflictError otherwise)."""
    if medicine.id is None:
        raise ValueError("only a stored medicine can be updated")
    with plan.unit_of_work() as work:
        store = _store(work)
        before = store.medicine(medicine.id)
        changed = dataclasses.replace(checked_medicine(store, medicine), version=expected_version)
        after = store.save(changed)
        work.commit()
    return (before, after), work.changes


def remove_medicine(
    plan: Plan, medicine_id: int, *, expected_version: int | None = None
) -> tuple[Medicine, Changes]:
    """Remove a medicine with the answers of its doses (all recorded, so undo puts them
    back); returns it as it was."""
    with plan.unit_of_work() as work:
        gone = _store(work).remove(medicine_id, expected_version)
        work.commit()
    return gone, work.changes


def medicine(plan: Plan, medicine_id: int) -> Medicine:
    with plan.unit_of_work() as work:
        return _store(work).medicine(medicine_id)


def medicines(plan: Plan) -> list[Medicine]:
    """Every medicine, by name."""
    with plan.unit_of_work() as work:
        return _store(work).medicines()


# ---------------------------------------------------------------------------- doses
@dataclass(frozen=True)
class DoseView:
    """One scheduled dose with its state and the answer given, if any."""

    medicine: Medicine
    dose: ScheduledDose
    state: DoseState
    confirmation: Confirmation | None = None

    @property
    def id(self) -> str:
        """The dose as the command line names it, e.g. ``12@2026-03-11T08:00``."""
        return dose_rules.dose_id(self.dose.medicine_id, self.dose.due)


def _window(
    work: UnitOfWork, first: dt.date, last: dt.date, now: dt.datetime, medicine_id: int | None
) -> PlanWindow:
    """What the dose rules need for the days ``first`` to ``last``: the medicines, the
    answers and the treatment days, nothing else of the plan."""
    store = _store(work)
    chosen = [store.medicine(medicine_id)] if medicine_id is not None else store.medicines()
    return PlanWindow(
        first,
        last,
        today=now.date(),
        settings=work.store.settings(),
        now=now,
        medicines=tuple(chosen),
        confirmations=tuple(store.confirmations(first - _DAY, last + _DAY, medicine_id)),
        treatment_days=tuple(
            store.treatment_days(
                first - medicine_store.TREATMENTS_BEFORE, last + medicine_store.TREATMENTS_AFTER
            )
        ),
    )


def doses(
    plan: Plan, first: dt.date, last: dt.date, *, medicine_id: int | None = None
) -> list[DoseView]:
    """The doses from ``first`` to ``last`` (every medicine's, or one's), earliest first.
    Doses around treatment days follow the course's actual days: a cancelled (skipped)
    treatment day brings none."""
    now = plan.clock.now()
    with plan.unit_of_work() as work:
        window = _window(work, first, last, now, medicine_id)
    answers = by_key(window.confirmations)
    return [
        DoseView(medicine, dose, state, answers.get(dose.key))
        for medicine, dose, state in dose_rules.window_doses(window, first, last)
    ]


def _scheduled(work: UnitOfWork, medicine: Medicine, due: dt.datetime) -> ScheduledDose:
    """The dose of ``medicine`` at ``due``; InvalidInput when its schedule has none then."""
    day = due.date()
    store = _store(work)
    treatments = store.treatment_days(
        day - medicine_store.TREATMENTS_BEFORE, day + medicine_store.TREATMENTS_AFTER
    )
    found = scheduled_doses(medicine, day, day, dose_rules.treatment_days_of(medicine, treatments))
    for dose in found:
        if dose.due == due:
            return dose
    raise InvalidInput(
        translate("Errors", "{medicine} has no dose on {due}.").format(
            medicine=medicine.name, due=due
        )
    )


def confirm(
    plan: Plan,
    medicine_id: int,
    due: dt.datetime,
    answer: Answer,
    reason: str | None = None,
    *,
    at: dt.datetime | None = None,
) -> tuple[Confirmation, Changes]:
    """Note the answer for the dose of ``medicine_id`` at ``due``: taken (at ``at``, now by
    default; the stock goes down), skipped (a reason is needed) or later (asked again in a
    while). A dose answered before gets the new answer instead."""
    now = plan.clock.now()
    with plan.unit_of_work() as work:
        store = _store(work)
        medicine = store.medicine(medicine_id)
        if isinstance(medicine.schedule, AsNeeded):
            raise InvalidInput(
                translate(
                    "Errors",
                    "{medicine} is taken as needed, not on a schedule: note each dose as it "
                    "is taken.",
                ).format(medicine=medicine.name)
            )
        dose = _scheduled(work, medicine, due)
        settings = work.store.settings()
        if answer is Answer.LATER:
            after = dose_rules.missed_after(settings)
            wait = dt.timedelta(minutes=LATER_MINUTES.read(settings))
            every = dt.timedelta(minutes=REMIND_EVERY.read(settings))
            new = later(dose, now, wait, after, every)
        else:
            new = Confirmation(medicine_id, due, answer, at or now, reason or "")
        new = check_confirmation(new, now)
        old = store.confirmation(medicine_id, due)
        if old is not None:
            new = dataclasses.replace(new, id=old.id, version=old.version)
        saved = store.save_confirmation(new)
        _count_stock(store, medicine, dose.amount, old, new)
        work.commit()
    return saved, work.changes


def _count_stock(
    store: MedicineStore,
    medicine: Medicine,
    amount: Amount,
    old: Confirmation | None,
    new: Confirmation,
) -> None:
    """Take the dose from the stock when it is newly taken; give it back when an answer
    that said "taken" no longer does."""
    assert medicine.id is not None
    was, now = (old is not None and old.answer is Answer.TAKEN), new.answer is Answer.TAKEN
    if medicine.stock is None or was == now:
        return
    units = thousandths(amount, "dose", "dose")
    store.change_stock(medicine.id, -units if now else units)


def take_as_needed(
    plan: Plan, medicine_id: int, at: dt.datetime | None = None
) -> tuple[Confirmation, Changes]:
    """Note a dose of a medicine taken as needed, at ``at`` (now by default). Refused, with
    the reason, when it comes too soon after (or before) another, or over the day's limit."""
    now = plan.clock.now()
    when = (at or now).replace(second=0, microsecond=0)
    with plan.unit_of_work() as work:
        store = _store(work)
        medicine = store.medicine(medicine_id)
        if not isinstance(medicine.schedule, AsNeeded):
            raise InvalidInput(
                translate(
                    "Errors", "{medicine} is taken on its schedule: note its dose as taken instead."
                ).format(medicine=medicine.name)
            )
        if when.date() < medicine.start or (medicine.end and when.date() > medicine.end):
            raise InvalidInput(
                translate("Errors", "{medicine} is not taken on {day}.").format(
                    medicine=medicine.name, day=when.date()
                )
            )
        around = store.confirmations(
            when.date() - _LONGEST_APART, when.date() + _LONGEST_APART, medicine_id
        )
        taken = [c.due for c in around if c.answer is Answer.TAKEN]
        why_not = check_as_needed(medicine, taken, when)
        if why_not is not None:
            raise InvalidInput(
                translate("Errors", "{why_not} Nothing was noted.").format(why_not=why_not)
            )
        new = check_confirmation(Confirmation(medicine_id, when, Answer.TAKEN, when), now)
        saved = store.save_confirmation(new)
        _count_stock(store, medicine, medicine.dose, None, saved)
        work.commit()
    return saved, work.changes


# ---------------------------------------------------------------------------- reading
@dataclass(frozen=True)
class AdherenceResult:
    medicine: Medicine
    first: dt.date
    last: dt.date
    adherence: Adherence

    @property
    def below_line(self) -> bool:
        """A "must not miss" medicine taken in time less often than 95%."""
        return below_line(self.adherence, self.medicine.must_not_miss)


def adherence_of(plan: Plan, medicine_id: int, first: dt.date, last: dt.date) -> AdherenceResult:
    """How many of the doses from ``first`` to ``last`` whose outcome is known were taken
    in time (within the minutes after which a dose counts as missed, either side)."""
    now = plan.clock.now()
    with plan.unit_of_work() as work:
        window = _window(work, first, last, now, medicine_id)
    (chosen,) = window.medicines
    on_time = dose_rules.missed_after(window.settings)
    scheduled = dose_rules.doses_between(chosen, first, last, window.treatment_days)
    result = adherence(scheduled, by_key(window.confirmations), first, last, now, on_time)
    return AdherenceResult(chosen, first, last, result)


def runs_out(plan: Plan, medicine_ids: list[int] | None = None) -> dict[int, dt.date]:
    """The day each medicine's counted stock runs out, within the pharmacy's longest lead
    time and a few weeks (medicines whose stock lasts, or is not counted, are left out)."""
    now = plan.clock.now()
    today = now.date()
    with plan.unit_of_work() as work:
        window = _window(work, today, today + dt.timedelta(days=90), now, None)
    after = dose_rules.missed_after(window.settings)
    answers = by_key(window.confirmations)
    found = {}
    for chosen in window.medicines:
        if chosen.id is None or (medicine_ids is not None and chosen.id not in medicine_ids):
            continue
        scheduled = dose_rules.doses_between(chosen, today, window.last_day, window.treatment_days)
        day = run_out_date(chosen, dose_rules.still_to_take(scheduled, answers, now, after))
        if day is not None:
            found[chosen.id] = day
    return found


def courses(plan: Plan) -> dict[int, str]:
    """Every course's name by its id: the courses a schedule around treatment days can
    follow."""
    with plan.unit_of_work() as work:
        return _store(work).courses()


# ---------------------------------------------------------------------------- by period
@dataclass(frozen=True)
class PeriodAdherence:
    """How one medicine was taken over one week or one treatment cycle."""

    medicine: Medicine
    cycle: bool
    """A treatment cycle (from a treatment day to the day before the next), else a week."""
    first: dt.date
    last: dt.date
    adherence: Adherence

    @property
    def below_line(self) -> bool:
        return below_line(self.adherence, self.medicine.must_not_miss)


def adherence_by_period(
    plan: Plan, week_count: int = 6, cycle_count: int = 4
) -> list[PeriodAdherence]:
    """Every scheduled medicine's adherence in each of the last ``week_count`` weeks (this
    one included, from Monday) and the last ``cycle_count`` treatment cycles (those of its
    course for doses around treatment days, else the plan's treatment days). Periods with
    no dose whose outcome is known yet are left out."""
    now = plan.clock.now()
    today = now.date()
    monday = today - dt.timedelta(days=today.weekday())
    first_monday = monday - dt.timedelta(weeks=week_count - 1)
    first = min(first_monday, today - dt.timedelta(weeks=3 * cycle_count + 1))
    with plan.unit_of_work() as work:
        window = _window(work, first, today, now, None)
    answers = by_key(window.confirmations)
    on_time = dose_rules.missed_after(window.settings)
    every_treatment = sorted({t.day for t in window.treatment_days if t.kind.is_treatment})
    found: list[PeriodAdherence] = []
    for chosen in window.medicines:
        if isinstance(chosen.schedule, AsNeeded):
            continue
        scheduled = dose_rules.doses_between(chosen, first, today, window.treatment_days)
        starts = dose_rules.treatment_days_of(chosen, window.treatment_days) or every_treatment
        cycles = [day for day in starts if first <= day <= today][-cycle_count:]
        for cycle, periods in (
            (False, weeks(first_monday, week_count)),
            (True, cycles),
        ):
            if not periods:
                continue
            ends = [day - _DAY for day in periods[1:]] + [today]
            for (start, result), end in zip(
                by_period(scheduled, answers, periods, today, now, on_time), ends, strict=True
            ):
                if result.scheduled:
                    found.append(PeriodAdherence(chosen, cycle, start, end, result))
    return found


# ---------------------------------------------------------------------------- helpers
GIVE_MINUTES = 30
"""How long a help task to give a dose lasts in the helper's calendar."""


def give_text(medicine: Medicine, amount: Amount, due: dt.datetime) -> str:
    """``Give Ondansetron 8 mg (1 tablet) at 08:00``: the medicine and the time, nothing of
    what it is for."""
    name = " ".join(part for part in (medicine.name.strip(), medicine.strength.strip()) if part)
    return f"Give {name} ({amount_text(amount, medicine.unit)}) at {due:%H:%M}"


def ask_helper_to_give(
    plan: Plan, medicine_id: int, due: dt.datetime, helper_id: int
) -> tuple[HelpTask, Changes]:
    """A help task for the helper ``helper_id``: give the dose of ``medicine_id`` at
    ``due``. It names the medicine, the amount and the time, never what it is for; it shows
    in the helper's packet and calendar like any task. InvalidInput when the medicine has
    no dose then."""
    with plan.unit_of_work() as work:
        store = _store(work)
        medicine = store.medicine(medicine_id)
        if isinstance(medicine.schedule, AsNeeded):
            raise InvalidInput(
                translate(
                    "Errors",
                    "{medicine} is taken as needed: add a help task for it on the Helpers "
                    "page instead.",
                ).format(medicine=medicine.name)
            )
        dose = _scheduled(work, medicine, due)
        helper = rows.read(work.store.session, Helper, helper_id)
        task = check_task(
            HelpTask(
                TaskCategory.OTHER,
                give_text(medicine, dose.amount, due),
                due,
                due + dt.timedelta(minutes=GIVE_MINUTES),
                helper_id=helper.id,
            )
        )
        added = people.save(work.store.session, task)
        work.commit()
    return added, work.changes
