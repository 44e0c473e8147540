"""Help tasks: what makes one acceptable, the occurrences of repeating ones, their gaps,
and the tasks the coming hard days need ("Fill the hard days")."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from planner.domain.availability import available
from planner.domain.enums import AppointmentStatus, Area, Capability, TaskCategory, TaskStatus
from planner.domain.errors import InvalidInput, said
from planner.domain.freezer_coverage import window_coverage
from planner.domain.gaps import Fix, Gap
from planner.domain.hard_days import hard_days_between, window_hard_days
from planner.domain.messages import Message, translate
from planner.domain.model import Appointment, Helper, HelpTask, PlanWindow
from planner.domain.recurrence import check_rule

LONGEST_TASK = dt.timedelta(days=31)
"""The store looks this far back for tasks still running into a window."""
LONGEST_TEXT = 200
MOST_OCCURRENCES = 500
"""A repeating task is expanded at most this often in one window (a bounded answer)."""

TASK_OPEN_ON_HARD_DAY = "task_open_on_hard_day"
TASK_HELPER_UNAVAILABLE = "task_helper_unavailable"

CAPABILITY_FOR: dict[TaskCategory, Capability | None] = {
    TaskCategory.MEALS: Capability.COOK,
    TaskCategory.ERRANDS: Capability.ERRANDS,
    TaskCategory.CLEANING: Capability.CLEANING,
    TaskCategory.COMPANY: Capability.COMPANY,
    TaskCategory.CHILDCARE: Capability.CHILDCARE,
    TaskCategory.PET_CARE: Capability.PET_CARE,
    TaskCategory.OTHER: None,
}


class RecurrenceError(InvalidInput):
    """A repeat rule that cannot be read."""


@lru_cache(maxsize=256)
def _rule(recurrence: str, start: dt.datetime) -> Any:
    from dateutil.rrule import rrulestr  # only needed for repeating tasks

    try:
        check_rule(recurrence)  # a rule that may never match would run for most of a minute
    except ValueError as error:
        raise RecurrenceError(said(error)) from None
    try:
        return rrulestr(recurrence, dtstart=start, cache=True)
    except (ValueError, TypeError) as error:
        raise RecurrenceError(
            translate("Errors", "The repeat rule '{recurrence}' cannot be read.").format(
                recurrence=recurrence
            )
        ) from error


def check_task(task: HelpTask) -> HelpTask:
    """The task tidied; raises :class:`InvalidInput` if the plan cannot accept it."""
    title = " ".join(task.title.split())
    if not title:
        raise InvalidInput(translate("Errors", "Give the task a title; nothing was saved."))
    if len(title) > LONGEST_TEXT:
        raise InvalidInput(
            translate(
                "Errors", "A title has at most {longest_text} characters; nothing was saved."
            ).format(longest_text=LONGEST_TEXT)
        )
    if task.end <= task.start:
        raise InvalidInput(
            translate(
                "Errors", "{title} ends ({end}) before it starts ({start}); nothing was saved."
            ).format(title=title, end=task.end, start=task.start)
        )
    if task.end - task.start > LONGEST_TASK:
        raise InvalidInput(
            translate("Errors", "A task lasts at most {days} days; nothing was saved.").format(
                days=LONGEST_TASK.days
            )
        )
    recurrence = task.recurrence.strip()
    if recurrence.upper().startswith("RRULE:"):
        recurrence = recurrence[len("RRULE:") :]
    if len(recurrence) > LONGEST_TEXT:
        raise InvalidInput(translate("Errors", "The repeat rule is too long; nothing was saved."))
    if recurrence:
        _rule(recurrence, task.start)
    return dataclasses.replace(task, title=title, recurrence=recurrence)


def is_whole_day(task: HelpTask) -> bool:
    """A task for some time on a day (or days), rather than at a set time."""
    length = task.end - task.start
    return task.start.time() == dt.time.min and length % dt.timedelta(days=1) == dt.timedelta(0)


def whole_day(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time.min)
    return start, start + dt.timedelta(days=1)


def occurrences(tasks: Iterable[HelpTask], first: dt.date, last: dt.date) -> list[HelpTask]:
    """Each task, and each occurrence of a repeating one, that touches ``first``..``last``.

    An occurrence is the task moved to its own start (same id). An unreadable repeat rule
    yields the task once, where it was first planned.
    """
    begin = dt.datetime.combine(first, dt.time.min)
    end = dt.datetime.combine(last, dt.time.max)
    found: list[HelpTask] = []
    for task in tasks:
        length = task.end - task.start
        starts = (
            _starts(task.recurrence, task.start, begin - length, end)
            if task.recurrence
            else (task.start,)
        )
        found.extend(
            dataclasses.replace(task, start=start, end=start + length)
            for start in starts
            if start <= end and start + length > begin
        )
    return sorted(found, key=lambda t: (t.start, t.title))


@lru_cache(maxsize=4096)
def _starts(
    recurrence: str, first: dt.datetime, begin: dt.datetime, end: dt.datetime
) -> tuple[dt.datetime, ...]:
    """A repeating task's starts from ``begin`` to ``end``, at most MOST_OCCURRENCES.

    Kept: the week and each gap rule ask for the same range in turn.
    """
    try:
        rule = _rule(recurrence, first)
    except RecurrenceError:
        return (first,)
    found = []
    for start in rule.xafter(begin, count=MOST_OCCURRENCES, inc=True):
        if start > end:
            break
        found.append(start)
    return tuple(found)


def _on_days(task: HelpTask) -> list[dt.date]:
    last = (task.end - dt.timedelta(microseconds=1)).date()
    count = (last - task.start.date()).days + 1
    return [task.start.date() + dt.timedelta(days=n) for n in range(max(count, 1))]


def open_tasks_on_hard_days(window: PlanWindow) -> Iterable[Gap]:
    """A hard day with a task nobody has taken on yet."""
    hard = window_hard_days(window)
    for task in occurrences(window.tasks, window.first_day, window.last_day):
        if task.status is not TaskStatus.OPEN:
            continue
        for day in _on_days(task):
            if day in hard and day >= window.today and window.wants_gap(day):
                helper = window.helper(task.helper_id)
                state = (
                    translate("Gaps", "{helper} has not said yes yet").format(helper=helper.name)
                    if helper
                    else translate("Gaps", "nobody has taken it on")
                )
                yield Gap(
                    TASK_OPEN_ON_HARD_DAY,
                    day,
                    translate("Gaps", "{task} on a hard day ({day}): {state}.").format(
                        task=task.title, day=day, state=state
                    ),
                    Fix(Area.HELPERS, task.id, translate("Fix", "Find a helper")),
                    None if is_whole_day(task) else task.start.time(),
                )
                break


def _free_that_day(helper: Helper, task: HelpTask) -> bool:
    if not is_whole_day(task):
        return available(helper, task.start, task.end)
    days = {day.weekday() for day in _on_days(task)}
    return any(window.weekday in days for window in helper.availability) or not (
        helper.availability
    )


def tasks_with_unavailable_helper(window: PlanWindow) -> Iterable[Gap]:
    """A task given to someone who is not usually free then."""
    for task in occurrences(window.tasks, window.first_day, window.last_day):
        helper = window.helper(task.helper_id)
        if helper is None or task.status is TaskStatus.DONE or task.start.date() < window.today:
            continue
        if window.wants_gap(task.start.date()) and not _free_that_day(helper, task):
            yield Gap(
                TASK_HELPER_UNAVAILABLE,
                task.start.date(),
                translate("Gaps", "{task} ({at}): {helper} is not usually free then.").format(
                    task=task.title, at=task.start, helper=helper.name
                ),
                Fix(Area.HELPERS, task.id, translate("Fix", "Check with the helper")),
                None if is_whole_day(task) else task.start.time(),
            )


# ---------------------------------------------------------------------- proposals
PROPOSAL_DAYS = 14
""""Fill the hard days" looks this far ahead."""
MEAL_TIME = (dt.time(17), dt.time(19))
COMPANY_TIME = (dt.time(10), dt.time(16))


@dataclasses.dataclass(frozen=True)
class Proposal:
    """A task the coming days seem to need, with the reason, for the user to accept."""

    task: HelpTask
    """Its title a message: the window saves it in the reader's words."""
    reason: Message


