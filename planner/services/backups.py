"""Backups of the local plan file, and restoring one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from planner.domain.errors import PlannerError
from planner.services.plan import Plan
from planner.store import backup, paths
from planner.store.backup import DamagedFileError as DamagedFileError
from planner.store.database import check_plan_file


def default_backup_path(plan: Plan, now: dt.datetime | None = None) -> Path:
    file = _local_file(plan)
    stamp = (now or plan.clock.now()).strftime("%Y%m%d-%H%M%S")
    return paths.unused(paths.backup_folder(file) / f"plan-{stamp}.sqlite3")


def back_up(plan: Plan, target: Path | None = None) -> Path:
    """Write a consistent copy of the plan (mode 0600); returns where it went."""
    file = _local_file(plan)
    target = target or default_backup_path(plan)
    if target.resolve() == file:
        raise PlannerError("A backup cannot overwrite the plan itself; choose another file.")
    if target.is_dir():
        raise PlannerError(f"{target} is a folder; name a file for the backup.")
    try:
        return backup.backup_file(file, target)
    except OSError as error:
        raise PlannerError(f"Cannot write the backup to {target}: {error.strerror}.") from None


def restore(plan: Plan, source: Path) -> Path:
    """Replace the plan with the backup ``source``, after a backup of the plan as it is.

    Returns the safety backup of the replaced plan. The source is checked first: a file
    that is not a Care Planner plan (or is from a newer version), or that SQLite finds
    damaged, changes nothing.
    """
    file = _local_file(plan)
    if not source.is_file():
        raise PlannerError(f"{source} is not a file.")
    if source.resolve() == file:
        raise PlannerError("That file is the plan itself; choose a backup file.")
    if check_plan_file(source) is None:
        raise PlannerError(f"{source} is empty; it holds no plan to restore.")
    backup.check_file(source)
    stamp = plan.clock.now().strftime("%Y%m%d-%H%M%S")
    safety = back_up(
        plan, paths.unused(paths.backup_folder(file) / f"before-restore-{stamp}.sqlite3")
    )
    backup.copy_into(source, file)
    # A backup from an older Care Planner holds an older schema.
    plan.upgrade_schema()
    return safety


def _local_file(plan: Plan) -> Path:
    if plan.file is None:
        raise PlannerError(
            "Backups here are for a local plan file; back up a shared PostgreSQL plan "
            "with the server's own tools (pg_dump)."
        )
    return plan.file
