"""Medicines: what one is, the kinds of schedule it can follow, and the checks a medicine
must pass before it is stored.

A medicine is taken on a schedule of one of six kinds (fixed times each day, every N
hours, on chosen weekdays, around a course's treatment days, as needed, or a taper that
steps the dose down). The doses each schedule makes, their states, adherence and stock are
in :mod:`planner.domain.doses`.

Amounts (a dose, the stock) are counted in the medicine's ``unit`` (tablets, ml, puffs) and
held as :class:`~decimal.Decimal` or ``int``, never ``float``: half a tablet stays exactly a
half, and stock counted down dose by dose never drifts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from planner.domain.errors import InvalidInput
from planner.domain.messages import Message, translate
from planner.domain.settings import int_setting

Amount = Decimal | int
"""A dose or a stock, in the medicine's unit: exact, so half a tablet is exactly a half."""

LONGEST_TEXT = 200
LONGEST_INSTRUCTIONS = 1000
MOST_TIMES_A_DAY = 48
"""A schedule names at most this many times of day: no day ever holds more scheduled doses
of one medicine (every N hours makes at most 24)."""
LONGEST_INTERVAL_HOURS = 168
"""Every N hours runs from every hour to once a week (a patch changed every 72 hours)."""
FIRST_OFFSET, LAST_OFFSET = -14, 90
"""Doses around a treatment day lie from two weeks before to 90 days after it."""
LONGEST_TAPER_DAYS = 366
"""A taper's steps together last at most a year: a taper that never ends is a typing slip."""
MOST_TAPER_STEPS = 60
LARGEST_DOSE = Decimal(1000)
LARGEST_STOCK = Decimal(100_000)
MOST_LEAD_DAYS = 60
MOST_PER_DAY = 48

REFILL_LEAD_DAYS = 7
"""How many days before the stock runs out the refill gap appears, unless the pharmacy
needs longer (each medicine's ``lead_days``)."""
MISSED_AFTER = int_setting("medicines.missed_after_minutes", 60, 10, 720)
"""A dose not confirmed this many minutes after its time counts as missed (a gap)."""
REMIND_EVERY = int_setting("medicines.remind_every_minutes", 10, 1, 60)
"""How often the reminder of an unanswered dose repeats, in minutes."""
REMIND_TIMES = int_setting("medicines.remind_times", 3, 1, 12)
"""How many reminders one dose gets in all, the first at its time."""
LATER_MINUTES = int_setting("medicines.later_minutes", 30, 5, 240)
"""How long "Later" waits before it asks again."""


