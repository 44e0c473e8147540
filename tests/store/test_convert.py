"""Every domain type survives the trip to its record, the database and back."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

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
from planner.store import convert
from planner.store import records as r
from planner.store.plan_store import PlanStore

# SQLite keeps microseconds, but the plan works to the minute; so do these values.
moments = st.datetimes(dt.datetime(2020, 1, 1), dt.datetime(2035, 12, 31)).map(
    lambda m: m.replace(second=0, microsecond=0)
)
days = st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31))
times = st.times().map(lambda t: t.replace(second=0, microsecond=0))
texts = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=30)
names = texts.filter(lambda s: "," not in s and s.strip() == s)
minutes = st.integers(0, 24 * 60).map(lambda n: dt.timedelta(minutes=n))
counts = st.integers(0, 60)


def appointments(course_id: int | None = None) -> st.SearchStrategy[model.Appointment]:
    return st.builds(
        model.Appointment,
        st.sampled_from(AppointmentKind),
        texts,
        moments,
        minutes,
        texts,
        texts,
        texts,
        st.none() | counts,
        st.booleans(),
        st.booleans(),
        st.sampled_from(AppointmentStatus),
        st.just(course_id),
        st.none() | st.integers(1, 50),
    )


courses = st.builds(
    model.Course,
    texts,
    st.sampled_from(AppointmentKind),
    st.sampled_from(CoursePattern),
    days,
    times,
    minutes,
    st.integers(1, 365),
    st.lists(st.integers(1, 60), max_size=5).map(tuple),
    st.integers(1, 100),
    st.lists(st.integers(0, 6), max_size=7).map(tuple),
    counts,
    texts,
)

availability = st.builds(model.Availability, st.integers(0, 6), times, times)
helpers = st.builds(
    model.Helper,
    texts,
    texts,
    texts,
    st.frozensets(st.sampled_from(Capability)),
    st.lists(availability, max_size=3)
    .map(lambda items: tuple(sorted(items, key=lambda a: a.weekday)))
    .filter(lambda items: len({a.weekday for a in items}) == len(items)),
    counts,
    texts,
)
contacts = st.builds(
    model.Contact, texts, st.sampled_from(ContactRole), texts, texts, texts, texts, texts
)
meals = st.builds(
    model.FreezerMeal,
    texts,
    counts,
    days,
    days,
    st.frozensets(names.filter(bool)),
    texts,
    texts,
    texts,
)
groups = st.builds(
    model.SupportGroup,
    texts,
    st.sampled_from(GroupKind),
    moments,
    minutes,
    texts,
    texts,
    texts,
    texts,
    texts,
)
journal = st.builds(
    model.JournalEntry,
    st.sampled_from(JournalKind),
    moments,
    texts,
    st.none() | st.integers(0, 10),
    st.none() | st.floats(0, 24),
    st.none() | st.integers(0, 10),
    texts,
)


def saved(value: Any, new_id: int) -> Any:
    """The value as read back: with its new id, and at version 1 where it is versioned."""
    if any(f.name == "version" for f in dataclasses.fields(value)):
        return dataclasses.replace(value, id=new_id, version=1)
    return dataclasses.replace(value, id=new_id)


def read_back(session: Session, value: Any, new_id: int) -> Any:
    session.expire_all()
    return convert.to_value(type(value), session.get(convert.RECORDS[type(value)], new_id))


def test_every_record_type_has_a_domain_type() -> None:
    assert set(convert.RECORDS.values()) == {
        mapper.class_
        for mapper in r.Base.registry.mappers
        # Bookkeeping rows with no domain value: settings, imported events' links, the log.
        if mapper.class_
        not in (r.AvailabilityRecord, r.SettingRecord, r.CalendarLinkRecord, r.ChangeRecord)
    }


@settings(
    max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(
    values=st.tuples(appointments(), courses, helpers, contacts, meals, groups, journal),
)
def test_values_without_links_round_trip(store: PlanStore, values: tuple[Any, ...]) -> None:
    try:
        ids = store.add_all(list(values))

        for value, new_id in zip(values, ids, strict=True):
            assert read_back(store.session, value, new_id) == saved(value, new_id)
    finally:
        store.session.rollback()


@settings(
    max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(
    course=courses,
    data=st.data(),
    helper=helpers,
)
def test_linked_values_round_trip(
    store: PlanStore, course: model.Course, helper: model.Helper, data: st.DataObject
) -> None:
    try:
        check_linked_values(store, course, helper, data)
    finally:
        store.session.rollback()


def check_linked_values(
    store: PlanStore, course: model.Course, helper: model.Helper, data: st.DataObject
) -> None:
    course_id = store.add(course)
    helper_id = store.add(helper)
    visit = data.draw(appointments(course_id))
    visit_id = store.add(visit)
    meal_id = store.add(model.FreezerMeal("Soup", 3, dt.date(2026, 1, 1), dt.date(2026, 4, 1)))
    linked = [
        model.RideLeg(
            visit_id,
            data.draw(st.sampled_from(LegDirection)),
            data.draw(moments),
            data.draw(texts),
            helper_id,
            data.draw(st.none() | st.just(helper_id)),
            data.draw(st.sampled_from(LegStatus)),
            data.draw(st.none() | moments),
            data.draw(texts),
        ),
        model.HelpTask(
            data.draw(st.sampled_from(TaskCategory)),
            data.draw(texts),
            data.draw(moments),
            data.draw(moments),
            helper_id,
            visit_id,
            data.draw(st.sampled_from(TaskStatus)),
            "FREQ=WEEKLY",
            data.draw(texts),
        ),
        model.PortionsTaken(
            meal_id, data.draw(st.integers(1, 10)), data.draw(moments), data.draw(days)
        ),
        model.Question(
            data.draw(texts),
            data.draw(days),
            visit_id,
            data.draw(texts),
            data.draw(st.none() | days),
        ),
    ]

    ids = store.add_all(linked)

    for value, new_id in zip(linked, ids, strict=True):
        assert read_back(store.session, value, new_id) == saved(value, new_id)
    assert read_back(store.session, visit, visit_id) == saved(visit, visit_id)


def test_sets_are_stored_as_sorted_comma_separated_text(store: PlanStore) -> None:
    helper_id = store.add(
        model.Helper("Ana", capabilities=frozenset({Capability.DRIVE, Capability.COOK}))
    )

    assert store.session.get(r.HelperRecord, helper_id).capabilities == "cook,drive"  # type: ignore[union-attr]
    assert convert.split(" soft, ,bland ") == ["soft", "bland"]
