"""Journal rules: entries, alerts, the chart's data and questions carried to the next visit."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.enums import AppointmentStatus, JournalKind
from planner.domain.journal import (
    ALERT_SEVERITY,
    SYMPTOMS,
    chart_model,
    chart_rows,
    check_entry,
    cycle_starts,
    is_alert,
    next_appointment,
    question_visit,
    questions_for,
    with_symptom,
)
from planner.domain.model import JournalEntry, Question
from tests.helpers.builders import MONDAY, appointment, at

NOW = at(MONDAY, 12)


def effect(
    symptom: str = "Nausea", severity: int | None = 5, day: dt.date = MONDAY
) -> JournalEntry:
    return JournalEntry(JournalKind.SIDE_EFFECT, at(day, 8), symptom, severity)


def test_an_entry_is_trimmed_and_kept() -> None:
    entry = JournalEntry(JournalKind.SIDE_EFFECT, at(MONDAY, 23), "  Pain ", 4, note=" hip ")
    assert check_entry(entry, NOW) == JournalEntry(
        JournalKind.SIDE_EFFECT, at(MONDAY, 23), "Pain", 4, note="hip"
    )


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        (effect(severity=11), "Severity runs from 0"),
        (effect(severity=-1), "Severity runs from 0"),
        (effect(symptom="   "), "Name the symptom"),
        (effect(day=MONDAY + dt.timedelta(days=1)), "today at the latest"),
        (JournalEntry(JournalKind.REST, at(MONDAY), hours=25), "0 to 24 hours"),
        (JournalEntry(JournalKind.MOOD, at(MONDAY), mood=12), "Mood runs from 0"),
    ],
)
def test_bad_entries_are_refused_with_a_reason(entry: JournalEntry, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        check_entry(entry, NOW)


def test_severe_symptoms_and_any_fever_raise_an_alert() -> None:
    assert is_alert(effect(severity=ALERT_SEVERITY.default), {})
    assert not is_alert(effect(severity=ALERT_SEVERITY.default - 1), {})
    assert is_alert(effect("Fever", 1), {})
    assert not is_alert(effect(severity=8), {ALERT_SEVERITY.key: "9"})
    assert not is_alert(JournalEntry(JournalKind.MOOD, at(MONDAY), mood=0), {})


def test_a_new_symptom_joins_the_list_once() -> None:
    extended = with_symptom(SYMPTOMS.default, "Tingling fingers")
    assert extended[-1] == "Tingling fingers"
    assert with_symptom(extended, "tingling FINGERS") == extended
    assert SYMPTOMS.read({SYMPTOMS.key: SYMPTOMS.show(extended)}) == extended


def test_cycles_start_on_their_first_appointment() -> None:
    day1 = appointment(MONDAY, id=1, course_id=7, cycle=1)
    day8 = appointment(MONDAY + dt.timedelta(days=7), id=2, course_id=7, cycle=1)
    next_cycle = appointment(MONDAY + dt.timedelta(days=21), id=3, course_id=7, cycle=2)
    cancelled = appointment(MONDAY + dt.timedelta(days=2), id=4, status=AppointmentStatus.CANCELLED)
    starts = cycle_starts([day8, next_cycle, day1, cancelled])
    assert [s.day for s in starts] == [MONDAY, MONDAY + dt.timedelta(days=21)]


def test_the_chart_model_holds_series_treatment_days_and_cycle_overlay() -> None:
    first_cycle = appointment(MONDAY, id=1, course_id=7, cycle=1)
    second_cycle = appointment(MONDAY + dt.timedelta(days=21), id=2, course_id=7, cycle=2)
    entries = [
        effect("Nausea", 3, MONDAY + dt.timedelta(days=2)),
        effect("Fatigue", 8, MONDAY + dt.timedelta(days=2)),
        effect("Nausea", 6, MONDAY + dt.timedelta(days=23)),
        effect("Pain", 9, MONDAY + dt.timedelta(days=23)),
    ]
    chart = chart_model(
        entries,
        [first_cycle, second_cycle],
        ["Nausea", "Fatigue"],
        MONDAY,
        MONDAY + dt.timedelta(days=41),
    )
    assert [s.symptom for s in chart.series] == ["Nausea", "Fatigue"]
    assert [p.severity for p in chart.series[0].points] == [3, 6]
    assert chart.series[0].marker != chart.series[1].marker
    assert chart.treatment_days == (MONDAY, MONDAY + dt.timedelta(days=21))
    # Both cycles show their day 3; the pain of cycle 2 was not chosen, so 6 not 9.
    assert [line.days for line in chart.cycles] == [((3, 8),), ((3, 6),)]
    assert not chart.empty


def test_next_appointment_prefers_the_same_clinician() -> None:
    nurse = appointment(MONDAY + dt.timedelta(days=1), id=1, clinician="Nurse Lee")
    doctor = appointment(MONDAY + dt.timedelta(days=3), id=2, clinician="Dr. Haddad")
    assert next_appointment([doctor, nurse], NOW) == nurse
    assert next_appointment([doctor, nurse], NOW, "dr. haddad") == doctor
    assert next_appointment([doctor, nurse], NOW, "Dr. Nobody") == nurse


def test_an_open_question_moves_on_to_the_next_visit_with_that_clinician() -> None:
    past = appointment(MONDAY - dt.timedelta(days=2), id=1, clinician="Dr. Haddad")
    other = appointment(MONDAY + dt.timedelta(days=1), id=2, clinician="Nurse Lee")
    later = appointment(MONDAY + dt.timedelta(days=5), id=3, clinician="Dr. Haddad")
    visits = [past, other, later]
    open_question = Question("Can I travel?", MONDAY - dt.timedelta(days=5), 1, id=10)
    answered = Question("Ginger?", MONDAY - dt.timedelta(days=5), 1, "Yes", MONDAY, id=11)
    assert question_visit(open_question, visits, NOW) == later
    assert question_visit(answered, visits, NOW) == past
    assert questions_for(later, [open_question, answered], visits, NOW) == [open_question]
    assert questions_for(other, [open_question, answered], visits, NOW) == []


def test_each_charted_value_has_its_cycle_day_in_the_table() -> None:
    first_cycle = appointment(MONDAY, id=1, course_id=7, cycle=1, title="Cycle one")
    entries = [effect("Nausea", 3, MONDAY + dt.timedelta(days=2)), effect("Nausea", 1, MONDAY)]
    chart = chart_model(entries, [first_cycle], ["Nausea"], MONDAY, MONDAY + dt.timedelta(7))
    rows = chart_rows(chart, cycle_starts([first_cycle]))
    assert [(r.cycle, r.cycle_day, r.severity, r.treatment) for r in rows] == [
        ("Cycle one", 1, 1, True),
        ("Cycle one", 3, 3, False),
    ]
