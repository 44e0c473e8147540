"""Journal use cases: note, edit and remove entries; what the Journal page and the visit
packet show; the hard days learned from the journal and the user's yes to them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from planner.domain import journal as rules
from planner.domain.enums import AppointmentStatus, JournalKind, LegDirection, LegStatus
from planner.domain.errors import InvalidInput, said
from planner.domain.hard_days import RECOVERY_SETTINGS
from planner.domain.learning import Proposal, learn_hard_days
from planner.domain.messages import translate
from planner.domain.model import Appointment, Helper, JournalEntry, Question
from planner.domain.profile import PATIENT_NAME
from planner.domain.readings import Measurement, ReadingKind
from planner.domain.red_flags import TEMPERATURE_UNIT, TemperatureUnit
from planner.services import medicines as medicine_service
from planner.services import readings as reading_service
from planner.services.changes import Changes
from planner.services.medicines import AdherenceResult
from planner.services.plan import Plan
from planner.services.settings import change_setting
from planner.store import rows

if TYPE_CHECKING:
    from planner.store.plan_store import PlanStore

BEFORE = dt.timedelta(days=400)
"""How far back the Journal page reads appointments: enough cycles to learn from."""
AHEAD = dt.timedelta(days=365)
"""How far ahead it reads them: questions wait for visits up to a year away."""


@dataclass(frozen=True)
class Noted:
    """An entry as stored, and whether it calls for the "Who to call" contacts at once."""

    entry: JournalEntry
    alert: bool


def _checked(store: PlanStore, entry: JournalEntry, now: dt.datetime) -> JournalEntry:
    """The entry as it will be stored; a new symptom joins the plan's list."""
    try:
        entry = rules.check_entry(entry, now)
    except ValueError as error:
        raise InvalidInput(
            translate("Errors", "{error} Nothing was saved.").format(error=said(error))
        ) from None
    if entry.kind is JournalKind.SIDE_EFFECT:
        settings = store.settings()
        known = rules.SYMPTOMS.read(settings)
        extended = rules.with_symptom(known, entry.symptom)
        if extended != known:
            try:
                text = rules.SYMPTOMS.show(rules.SYMPTOMS.check(extended))
            except ValueError as error:
                raise InvalidInput(
                    translate("Errors", "{error} Nothing was saved.").format(error=said(error))
                ) from None
            store.set_setting(rules.SYMPTOMS.key, text)
    return entry


def add_entry(plan: Plan, entry: JournalEntry, now: dt.datetime) -> tuple[Noted, Changes]:
    """Note a side effect, rest or mood; a bad value is refused and nothing is saved."""
    with plan.unit_of_work() as work:
        checked = replace(_checked(work.store, entry, now), id=None, version=None)
        stored = rows.save(work.store.session, checked)
        alert = rules.is_alert(stored, work.store.settings())
        work.commit()
    return Noted(stored, alert), work.changes


def update_entry(
    plan: Plan, entry: JournalEntry, now: dt.datetime
) -> tuple[tuple[JournalEntry, JournalEntry], Changes]:
    """Store the edited entry over the one of its id; returns it before and after.

    An entry carrying the version it was read at is refused with a ConflictError when
    someone else changed it since.
    """
    assert entry.id is not None
    with plan.unit_of_work() as work:
        session = work.store.session
        before = rows.read(session, JournalEntry, entry.id)
        after = rows.save(session, _checked(work.store, entry, now))
        work.commit()
    return (before, after), work.changes


def entry(plan: Plan, entry_id: int) -> JournalEntry:
    """One entry as stored now."""
    with plan.unit_of_work() as work:
        return rows.read(work.store.session, JournalEntry, entry_id)


def remove_entry(plan: Plan, entry_id: int) -> tuple[JournalEntry, Changes]:
    with plan.unit_of_work() as work:
        gone = rows.remove(work.store.session, JournalEntry, entry_id)
        work.commit()
    return gone, work.changes


def change_symptoms(plan: Plan, symptoms: tuple[str, ...]) -> tuple[tuple[str, ...], Changes]:
    """Replace the list of symptoms offered; returns the list before."""
    (before, _), changes = change_setting(plan, rules.SYMPTOMS, symptoms)
    return before, changes


# ---------------------------------------------------------------------------- reading
@dataclass(frozen=True)
class JournalView:
    """What the Journal page shows, read in one go."""

    entries: tuple[JournalEntry, ...]
    """Newest first."""
    questions: tuple[Question, ...]
    appointments: tuple[Appointment, ...]
    """From :data:`BEFORE` ago to :data:`AHEAD`, in time order."""
    settings: dict[str, str]
    now: dt.datetime

    @property
    def symptoms(self) -> tuple[str, ...]:
        return rules.SYMPTOMS.read(self.settings)

    def visit_of(self, question: Question) -> Appointment | None:
        return rules.question_visit(question, self.appointments, self.now)

    def coming(self) -> list[Appointment]:
        """The visits a question can be for, earliest first."""
        return [
            a
            for a in self.appointments
            if a.end > self.now and a.status is AppointmentStatus.SCHEDULED
        ]

    def proposals(self) -> list[Proposal]:
        return learn_hard_days(self.entries, self.appointments, self.now.date(), self.settings)


