"""The conditions of the plan's partial indexes, in the words a read says them in to use
one: a database uses such an index only for a query whose condition holds the index's own
(planner/store/records.py declares the indexes, planner/store/statements.py the reads)."""

REPEATING_TASK = "recurrence != ''"
"""A task that repeats (few do)."""
IN_STOCK = "portions_left > 0"
"""A freezer batch with portions left (years of emptied batches stay in the plan)."""
LONG_RECOVERY = "recovery_days > 7"
"""An appointment whose own recovery days reach further back than any kind's default may
(:data:`planner.domain.hard_days.LONGEST_LEARNED`, 7): the hard days of a week's days come from
those of the week before it and these, up to 60 days back."""
