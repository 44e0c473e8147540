"""Calendar files as user actions: export the plan (or one helper's part of it), and import
appointments in two steps, a preview the user can correct and then the accepted events."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.appointments import check_appointment
from planner.domain.enums import AppointmentStatus
from planner.domain.errors import InvalidInput, why_not_written
from planner.domain.messages import translate
from planner.domain.model import Appointment, Helper
from planner.domain.profile import HOME_ADDRESS, PATIENT_NAME, PATIENT_PHONE
from planner.domain.settings import text_setting
from planner.domain.sharing import TIME_ZONE
from planner.interop import files
from planner.interop.ics_export import CalendarContent, known_zone, local_zone, read_uid
from planner.interop.ics_export import write_calendar as _write_calendar
from planner.interop.ics_import import (
    MAX_BYTES,
    CalendarFileError,
    CalendarRead,
    Cancelled,
    ImportedEvent,
    Progress,
    Unreadable,
    read_calendar,
)
from planner.services.changes import Changes
from planner.services.legs import add_legs_to_new, follow_appointment
from planner.services.plan import Plan
from planner.store import calendar as links
from planner.store import rides as rides_store

if TYPE_CHECKING:
    from planner.store.plan_store import PlanStore

PLAN_ID = text_setting("calendar.plan_id", "", longest=64)
"""The plan's own id in exported UIDs; made on the first export and kept with the plan."""

DAYS_BACK = 31
DAYS_AHEAD = 366
"""An export holds what happens from a month ago to a year ahead."""


# ------------------------------------------------------------------ export
def export_calendar(
    plan: Plan, *, helper: str | None = None, today: dt.date | None = None
) -> bytes:
    """The plan as a calendar file; with ``helper``, only that helper's legs and tasks."""
    return _write_calendar(calendar_content(plan, helper=helper, today=today))


def export_calendar_file(
    plan: Plan, path: Path, *, helper: str | None = None, today: dt.date | None = None
) -> int:
    """Write the calendar to ``path`` whole (or not at all); returns the number of events."""
    data = _write_calendar(calendar_content(plan, helper=helper, today=today))
    write_whole(path, data)
    # Every event starts a line of its own; a text inside one is escaped, never a line.
    return data.count(b"\r\nBEGIN:VEVENT\r\n")


def calendar_content(
    plan: Plan, *, helper: str | None = None, today: dt.date | None = None
) -> CalendarContent:
    today = today or plan.clock.today()
    first = today - dt.timedelta(days=DAYS_BACK)
    last = today + dt.timedelta(days=DAYS_AHEAD)
    with plan.unit_of_work() as work:
        store = work.store
        settings = store.settings()
        plan_id = PLAN_ID.read(settings)
        if not plan_id and plan.read_only:
            # Nothing can be saved: an id from where the plan lives, the same each time.
            plan_id = uuid.uuid5(uuid.NAMESPACE_URL, plan.location).hex
        elif not plan_id:
            plan_id = uuid.uuid4().hex
            store.set_setting(PLAN_ID.key, plan_id)
            work.commit()
        helpers = store.helpers()
        chosen = find_helper(helpers, helper) if helper is not None else None
        appointments = store.appointments(first, last)
        ids = [a.id for a in appointments if a.id is not None]
        return CalendarContent(
            plan_id=plan_id,
            zone=plan_zone(settings),
            appointments=tuple(appointments),
            legs=tuple(store.legs_for(ids)),
            tasks=tuple(store.tasks(first, last)),
            groups=tuple(store.groups()),
            helpers=tuple(helpers),
            places=tuple(rides_store.places(store)),
            patient_name=PATIENT_NAME.read(settings),
            patient_phone=PATIENT_PHONE.read(settings),
            home_address=HOME_ADDRESS.read(settings),
            helper=chosen,
            stamp=plan.clock.utc_now(),
        )


def find_helper(helpers: Sequence[Helper], name: str) -> Helper:
    """The helper called ``name`` (case does not matter); InvalidInput naming the others."""
    wanted = name.strip().casefold()
    for helper in helpers:
        if helper.name.casefold() == wanted:
            return helper
    known = ", ".join(h.name for h in helpers) or "none yet"
    raise InvalidInput(
        translate("Errors", "No helper is called '{name}'; the plan's helpers: {known}.").format(
            name=name, known=known
        )
    )


def plan_zone(settings: dict[str, str]) -> str:
    chosen = TIME_ZONE.read(settings)
    return chosen if chosen and known_zone(chosen) else local_zone()


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all, readable by the user alone."""
    try:
        files.write_whole(path, data)
    except OSError as error:
        raise InvalidInput(
            translate(
                "Errors", "{path} could not be written: {why}; anything already there is as it was."
            ).format(path=path, why=why_not_written(error))
        ) from None


# ------------------------------------------------------------------ import
@dataclass(frozen=True)
class PreviewItem:
    event: ImportedEvent
    existing_id: int | None
    """The appointment this event updates, when it was imported (or exported) before."""


@dataclass(frozen=True)
class ImportPreview:
    items: tuple[PreviewItem, ...]
    unreadable: tuple[Unreadable, ...]
    outside: int


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    refused: tuple[Unreadable, ...]
    """Events the plan could not take (e.g. lasting more than a day); nothing of them saved."""


def read_file(path: Path) -> bytes:
    """A calendar file's bytes, refusing one too big before reading it."""
    return files.read_at_most(path, MAX_BYTES, translate("Errors", "calendar"), CalendarFileError)


