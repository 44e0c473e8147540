"""How long the change log keeps its records: the plan's "keep the list of changes" days
(a year by default). Older records are removed when the window starts (off its thread) and
by ``care-planner changes --prune``.

Undo does not need them: a step keeps the records it puts back in memory, and the rows it
puts back are read as they are now.
"""

from __future__ import annotations

import datetime as dt

from planner.domain.activity import KEEP_DAYS
from planner.services.plan import Plan
from planner.store import change_log

BATCH = 2000
"""Records removed in one transaction: a save made meanwhile waits for one batch at most."""


def cutoff(plan: Plan) -> dt.datetime:
    """Changes made before this moment are no longer kept."""
    with plan.unit_of_work() as work:
        days = KEEP_DAYS.read(work.store.settings())
    return plan.clock.now() - dt.timedelta(days=days)


def prune(plan: Plan) -> int:
    """Remove the change records older than the plan keeps them; returns how many went
    (the newest record always stays: SQLite numbers the next one after it)."""
    before = cutoff(plan)
    removed = 0
    while True:
        with plan.unit_of_work() as work:
            gone = change_log.forget_before(work.store.session, before, BATCH)
            if gone:
                work.commit()
        removed += gone
        if gone < BATCH:
            return removed
