"""Schedules in words, and the typed lists of the medicine form read back: times of day
("08:00, 20:00"), doses around a treatment day ("day -1 at 20:00; days 1-3 at 08:00") and a
taper's steps ("2 for 3 days; 1 for 3 days"). What cannot be read is a MedicineError naming
the field, so the form says so under it."""

from __future__ import annotations

import datetime as dt
import re
from itertools import groupby

from planner.domain.medicines import (
    AroundTreatment,
    AsNeeded,
    EveryHours,
    FixedTimes,
    MedicineError,
    Offset,
    Schedule,
    Step,
    Weekdays,
    amount_text,
    parse_amount,
)
from planner.ui.labels import translate, weekday_short


def time_text(time: dt.time) -> str:
    return f"{time:%H:%M}"


def times_text(times: tuple[dt.time, ...]) -> str:
    return ", ".join(time_text(t) for t in sorted(times))


def parse_time(text: str, field: str) -> dt.time:
    typed = text.strip().replace(".", ":")
    match = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?", typed)
    if match:
        try:
            return dt.time(int(match[1]), int(match[2] or 0))
        except ValueError:
            pass
    raise MedicineError(
        translate(
            "Medicines", "{text} is not a time of day; write it as HH:MM, such as 08:00."
        ).format(text=text.strip() or translate("Medicines", "Nothing")),
        field,
    )


def parse_times(text: str, field: str = "times") -> tuple[dt.time, ...]:
    """``"08:00, 20:00"`` (commas or spaces between)."""
    return tuple(parse_time(word, field) for word in re.split(r"[,;\s]+", text.strip()) if word)


# ---------------------------------------------------------------------------- offsets
_OFFSET = re.compile(
    r"days?\s+([+-]?\d+)(?:\s*(?:-|to|\u2013)\s*([+-]?\d+))?\s+at\s+(.+)", re.IGNORECASE
)


def parse_offsets(text: str) -> tuple[Offset, ...]:
    """``"day -1 at 20:00; days 1-3 at 08:00, 20:00"``: the doses around a treatment day."""
    found: list[Offset] = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        match = _OFFSET.fullmatch(part)
        if not match:
            raise MedicineError(
                translate(
                    "Medicines",
                    "{part} is not understood; write days and times such as "
                    "day -1 at 20:00; days 1-3 at 08:00.",
                ).format(part=part),
                "offsets",
            )
        first = int(match[1])
        last = int(match[2]) if match[2] is not None else first
        if last < first:
            raise MedicineError(
                translate(
                    "Medicines", "In {part} the days go backwards; write the earlier day first."
                ).format(part=part),
                "offsets",
            )
        if last - first > 120:
            raise MedicineError(
                translate("Medicines", "Too many days in {part}.").format(part=part), "offsets"
            )
        for time in parse_times(match[3], "offsets"):
            found.extend(Offset(day, time) for day in range(first, last + 1))
    return tuple(sorted(set(found), key=lambda o: (o.day, o.time)))


def offsets_text(offsets: tuple[Offset, ...]) -> str:
    """The offsets as the form shows them, runs of days with the same times together."""
    by_day: dict[int, list[dt.time]] = {}
    for offset in offsets:
        by_day.setdefault(offset.day, []).append(offset.time)
    parts = []
    days = sorted(by_day)
    for times, run in groupby(days, key=lambda d: tuple(sorted(by_day[d]))):
        group = list(run)
        # Split the run where the days are not consecutive.
        start = previous = group[0]
        for day in [*group[1:], None]:
            if day is not None and day == previous + 1:
                previous = day
                continue
            label = f"day {start}" if start == previous else f"days {start}-{previous}"
            parts.append(f"{label} at {times_text(times)}")
            if day is not None:
                start = previous = day
    return "; ".join(parts)


# ---------------------------------------------------------------------------- taper
_STEP = re.compile(r"(\S+)\s+for\s+(\d+)\s+days?", re.IGNORECASE)


def parse_steps(text: str) -> tuple[Step, ...]:
    """``"2 for 3 days; 1 for 3 days"``: each step's dose, and for how many days."""
    steps = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        match = _STEP.fullmatch(part)
        if not match:
            raise MedicineError(
                translate(
                    "Medicines",
                    "{part} is not understood; write each step as a dose for some days, "
                    "such as 2 for 3 days; 1 for 3 days.",
                ).format(part=part),
                "steps",
            )
        steps.append(Step(int(match[2]), parse_amount(match[1], "steps")))
    return tuple(steps)


def steps_text(steps: tuple[Step, ...]) -> str:
    return "; ".join(
        f"{format(parse_amount(str(s.dose)).normalize(), 'f')} for {s.days} "
        f"{'day' if s.days == 1 else 'days'}"
        for s in steps
    )


# ---------------------------------------------------------------------------- in words
def weekdays_text(weekdays: tuple[int, ...]) -> str:
    return ", ".join(weekday_short(w) for w in sorted(weekdays))


def schedule_words(schedule: Schedule, unit: str = "tablet", course: str = "") -> str:
    """The schedule as the Medicines table says it."""
    if isinstance(schedule, FixedTimes):
        return translate("Medicines", "Every day at {times}").format(
            times=times_text(schedule.times)
        )
    if isinstance(schedule, EveryHours):
        return translate("Medicines", "Every {hours} hours from {time}").format(
            hours=schedule.hours, time=time_text(schedule.first)
        )
    if isinstance(schedule, Weekdays):
        return translate("Medicines", "On {days} at {times}").format(
            days=weekdays_text(schedule.weekdays), times=times_text(schedule.times)
        )
    if isinstance(schedule, AroundTreatment):
        around = course or translate("Medicines", "each treatment")
        return translate("Medicines", "Around {course}: {offsets}").format(
            course=around, offsets=offsets_text(schedule.offsets)
        )
    if isinstance(schedule, AsNeeded):
        return translate(
            "Medicines", "As needed, at least {hours} hours apart, at most {most} a day"
        ).format(hours=schedule.min_hours_apart, most=schedule.most_per_day)
    steps = "; ".join(
        translate("Medicines", "{dose} for {days} days").format(
            dose=amount_text(s.dose, unit), days=s.days
        )
        for s in schedule.steps
    )
    return translate("Medicines", "Taper at {times}: {steps}").format(
        times=times_text(schedule.times), steps=steps
    )
