"""Writing the plan as an iCalendar (.ics) file that any calendar program can subscribe to
or import.

Every event has a UID made of its record's kind and id and the plan's own id, so a second
export updates the events the first one made instead of adding copies. Every text reaches
the file as a property value set through ``icalendar``, which escapes it: a title with a
line break or ``END:VEVENT`` in it stays a title.

A calendar for one helper holds only that helper's ride legs (those they drive, and those
they back up, marked as such) and help tasks, with what the trip or the task needs (pickup
place and time, where to go, the patient's phone) and nothing else of the plan (no
appointment titles, kinds, clinicians or notes).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.domain.enums import (
    AppointmentStatus,
    LegDirection,
    LegStatus,
    TaskStatus,
    label,
)
from planner.domain.model import Appointment, Helper, HelpTask, Place, RideLeg, SupportGroup

if TYPE_CHECKING:
    from icalendar import Event

PRODUCT = "-//Care Planner//Care Planner//EN"
UID_DOMAIN = "care-planner"
# When the calendar program reminds: an hour before an appointment, a pickup or a task.
ALARM_BEFORE = dt.timedelta(hours=1)


@dataclass(frozen=True)
class CalendarContent:
    """What goes into one calendar file, as plain values of the plan."""

    plan_id: str
    """The plan's own id; part of every UID so that two plans never share one."""
    zone: str = ""
    """The IANA time zone the plan's times are in; empty writes floating local times."""
    appointments: Sequence[Appointment] = ()
    legs: Sequence[RideLeg] = ()
    tasks: Sequence[HelpTask] = ()
    groups: Sequence[SupportGroup] = ()
    helpers: Sequence[Helper] = ()
    places: Sequence[Place] = ()
    patient_name: str = ""
    patient_phone: str = ""
    home_address: str = ""
    helper: Helper | None = None
    """When set, the file is this helper's own: their legs and tasks, nothing else."""
    stamp: dt.datetime = field(kw_only=True)
    """When the file was written (DTSTAMP), in UTC: the plan's clock, given by the caller."""


def uid(kind: str, record_id: int | None, plan_id: str) -> str:
    """The event's stable UID, e.g. ``appointment-12.3f9c...@care-planner``."""
    return f"{kind}-{record_id}.{plan_id}@{UID_DOMAIN}"


def read_uid(text: str) -> tuple[str, str, int] | None:
    """``(kind, plan_id, record_id)`` of a UID this module wrote, else ``None``."""
    name, at, domain = text.rpartition("@")
    if not at or domain != UID_DOMAIN:
        return None
    kind_and_id, dot, plan_id = name.partition(".")
    kind, dash, number = kind_and_id.rpartition("-")
    if not dot or not dash or not number.isdigit():
        return None
    return kind, plan_id, int(number)


def local_zone() -> str:
    """This computer's IANA time zone name, or ``""`` when it cannot be told."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        target = ""
    if "zoneinfo/" in target:
        candidates.append(target.split("zoneinfo/", 1)[1])
    for name in candidates:
        if name and known_zone(name):
            return name
    return ""


def known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def write_calendar(content: CalendarContent) -> bytes:
    """The calendar file's bytes (UTF-8, CRLF lines, as RFC 5545 asks)."""
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    writer = _Writer(content)
    if content.helper is None:
        calendar.add("x-wr-calname", "Care Planner")
        events = writer.plan_events()
    else:
        calendar.add("x-wr-calname", f"Care Planner: {content.helper.name}")
        events = writer.helper_events(content.helper)
    if content.zone:
        calendar.add("x-wr-timezone", content.zone)
    for event in events:
        calendar.add_component(event)
    if content.zone:
        # Only the years the events need: a shorter VTIMEZONE that every reader takes the
        # same way (a 1970-2038 one holds odd early rules that some readers misapply).
        starts = [event.decoded("dtstart") for event in events]
        years = [s.year for s in starts if isinstance(s, dt.date)] or [content.stamp.year]
        calendar.add_missing_timezones(
            first_date=dt.date(min(years) - 1, 1, 1), last_date=dt.date(max(years) + 5, 1, 1)
        )
    return bytes(calendar.to_ical())


