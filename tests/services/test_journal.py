"""Journal use cases against a real plan file."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from planner.domain.changes import Kind
from planner.domain.enums import AppointmentKind, JournalKind
from planner.domain.errors import InvalidInput
from planner.domain.hard_days import RECOVERY_SETTINGS
from planner.domain.journal import SYMPTOMS
from planner.domain.model import JournalEntry
from planner.services import hard_days, journal, lists, questions
from planner.services.plan import Plan
from planner.services.settings import read_setting
from planner.services.undo import put_back
from tests.conftest import TODAY, TREATMENT
from tests.helpers.builders import appointment, at

NOW = at(TODAY, 12)


def effect(symptom: str = "Nausea", severity: int = 4, day: dt.date = TODAY) -> JournalEntry:
    return JournalEntry(JournalKind.SIDE_EFFECT, at(day, 9), symptom, severity)


def test_a_side_effect_is_noted_and_a_new_symptom_joins_the_list(plan: Plan) -> None:
    noted, changes = journal.add_entry(plan, effect("Tingling fingers", 3), NOW)
    assert noted.entry.id is not None and not noted.alert
    assert noted.entry.id in changes.ids(Kind.JOURNAL_ENTRY)
    assert lists.journal(plan) == [noted.entry]
    assert read_setting(plan, SYMPTOMS)[-1] == "Tingling fingers"


def test_a_fever_or_a_severe_symptom_alerts(plan: Plan) -> None:
    assert journal.add_entry(plan, effect("Fever", 2), NOW)[0].alert
    assert journal.add_entry(plan, effect("Pain", 8), NOW)[0].alert
    assert not journal.add_entry(plan, effect("Pain", 3), NOW)[0].alert


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (effect(severity=11), "Severity runs from 0"),
        (effect(symptom=" "), "Name the symptom"),
        (effect(day=TODAY + dt.timedelta(days=1)), "today at the latest"),
    ],
)
def test_bad_entries_change_nothing(plan: Plan, entry: JournalEntry, message: str) -> None:
    with pytest.raises(InvalidInput, match=f"{message}.*Nothing was saved"):
        journal.add_entry(plan, entry, NOW)
    assert lists.journal(plan) == []


def test_an_entry_is_edited_removed_and_put_back(plan: Plan) -> None:
    noted, _ = journal.add_entry(plan, effect(severity=4), NOW)
    (before, after), _ = journal.update_entry(plan, replace(noted.entry, severity=6), NOW)
    assert (before.severity, after.severity) == (4, 6)
    assert after.id is not None
    gone, removed = journal.remove_entry(plan, after.id)
    assert gone == after
    assert lists.journal(plan) == []
    put_back(plan, removed)
    assert lists.journal(plan) == [after]


def test_a_question_goes_to_the_next_visit_and_is_answered(plan: Plan) -> None:
    with plan.unit_of_work() as work:
        nurse = work.store.add(appointment(TODAY + dt.timedelta(days=1), id=None, clinician="Lee"))
        doctor = work.store.add(
            appointment(TODAY + dt.timedelta(days=4), id=None, clinician="Dr. H")
        )
        work.commit()
    first, _ = questions.add_question(plan, "Can I swim?", today=TODAY)
    second, _ = questions.add_question(plan, "Scan results?", today=TODAY, clinician="Dr. H")
    assert (first.appointment_id, second.appointment_id) == (nurse, doctor)
    assert second.id is not None
    (_, answered), _ = questions.answer_question(plan, second.id, "Next week.", TODAY)
    assert (answered.answer, answered.answered_on) == ("Next week.", TODAY)
    with pytest.raises(InvalidInput, match="empty answer"):
        questions.answer_question(plan, second.id, "  ", TODAY)


def test_accepting_a_learned_proposal_changes_the_hard_days(demo_plan: Plan) -> None:
    view = journal.journal_view(demo_plan, NOW)
    (proposal,) = [p for p in view.proposals() if p.kind is AppointmentKind.CHEMOTHERAPY]
    assert proposal.changes_plan
    chemo = max(
        (a for a in view.appointments if a.kind is AppointmentKind.CHEMOTHERAPY),
        key=lambda a: a.start,
    )
    far = chemo.start.date() + dt.timedelta(days=proposal.recovery_days)
    assert far not in hard_days.hard_days(demo_plan, chemo.start.date(), far + dt.timedelta(days=7))

    (before, after), changes = journal.accept_proposal(demo_plan, proposal)

    assert (before, after) == (proposal.current, proposal.recovery_days)
    assert changes.kinds == {Kind.SETTING}
    assert read_setting(demo_plan, RECOVERY_SETTINGS[AppointmentKind.CHEMOTHERAPY]) == after
    assert far in hard_days.hard_days(demo_plan, chemo.start.date(), far + dt.timedelta(days=7))


def test_the_visit_packet_gathers_what_to_bring(demo_plan: Plan) -> None:
    morning = at(TREATMENT, 8)  # the morning of the demo's next chemotherapy
    view = journal.journal_view(demo_plan, morning)
    visit = view.coming()[0]  # that day's chemotherapy with Dr. Haddad
    assert visit.id is not None and visit.start.date() == TREATMENT
    assert visit.clinician == "Dr. Amira Haddad"
    packet = journal.visit_packet(demo_plan, visit.id, morning)
    # The question left open at an earlier visit is carried to this one.
    assert [q.text for q in packet.questions] == [
        "Is the tingling in my fingers something to watch?"
    ]
    assert packet.since == TREATMENT - dt.timedelta(days=7)  # the last visit with Dr. Haddad
    assert len(packet.side_effects) == 4
    assert all(packet.since <= e.at.date() <= TREATMENT for e in packet.side_effects)
    assert packet.rest is not None and packet.rest.hours == 10.5
    assert packet.mood is not None and packet.mood.mood == 6
    assert {s.symptom for s in packet.chart.series} == {"Nausea", "Fatigue"}
    assert [d.direction.value for d in packet.drives] == ["there", "back"]
