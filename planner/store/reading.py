"""Reading a plan as plain rows of its tables, on one connection.

What the window's start and a week switch read (the settings, the week's window, the
first steps, the newest change, the readings) is read here, from the plain tables of
:mod:`planner.store.tables` with statements built once per process. Nothing here makes a
record: a read needs neither the ORM nor the records, and the window's first paint and
``care-planner week`` import neither. :class:`planner.store.plan_store.PlanStore` reads
the same way, on its session's connection.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import BindParameter, Connection, Select, bindparam, literal, select

from planner.domain import dose_rules, model
from planner.domain.doses import Confirmation
from planner.domain.enums import AppointmentKind, AppointmentStatus, Capability, LegStatus
from planner.domain.hard_days import DEFAULT_RECOVERY_DAYS
from planner.domain.readings import Measurement, ReadingKind
from planner.store import convert, tables
from planner.store.medicine_rows import MedicineRow, to_medicine

Value = TypeVar("Value")

LOOKBACK = dt.timedelta(days=60)
"""How far back to look for appointments whose hard days reach into a window: the most
recovery days an appointment may have (the records' check constraint allows 60)."""
LONGEST_TASK = dt.timedelta(days=31)
"""The longest window a help task may span; bounds the task query to an index range."""
_TREATMENT_KINDS = [kind.value for kind in AppointmentKind if kind.is_treatment]
_KINDS = {kind.value: kind for kind in AppointmentKind}


@dataclass(frozen=True)
class FirstSteps:
    appointments: bool
    drivers: bool
    meals: bool
    groups: bool
    questions: bool
    medicines: bool


class PlanReader:
    """The plan's reads over one connection (inside its unit of work's transaction)."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def _rows(self, name: str, /, **parameters: object) -> Any:
        return self.connection.execute(_statements()[name], parameters)

    def _values(self, of: type[Value], name: str, /, **parameters: object) -> list[Value]:
        value = reader(of)[1]
        return [value(row) for row in self._rows(name, **parameters)]

    # ------------------------------------------------------------------ settings
    def settings(self) -> dict[str, str]:
        """Every stored plan setting, as text by key."""
        return {row[0]: row[1] for row in self._rows("settings")}

    # ------------------------------------------------------------------ first steps
    def first_steps(self, today: dt.date) -> FirstSteps:
        """Whether each first step of a new plan is done; one row asked of each table."""

        def any_row(name: str, **parameters: object) -> bool:
            return self._rows(name, **parameters).first() is not None

        return FirstSteps(
            appointments=any_row("any_appointment", today=midnight(today)),
            drivers=any_row("any_driver"),
            meals=any_row("any_meal"),
            groups=any_row("any_group"),
            questions=any_row("any_question"),
            medicines=any_row("any_medicine"),
        )

    def has_records(self) -> bool:
        """Whether the plan holds anything at all (plan-wide settings aside)."""
        one = select(literal(1))
        return any(
            self.connection.execute(one.select_from(table).limit(1)).first() is not None
            for name, table in sorted(tables.TABLES.items())
            if name != tables.setting.name
        )

    # ------------------------------------------------------------------ changes
    def last_seq(self) -> int:
        """The sequence number of the newest change recorded (0 for none)."""
        return int(self._rows("last_seq").scalar() or 0)

    # ------------------------------------------------------------------ medicines
    def treatment_days(self, first: dt.date, last: dt.date) -> list[model.TreatmentDay]:
        """The treatments (and a course's other appointments) from ``first`` to ``last``
        that are not cancelled: three columns a row."""
        found = self._rows("treatment_days", first=midnight(first), end=midnight(last, 1))
        return [
            model.TreatmentDay(start.date(), _KINDS[kind], course_id)
            for start, kind, course_id in found
        ]

    def readings(
        self, since: dt.datetime, until: dt.datetime, kind: ReadingKind | None = None
    ) -> list[Measurement]:
        """The readings noted from ``since`` to ``until`` (inclusive), oldest first."""
        name = "readings" if kind is None else "readings_of"
        parameters: dict[str, object] = {"since": since, "until": until}
        if kind is not None:
            parameters["kind"] = kind.value
        return self._values(Measurement, name, **parameters)

    # ------------------------------------------------------------------ the week
    def window(
        self,
        first: dt.date,
        last: dt.date,
        today: dt.date,
        now: dt.datetime | None = None,
        *,
        settings: dict[str, str] | None = None,
        whole_until: dt.date | None = None,
    ) -> model.PlanWindow:
        """Everything the rules and the week need for the days ``first`` to ``last``
        (``now``: the moment the doses' states and reminders are seen at; ``settings``:
        the plan's settings, when already read). With ``whole_until``, the days after it
        hold only the rides a driver service must be asked for ahead and their
        appointments (what the coming days look that far for; see
        :func:`planner.domain.week.read_whole_until`).

        A week switch reads this: one query per kind of record, each built once per
        process and run with the days as its parameters."""
        whole = last if whole_until is None else min(last, whole_until)
        days = {"first": midnight(first), "end": midnight(whole, 1)}
        appointments = self._values(
            model.Appointment,
            "appointments",
            lookback=midnight(first) - LOOKBACK,
            recovery_from=midnight(first, -max(DEFAULT_RECOVERY_DAYS.values())),
            **days,
        )
        legs = self._values(model.RideLeg, "legs", **days)
        if whole < last:
            beyond = {"after": midnight(whole, 1), "end": midnight(last, 1)}
            asked = self._values(model.RideLeg, "notice_legs", **beyond)
            going = sorted({leg.appointment_id for leg in asked})
            appointments += self._values(model.Appointment, "appointments_by_id", ids=going)
            legs += asked
        answered_from = min(first, today) - dt.timedelta(days=1)
        if settings is None:
            settings = self.settings()
        taken = self._values(model.PortionsTaken, "portions_taken", first=first, last=whole)
        kept = [to_medicine(row) for row in self._values(MedicineRow, "medicines")]
        before, after = dose_rules.treatments_reach(kept, settings)
        # The answers for the doses of the days asked for, and of yesterday and today (the
        # missed doses, the reminders); the treatments whose doses or infection-risk days
        # fall on them. Days long past are read as two spans, not the months between.
        answered = _spans(
            (answered_from, last + dt.timedelta(days=1)),
            (today - dt.timedelta(days=1), today + dt.timedelta(days=1)),
        )
        reach = _spans(
            (answered_from - before, last + after),
            (today - dt.timedelta(days=1) - before, today + after),
        )
        return model.PlanWindow(
            first_day=first,
            last_day=last,
            appointments=tuple(appointments),
            legs=tuple(legs),
            helpers=tuple(self._helpers()),
            tasks=tuple(self._tasks(first, whole)),
            meals=tuple(
                self._values(model.FreezerMeal, "meals", named=sorted({t.meal_id for t in taken}))
            ),
            portions_taken=tuple(taken),
            groups=tuple(self._values(model.SupportGroup, "groups")),
            journal=tuple(self._values(model.JournalEntry, "journal", **days)),
            today=today,
            settings=settings,
            now=now,
            medicines=tuple(kept),
            confirmations=tuple(
                answer
                for since, until in answered
                for answer in self._values(
                    Confirmation,
                    "confirmations",
                    since=midnight(since),
                    until=midnight(until, 1),
                )
            ),
            treatment_days=tuple(
                treatment for span in reach for treatment in self.treatment_days(*span)
            ),
        )

    def _helpers(self) -> list[model.Helper]:
        times: dict[int, list[model.Availability]] = {}
        for helper_id, weekday, start, end in self._rows("availability"):
            times.setdefault(helper_id, []).append(model.Availability(weekday, start, end))
        fields = _helper_fields()
        helpers = []
        for row in self._rows("helpers"):
            values = {f.name: f.load(v) for f, v in zip(fields, row, strict=True)}
            values["availability"] = tuple(times.get(values["id"], ()))
            helpers.append(model.Helper(**values))
        return helpers

    def _tasks(self, first: dt.date, last: dt.date) -> list[model.HelpTask]:
        end = midnight(last, 1)
        near = self._values(
            model.HelpTask,
            "tasks_near",
            task_from=midnight(first) - LONGEST_TASK,
            first=midnight(first),
            end=end,
        )
        found = {t.id: t for t in near}
        for t in self._values(model.HelpTask, "tasks_repeating"):
            if t.start < end:
                found[t.id] = t
        return sorted(found.values(), key=lambda t: (t.start, t.id or 0))


def _helper_fields() -> list[Any]:
    return [f for f in convert.FIELDS[model.Helper] if f.name != "availability"]


@functools.cache
def _statements() -> dict[str, Select[Any]]:
    """Every read of :class:`PlanReader` by name, its values as bound parameters."""
    appointment, leg, task = tables.appointment.c, tables.ride_leg.c, tables.help_task.c
    meal, journal, taken = tables.freezer_meal.c, tables.journal_entry.c, tables.portions_taken.c
    available, setting, dose = tables.helper_availability.c, tables.setting.c, tables.dose.c
    group, helper, medicine = tables.support_group.c, tables.helper.c, tables.medicine.c
    reading = tables.reading.c
    first: BindParameter[dt.datetime] = bindparam("first")
    end: BindParameter[dt.datetime] = bindparam("end")
    one = select(literal(1))
    # Asked of each leg of the days (not "driver in ..."), so that the days' index leads
    # rather than every ride a driver service ever drove.
    notice_driver = (
        select(literal(1))
        .where(helper.id == leg.driver_id, helper.notice_business_days > 0)
        .exists()
    )

    def columns(kind: type[Any]) -> Select[Any]:
        return select(*reader(kind)[0])

    return {
        "settings": select(setting.key, setting.value),
        "last_seq": select(tables.change.c.seq).order_by(tables.change.c.seq.desc()).limit(1),
        # As hard_day_sources() followed by appointments(first, last): those before
        # the days whose recovery days may reach into them, then the days' own.
        "appointments": columns(model.Appointment)
        .where(appointment.start >= bindparam("lookback"), appointment.start < end)
        .where(
            (appointment.start >= bindparam("recovery_from"))
            | (appointment.recovery_days > max(DEFAULT_RECOVERY_DAYS.values()))
        )
        .order_by(appointment.start),
        # The legs of the days' appointments.
        "legs": columns(model.RideLeg)
        .join(tables.appointment, appointment.id == leg.appointment_id)
        .where(appointment.start >= first, appointment.start < end)
        .order_by(leg.id),
        # Further out: the rides still to ask a driver service for (one that wants notice),
        # and the appointments they go to.
        "notice_legs": columns(model.RideLeg)
        .join(tables.appointment, appointment.id == leg.appointment_id)
        .where(appointment.start >= bindparam("after"), appointment.start < end)
        .where(leg.status == LegStatus.NEEDED.value, notice_driver)
        .order_by(appointment.start, leg.id),
        "appointments_by_id": columns(model.Appointment)
        .where(appointment.id.in_(bindparam("ids", expanding=True)))
        .order_by(appointment.start),
        "availability": select(
            available.helper_id, available.weekday, available.start, available.end
        ).order_by(available.helper_id, available.weekday, available.id),
        "helpers": select(*(helper[f.column] for f in _helper_fields())).order_by(helper.name),
        # As tasks(first, last): those of the days by the index on their start, and
        # the repeating ones (few) apart, rather than one "or" that has the index
        # walk every task before the days.
        "tasks_near": columns(model.HelpTask).where(
            task.start >= bindparam("task_from"), task.start < end, task.end >= first
        ),
        "tasks_repeating": columns(model.HelpTask).where(task.recurrence != ""),
        "portions_taken": columns(model.PortionsTaken)
        .where(taken.for_day.between(bindparam("first"), bindparam("last")))
        .order_by(taken.for_day),
        # As meals(in_stock_or=...): those in stock, and those the days' portions name.
        "meals": columns(model.FreezerMeal)
        .where((meal.portions_left > 0) | meal.id.in_(bindparam("named", expanding=True)))
        .order_by(meal.use_by),
        # As MedicineStore.confirmations(): the answers for the doses due in the days.
        "confirmations": columns(Confirmation)
        .where(dose.due >= bindparam("since"), dose.due < bindparam("until"))
        .order_by(dose.due, dose.medicine_id),
        "groups": columns(model.SupportGroup).order_by(group.name),
        # As MedicineStore.medicines().
        "medicines": columns(MedicineRow).order_by(medicine.name, medicine.id),
        "journal": columns(model.JournalEntry)
        .where(journal.at >= first, journal.at < end)
        .order_by(journal.at.desc()),
        "treatment_days": select(appointment.start, appointment.kind, appointment.course_id)
        .where(
            appointment.start >= first,
            appointment.start < end,
            appointment.status != AppointmentStatus.CANCELLED.value,
            appointment.kind.in_(_TREATMENT_KINDS) | appointment.course_id.is_not(None),
        )
        .order_by(appointment.start),
        "readings": columns(Measurement)
        .where(reading.at >= bindparam("since"), reading.at <= bindparam("until"))
        .order_by(reading.at, reading.id),
        "readings_of": columns(Measurement)
        .where(reading.at >= bindparam("since"), reading.at <= bindparam("until"))
        .where(reading.kind == bindparam("kind"))
        .order_by(reading.at, reading.id),
        # The first steps: is there one row of each?
        "any_appointment": one.select_from(tables.appointment)
        .where(appointment.start >= bindparam("today"))
        .limit(1),
        "any_driver": one.select_from(tables.helper)
        .where(helper.capabilities.contains(Capability.DRIVE.value))
        .limit(1),
        "any_meal": one.select_from(tables.freezer_meal).where(meal.portions_left > 0).limit(1),
        "any_group": one.select_from(tables.support_group).limit(1),
        "any_question": one.select_from(tables.question).limit(1),
        "any_medicine": one.select_from(tables.medicine).limit(1),
    }


def _spans(
    asked: tuple[dt.date, dt.date], around_today: tuple[dt.date, dt.date]
) -> list[tuple[dt.date, dt.date]]:
    """The days to read for ``asked`` and ``around_today``: one span when they meet or
    overlap (and whatever lies between them), else the two in date order."""
    (a_first, a_last), (t_first, t_last) = asked, around_today
    if a_last + dt.timedelta(days=1) < t_first:
        return [asked, around_today]
    if t_last + dt.timedelta(days=1) < a_first:
        return [around_today, asked]
    return [(min(a_first, t_first), max(a_last, t_last))]


_READERS: dict[type[Any], tuple[list[Any], Callable[[Any], Any]]] = {}


def reader(kind: type[Any]) -> tuple[list[Any], Callable[[Any], Any]]:
    """The plain table's columns to select for values of ``kind``, and the value a row of
    them holds (as :func:`convert.row_value` reads it): built by position, each column
    read as its field wants (a week's few hundred rows are read on every switch)."""
    found = _READERS.get(kind)
    if found is None:
        found = _READERS[kind] = convert.row_reader(kind, tables.TABLES[convert.TABLES[kind]])
    return found


def midnight(day: dt.date, plus_days: int = 0) -> dt.datetime:
    """The start of ``day`` (``plus_days`` later): days are read as [midnight, next midnight)."""
    return dt.datetime.combine(day + dt.timedelta(days=plus_days), dt.time.min)
