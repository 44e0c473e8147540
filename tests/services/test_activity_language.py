"""The activity feed in the reader's language: every sentence is a message of the context
"Activity" (one whole template for each shape of sentence) with typed values, rendered
where it is shown; English stays as it was."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Mapping
from typing import Any

import pytest

from planner.cli import changes as changes_cli
from planner.domain.changes import Action, Change, Kind
from planner.domain.messages import Message, render
from planner.services.activity import Context, lines, summary

MONDAY = dt.datetime(2026, 12, 7, 9, 0)
NEXT_YEAR = dt.date(2027, 1, 11)
AT = dt.datetime(2026, 3, 11, 10, 0)

GERMAN = {
    "{who} confirmed {thing}": "{who} hat {thing} bestätigt",
    "the ride home on {day}": "die Rückfahrt am {day}",
    "{who} took {portions} of {name} for {day}": (
        "{who} hat {portions} {name} für {day} herausgenommen"
    ),
    "%n portions": "%n Portionen",
    "{who} noted {thing} as taken": "{who} hat {thing} als genommen notiert",
    "the {name} dose of {moment}": "die Einnahme von {name} am {moment}",
    "{day} {time}": "{day} um {time}",
    "{day} {year}": "{day} {year}",
    "{who} added {thing} starting {day}": "{who} hat {thing} ab {day} hinzugefügt",
    "the course {name}": "die Behandlungsreihe {name}",
    "{who} changed {thing}": "{who} hat {thing} geändert",
    "the journal entry of {day}": "den Tagebucheintrag vom {day}",
    "{sentence} ({details})": "{sentence} ({details})",
    "{field} {before} → {after}": "{field}: {before} → {after}",
    "severity": "Stärke",
    "note": "Notiz",
    "Someone": "Jemand",
    "{who} noted {thing} on {day}": "{who} hat am {day} {thing} notiert",
    "a temperature of {value}": "eine Temperatur von {value}",
    "{value} {unit}": "{value} {unit}",
    "{who} added usual times for {name}: {times}": (
        "{who} hat übliche Zeiten für {name} hinzugefügt: {times}"
    ),
    "{days} {hours}": "{days} {hours}",
    "{first}–{last}": "{first}–{last}",
    "{start}–{end}": "{start}–{end}",
    "Mon": "Mo",
    "Fri": "Fr",
    "Sat": "Sa",
}


def german(context: str, text: str, n: int) -> str:
    assert context == "Activity"
    return GERMAN.get(text, text)


def in_german(message: Message) -> str:
    return render(message, german, "de")


ROWS: dict[tuple[Kind, int | str], Mapping[str, Any]] = {
    (Kind.HELPER, 1): {"id": 1, "name": "ANA RUIZ"},
    (Kind.APPOINTMENT, 1): {"id": 1, "title": "CHEMO", "start": MONDAY},
    (Kind.RIDE_LEG, 1): {"id": 1, "appointment_id": 1, "direction": "back", "driver_id": 1},
    (Kind.MEAL, 1): {"id": 1, "name": "SOUP", "portions_left": 4},
    (Kind.MEDICINE, 1): {"id": 1, "name": "ONDANSETRON"},
    (Kind.AVAILABILITY, 1): {"id": 1, "helper_id": 1, "weekday": 0},
    (Kind.JOURNAL_ENTRY, 4): {"id": 4, "kind": "side_effect", "at": MONDAY},
}
CONTEXT = Context(2026, ROWS)
_seqs = itertools.count(1)


def change(
    kind: Kind, row: int | str, /, action: Action = Action.UPDATE, who: str = "ROOT", **fields: Any
) -> Change:
    return Change(next(_seqs), AT, who, kind, row, action, None, None, fields)


def inserted(kind: Kind, row: int | str, /, who: str = "ROOT", **values: Any) -> Change:
    return change(kind, row, Action.INSERT, who, **{n: (None, v) for n, v in values.items()})


def deleted(kind: Kind, row: int | str, /, who: str = "ROOT", **values: Any) -> Change:
    return change(kind, row, Action.DELETE, who, **{n: (v, None) for n, v in values.items()})


def one_line(*changes: Change) -> Message:
    (line,) = lines(changes, CONTEXT)
    assert isinstance(line.summary, Message)
    return line.summary


# ---------------------------------------------------------------------------- German
def test_a_confirmed_ride_in_german_with_a_german_date() -> None:
    said = one_line(change(Kind.RIDE_LEG, 1, status=("needed", "confirmed")))

    assert said == "ROOT confirmed the ride home on Mon 7 Dec"  # English as it was
    assert in_german(said) == "ROOT hat die Rückfahrt am Mo., 7. Dez. bestätigt"


def test_portions_taken_put_the_verb_at_the_end() -> None:
    taken = inserted(Kind.PORTIONS_TAKEN, 5, who="Ana", meal_id=1, portions=2, for_day=MONDAY)
    said = one_line(taken)

    assert said == "Ana took 2 portions of SOUP for Mon 7 Dec"
    assert in_german(said) == "Ana hat 2 Portionen SOUP für Mo., 7. Dez. herausgenommen"


def test_a_dose_with_its_day_and_time_and_a_day_of_another_year() -> None:
    due = dt.datetime(2026, 12, 7, 8, 15)
    dose = inserted(Kind.DOSE, "1@2026-12-07T08:15", medicine_id=1, due=due, answer="taken")
    course = inserted(Kind.COURSE, 3, name="FOLFOX", first_day=NEXT_YEAR)

    assert in_german(one_line(dose)) == (
        "ROOT hat die Einnahme von ONDANSETRON am Mo., 7. Dez. um 08:15 als genommen notiert"
    )
    assert one_line(course) == "ROOT added the course FOLFOX starting Mon 11 Jan 2027"
    assert in_german(one_line(course)) == (
        "ROOT hat die Behandlungsreihe FOLFOX ab Mo., 11. Jan. 2027 hinzugefügt"
    )


def test_the_fields_changed_are_told_in_german_with_german_numbers() -> None:
    edited = change(Kind.JOURNAL_ENTRY, 4, severity=(4, 6), note=("a", "b"))
    reading = inserted(Kind.READING, 8, kind="temperature", value="38.4", unit="C", at=MONDAY)

    assert one_line(edited) == "ROOT changed the journal entry of Mon 7 Dec (severity 4 → 6, note)"
    assert in_german(one_line(edited)) == (
        "ROOT hat den Tagebucheintrag vom Mo., 7. Dez. geändert (Stärke: 4 → 6, Notiz)"
    )
    assert one_line(reading) == "ROOT noted a temperature of 38.4 °C on Mon 7 Dec"
    assert in_german(one_line(reading)) == (
        "ROOT hat am Mo., 7. Dez. eine Temperatur von 38,4 °C notiert"
    )


def test_usual_times_and_someone_in_german() -> None:
    times = [
        inserted(Kind.AVAILABILITY, n, who="", helper_id=1, weekday=day, **hours)
        for n, day, hours in [
            (11, 0, {"start": dt.time(8), "end": dt.time(18)}),
            (12, 1, {"start": dt.time(8), "end": dt.time(18)}),
            (13, 2, {"start": dt.time(8), "end": dt.time(18)}),
            (14, 3, {"start": dt.time(8), "end": dt.time(18)}),
            (15, 4, {"start": dt.time(8), "end": dt.time(18)}),
            (16, 5, {"start": dt.time(10), "end": dt.time(12)}),
        ]
    ]
    said = one_line(*times)

    assert said == "Someone added usual times for ANA RUIZ: Mon–Fri 08:00–18:00, Sat 10:00–12:00"
    assert in_german(said) == (
        "Jemand hat übliche Zeiten für ANA RUIZ hinzugefügt: Mo–Fr 08:00–18:00, Sa 10:00–12:00"
    )


# ---------------------------------------------------------------------------- every word
def shouting(context: str, text: str, n: int) -> str:
    """A language that writes every word of a template in capitals (its fields kept)."""
    return re.sub(
        r"\{[a-z_]+\}|%n|[^{%]+", lambda m: m[0] if m[0][0] in "{%" else m[0].upper(), text
    )


def _every_kind_of_change() -> list[list[Change]]:
    """Changes of every kind and action: empty ones, and ones with their fields (upper-case
    data, so that every lower-case letter of a sentence comes from a template)."""
    made: list[list[Change]] = []
    for kind in Kind:
        for action in Action:
            row = "KEY" if kind is Kind.SETTING else 4711
            made.append([Change(next(_seqs), AT, "ROOT", kind, row, action, None, None, {})])
    monday = MONDAY
    made += [
        [change(Kind.RIDE_LEG, 1, status=("needed", "asked"))],
        [change(Kind.RIDE_LEG, 1, status=("needed", "SOME_STATUS"))],
        [change(Kind.RIDE_LEG, 1, driver_id=(1, None))],
        [change(Kind.RIDE_LEG, 1, backup_driver_id=(None, 1))],
        [change(Kind.RIDE_LEG, 1, pickup_time=(monday, monday + dt.timedelta(days=1)))],
        [change(Kind.RIDE_LEG, 1, pickup_place=("A", "B"), travel_minutes=(20, 30))],
        [inserted(Kind.RIDE_LEG, 1, appointment_id=1, direction="back", driver_id=1)],
        [change(Kind.APPOINTMENT, 1, start=(monday, monday + dt.timedelta(hours=2)))],
        [change(Kind.APPOINTMENT, 1, start=(monday, monday + dt.timedelta(days=400)))],
        [change(Kind.APPOINTMENT, 1, status=("scheduled", "cancelled"))],
        [
            change(
                Kind.APPOINTMENT,
                1,
                kind=("chemotherapy", "lab_test"),
                needs_ride=(True, False),
                duration_minutes=(60, 90.5),
                recovery_days=(1, 2),
                notes=("A", "B"),
            )
        ],
        [
            inserted(Kind.APPOINTMENT, 2, title="SCAN", start=monday),
            inserted(Kind.RIDE_LEG, 7, appointment_id=2, direction="there"),
            inserted(Kind.RIDE_LEG, 8, appointment_id=2, direction="back"),
            inserted(Kind.CALENDAR_LINK, 9, appointment_id=2, source_uid="X"),
        ],
        [inserted(Kind.LEG_STATUS, 3, leg_id=1, status="confirmed", at=AT)],
        [deleted(Kind.LEG_STATUS, 3, leg_id=1, status="asked", at=AT)],
        [inserted(Kind.CONTACT, 2, name="DR. H", role="nurse_navigator")],
        [inserted(Kind.TASK, 2, title="SHOP", start=monday, helper_id=1)],
        [change(Kind.TASK, 2, helper_id=(None, 1), status=("open", "claimed"))],
        [change(Kind.TASK, 2, status=("claimed", "done"))],
        [change(Kind.TASK, 2, start=(monday, monday + dt.timedelta(days=1)))],
        [inserted(Kind.MEAL, 1, name="SOUP", portions_left=4, use_by=NEXT_YEAR)],
        [
            change(Kind.MEAL, 1, portions_left=(4, 2)),
            inserted(Kind.PORTIONS_TAKEN, 2, meal_id=1, portions=2, for_day=monday),
        ],
        [change(Kind.MEAL, 1, portions_left=(4, 1))],
        [change(Kind.MEAL, 1, portions_left=(1, 4))],
        [deleted(Kind.PORTIONS_TAKEN, 2, meal_id=1, portions=1, for_day=monday)],
        [inserted(Kind.HELPER, 2, name="TOM", capabilities="drive,pet_care")],
        [
            change(Kind.HELPER, 1, name=("ANA", "ANA RUIZ")),
            change(Kind.AVAILABILITY, 1, start=(dt.time(8), dt.time(9))),
        ],
        [deleted(Kind.AVAILABILITY, 1, helper_id=1, weekday=0)],
        [inserted(Kind.JOURNAL_ENTRY, 3, kind="rest", hours=1.5, at=monday)],
        [inserted(Kind.JOURNAL_ENTRY, 3, kind="mood", mood=6, at=monday)],
        [deleted(Kind.JOURNAL_ENTRY, 3, kind="side_effect", severity=4, at=monday)],
        [inserted(Kind.QUESTION, 2, text="WHY?", appointment_id=1)],
        [change(Kind.QUESTION, 2, answer=(None, "YES"), answered_on=(None, monday))],
        [change(Kind.QUESTION, 2, text=("WHY?", "HOW?"))],
        [change(Kind.QUESTION, 2, appointment_id=(1, None))],
        [deleted(Kind.QUESTION, 2, asked_on=monday)],
        [inserted(Kind.SETTING, "A.B", key="A.B", value="5")],
        [change(Kind.SETTING, "A.B", key=("A.B", "A.B"), value=("5", "6"))],
        [change(Kind.MEDICINE, 1, stock_thousandths=(30000, 27500))],
        [change(Kind.MEDICINE, 1, schedule_kind=("fixed_times", "as_needed"))],
        [inserted(Kind.DOSE, 4, medicine_id=1, due=monday, answer="skipped", reason="SICK")],
        [deleted(Kind.DOSE, 4, medicine_id=1, due=monday, answer="later")],
        [deleted(Kind.READING, 4, kind="weight", value="70.5", unit="KG", at=monday)],
        [inserted(Kind.COURSE, 1, name="FOLFOX", first_day=monday.date())],
    ]
    return made


DATES = re.compile(r"[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}( \d{4})?")


@pytest.mark.parametrize("changes", _every_kind_of_change(), ids=lambda c: str(c[0].kind))
def test_every_word_of_every_sentence_is_translatable(changes: list[Change]) -> None:
    """Rendered in a language that capitalises every template, no lower-case letter is
    left (but in the dates): no word of the feed escapes the catalogue."""
    for line in lines(changes, CONTEXT):
        assert isinstance(line.summary, Message)
        assert line.summary.context == "Activity"
        shouted = render(line.summary, shouting, "en")
        assert shouted != str(line.summary)
        assert not re.search(r"[a-z]", DATES.sub("", shouted)), shouted


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("kind", list(Kind))
def test_a_summary_is_a_message_in_english_and_in_german(kind: Kind, action: Action) -> None:
    row = "4711" if kind is Kind.SETTING else 4711
    said = summary(Change(1, AT, "", kind, row, action, None, None, {}), Context(2026))

    assert isinstance(said, Message) and said.context == "Activity"
    assert str(said).startswith("Someone ")
    assert in_german(said).startswith("Jemand ")


# ---------------------------------------------------------------------------- shown
def test_the_command_line_says_the_sentence_in_its_language_and_keeps_the_data(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (line,) = lines([change(Kind.RIDE_LEG, 1, status=("needed", "confirmed"))], CONTEXT)
    monkeypatch.setattr(changes_cli, "say", in_german)

    told = changes_cli.line_json(line)
    assert told["summary"] == "ROOT confirmed the ride home on Mon 7 Dec"  # data: English
    assert told["sentence"] == "ROOT hat die Rückfahrt am Mo., 7. Dez. bestätigt"
    assert changes_cli.line_text(line, 2026) == (
        "Mi., 11. März um 10:00  ROOT hat die Rückfahrt am Mo., 7. Dez. bestätigt"
    )