def preview_import(
    plan: Plan,
    data: bytes,
    *,
    today: dt.date | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportPreview:
    """What importing ``data`` would do; changes nothing."""
    today = today or plan.clock.today()
    found = read_for_import(
        data, zone=import_zone(plan), today=today, progress=progress, cancelled=cancelled
    )
    return match_existing(plan, found)


def import_zone(plan: Plan) -> str:
    """The zone an imported event's time is turned into (the plan's own)."""
    with plan.unit_of_work() as work:
        return plan_zone(work.store.settings())


def read_for_import(
    data: bytes,
    *,
    zone: str,
    today: dt.date,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> CalendarRead:
    """Read the file's events without touching the plan: the slow part of an import, which
    the window runs off its own thread."""
    return read_calendar(data, today=today, zone=zone, progress=progress, cancelled=cancelled)


def match_existing(plan: Plan, found: CalendarRead) -> ImportPreview:
    """The read events with the appointment each would update (if it came before)."""
    with plan.unit_of_work() as work:
        plan_id = PLAN_ID.read(work.store.settings())
        existing = _existing(work.store, found.events, plan_id)
    items = tuple(
        PreviewItem(event, existing.get((event.uid, event.recurrence_id))) for event in found.events
    )
    return ImportPreview(items, found.unreadable, found.outside)


def accept_import(
    plan: Plan, events: Sequence[ImportedEvent], *, today: dt.date | None = None
) -> tuple[ImportResult, Changes]:
    """Add each event as an appointment, or update the one it became before."""
    result, changes, _ = _accept(plan, events, today or plan.clock.today())
    return result, changes


def _accept(
    plan: Plan, events: Sequence[ImportedEvent], today: dt.date
) -> tuple[ImportResult, Changes, dict[tuple[str, str], int]]:
    """:func:`accept_import`, also giving the appointment each event updated (by its UID
    and occurrence) as the plan had them before."""
    now = plan.clock.now()
    updated = 0
    refused: list[Unreadable] = []
    new: list[tuple[ImportedEvent, Appointment]] = []
    with plan.unit_of_work() as work:
        store = work.store
        existing = _existing(store, events, PLAN_ID.read(store.settings()))
        for event in events:
            appointment_id = existing.get((event.uid, event.recurrence_id))
            before = _stored(store, appointment_id)
            after = _appointment(event, before)
            try:
                check_appointment(after, today)
            except InvalidInput as error:
                refused.append(Unreadable(event.title, error.message))
                continue
            if before is None:
                new.append((event, after))
                continue
            stored = store.update_appointment(after)
            follow_appointment(store, before, stored, now)
            updated += 1
            assert stored.id is not None
            links.link(store, event.uid, event.recurrence_id, stored.id)
        _add_new(store, new, now)
        work.commit()
    return ImportResult(len(new), updated, tuple(refused)), work.changes, existing


def _add_new(
    store: PlanStore, new: Sequence[tuple[ImportedEvent, Appointment]], now: dt.datetime
) -> None:
    """Add the events no appointment stands for yet, with their legs and links, a few
    writes for all of them (a calendar of thousands imports in seconds)."""
    if not new:
        return
    ids = store.insert_many([appointment for _, appointment in new])
    # Only an appointment that needs a ride gets legs: the others (all of them, as
    # _appointment makes them now) are not copied again with their ids.
    riding = [
        dataclasses.replace(a, id=i) for (_, a), i in zip(new, ids, strict=True) if a.needs_ride
    ]
    if riding:
        add_legs_to_new(store, riding, now)
    # An event twice in one file is two appointments; the later one is the event's.
    last = {(event.uid, event.recurrence_id): i for (event, _), i in zip(new, ids, strict=True)}
    links.link_new(store, last)


def import_calendar_file(
    plan: Plan, path: Path, *, today: dt.date | None = None
) -> tuple[ImportResult, ImportPreview]:
    """Import every readable event of ``path`` with its guessed kind (the command line's
    import); returns what was saved and what was read (each event with the appointment it
    updated). The plan's appointments for the file's events are looked up once, as they
    are saved."""
    today = today or plan.clock.today()
    found = read_for_import(read_file(path), zone=import_zone(plan), today=today)
    result, _, existing = _accept(plan, found.events, today)
    items = tuple(
        PreviewItem(event, existing.get((event.uid, event.recurrence_id))) for event in found.events
    )
    return result, ImportPreview(items, found.unreadable, found.outside)


def _existing(
    store: PlanStore, events: Sequence[ImportedEvent], plan_id: str
) -> dict[tuple[str, str], int]:
    found = links.linked(store, [(e.uid, e.recurrence_id) for e in events])
    for event in events:
        own = read_uid(event.uid)
        key = (event.uid, event.recurrence_id)
        # An appointment this plan exported comes home to itself.
        ours = own is not None and own[0] == "appointment" and own[1] == plan_id
        if key not in found and own is not None and ours and _stored(store, own[2]) is not None:
            found[key] = own[2]
    return found


def _stored(store: PlanStore, appointment_id: int | None) -> Appointment | None:
    if appointment_id is None:
        return None
    try:
        return store.appointment(appointment_id)
    except LookupError:
        return None


def _appointment(event: ImportedEvent, before: Appointment | None) -> Appointment:
    if event.cancelled:
        status = AppointmentStatus.CANCELLED
    elif before is not None and before.status is AppointmentStatus.DONE:
        status = AppointmentStatus.DONE
    else:
        status = AppointmentStatus.SCHEDULED
    if before is None:
        return Appointment(
            kind=event.kind,
            title=event.title,
            start=event.start,
            duration=event.duration,
            location=event.location,
            clinician=event.clinician,
            notes=event.notes,
            status=status,
        )
    # The plan's own notes, rides and recovery days stay; what the calendar says changes.
    return dataclasses.replace(
        before,
        kind=event.kind,
        title=event.title,
        start=event.start,
        duration=event.duration,
        location=event.location,
        clinician=event.clinician or before.clinician,
        status=status,
    )
