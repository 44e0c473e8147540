"""Records to domain values and back.

Records keep enums as their string values, sets as comma-separated text and durations
as minutes; the domain sees proper types.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from planner.domain import model
from planner.domain.enums import (
    AppointmentKind,
    AppointmentStatus,
    Capability,
    ContactRole,
    CoursePattern,
    GroupKind,
    JournalKind,
    LegDirection,
    LegStatus,
    TaskCategory,
    TaskStatus,
)
from planner.store import records as r


def join(values: Iterable[object]) -> str:
    return ",".join(str(v) for v in values)


def split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def minutes(duration: dt.timedelta) -> int:
    return int(duration.total_seconds() // 60)


def appointment(rec: r.AppointmentRecord) -> model.Appointment:
    return model.Appointment(
        kind=AppointmentKind(rec.kind),
        title=rec.title,
        start=rec.start,
        duration=dt.timedelta(minutes=rec.duration_minutes),
        location=rec.location,
        clinician=rec.clinician,
        notes=rec.notes,
        recovery_days=rec.recovery_days,
        needs_ride=rec.needs_ride,
        companion_wanted=rec.companion_wanted,
        status=AppointmentStatus(rec.status),
        course_id=rec.course_id,
        cycle=rec.cycle,
        id=rec.id,
    )


def appointment_record(value: model.Appointment) -> r.AppointmentRecord:
    return r.AppointmentRecord(
        kind=value.kind.value,
        title=value.title,
        start=value.start,
        duration_minutes=minutes(value.duration),
        location=value.location,
        clinician=value.clinician,
        notes=value.notes,
        recovery_days=value.recovery_days,
        needs_ride=value.needs_ride,
        companion_wanted=value.companion_wanted,
        status=value.status.value,
        course_id=value.course_id,
        cycle=value.cycle,
    )


def course(rec: r.CourseRecord) -> model.Course:
    return model.Course(
        name=rec.name,
        kind=AppointmentKind(rec.kind),
        pattern=CoursePattern(rec.pattern),
        first_day=rec.first_day,
        start_time=rec.start_time,
        duration=dt.timedelta(minutes=rec.duration_minutes),
        cycle_length_days=rec.cycle_length_days,
        treatment_days=tuple(int(d) for d in split(rec.treatment_days)),
        cycles=rec.cycles,
        weekdays=tuple(int(d) for d in split(rec.weekdays)),
        weeks=rec.weeks,
        location=rec.location,
        id=rec.id,
    )


def course_record(value: model.Course) -> r.CourseRecord:
    return r.CourseRecord(
        name=value.name,
        kind=value.kind.value,
        pattern=value.pattern.value,
        first_day=value.first_day,
        start_time=value.start_time,
        duration_minutes=minutes(value.duration),
        cycle_length_days=value.cycle_length_days,
        treatment_days=join(value.treatment_days),
        cycles=value.cycles,
        weekdays=join(value.weekdays),
        weeks=value.weeks,
        location=value.location,
    )


def leg(rec: r.RideLegRecord) -> model.RideLeg:
    return model.RideLeg(
        appointment_id=rec.appointment_id,
        direction=LegDirection(rec.direction),
        pickup_time=rec.pickup_time,
        pickup_place=rec.pickup_place,
        driver_id=rec.driver_id,
        backup_driver_id=rec.backup_driver_id,
        status=LegStatus(rec.status),
        status_changed_at=rec.status_changed_at,
        notes=rec.notes,
        id=rec.id,
    )


def leg_record(value: model.RideLeg) -> r.RideLegRecord:
    return r.RideLegRecord(
        appointment_id=value.appointment_id,
        direction=value.direction.value,
        pickup_time=value.pickup_time,
        pickup_place=value.pickup_place,
        driver_id=value.driver_id,
        backup_driver_id=value.backup_driver_id,
        status=value.status.value,
        status_changed_at=value.status_changed_at,
        notes=value.notes,
    )


def helper(rec: r.HelperRecord) -> model.Helper:
    return model.Helper(
        name=rec.name,
        phone=rec.phone,
        email=rec.email,
        capabilities=frozenset(Capability(c) for c in split(rec.capabilities)),
        availability=tuple(model.Availability(a.weekday, a.start, a.end) for a in rec.availability),
        notice_business_days=rec.notice_business_days,
        notes=rec.notes,
        id=rec.id,
    )


def helper_record(value: model.Helper) -> r.HelperRecord:
    return r.HelperRecord(
        name=value.name,
        phone=value.phone,
        email=value.email,
        capabilities=join(sorted(c.value for c in value.capabilities)),
        availability=[
            r.AvailabilityRecord(weekday=a.weekday, start=a.start, end=a.end)
            for a in value.availability
        ],
        notice_business_days=value.notice_business_days,
        notes=value.notes,
    )


def contact(rec: r.ContactRecord) -> model.Contact:
    return model.Contact(
        name=rec.name,
        role=ContactRole(rec.role),
        organisation=rec.organisation,
        phone=rec.phone,
        email=rec.email,
        address=rec.address,
        notes=rec.notes,
        id=rec.id,
    )


def contact_record(value: model.Contact) -> r.ContactRecord:
    return r.ContactRecord(
        name=value.name,
        role=value.role.value,
        organisation=value.organisation,
        phone=value.phone,
        email=value.email,
        address=value.address,
        notes=value.notes,
    )


def task(rec: r.HelpTaskRecord) -> model.HelpTask:
    return model.HelpTask(
        category=TaskCategory(rec.category),
        title=rec.title,
        start=rec.start,
        end=rec.end,
        helper_id=rec.helper_id,
        appointment_id=rec.appointment_id,
        status=TaskStatus(rec.status),
        recurrence=rec.recurrence,
        notes=rec.notes,
        id=rec.id,
    )


def task_record(value: model.HelpTask) -> r.HelpTaskRecord:
    return r.HelpTaskRecord(
        category=value.category.value,
        title=value.title,
        start=value.start,
        end=value.end,
        helper_id=value.helper_id,
        appointment_id=value.appointment_id,
        status=value.status.value,
        recurrence=value.recurrence,
        notes=value.notes,
    )


def meal(rec: r.FreezerMealRecord) -> model.FreezerMeal:
    return model.FreezerMeal(
        name=rec.name,
        portions_left=rec.portions_left,
        frozen_on=rec.frozen_on,
        use_by=rec.use_by,
        tags=frozenset(split(rec.tags)),
        made_by=rec.made_by,
        location=rec.location,
        reheating=rec.reheating,
        id=rec.id,
    )


def meal_record(value: model.FreezerMeal) -> r.FreezerMealRecord:
    return r.FreezerMealRecord(
        name=value.name,
        portions_left=value.portions_left,
        frozen_on=value.frozen_on,
        use_by=value.use_by,
        tags=join(sorted(value.tags)),
        made_by=value.made_by,
        location=value.location,
        reheating=value.reheating,
    )


def portions_taken(rec: r.PortionsTakenRecord) -> model.PortionsTaken:
    return model.PortionsTaken(rec.meal_id, rec.portions, rec.taken_at, rec.for_day, rec.id)


def portions_taken_record(value: model.PortionsTaken) -> r.PortionsTakenRecord:
    return r.PortionsTakenRecord(
        meal_id=value.meal_id,
        portions=value.portions,
        taken_at=value.taken_at,
        for_day=value.for_day,
    )


def group(rec: r.SupportGroupRecord) -> model.SupportGroup:
    return model.SupportGroup(
        name=rec.name,
        kind=GroupKind(rec.kind),
        first_meeting=rec.first_meeting,
        duration=dt.timedelta(minutes=rec.duration_minutes),
        recurrence=rec.recurrence,
        place=rec.place,
        link=rec.link,
        contact_person=rec.contact_person,
        notes=rec.notes,
        id=rec.id,
    )


def group_record(value: model.SupportGroup) -> r.SupportGroupRecord:
    return r.SupportGroupRecord(
        name=value.name,
        kind=value.kind.value,
        first_meeting=value.first_meeting,
        duration_minutes=minutes(value.duration),
        recurrence=value.recurrence,
        place=value.place,
        link=value.link,
        contact_person=value.contact_person,
        notes=value.notes,
    )


def journal_entry(rec: r.JournalEntryRecord) -> model.JournalEntry:
    return model.JournalEntry(
        kind=JournalKind(rec.kind),
        at=rec.at,
        symptom=rec.symptom,
        severity=rec.severity,
        hours=rec.hours,
        mood=rec.mood,
        note=rec.note,
        id=rec.id,
    )


def journal_entry_record(value: model.JournalEntry) -> r.JournalEntryRecord:
    return r.JournalEntryRecord(
        kind=value.kind.value,
        at=value.at,
        symptom=value.symptom,
        severity=value.severity,
        hours=value.hours,
        mood=value.mood,
        note=value.note,
    )


def question(rec: r.QuestionRecord) -> model.Question:
    return model.Question(
        text=rec.text,
        asked_on=rec.asked_on,
        appointment_id=rec.appointment_id,
        answer=rec.answer,
        answered_on=rec.answered_on,
        id=rec.id,
    )


def question_record(value: model.Question) -> r.QuestionRecord:
    return r.QuestionRecord(
        text=value.text,
        asked_on=value.asked_on,
        appointment_id=value.appointment_id,
        answer=value.answer,
        answered_on=value.answered_on,
    )
