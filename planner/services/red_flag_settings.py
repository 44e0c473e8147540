"""The red-flag table as a whole: read it, save it, or go back to published guidance.

The table is kept in two plan settings (the temperature rules, and the severity level the
journal's alert reads); saving it writes both in one unit of work, so nobody ever sees half
of a change. Preferences saves the same settings through :func:`change_setting`.
"""

from __future__ import annotations

from planner.domain import red_flags
from planner.domain.errors import InvalidInput, said
from planner.domain.red_flags import RedFlagTable
from planner.services.changes import Changes
from planner.services.plan import CONFLICT, ConflictError, Plan
from planner.services.settings import write_setting


def rules(plan: Plan) -> RedFlagTable:
    """The table the plan holds (no temperature rules: it follows published guidance)."""
    with plan.unit_of_work() as work:
        return red_flags.table_of(work.store.settings())


def temperature_unit(plan: Plan) -> red_flags.TemperatureUnit:
    """The scale the plan shows temperatures (and so the rules) in."""
    with plan.unit_of_work() as work:
        return red_flags.TEMPERATURE_UNIT.read(work.store.settings())


def save_rules(
    plan: Plan, table: RedFlagTable, *, seen: RedFlagTable | None = None
) -> tuple[tuple[RedFlagTable, RedFlagTable], Changes]:
    """Store ``table``; returns the table before and after. A rule the plan cannot hold is
    refused with an InvalidInput (a RedFlagError naming the part) and nothing is stored.

    ``seen`` is the table as the person saw it; when someone else changed it since, the
    change is refused with a ConflictError instead of saved over theirs.
    """
    red_flags.check_table(table)
    now = plan.clock.now()
    with plan.unit_of_work() as work:
        before = red_flags.table_of(work.store.settings())
        if seen is not None and before != seen:
            raise ConflictError(CONFLICT)
        for setting, value in table.settings():
            try:
                checked = setting.check(value)
            except ValueError as error:  # check_table lets nothing through; kept as a guard
                raise InvalidInput(said(error)) from None
            write_setting(work.store, setting, checked, now)
        work.commit()
    return (before, table), work.changes


def restore_defaults(
    plan: Plan, *, seen: RedFlagTable | None = None
) -> tuple[tuple[RedFlagTable, RedFlagTable], Changes]:
    """Published guidance for temperatures, and the journal's alert at its usual level."""
    return save_rules(plan, red_flags.DEFAULT_TABLE, seen=seen)
