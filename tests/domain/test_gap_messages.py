"""Gaps, reminders and the week's notes are messages: English as before, and in another
language with that language's words and dates."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from planner.domain.appointment_reminders import appointment_reminders
from planner.domain.enums import Area, LegDirection, LegStatus
from planner.domain.freezer_reminders import thaw_reminders
from planner.domain.gaps import RIDE_NOT_CONFIRMED, RIDE_WITHOUT_DRIVER, Fix, Gap, find_gaps
from planner.domain.legs import rides_not_confirmed
from planner.domain.messages import Message, render, translate
from planner.domain.model import FreezerMeal, PlanWindow
from planner.domain.overlaps import appointment_overlaps
from planner.domain.week import build_week
from tests.helpers.builders import appointment, driver, leg, window

WEDNESDAY = dt.date(2026, 3, 11)
DAY = dt.timedelta(days=1)

GERMAN = {
    ("Dates", "{day} at {time}"): "{day} um {time}",
    ("Dates", "Thursday"): "Donnerstag",
    ("Gaps", "Ride to {appointment}"): "Hinfahrt zu {appointment}",
    ("Gaps", "{ride}, {at} has no driver yet."): "{ride}, {at}: Es fährt noch niemand.",
    ("Gaps", "{driver} was asked but has not confirmed"): (
        "{driver} wurde gefragt, hat aber noch nicht zugesagt"
    ),
    ("Gaps", "confirm by {deadline}"): "Zusage nötig bis {deadline}",
    ("Gaps", "{second} ({second_at}) overlaps {first} ({first_at})."): (
        "{second} ({second_at}) überschneidet sich mit {first} ({first_at})."
    ),
    ("Gaps", "%n appointments on {day} overlap: {appointments}."): (
        "%n Termine am {day} überschneiden sich: {appointments}."
    ),
    ("Fix", "Find a driver"): "Fahrer/in finden",
    ("Freezer", "%n portions"): "%n Portionen",
    ("Reminders", "Take {portions} from {place} for {weekday}."): (
        "Nehmen Sie {portions} aus {place} für {weekday} heraus."
    ),
    ("Reminders", "Reheating: {how}"): "Aufwärmen: {how}",
    ("Week", "Blood counts are likely low: take your temperature each evening."): (
        "Die Blutwerte sind wahrscheinlich niedrig: Messen Sie jeden Abend Ihre Temperatur."
    ),
}


def german(message: Message) -> str:
    """``message`` as the window or the command line would say it in German."""
    return render(message, lambda context, text, n: GERMAN.get((context, text), text), "de")


def test_a_ride_without_a_driver_says_its_moment_in_the_reader_s_words() -> None:
    chemo = appointment(WEDNESDAY, id=3, title="Chemo", hour=9)
    there = leg(chemo, LegDirection.THERE, id=1)
    (gap,) = [
        g
        for g in rides_not_confirmed(window(WEDNESDAY, appointments=[chemo], legs=[there]))
        if g.fix.record_id == 1
    ]

    assert gap.kind == RIDE_WITHOUT_DRIVER
    assert isinstance(gap.message, Message) and gap.message.context == "Gaps"
    assert str(gap.message) == "Ride to Chemo, Wed 11 Mar at 08:15 has no driver yet."
    assert (
        german(gap.message) == "Hinfahrt zu Chemo, Mi., 11. März um 08:15: Es fährt noch niemand."
    )
    assert gap.fix == Fix(Area.RIDES, 1, translate("Fix", "Find a driver"))
    assert (str(gap.fix.action), german(gap.fix.action)) == ("Find a driver", "Fahrer/in finden")


def test_an_unconfirmed_ride_nests_its_parts_each_translated() -> None:
    chemo = appointment(WEDNESDAY + DAY, id=3, title="Chemo", hour=9)
    asked = leg(chemo, LegDirection.THERE, id=1, driver_id=5, status=LegStatus.ASKED)
    plan = window(WEDNESDAY, appointments=[chemo], legs=[asked], helpers=[driver(5)])
    (gap,) = [g for g in rides_not_confirmed(plan) if g.fix.record_id == 1]

    assert gap.kind == RIDE_NOT_CONFIRMED
    assert str(gap.message) == (
        "Ride to Chemo, Thu 12 Mar at 08:15: Sam Keller was asked but has not confirmed; "
        "confirm by Wed 11 Mar at 18:00."
    )
    assert german(gap.message) == (
        "Hinfahrt zu Chemo, Do., 12. März um 08:15: Sam Keller wurde gefragt, hat aber noch "
        "nicht zugesagt; Zusage nötig bis Mi., 11. März um 18:00."
    )


def test_an_overlap_names_both_moments_and_a_missing_translation_stays_english() -> None:
    scan = appointment(WEDNESDAY, id=1, hour=9, title="Scan")
    blood = dataclasses.replace(
        appointment(WEDNESDAY, id=2, title="Blood test"), start=dt.datetime(2026, 3, 11, 9, 30)
    )
    (gap,) = appointment_overlaps(window(WEDNESDAY, appointments=[scan, blood]))

    assert str(gap.message) == (
        "Blood test (Wed 11 Mar at 09:30) overlaps Scan (Wed 11 Mar at 09:00)."
    )
    assert german(gap.message) == (
        "Blood test (Mi., 11. März um 09:30) überschneidet sich mit Scan (Mi., 11. März um 09:00)."
    )
    # "Check the times" has no German in this lookup: the reader sees the English words.
    assert german(gap.fix.action) == "Check the times"


def test_a_group_that_overlaps_names_each_time_in_the_reader_s_words() -> None:
    three = [
        dataclasses.replace(
            appointment(WEDNESDAY, id=n, title=title),
            start=dt.datetime(2026, 3, 11, 9) + dt.timedelta(minutes=20 * n),
        )
        for n, title in enumerate(("Scan", "Blood test", "Chemo"))
    ]
    (gap,) = appointment_overlaps(window(WEDNESDAY, appointments=three))

    assert german(gap.message) == (
        "3 Termine am Mi., 11. März überschneiden sich: "
        "Scan (09:00), Blood test (09:20), Chemo (09:40)."
    )


def test_a_thaw_reminder_says_the_weekday_and_the_portions_in_german() -> None:
    soup = FreezerMeal(
        "Soup",
        6,
        WEDNESDAY,
        WEDNESDAY + 30 * DAY,
        location="top drawer",
        reheating="Heat well.",
        id=7,
    )
    chemo = appointment(WEDNESDAY, needs_ride=False)
    plan = PlanWindow(
        WEDNESDAY, WEDNESDAY + 6 * DAY, appointments=(chemo,), meals=(soup,), today=WEDNESDAY
    )
    first = next(iter(thaw_reminders(plan)))

    assert first.due == dt.datetime(2026, 3, 11, 18)  # the evening before Thursday
    assert str(first.title) == "Thaw tonight: Soup"
    assert str(first.text) == "Take 2 portions from top drawer for Thursday.\nReheating: Heat well."
    assert german(first.text) == (
        "Nehmen Sie 2 Portionen aus top drawer für Donnerstag heraus.\nAufwärmen: Heat well."
    )


def test_the_appointment_reminder_keeps_one_line_each_as_before() -> None:
    chemo = appointment(WEDNESDAY + DAY, id=3, title="Chemo", location="Day unit")
    there = leg(chemo, LegDirection.THERE, id=1, driver_id=5, status=LegStatus.CONFIRMED)
    plan = window(WEDNESDAY, appointments=[chemo], legs=[there], helpers=[driver(5)])
    (reminder,) = appointment_reminders(plan)

    assert str(reminder.title) == "Tomorrow: Chemo"
    assert str(reminder.text).split("\n") == [
        "Chemo at 09:00",
        "Where: Day unit",
        "Leave at 08:15",
        "Driving there: Sam Keller",
        "Driving home: nobody yet",
    ]


def test_the_risk_note_of_a_day_is_a_message() -> None:
    chemo = appointment(WEDNESDAY - 7 * DAY, needs_ride=False)
    week = build_week(window(WEDNESDAY, appointments=[chemo]))
    notes = [day.risk_note for day in week.days if day.risk_note is not None]

    assert notes and all(isinstance(note, Message) for note in notes)
    assert german(notes[0]).startswith("Die Blutwerte sind wahrscheinlich niedrig")


def test_gaps_alike_but_for_their_words_go_by_their_english_words() -> None:
    def two(view: PlanWindow) -> Iterable[Gap]:
        for name in ("Zoe", "Ann"):
            words = translate("Gaps", "{helper} has not said yes yet", helper=name)
            yield Gap("same", view.first_day, words, Fix(Area.HELPERS, None, words))

    found = find_gaps(window(WEDNESDAY), [two])

    assert [str(g.message) for g in found] == [
        "Ann has not said yes yet",
        "Zoe has not said yes yet",
    ]