class MedicineError(InvalidInput):
    """A medicine the plan cannot hold; the message says why, and ``field`` names the part
    it is about (a field of :class:`Medicine` or of its schedule), if one."""

    def __init__(self, message: Message | str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


# --------------------------------------------------------------------------- schedules
@dataclass(frozen=True)
class FixedTimes:
    """The same times every day, e.g. 08:00 and 20:00."""

    times: tuple[dt.time, ...]


@dataclass(frozen=True)
class EveryHours:
    """Every ``hours`` hours from ``first`` on the start day, round the clock (a 72-hour
    patch, an antibiotic every 8 hours). Times are wall-clock times: on the night the
    clocks change, the interval across it is an hour longer or shorter."""

    hours: int
    first: dt.time


@dataclass(frozen=True)
class Weekdays:
    """On chosen weekdays (Monday is 0) at the given times."""

    weekdays: tuple[int, ...]
    times: tuple[dt.time, ...]


@dataclass(frozen=True)
class Offset:
    """One dose relative to a treatment day: day -1 is the day before, 0 the treatment day
    itself, 1 the day after."""

    day: int
    time: dt.time


@dataclass(frozen=True)
class AroundTreatment:
    """Doses placed around each treatment day of a course (an anti-sickness tablet the
    evening before and the three mornings after chemotherapy). The doses follow the
    course's actual days: a delayed cycle moves them, a skipped day takes them away."""

    offsets: tuple[Offset, ...]
    course_id: int | None = None
    """The course whose treatment days it follows (the services read them)."""


def around(days: range | tuple[int, ...], time: dt.time) -> tuple[Offset, ...]:
    """The same time on several days around a treatment day: ``around(range(1, 4), 8am)``."""
    return tuple(Offset(day, time) for day in days)


@dataclass(frozen=True)
class AsNeeded:
    """Only when needed, at least ``min_hours_apart`` hours apart and at most
    ``most_per_day`` doses in one calendar day. Nothing is scheduled: each dose is noted
    when taken (see :func:`planner.domain.doses.check_as_needed`)."""

    min_hours_apart: int
    most_per_day: int


@dataclass(frozen=True)
class Step:
    """One step of a taper: ``dose`` each time for ``days`` days."""

    days: int
    dose: Amount


@dataclass(frozen=True)
class Taper:
    """A dose that changes over given days, step by step from the medicine's start, at the
    same times each day (steroids stepped down over two weeks). The steps usually go down;
    a medicine started slowly (steps going up) works the same way. It ends with its last
    step."""

    steps: tuple[Step, ...]
    times: tuple[dt.time, ...]

    @property
    def days(self) -> int:
        return sum(step.days for step in self.steps)


Schedule = FixedTimes | EveryHours | Weekdays | AroundTreatment | AsNeeded | Taper


# --------------------------------------------------------------------------- the medicine
@dataclass(frozen=True)
class Medicine:
    name: str
    schedule: Schedule
    start: dt.date
    """The first day of the schedule (for a taper, its first step; for doses around
    treatment days, the first treatment day that brings doses)."""
    dose: Amount = 1
    """How much one dose is, in ``unit`` (a taper's steps give their own)."""
    unit: str = "tablet"
    """What a dose and the stock are counted in: tablet, capsule, ml, puff, patch."""
    end: dt.date | None = None
    """The last day of the schedule; ``None`` while it goes on (a taper ends by itself)."""
    strength: str = ""
    """As the box says, e.g. "500 mg"."""
    form: str = ""
    """Tablet, capsule, liquid, injection, patch, ..."""
    instructions: str = ""
    """With food, not with grapefruit, swallow whole, ..."""
    purpose: str = ""
    prescriber: str = ""
    pharmacy: str = ""
    must_not_miss: bool = False
    """An HIV regimen or a trial drug: adherence is shown against the 95% line."""
    stock: Amount | None = None
    """Units on hand now; ``None`` when the stock is not counted."""
    lead_days: int = REFILL_LEAD_DAYS
    """Days the pharmacy needs for a refill: the refill gap appears this long before the
    stock runs out."""
    notes: str = ""
    id: int | None = None
    version: int | None = None
    """The stored version this value was read at; a change made from it must match it."""

    @property
    def last_day(self) -> dt.date | None:
        """The last day a dose can fall on: its end, or a taper's last step (the earlier)."""
        if isinstance(self.schedule, Taper):
            ends = self.start + dt.timedelta(days=self.schedule.days - 1)
            return ends if self.end is None else min(ends, self.end)
        return self.end


# --------------------------------------------------------------------------- amounts
def as_decimal(amount: Amount) -> Decimal:
    return amount if isinstance(amount, Decimal) else Decimal(amount)


def parse_amount(text: str, field: str = "dose") -> Decimal:
    """An amount as typed: ``"2"``, ``"0.5"``, ``"1,5"`` or ``"½"``."""
    typed = text.strip().replace(",", ".").replace("½", ".5").replace("¼", ".25")
    try:
        amount = Decimal(typed)
    except InvalidOperation:
        raise MedicineError(
            translate(
                "Errors", "'{typed}' is not an amount; write it as a number, such as 1 or 0.5."
            ).format(typed=text.strip()),
            field,
        ) from None
    if not amount.is_finite():
        raise MedicineError(
            translate("Errors", "Write the amount as a number, such as 1 or 0.5."), field
        )
    return amount


_COUNTED = frozenset(
    {"tablet", "capsule", "puff", "drop", "patch", "sachet", "injection", "spray", "vial"}
)


def amount_text(amount: Amount, unit: str) -> str:
    """``2 tablets``, ``0.5 tablet``, ``10 ml``: the amount without trailing zeros."""
    number = format(as_decimal(amount).normalize(), "f")
    word = unit.strip()
    if word.casefold() in _COUNTED and as_decimal(amount) > 1:
        word += "es" if word.endswith(("ch", "sh", "s")) else "s"
    return f"{number} {word}".strip()


# --------------------------------------------------------------------------- checks
def _check_amount(amount: object, what: Message, field: str, largest: Decimal) -> None:
    if isinstance(amount, bool) or not isinstance(amount, (int, Decimal)):
        raise MedicineError(
            translate("Errors", "Write the {what} as a number, such as 1 or 0.5.").format(
                what=what
            ),
            field,
        )
    value = as_decimal(amount)
    if not value.is_finite():
        raise MedicineError(
            translate("Errors", "Write the {what} as a number, such as 1 or 0.5.").format(
                what=what
            ),
            field,
        )
    if value <= 0:
        raise MedicineError(
            translate("Errors", "The {what} must be more than 0, not {value}.").format(
                what=what, value=value
            ),
            field,
        )
    if value > largest:
        raise MedicineError(
            translate("Errors", "The {what} can be at most {largest}, not {value}.").format(
                what=what, largest=largest, value=value
            ),
            field,
        )


def _check_times(times: tuple[dt.time, ...]) -> None:
    if not times:
        raise MedicineError(
            translate("Errors", "Choose at least one time of day for the doses."), "times"
        )
    if len(set(times)) != len(times):
        raise MedicineError(translate("Errors", "Each time of day can be listed once."), "times")
    if len(times) > MOST_TIMES_A_DAY:
        raise MedicineError(
            translate("Errors", "A schedule names at most {most_times_a_day} times a day.").format(
                most_times_a_day=MOST_TIMES_A_DAY
            ),
            "times",
        )


def _check_schedule(schedule: Schedule) -> None:
    if isinstance(schedule, FixedTimes):
        _check_times(schedule.times)
    elif isinstance(schedule, EveryHours):
        if not 1 <= schedule.hours <= LONGEST_INTERVAL_HOURS:
            raise MedicineError(
                translate(
                    "Errors",
                    "Doses every N hours must be 1 to {longest_interval_hours} hours apart, "
                    "not {hours}.",
                ).format(longest_interval_hours=LONGEST_INTERVAL_HOURS, hours=schedule.hours),
                "hours",
            )
    elif isinstance(schedule, Weekdays):
        if not schedule.weekdays:
            raise MedicineError(translate("Errors", "Choose at least one weekday."), "weekdays")
        if any(not 0 <= w <= 6 for w in schedule.weekdays):
            raise MedicineError(
                translate("Errors", "Weekdays run from 0 (Monday) to 6 (Sunday)."), "weekdays"
            )
        _check_times(schedule.times)
    elif isinstance(schedule, AroundTreatment):
        if not schedule.offsets:
            raise MedicineError(
                translate("Errors", "Choose at least one day around the treatment day for a dose."),
                "offsets",
            )
        if any(not FIRST_OFFSET <= o.day <= LAST_OFFSET for o in schedule.offsets):
            raise MedicineError(
                translate(
                    "Errors",
                    "Doses lie from {before} days before to {after} days after a treatment day.",
                ).format(before=-FIRST_OFFSET, after=LAST_OFFSET),
                "offsets",
            )
        if len({o.time for o in schedule.offsets}) > MOST_TIMES_A_DAY:
            raise MedicineError(
                translate(
                    "Errors", "A schedule names at most {most_times_a_day} times a day."
                ).format(most_times_a_day=MOST_TIMES_A_DAY),
                "offsets",
            )
    elif isinstance(schedule, AsNeeded):
        if not 1 <= schedule.min_hours_apart <= LONGEST_INTERVAL_HOURS:
            raise MedicineError(
                translate(
                    "Errors",
                    "Doses as needed must be 1 to {longest_interval_hours} hours apart, not "
                    "{min_hours_apart}.",
                ).format(
                    longest_interval_hours=LONGEST_INTERVAL_HOURS,
                    min_hours_apart=schedule.min_hours_apart,
                ),
                "min_hours_apart",
            )
        if not 1 <= schedule.most_per_day <= MOST_PER_DAY:
            raise MedicineError(
                translate("Errors", "Allow 1 to {most} doses a day, not {given}.").format(
                    most=MOST_PER_DAY, given=schedule.most_per_day
                ),
                "most_per_day",
            )
    else:
        _check_taper(schedule)


def _check_taper(taper: Taper) -> None:
    if not taper.steps:
        raise MedicineError(
            translate("Errors", "A taper needs at least one step (a dose for some days)."), "steps"
        )
    if len(taper.steps) > MOST_TAPER_STEPS:
        raise MedicineError(
            translate("Errors", "A taper has at most {most_taper_steps} steps.").format(
                most_taper_steps=MOST_TAPER_STEPS
            ),
            "steps",
        )
    for n, step in enumerate(taper.steps, start=1):
        if isinstance(step.days, bool) or not isinstance(step.days, int) or step.days < 1:
            raise MedicineError(
                translate(
                    "Errors",
                    "Step {step} of the taper must last at least one day, or the taper never ends.",
                ).format(step=n),
                "steps",
            )
        _check_amount(
            step.dose,
            translate("Errors", "dose of step {step}").format(step=n),
            "steps",
            LARGEST_DOSE,
        )
    if taper.days > LONGEST_TAPER_DAYS:
        raise MedicineError(
            translate(
                "Errors", "A taper lasts at most {longest_taper_days} days, not {days}."
            ).format(longest_taper_days=LONGEST_TAPER_DAYS, days=taper.days),
            "steps",
        )
    _check_times(taper.times)


def _check_text(value: str, what: Message, field: str, longest: int = LONGEST_TEXT) -> None:
    if len(value) > longest:
        raise MedicineError(
            translate("Errors", "Keep the {what} to {longest} characters.").format(
                what=what, longest=longest
            ),
            field,
        )


def validate(medicine: Medicine) -> None:
    """Raise :class:`MedicineError` naming the first thing wrong with ``medicine``."""
    if not medicine.name.strip():
        raise MedicineError(translate("Errors", "Give the medicine a name."), "name")
    _check_text(medicine.name, translate("Errors", "name"), "name")
    if not isinstance(medicine.schedule, Taper):
        _check_amount(medicine.dose, translate("Errors", "dose"), "dose", LARGEST_DOSE)
    _check_schedule(medicine.schedule)
    if medicine.end is not None and medicine.end < medicine.start:
        raise MedicineError(
            translate("Errors", "The last day ({end}) comes before the first ({start}).").format(
                end=medicine.end.isoformat(), start=medicine.start.isoformat()
            ),
            "end",
        )
    schedule = medicine.schedule
    if isinstance(schedule, Weekdays) and medicine.end is not None:
        days = range(min((medicine.end - medicine.start).days + 1, 7))
        weekdays = {(medicine.start + dt.timedelta(days=n)).weekday() for n in days}
        if not weekdays & set(schedule.weekdays):
            raise MedicineError(
                translate(
                    "Errors",
                    "None of the chosen weekdays falls between the first and the last day, "
                    "so there would be no dose.",
                ),
                "weekdays",
            )
    if medicine.stock is not None:
        if isinstance(medicine.stock, bool) or not isinstance(medicine.stock, (int, Decimal)):
            raise MedicineError(
                translate("Errors", "Write the stock as a number, such as 28."), "stock"
            )
        stock = as_decimal(medicine.stock)
        if not stock.is_finite() or stock < 0:
            raise MedicineError(
                translate("Errors", "The stock cannot be below 0 (it is {stock}).").format(
                    stock=stock
                ),
                "stock",
            )
        if stock > LARGEST_STOCK:
            raise MedicineError(
                translate("Errors", "The stock can be at most {largest_stock}.").format(
                    largest_stock=LARGEST_STOCK
                ),
                "stock",
            )
    if not 0 <= medicine.lead_days <= MOST_LEAD_DAYS:
        raise MedicineError(
            translate(
                "Errors", "The pharmacy's lead time is 0 to {most_lead_days} days, not {lead_days}."
            ).format(most_lead_days=MOST_LEAD_DAYS, lead_days=medicine.lead_days),
            "lead_days",
        )
    for field, what in (
        ("unit", translate("Errors", "unit")),
        ("strength", translate("Errors", "strength")),
        ("form", translate("Errors", "form")),
        ("purpose", translate("Errors", "purpose")),
        ("prescriber", translate("Errors", "prescriber")),
        ("pharmacy", translate("Errors", "pharmacy")),
    ):
        _check_text(getattr(medicine, field), what, field)
    _check_text(
        medicine.instructions,
        translate("Errors", "instructions"),
        "instructions",
        LONGEST_INSTRUCTIONS,
    )
    _check_text(medicine.notes, translate("Errors", "notes"), "notes", LONGEST_INSTRUCTIONS)
