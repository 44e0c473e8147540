from __future__ import annotations

import datetime as dt

from planner.domain.enums import Area
from planner.domain.gaps import Fix
from planner.domain.model import PlanWindow
from planner.domain.reminders import Reminder, due_reminders
from tests.helpers.builders import MONDAY, at

EVENING = at(MONDAY, 18)


def reminder(key: str, due: dt.datetime, until: dt.datetime | None = None) -> Reminder:
    return Reminder(key, due, key, "", Fix(Area.RIDES, None, "Open"), until)


def test_only_reminders_that_are_due_and_still_of_use_are_given_earliest_first() -> None:
    window = PlanWindow(MONDAY, MONDAY, today=MONDAY)
    later = reminder("later", EVENING + dt.timedelta(minutes=1))
    past_use = reminder("past use", EVENING - dt.timedelta(hours=2), until=EVENING)
    due = reminder("due", EVENING)
    earlier = reminder("earlier", EVENING - dt.timedelta(hours=1), until=EVENING.replace(hour=20))

    found = due_reminders(
        window,
        EVENING,
        rules=[lambda w: [later, past_use], lambda w: [due, earlier]],
    )

    assert [r.key for r in found] == ["earlier", "due"]
