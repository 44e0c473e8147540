"""The demo's medicines, whatever day it is made: tablets after each chemotherapy day, a
mouthwash on the hard days, an antiviral that must not be missed and runs low, every dose
up to now taken, and a high temperature two days ago."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.domain.doses import DOSE_MISSED, REFILL_DUE, DoseState
from planner.domain.readings import ReadingKind
from planner.services import medicines, readings, reminders, week
from planner.services.plan import Plan

DAY = dt.timedelta(days=1)


@pytest.mark.dated
def test_the_demo_has_its_medicines_and_a_refill_coming(
    demo_plan: Plan, now: dt.datetime, today: dt.date
) -> None:
    found = {m.name: m for m in medicines.medicines(demo_plan)}
    assert set(found) == {"Aciclovir", "Mouthwash (benzydamine)", "Ondansetron"}
    assert found["Aciclovir"].must_not_miss

    doses = medicines.doses(demo_plan, today - 28 * DAY, today + 28 * DAY)
    assert all(d.state is DoseState.TAKEN for d in doses if d.dose.due <= now)
    assert all(d.state is DoseState.DUE for d in doses if d.dose.due > now)
    after_chemo = [d for d in doses if d.medicine.name == "Ondansetron"]
    mouthwash = [d for d in doses if d.medicine.name.startswith("Mouthwash")]

    def after(view: medicines.DoseView) -> int:
        assert view.dose.treatment_day is not None
        return (view.dose.due.date() - view.dose.treatment_day).days

    assert after_chemo and {after(d) for d in after_chemo} == {1, 2, 3}
    assert {after(d) for d in mouthwash} == {1, 2, 3, 4, 5}
    assert {d.dose.due.hour for d in mouthwash} == {8, 12, 16, 20}

    gaps = week.check(demo_plan, weeks=4)
    (refill,) = [g for g in gaps if g.kind == REFILL_DUE]
    assert str(refill.message).startswith("Aciclovir runs out on ")
    assert today + 14 * DAY <= refill.date <= today + 27 * DAY  # past the coming days' two
    assert DOSE_MISSED not in {g.kind for g in gaps}
    due_now = reminders.reminders_due(demo_plan, now)
    assert not [r for r in due_now if r.key.startswith("dose:")]  # every dose answered

    adherence = medicines.adherence_of(
        demo_plan, found["Aciclovir"].id or 0, today - 27 * DAY, today
    )
    assert adherence.adherence.percent == 100 and not adherence.below_line

    (fever,) = readings.readings(demo_plan, now - 3 * DAY, now, ReadingKind.TEMPERATURE)
    assert str(fever.value) == "38.4" and fever.at.date() == today - 2 * DAY