class _Writer:
    def __init__(self, content: CalendarContent) -> None:
        self.content = content
        self.zone = ZoneInfo(content.zone) if content.zone else None
        self.appointments = {a.id: a for a in content.appointments}
        self.helpers = {h.id: h for h in content.helpers}
        self.places = {p.name.casefold(): p for p in content.places}

    # ------------------------------------------------------------ the whole plan
    def plan_events(self) -> list[Event]:
        c = self.content
        events = [self._appointment(a) for a in c.appointments]
        events += [self._leg(leg) for leg in c.legs if leg.appointment_id in self.appointments]
        events += [self._task(task, private=False) for task in c.tasks]
        events += [self._group(group) for group in c.groups if group.id is not None]
        return events

    def _appointment(self, a: Appointment) -> Event:
        event = self._event("appointment", a.id, a.title, a.start, a.end, a.version)
        event.add("categories", [label(a.kind)])
        if a.location:
            event.add("location", a.location)  # as the plan names it, so it reads back the same
        if a.clinician:
            event.add("contact", a.clinician)
        if a.notes:
            event.add("description", a.notes)
        self._status(event, "CANCELLED" if a.status is AppointmentStatus.CANCELLED else "")
        return event

    def _leg(self, leg: RideLeg) -> Event:
        a = self.appointments[leg.appointment_id]
        there = leg.direction is LegDirection.THERE
        title = f"Ride to {a.title}" if there else f"Ride home from {a.title}"
        event = self._leg_event(leg, title)
        driver = self.helpers.get(leg.driver_id)
        lines = [f"Pickup: {self._pickup(leg)}"]
        if driver is not None:
            phone = f" ({driver.phone})" if driver.phone else ""
            lines.append(f"Driver: {driver.name}{phone}, {label(leg.status).lower()}")
        else:
            lines.append("Driver: nobody yet")
        if leg.notes:
            lines.append(leg.notes)
        event.add("description", "\n".join(lines))
        return event

    def _group(self, group: SupportGroup) -> Event:
        from icalendar import vRecur

        end = group.first_meeting + group.duration
        event = self._event("support-group", group.id, group.name, group.first_meeting, end, 0)
        if group.place or group.link:
            event.add("location", group.place or group.link)
        if group.link:
            event.add("url", group.link)
        lines = [f"Support group ({label(group.kind).lower()})"]
        if group.contact_person:
            lines.append(f"Contact: {group.contact_person}")
        event.add("description", "\n".join(lines))
        # An unreadable schedule is a gap in the week; the first meeting still goes out.
        if group.recurrence and _readable(group.recurrence, group.first_meeting):
            event.add("rrule", vRecur.from_ical(group.recurrence))
        self._status(event, "")
        return event

    # ------------------------------------------------------------ one helper's own
    def helper_events(self, helper: Helper) -> list[Event]:
        c = self.content
        events = [
            self._helper_leg(leg, backup=leg.driver_id != helper.id)
            for leg in c.legs
            if helper.id is not None
            and helper.id in (leg.driver_id, leg.backup_driver_id)
            and leg.appointment_id in self.appointments
        ]
        events += [
            self._task(task, private=True) for task in c.tasks if task.helper_id == helper.id
        ]
        return events

    def _helper_leg(self, leg: RideLeg, *, backup: bool = False) -> Event:
        """A leg the helper drives, or (``backup``) one they drive only if its driver cannot."""
        a = self.appointments[leg.appointment_id]
        who = self.content.patient_name or "the patient"
        where = a.location or "the appointment"
        if leg.direction is LegDirection.THERE:
            title = f"Drive {who} to {where}"
        else:
            title = f"Drive {who} home from {where}"
        if backup:
            title = f"Backup driver for: {title[0].lower()}{title[1:]}"
        # A backup is on standby: tentative until they are asked to drive.
        event = self._leg_event(leg, title, tentative=backup)
        lines = [f"Pickup: {self._pickup(leg)}"]
        if backup:
            driver = self.helpers.get(leg.driver_id)
            if driver is not None:
                phone = f" ({driver.phone})" if driver.phone else ""
                lines.insert(0, f"You drive only if {driver.name}{phone} cannot.")
            else:
                lines.insert(0, "Nobody drives this ride yet; you are its backup driver.")
        place = self.places.get(a.location.casefold()) if a.location else None
        if leg.direction is LegDirection.THERE:
            lines.append(f"Destination: {self._where(a.location) or where}")
        elif self.content.home_address:
            lines.append(f"Home: {self.content.home_address}")
        if place is not None and place.notes:
            lines.append(f"On arrival: {place.notes}")
        lines += self._patient_lines()
        if leg.notes:
            lines.append(leg.notes)
        event.add("description", "\n".join(lines))
        return event

    # ------------------------------------------------------------ shared pieces
    def _task(self, task: HelpTask, *, private: bool) -> Event:
        from icalendar import vRecur

        event = self._event("help-task", task.id, task.title, task.start, task.end, task.version)
        lines = [f"Help with {label(task.category).lower()}"]
        helper = self.helpers.get(task.helper_id) if task.helper_id is not None else None
        if private:
            if self.content.home_address:
                lines.append(f"Home: {self.content.home_address}")
            lines += self._patient_lines()
        else:
            lines.append(f"Helper: {helper.name}" if helper else "Helper: nobody yet")
        if task.notes:
            lines.append(task.notes)
        event.add("description", "\n".join(lines))
        # An unreadable repeat is shown once, as the week shows it.
        if task.recurrence and _readable(task.recurrence, task.start):
            event.add("rrule", vRecur.from_ical(task.recurrence))
        self._status(event, "TENTATIVE" if task.status is TaskStatus.OPEN else "")
        return event

    def _leg_event(self, leg: RideLeg, title: str, *, tentative: bool = False) -> Event:
        end = leg.pickup_time + leg.travel
        event = self._event("ride-leg", leg.id, title, leg.pickup_time, end, leg.version)
        place = self._pickup_place(leg)
        if place:
            event.add("location", place)
        status = {
            LegStatus.CANCELLED: "CANCELLED",
            LegStatus.NEEDED: "TENTATIVE",
            LegStatus.ASKED: "TENTATIVE",
        }.get(leg.status, "TENTATIVE" if tentative else "")
        self._status(event, status)
        return event

    def _pickup_place(self, leg: RideLeg) -> str:
        """Where the leg picks up: its own place, else home for the leg there."""
        if leg.pickup_place or leg.direction is not LegDirection.THERE:
            return leg.pickup_place
        return self.content.home_address

    def _pickup(self, leg: RideLeg) -> str:
        time = leg.pickup_time.strftime("%H:%M")
        place = self._pickup_place(leg) or ("home" if leg.direction is LegDirection.THERE else "")
        return f"{time} at {place}" if place else time

    def _patient_lines(self) -> list[str]:
        c = self.content
        if not c.patient_phone:
            return []
        who = c.patient_name or "Patient"
        return [f"{who}: {c.patient_phone}"]

    def _where(self, location: str) -> str:
        place = self.places.get(location.casefold())
        if place is not None and place.address:
            return f"{location}, {place.address}"
        return location

    def _event(
        self,
        kind: str,
        record_id: int | None,
        title: str,
        start: dt.datetime,
        end: dt.datetime,
        version: int | None,
    ) -> Event:
        from icalendar import Event

        event = Event()
        event.add("uid", uid(kind, record_id, self.content.plan_id))
        event.add("dtstamp", self.content.stamp)
        event.add("sequence", version or 0)
        event.add("summary", title)
        event.add("dtstart", self._time(start))
        event.add("dtend", self._time(max(end, start)))
        return event

    def _status(self, event: Event, status: str) -> None:
        from icalendar import Alarm

        event.add("status", status or "CONFIRMED")
        if status == "CANCELLED":
            return  # nobody should be reminded of what no longer happens
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", -ALARM_BEFORE)
        alarm.add("description", str(event.get("summary", "")))
        event.add_component(alarm)

    def _time(self, moment: dt.datetime) -> dt.datetime:
        if self.zone is None or moment.tzinfo is not None:
            return moment
        return moment.replace(tzinfo=self.zone)


def _readable(rule: str, start: dt.datetime) -> bool:
    """Whether ``rule`` is an RRULE that a calendar program can follow."""
    from dateutil.rrule import rrulestr

    try:
        rrulestr(rule, dtstart=start)
    except (ValueError, TypeError):
        return False
    return True
