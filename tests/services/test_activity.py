"""The activity feed: recorded changes told as sentences, as plain functions and through a
real plan."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Mapping
from typing import Any, cast

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from sqlalchemy import Table

from planner.domain.changes import Action, Change, Kind
from planner.domain.enums import LegDirection, LegStatus
from planner.domain.helpers import MOST_IN_SEVEN_DAYS
from planner.services import activity, freezer, journal, lists, questions, rides, settings
from planner.services.activity import Context, day_text, describe, feed, lines, summary
from planner.services.appointments import delete_appointment
from planner.services.plan import Plan
from planner.services.watch import last_seq
from planner.store import records
from tests.conftest import TODAY, TREATMENT

AT = dt.datetime(2026, 3, 11, 10, 0)
MONDAY = dt.datetime(2026, 12, 7, 9, 0)

ROWS: dict[tuple[Kind, int | str], Mapping[str, Any]] = {
    (Kind.HELPER, 1): {"id": 1, "name": "Ana Ruiz"},
    (Kind.HELPER, 2): {"id": 2, "name": "Tom Becker"},
    (Kind.APPOINTMENT, 1): {"id": 1, "title": "Chemotherapy", "start": MONDAY},
    (Kind.RIDE_LEG, 1): {"id": 1, "appointment_id": 1, "direction": "back", "driver_id": 1},
    (Kind.RIDE_LEG, 2): {"id": 2, "appointment_id": 1, "direction": "there", "driver_id": None},
    (Kind.MEAL, 1): {"id": 1, "name": "Chicken soup", "portions_left": 4},
    (Kind.AVAILABILITY, 1): {"id": 1, "helper_id": 1, "weekday": 0},
}
CONTEXT = Context(2026, ROWS)
_seqs = itertools.count(1)


def change(
    kind: Kind,
    row: int | str,
    /,
    action: Action = Action.UPDATE,
    who: str = "root",
    when: dt.datetime = AT,
    **fields: tuple[Any, Any],
) -> Change:
    return Change(next(_seqs), when, who, kind, row, action, None, None, fields)


def inserted(kind: Kind, row: int | str, /, who: str = "root", **values: Any) -> Change:
    fields = {name: (None, value) for name, value in values.items()}
    return change(kind, row, Action.INSERT, who, **fields)


def deleted(kind: Kind, row: int | str, /, who: str = "root", **values: Any) -> Change:
    fields = {name: (value, None) for name, value in values.items()}
    return change(kind, row, Action.DELETE, who, **fields)


def said(*changes: Change, context: Context = CONTEXT) -> list[str]:
    return [line.summary for line in lines(changes, context)]


# ---------------------------------------------------------------------------- dates
def test_a_day_of_this_year_has_no_year() -> None:
    assert day_text(dt.date(2026, 12, 7), 2026) == "Mon 7 Dec"
    assert day_text(dt.date(2027, 1, 11), 2026) == "Mon 11 Jan 2027"
    assert day_text(dt.datetime(2026, 3, 12, 9, 30), 2026) == "Thu 12 Mar"
    assert activity.moment_text(dt.datetime(2026, 3, 12, 9, 5), 2026) == "Thu 12 Mar 09:05"


@given(st.dates(), st.integers(min_value=1, max_value=9999))
def test_the_year_is_named_only_when_it_is_another(day: dt.date, this_year: int) -> None:
    text = day_text(day, this_year)
    weekday, number, month, *year = text.split(" ")
    assert weekday == f"{day:%a}" and month == f"{day:%b}" and int(number) == day.day
    assert year == ([] if day.year == this_year else [str(day.year)])


# ---------------------------------------------------------------------------- ride legs
@pytest.mark.parametrize(
    ("status", "sentence"),
    [
        ("confirmed", "root confirmed the ride home on Mon 7 Dec"),
        ("asked", "root asked Ana Ruiz to drive the ride home on Mon 7 Dec"),
        ("cancelled", "root cancelled the ride home on Mon 7 Dec"),
        ("done", "root marked the ride home on Mon 7 Dec as done"),
        ("needed", "root marked the ride home on Mon 7 Dec as needed again"),
    ],
)
def test_a_ride_status_in_words(status: str, sentence: str) -> None:
    moved = change(Kind.RIDE_LEG, 1, status=("needed", status), status_changed_at=(None, AT))
    noted = inserted(Kind.LEG_STATUS, 9, leg_id=1, status=status, at=AT)
    (line,) = lines([moved, noted], CONTEXT)
    assert line.summary == sentence
    assert (line.seq, line.kind, line.id, line.action) == (
        moved.seq,
        Kind.RIDE_LEG,
        1,
        Action.UPDATE,
    )
    assert line.folded == (noted.seq,)


def test_a_driver_set_and_cleared() -> None:
    assert said(change(Kind.RIDE_LEG, 2, driver_id=(None, 2))) == [
        "root made Tom Becker the driver of the ride there on Mon 7 Dec"
    ]
    assert said(change(Kind.RIDE_LEG, 1, driver_id=(1, None), status=("confirmed", "needed"))) == [
        "root took Ana Ruiz off the ride home on Mon 7 Dec"
    ]
    assert said(change(Kind.RIDE_LEG, 1, backup_driver_id=(None, 2))) == [
        "root made Tom Becker the backup driver of the ride home on Mon 7 Dec"
    ]


def test_a_moved_pickup() -> None:
    pickup = (MONDAY.replace(hour=13), MONDAY.replace(hour=13, minute=30))
    assert said(change(Kind.RIDE_LEG, 1, pickup_time=pickup)) == [
        "root moved the pickup for the ride home on Mon 7 Dec from 13:00 to 13:30"
    ]


def test_the_driver_asked_is_the_one_of_that_time() -> None:
    # Ana drives now; Tom was the driver when he was asked (later changes taken back).
    given_tom = change(Kind.RIDE_LEG, 1, driver_id=(None, 2))
    asked = change(Kind.RIDE_LEG, 1, status=("needed", "asked"))
    given_ana = change(Kind.RIDE_LEG, 1, driver_id=(2, 1), status=("asked", "needed"))
    assert said(given_tom, asked, given_ana) == [
        "root made Tom Becker the driver of the ride home on Mon 7 Dec",
        "root asked Tom Becker to drive the ride home on Mon 7 Dec",
        "root made Ana Ruiz the driver of the ride home on Mon 7 Dec",
    ]


def test_an_appointment_added_with_its_legs_is_one_line() -> None:
    made = [
        inserted(Kind.APPOINTMENT, 5, title="Chemotherapy", start=dt.datetime(2026, 3, 12, 9)),
        inserted(Kind.RIDE_LEG, 7, appointment_id=5, direction="there", status="needed"),
        inserted(Kind.RIDE_LEG, 8, appointment_id=5, direction="back", status="needed"),
        inserted(Kind.LEG_STATUS, 3, leg_id=7, status="needed"),
        inserted(Kind.LEG_STATUS, 4, leg_id=8, status="needed"),
    ]
    (line,) = lines(made, CONTEXT)
    assert line.summary == (
        "root added the appointment Chemotherapy on Thu 12 Mar, with rides there and home"
    )
    assert line.folded == tuple(c.seq for c in made[1:])


def test_an_appointment_in_another_year_names_the_year() -> None:
    start = dt.datetime(2027, 1, 11, 9)
    assert said(inserted(Kind.APPOINTMENT, 5, title="Scan", start=start)) == [
        "root added the appointment Scan on Mon 11 Jan 2027"
    ]


@pytest.mark.parametrize(
    ("fields", "sentence"),
    [
        (
            {"status": ("scheduled", "cancelled")},
            "root cancelled the appointment Chemotherapy on Mon 7 Dec",
        ),
        (
            {"status": ("scheduled", "done")},
            "root marked the appointment Chemotherapy on Mon 7 Dec as done",
        ),
        (
            {"start": (MONDAY - dt.timedelta(days=3), MONDAY)},
            "root moved the appointment Chemotherapy from Fri 4 Dec to Mon 7 Dec",
        ),
        (
            {"start": (MONDAY.replace(hour=8), MONDAY)},
            "root moved the appointment Chemotherapy on Mon 7 Dec from 08:00 to 09:00",
        ),
        (
            {"duration_minutes": (60, 90), "notes": ("", "Bring the scans")},
            "root changed the appointment Chemotherapy on Mon 7 Dec "
            "(duration 60 min → 90 min, notes)",
        ),
    ],
)
def test_an_appointment_changed(fields: dict[str, tuple[Any, Any]], sentence: str) -> None:
    assert said(change(Kind.APPOINTMENT, 1, **fields)) == [sentence]


# ---------------------------------------------------------------------------- the freezer
def test_portions_taken_are_told_with_the_batch() -> None:
    less = change(Kind.MEAL, 1, who="Ana", portions_left=(6, 4))
    logged = inserted(
        Kind.PORTIONS_TAKEN, 3, who="Ana", meal_id=1, portions=2, for_day=dt.date(2026, 3, 12)
    )
    (line,) = lines([less, logged], CONTEXT)
    assert line.summary == "Ana took 2 portions of Chicken soup for Thu 12 Mar"
    assert (line.kind, line.id, line.folded) == (Kind.MEAL, 1, (logged.seq,))


def test_portions_put_back_and_a_log_line_alone() -> None:
    back = change(Kind.MEAL, 1, portions_left=(3, 4))
    gone = deleted(Kind.PORTIONS_TAKEN, 3, meal_id=1, portions=1, for_day=dt.date(2026, 3, 12))
    assert said(gone, back) == ["root put 1 portion of Chicken soup back"]
    alone = inserted(Kind.PORTIONS_TAKEN, 4, meal_id=1, portions=2, for_day=dt.date(2026, 3, 9))
    assert said(alone) == ["root took 2 portions of Chicken soup for Mon 9 Mar"]


def test_someone_elses_take_out_is_not_folded_into_mine() -> None:
    mine = change(Kind.MEAL, 1, who="Ana", portions_left=(6, 4))
    theirs = inserted(Kind.PORTIONS_TAKEN, 3, who="Tom", meal_id=1, portions=2)
    assert said(mine, theirs) == [
        "Ana took 2 portions of Chicken soup",
        "Tom took 2 portions of Chicken soup",
    ]


def test_a_batch_added_and_removed() -> None:
    assert said(inserted(Kind.MEAL, 2, name="Fish pie", portions_left=1)) == [
        "root put 1 portion of Fish pie in the freezer"
    ]
    assert said(deleted(Kind.MEAL, 2, name="Fish pie", portions_left=1)) == [
        "root removed Fish pie from the freezer"
    ]


# ---------------------------------------------------------------------------- people
def test_a_helper_with_usual_times_is_one_line() -> None:
    helper = inserted(Kind.HELPER, 3, name="Sam Keller")
    times = [
        inserted(
            Kind.AVAILABILITY, 10 + day, helper_id=3, weekday=day, start=dt.time(8), end=dt.time(18)
        )
        for day in range(5)
    ]
    weekend = inserted(
        Kind.AVAILABILITY, 20, helper_id=3, weekday=6, start=dt.time(10), end=dt.time(12)
    )
    (line,) = lines([helper, *times, weekend], CONTEXT)
    assert line.summary == (
        "root added the helper Sam Keller, usually free Mon\N{EN DASH}Fri "
        "08:00\N{EN DASH}18:00, Sun 10:00\N{EN DASH}12:00"
    )


def test_usual_times_saved_again_are_no_news() -> None:
    def window(row: int, day: int, action: Action) -> Change:
        values = {"helper_id": 1, "weekday": day, "start": dt.time(8), "end": dt.time(18)}
        if action is Action.INSERT:
            return inserted(Kind.AVAILABILITY, row, **values)
        return deleted(Kind.AVAILABILITY, row, **values)

    again = [window(row, row, Action.DELETE) for row in range(5)]
    again += [window(10 + day, day, Action.INSERT) for day in range(3)]
    assert said(*again) == ["root removed usual times of Ana Ruiz: Thu, Fri 08:00\N{EN DASH}18:00"]
    every = [window(30 + day, day, Action.INSERT) for day in range(7)]
    assert said(*every) == ["root added usual times for Ana Ruiz: every day 08:00\N{EN DASH}18:00"]


def test_contacts_tasks_groups_places_and_courses() -> None:
    assert said(inserted(Kind.CONTACT, 1, name="Dr. Haddad", role="nurse_navigator")) == [
        "root added the contact Dr. Haddad (nurse navigator)"
    ]
    task = {"title": "Bring dinner", "start": dt.datetime(2026, 3, 12, 18)}
    assert said(inserted(Kind.TASK, 1, helper_id=1, **task)) == [
        "root added the task Bring dinner on Thu 12 Mar for Ana Ruiz"
    ]
    context = Context(2026, {**ROWS, (Kind.TASK, 1): task})
    assert said(
        change(Kind.TASK, 1, helper_id=(None, 2), status=("open", "claimed")), context=context
    ) == ["root assigned the task Bring dinner on Thu 12 Mar to Tom Becker"]
    assert said(change(Kind.TASK, 1, status=("claimed", "done")), context=context) == [
        "root marked the task Bring dinner on Thu 12 Mar as done"
    ]
    assert said(deleted(Kind.GROUP, 1, name="Carers' evening")) == [
        "root removed the support group Carers' evening"
    ]
    place = {"name": "City Hospital"}
    assert said(
        change(Kind.PLACE, 1, travel_minutes=(30, 45)),
        context=Context(2026, {(Kind.PLACE, 1): place}),
    ) == ["root changed the place City Hospital (travel time 30 min → 45 min)"]
    assert said(inserted(Kind.COURSE, 1, name="FOLFOX", first_day=dt.date(2026, 3, 2))) == [
        "root added the course FOLFOX starting Mon 2 Mar"
    ]


# ---------------------------------------------------------------------------- journal, questions
def test_journal_entries() -> None:
    entry = {"kind": "side_effect", "at": AT, "symptom": "Nausea", "severity": 4}
    assert said(inserted(Kind.JOURNAL_ENTRY, 1, **entry)) == [
        "root added a journal entry of Wed 11 Mar (Nausea, severity 4)"
    ]
    context = Context(2026, {(Kind.JOURNAL_ENTRY, 1): entry})
    assert said(change(Kind.JOURNAL_ENTRY, 1, severity=(4, 6)), context=context) == [
        "root changed the journal entry of Wed 11 Mar (severity 4 → 6)"
    ]
    rest = {"kind": "rest", "at": AT, "hours": 10.5}
    assert said(deleted(Kind.JOURNAL_ENTRY, 2, **rest)) == [
        "root removed the journal entry of Wed 11 Mar (rest, 10.5 hours)"
    ]


def test_questions() -> None:
    assert said(deleted(Kind.QUESTION, 1, text="Dose?", appointment_id=None)) == [
        "root removed the question “Dose?”"
    ]
    assert said(deleted(Kind.QUESTION, 1, asked_on=dt.date(2026, 3, 2))) == [
        "root removed a question asked on Mon 2 Mar"
    ]
    assert said(inserted(Kind.QUESTION, 2, text="Dose?", appointment_id=1)) == [
        "root added the question “Dose?” for the appointment Chemotherapy on Mon 7 Dec"
    ]
    context = Context(2026, {(Kind.QUESTION, 1): {"text": "Dose?", "answer": ""}})
    answered = change(Kind.QUESTION, 1, answer=("", "Twice a day"), answered_on=(None, AT.date()))
    assert said(answered, context=context) == ["root answered the question “Dose?”"]
    long = "Why " * 30
    (sentence,) = said(deleted(Kind.QUESTION, 3, text=long))
    assert sentence.endswith("…”") and len(sentence) < 100


def test_settings() -> None:
    assert said(change(Kind.SETTING, "rides.margin_minutes", value=("15", "20"))) == [
        "root changed the setting rides margin minutes from “15” to “20”"
    ]
    assert said(inserted(Kind.SETTING, "patient.name", key="patient.name", value="Maria")) == [
        "root set the setting patient name to “Maria”"
    ]
    assert said(deleted(Kind.SETTING, "patient.name", key="patient.name", value="Maria")) == [
        "root reset the setting patient name"
    ]


def test_a_calendar_link_is_told_with_its_appointment() -> None:
    start = dt.datetime(2026, 3, 20, 11)
    made = inserted(Kind.APPOINTMENT, 9, title="Scan", start=start)
    link = inserted(Kind.CALENDAR_LINK, 1, source_uid="x@portal", appointment_id=9)
    assert said(made, link) == ["root imported the appointment Scan on Fri 20 Mar from a calendar"]
    assert said(deleted(Kind.CALENDAR_LINK, 2, appointment_id=1)) == [
        "root unlinked the appointment Chemotherapy on Mon 7 Dec from its calendar event"
    ]


def test_nobody_named_is_someone() -> None:
    assert said(deleted(Kind.GROUP, 1, who=" ", name="Walk")) == [
        "Someone removed the support group Walk"
    ]


# ---------------------------------------------------------------------------- any change at all
@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("kind", list(Kind))
def test_every_kind_and_action_has_words(kind: Kind, action: Action) -> None:
    """Even a change that says nothing about its row reads as a sentence of its own kind
    (not "changed ride_leg 4711")."""
    row = "4711" if kind is Kind.SETTING else 4711
    sentence = summary(Change(1, AT, "root", kind, row, action, None, None, {}), Context(2026))
    assert sentence.startswith("root ") and len(sentence) > len("root x")
    assert kind is Kind.SETTING or "4711" not in sentence
    assert "_" not in sentence and "None" not in sentence and "{" not in sentence


def _values(python_type: type) -> st.SearchStrategy[Any]:
    if python_type is bool:
        found: st.SearchStrategy[Any] = st.booleans()
    elif python_type is int:
        found = st.integers(min_value=-1, max_value=12)
    elif python_type is float:
        found = st.floats(min_value=0, max_value=24, allow_nan=False)
    elif python_type is dt.datetime:
        found = st.datetimes(dt.datetime(2020, 1, 1), dt.datetime(2030, 1, 1))
    elif python_type is dt.date:
        found = st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1))
    elif python_type is dt.time:
        found = st.times()
    else:
        found = st.text(max_size=80) | st.sampled_from(["needed", "asked", "there", "back", ""])
    return st.none() | found


@st.composite
def changes(draw: st.DrawFn) -> list[Change]:
    made = []
    for seq in range(1, draw(st.integers(min_value=1, max_value=8)) + 1):
        kind = draw(st.sampled_from(list(Kind)))
        table = cast(Table, records.Base.metadata.tables[kind.value])
        columns = {c.name: c.type.python_type for c in table.columns if c.name != "version"}
        optional = {name: st.tuples(_values(t), _values(t)) for name, t in columns.items()}
        fields = draw(st.fixed_dictionaries({}, optional=optional))
        made.append(
            Change(
                seq,
                AT + dt.timedelta(seconds=draw(st.integers(min_value=0, max_value=3))),
                draw(st.sampled_from(["root", "Ana", ""])),
                kind,
                draw(st.integers(min_value=1, max_value=2)),
                draw(st.sampled_from(list(Action))),
                None,
                None,
                fields,
            )
        )
    return made


@hypothesis_settings(max_examples=300, deadline=None)
@given(changes())
def test_any_changes_become_one_sentence_each(made: list[Change]) -> None:
    told = lines(made, CONTEXT)
    assert sorted(s for line in told for s in (line.seq, *line.folded)) == [c.seq for c in made]
    for line in told:
        assert line.summary and "\n" not in line.summary
        assert line.summary.startswith((line.who.strip() or "Someone") + " ")
    assert lines(made, CONTEXT) == told  # the same words every time


# ---------------------------------------------------------------------------- through a plan
def test_the_demo_plan_in_sentences(demo_plan: Plan) -> None:
    who = demo_plan.author
    told, newest = feed(demo_plan, 0)
    assert newest == last_seq(demo_plan)
    assert sorted(s for line in told for s in (line.seq, *line.folded)) == list(
        range(1, newest + 1)
    )
    summaries = [line.summary for line in told]
    treatment = day_text(TREATMENT, TODAY.year)
    assert any(
        s.startswith(f"{who} added the appointment Chemotherapy")
        and s.endswith(f"on {treatment}, with rides there and home")
        for s in summaries
    )
    assert f"{who} added the contact Dr. Amira Haddad (oncologist)" in summaries
    assert any(
        s.startswith(f"{who} took 2 portions of Chicken and rice soup for ") for s in summaries
    )
    assert any(s.startswith(f"{who} added the helper Sam Keller, usually free ") for s in summaries)


def test_the_last_changes_by_default(demo_plan: Plan) -> None:
    told, newest = feed(demo_plan)
    covered = sorted(s for line in told for s in (line.seq, *line.folded))
    assert covered == list(range(newest - activity.RECENT + 1, newest + 1))
    assert feed(demo_plan, last=3)[0] == feed(demo_plan, newest - 3)[0]
    assert feed(demo_plan, newest) == ([], newest)
    assert feed(demo_plan, newest + 5) == ([], newest + 5)


def test_since_a_day_in_the_plans_clock(demo_plan: Plan) -> None:
    assert feed(demo_plan, TODAY + dt.timedelta(days=1))[0] == []
    everything, _ = feed(demo_plan, TODAY)
    assert everything == feed(demo_plan, 0)[0]
    demo_plan.clock.move_to(dt.datetime.combine(TODAY + dt.timedelta(days=2), dt.time(8)))
    settings.change_setting(demo_plan, MOST_IN_SEVEN_DAYS, 5)
    (line,) = feed(demo_plan, TODAY + dt.timedelta(days=1))[0]
    assert line.at == dt.datetime.combine(TODAY + dt.timedelta(days=2), dt.time(8))
    assert line.summary.endswith("set the setting helpers most in seven days to “5”")


def _treatment_leg(plan: Plan, direction: LegDirection) -> int:
    legs, appointments, _ = lists.legs(plan, TODAY)
    (leg,) = [
        leg.id
        for leg in legs
        if leg.direction is direction and appointments[leg.appointment_id].start.date() == TREATMENT
    ]
    assert leg is not None
    return leg


def test_a_day_of_the_care_team_in_sentences(demo_plan: Plan) -> None:
    plan, who = demo_plan, demo_plan.author
    home = _treatment_leg(plan, LegDirection.BACK)
    (tom,) = [h.id for h in lists.helpers(plan) if h.name == "Tom Becker"]
    (soup,) = [m for m in lists.meals(plan) if m.name == "Chicken and rice soup"]
    assert soup.id is not None
    entry = next(e for e in lists.journal(plan) if e.severity is not None and e.severity < 9)
    assert entry.severity is not None
    question = lists.questions(plan)[0]
    assert question.id is not None

    _, given_tom = rides.set_driver(plan, home, tom)
    _, asked = rides.set_leg_status(plan, home, LegStatus.ASKED)
    _, confirmed = rides.set_leg_status(plan, home, LegStatus.CONFIRMED)
    _, taken = freezer.take_out(plan, soup.id, 2, TREATMENT)
    severity = entry.severity
    _, edited = journal.update_entry(
        plan, dataclasses.replace(entry, severity=severity + 1), plan.clock.now()
    )
    _, removed = questions.remove_question(plan, question.id)
    _, changed = settings.change_setting(plan, MOST_IN_SEVEN_DAYS, 5)

    all_of_it = given_tom + asked + confirmed + taken + edited + removed + changed
    treatment = day_text(TREATMENT, TODAY.year)
    entry_day = day_text(entry.at, TODAY.year)
    assert [line.summary for line in describe(plan, all_of_it)] == [
        f"{who} made Tom Becker the driver of the ride home on {treatment}",
        f"{who} asked Tom Becker to drive the ride home on {treatment}",
        f"{who} confirmed the ride home on {treatment}",
        f"{who} took 2 portions of Chicken and rice soup for {treatment}",
        f"{who} changed the journal entry of {entry_day} (severity {severity} → {severity + 1})",
        f"{who} removed the question “{question.text}”",
        f"{who} set the setting helpers most in seven days to “5”",
    ]
    # The same lines from the log itself, one for each action; but the log forgets the
    # words of a removed question (the day it was asked says which one it was).
    since = min(c.seq for c in all_of_it.records) - 1
    from_the_log = [line.summary for line in feed(plan, since)[0]]
    asked = day_text(question.asked_on, TODAY.year)
    assert from_the_log[5] == f"{who} removed a question asked on {asked}"
    assert from_the_log[:5] + from_the_log[6:] == [
        line.summary for line in describe(plan, all_of_it) if "question" not in line.summary
    ]
    everything = " ".join(line.summary for line in feed(plan, 0)[0])
    assert question.text not in everything
    assert "added a question asked on" in everything


def test_a_ride_of_an_appointment_since_removed_still_has_its_day(demo_plan: Plan) -> None:
    plan = demo_plan
    home = _treatment_leg(plan, LegDirection.BACK)
    legs, _, _ = lists.legs(plan, TODAY)
    (appointment_id,) = {leg.appointment_id for leg in legs if leg.id == home}
    _, confirmed = rides.set_leg_status(plan, home, LegStatus.CONFIRMED)
    delete_appointment(plan, appointment_id)

    (line,) = describe(plan, confirmed)
    assert line.summary == f"{plan.author} confirmed the ride home on {day_text(TREATMENT, 2026)}"


def test_no_changes_no_lines(plan: Plan) -> None:
    assert describe(plan, []) == []
    assert feed(plan) == ([], 0)