def _covered(tasks: Sequence[HelpTask], category: TaskCategory, day: dt.date) -> bool:
    return any(t.category is category and day in _on_days(t) for t in tasks)


def _suggest(
    helpers: Sequence[Helper],
    category: TaskCategory,
    start: dt.datetime,
    end: dt.datetime,
    load: dict[int, int],
) -> int | None:
    """The least busy helper who can do it and is usually free then, if any."""
    need = CAPABILITY_FOR[category]
    fitting = [
        h
        for h in helpers
        if h.id is not None
        and (need is None or need in h.capabilities)
        and available(h, start, end)
    ]
    if not fitting:
        return None
    chosen = min(fitting, key=lambda h: (load.get(h.id or 0, 0), h.name))
    assert chosen.id is not None
    load[chosen.id] = load.get(chosen.id, 0) + 1
    return chosen.id


def _span(day: dt.date, times: tuple[dt.time, dt.time]) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(day, times[0]), dt.datetime.combine(day, times[1])


def propose_tasks(window: PlanWindow) -> list[Proposal]:
    """The tasks the hard days from today on need and do not have yet.

    * company during an appointment that wants a companion, and on its hard days;
    * a meal on each hard day the freezer stock does not cover (portions taken out for it,
      or planned from the stock) and no meal task covers;
    * one errand run on the first day of each stretch of hard days.
    Each proposal names the least busy helper who can do it and is usually free, if any.
    """
    first = max(window.today, window.first_day)
    tasks = occurrences(window.tasks, first, window.last_day)
    hard = hard_days_between(window, first, window.last_day)
    covered = {day.day for day in window_coverage(window).days if day.covered}
    load: dict[int, int] = {}
    for task in tasks:
        if task.helper_id is not None:
            load[task.helper_id] = load.get(task.helper_id, 0) + 1
    proposals: list[Proposal] = []

    def propose(
        category: TaskCategory,
        title: Message,
        start: dt.datetime,
        end: dt.datetime,
        reason: Message,
        appointment: Appointment | None = None,
    ) -> None:
        helper_id = _suggest(window.helpers, category, start, end, load)
        task = HelpTask(
            category,
            title,
            start,
            end,
            helper_id=helper_id,
            appointment_id=appointment.id if appointment else None,
        )
        proposals.append(Proposal(task, reason))

    for appointment in window.appointments:
        day = appointment.start.date()
        if (
            appointment.companion_wanted
            and appointment.status is AppointmentStatus.SCHEDULED
            and first <= day <= window.last_day
            and not any(
                t.category is TaskCategory.COMPANY
                and (t.appointment_id == appointment.id or day in _on_days(t))
                for t in tasks
            )
        ):
            propose(
                TaskCategory.COMPANY,
                translate("Tasks", "Company at {appointment}").format(
                    appointment=appointment.title
                ),
                appointment.start,
                appointment.end,
                translate("Tasks", "{appointment} would like someone along.").format(
                    appointment=appointment.title
                ),
                appointment,
            )
    previous: dt.date | None = None
    for day, causes in hard.items():
        because = list(dict.fromkeys(a.title for a in causes))
        wanting = next((a for a in causes if a.companion_wanted), None)
        if wanting is not None and not _covered(tasks, TaskCategory.COMPANY, day):
            start, end = _span(day, COMPANY_TIME)
            propose(
                TaskCategory.COMPANY,
                translate("Tasks", "Company at home"),
                start,
                end,
                translate("Tasks", "A hard day after {because}, and company is wanted.").format(
                    because=because
                ),
                wanting,
            )
        if day not in covered and not _covered(tasks, TaskCategory.MEALS, day):
            start, end = _span(day, MEAL_TIME)
            propose(
                TaskCategory.MEALS,
                translate("Tasks", "Cook or bring a meal"),
                start,
                end,
                translate(
                    "Tasks",
                    "A hard day after {because}, and no freezer portions are set aside for it.",
                ).format(because=because),
            )
        stretch_starts = previous is None or (day - previous).days > 1
        if stretch_starts and not _covered(tasks, TaskCategory.ERRANDS, day):
            start, end = whole_day(day)
            propose(
                TaskCategory.ERRANDS,
                translate("Tasks", "Errands: pharmacy and shopping"),
                start,
                end,
                translate(
                    "Tasks", "The first hard day after {because}: nobody should have to go out."
                ).format(because=because),
            )
        previous = day
    return sorted(proposals, key=lambda p: (p.task.start, p.task.category.value))
