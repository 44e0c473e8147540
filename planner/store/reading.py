"""Reading a plan as plain rows of its tables, on one connection.

What the window's start and a week switch read (the settings, the week's window, the
first steps, the newest change, the readings) is read here: each read is a named
statement (:mod:`planner.store.statements`) whose rows are made into domain values.
Nothing here makes a record, and nothing here needs SQLAlchemy: a plan file is read by
SQLite directly (:mod:`planner.store.sqlite_reading`), so the window's first paint and
``care-planner week`` import neither SQLAlchemy nor the records; a plan on a server, and
:class:`planner.store.plan_store.PlanStore` inside a unit of work, run the same reads
through SQLAlchemy (:meth:`PlanReader.on`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from planner.domain import dose_rules, model
from planner.domain.doses import Confirmation
from planner.domain.enums import AppointmentKind
from planner.domain.hard_days import DEFAULT_RECOVERY_DAYS
from planner.domain.readings import Measurement, ReadingKind
from planner.store import convert
from planner.store.medicine_rows import MedicineRow, to_medicine

if TYPE_CHECKING:
    from sqlalchemy import Connection

Value = TypeVar("Value")
Rows = Callable[[str, dict[str, Any]], Sequence[Sequence[Any]]]
"""Runs the read of a name with its parameters: its rows, each a sequence of columns."""

LOOKBACK = dt.timedelta(days=60)
"""How far back to look for appointments whose hard days reach into a window: the most
recovery days an appointment may have (the records' check constraint allows 60)."""
LONGEST_TASK = dt.timedelta(days=31)
"""The longest window a help task may span; bounds the task query to an index range."""
TREATMENT_KINDS = [kind.value for kind in AppointmentKind if kind.is_treatment]
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
    """The plan's reads, each a statement run by ``rows`` by its name, on one connection in
    one transaction: SQLite's own for a plan file (:mod:`planner.store.sqlite_reading`),
    SQLAlchemy's otherwise (:meth:`on`)."""

    def __init__(self, rows: Rows) -> None:
        self._run = rows

    @classmethod
    def on(cls, connection: Connection) -> PlanReader:
        """The reads run through SQLAlchemy on ``connection`` (a server's plan, a unit of
        work's session)."""
        from planner.store.statements import statements

        found = statements()
        return cls(lambda name, parameters: connection.execute(found[name], parameters).all())

    def _rows(self, name: str, /, **parameters: object) -> Sequence[Sequence[Any]]:
        return self._run(name, parameters)

    def _values(self, of: type[Value], name: str, /, **parameters: object) -> list[Value]:
        value = loader(of)
        return [value(row) for row in self._rows(name, **parameters)]

    # ------------------------------------------------------------------ settings
    def settings(self) -> dict[str, str]:
        """Every stored plan setting, as text by key."""
        return {row[0]: row[1] for row in self._rows("settings")}

    # ------------------------------------------------------------------ first steps
    def first_steps(self, today: dt.date) -> FirstSteps:
        """Whether each first step of a new plan is done; one row asked of each table."""

        def any_row(name: str, **parameters: object) -> bool:
            return bool(self._rows(name, **parameters))

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
        return bool(self._rows("any_record")[0][0])

    # ------------------------------------------------------------------ changes
    def last_seq(self) -> int:
        """The sequence number of the newest change recorded (0 for none)."""
        found = self._rows("last_seq")
        return int(found[0][0]) if found else 0

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
        # Those long before the days whose own recovery days reach into them, then those
        # of the days and of the week before them (a kind's recovery days reach a week).
        recent = midnight(first, -max(DEFAULT_RECOVERY_DAYS.values()))
        appointments = self._values(
            model.Appointment,
            "appointments_long_recovery",
            lookback=midnight(first) - LOOKBACK,
            recovery_from=recent,
        ) + self._values(model.Appointment, "appointments", recovery_from=recent, end=days["end"])
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
            meals=tuple(self._meals({t.meal_id for t in taken})),
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
        fields = helper_fields()
        helpers = []
        for row in self._rows("helpers"):
            values = {f.name: f.load(v) for f, v in zip(fields, row, strict=True)}
            values["availability"] = tuple(times.get(values["id"], ()))
            helpers.append(model.Helper(**values))
        return helpers

    def _meals(self, named: set[int]) -> list[model.FreezerMeal]:
        """The freezer batches with portions left and those ``named``, first expiring first
        (as :meth:`planner.store.plan_store.PlanStore.meals` with ``in_stock_or``)."""
        found = {m.id: m for m in self._values(model.FreezerMeal, "meals_in_stock")}
        others = sorted(named - found.keys())
        if others:
            for meal in self._values(model.FreezerMeal, "meals_by_id", ids=others):
                found[meal.id] = meal
        return sorted(found.values(), key=lambda m: (m.use_by, m.id or 0))

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


def helper_fields() -> list[Any]:
    """A helper's fields read from its own row (the times they are free are rows of their
    own)."""
    return [f for f in convert.FIELDS[model.Helper] if f.name != "availability"]


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


_LOADERS: dict[type[Any], Callable[[Any], Any]] = {}


def loader(kind: type[Any]) -> Callable[[Any], Any]:
    """The value of ``kind`` a row of its statement's columns holds (see
    :func:`convert.row_loader`), made once per kind."""
    found = _LOADERS.get(kind)
    if found is None:
        found = _LOADERS[kind] = convert.row_loader(kind)
    return found


def midnight(day: dt.date, plus_days: int = 0) -> dt.datetime:
    """The start of ``day`` (``plus_days`` later): days are read as [midnight, next midnight)."""
    return dt.datetime.combine(day + dt.timedelta(days=plus_days), dt.time.min)
