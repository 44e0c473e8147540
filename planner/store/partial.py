"""The conditions of the plan's partial indexes, in the words a read says them in to use
one: a database uses such an index only for a query whose condition holds the index's own
(planner/store/records.py declares the indexes, planner/store/statements.py the reads)."""

REPEATING_TASK = "recurrence != ''"
"""A task that repeats (few do)."""
IN_STOCK = "portions_left > 0"
"""A freezer batch with portions left (years of emptied batches stay in the plan)."""