def journal_view(plan: Plan, now: dt.datetime) -> JournalView:
    today = now.date()
    with plan.unit_of_work() as work:
        return JournalView(
            tuple(work.store.journal()),
            tuple(work.store.questions()),
            tuple(work.store.appointments(today - BEFORE, today + AHEAD)),
            work.store.settings(),
            now,
        )


def accept_proposal(plan: Plan, proposal: Proposal) -> tuple[tuple[int, int], Changes]:
    """The user said yes: the kind's recovery days become the learned number; returns the
    number before and after."""
    return change_setting(plan, RECOVERY_SETTINGS[proposal.kind], proposal.recovery_days)


# ---------------------------------------------------------------------------- visit packet
@dataclass(frozen=True)
class Drive:
    direction: LegDirection
    pickup: dt.datetime
    driver: Helper | None
    confirmed: bool


@dataclass(frozen=True)
class VisitPacket:
    """What to bring to one appointment."""

    appointment: Appointment
    since: dt.date
    """The side effects listed are from this day (the last visit's) on."""
    questions: tuple[Question, ...]
    side_effects: tuple[JournalEntry, ...]
    """Oldest first."""
    chart: rules.ChartModel
    rest: JournalEntry | None
    mood: JournalEntry | None
    drives: tuple[Drive, ...]
    patient: str = ""
    """The patient's name from the plan's profile (empty when not given)."""
    medicines: tuple[AdherenceResult, ...] = ()
    """The medicines taken at some time from :attr:`since` to :attr:`until`, each with how
    many of its doses in that time were taken in time."""
    temperatures: tuple[Measurement, ...] = ()
    """The temperatures noted from :attr:`since` to :attr:`until`, oldest first."""
    temperature_unit: TemperatureUnit = TemperatureUnit.CELSIUS
    """The scale the plan shows temperatures in."""
    until: dt.date | None = None
    """The last day the packet covers: the visit's, or today for a visit ahead."""


PACKET_FIRST_DAYS = 28
"""Without an earlier visit, the packet covers this many days."""


def visit_packet(plan: Plan, appointment_id: int, now: dt.datetime) -> VisitPacket:
    with plan.unit_of_work() as work:
        store = work.store
        appointment = store.appointment(appointment_id)
        day = appointment.start.date()
        around = store.appointments(day - BEFORE, day + AHEAD)
        earlier = [
            a
            for a in around
            # The last visit that has taken place (a visit ahead has no news yet).
            if a.start < min(appointment.start, now)
            and a.status is not AppointmentStatus.CANCELLED
            and a.id != appointment.id
            # What this clinician has not heard yet: since the last visit with them.
            and (not appointment.clinician or a.clinician == appointment.clinician)
        ]
        since = earlier[-1].start.date() if earlier else day - dt.timedelta(PACKET_FIRST_DAYS)
        until = min(day, now.date())
        entries = store.journal(since, until)
        questions = rules.questions_for(appointment, store.questions(), around, now)
        settings = store.settings()
        patient = PATIENT_NAME.read(settings)
        helpers = {h.id: h for h in store.helpers()}
        legs = [
            leg for leg in store.legs_for([appointment_id]) if leg.status is not LegStatus.CANCELLED
        ]
    effects = sorted((e for e in entries if e.kind is JournalKind.SIDE_EFFECT), key=lambda e: e.at)
    symptoms = list(dict.fromkeys(e.symptom for e in effects))
    chart = rules.chart_model(effects, [*earlier, appointment], symptoms, since, until)
    drives = tuple(
        Drive(
            leg.direction,
            leg.pickup_time,
            helpers.get(leg.driver_id),
            leg.status in (LegStatus.CONFIRMED, LegStatus.DONE),
        )
        for leg in sorted(legs, key=lambda leg: leg.pickup_time)
    )
    return VisitPacket(
        appointment,
        since,
        tuple(questions),
        tuple(effects),
        chart,
        rules.latest(entries, JournalKind.REST),
        rules.latest(entries, JournalKind.MOOD),
        drives,
        patient,
        _adherence_since(plan, since, until),
        tuple(
            reading_service.readings(
                plan,
                dt.datetime.combine(since, dt.time.min),
                dt.datetime.combine(until + dt.timedelta(days=1), dt.time.min),
                ReadingKind.TEMPERATURE,
            )
        ),
        TEMPERATURE_UNIT.read(settings),
        until,
    )


def _adherence_since(plan: Plan, since: dt.date, until: dt.date) -> tuple[AdherenceResult, ...]:
    """Each medicine taken at some time from ``since`` to ``until``, with its adherence
    over those days (the ones it was taken on)."""
    found = []
    for medicine in medicine_service.medicines(plan):
        if medicine.id is None or medicine.start > until:
            continue
        if medicine.end is not None and medicine.end < since:
            continue
        first = max(since, medicine.start)
        last = min(until, medicine.end) if medicine.end is not None else until
        found.append(medicine_service.adherence_of(plan, medicine.id, first, last))
    return tuple(found)
