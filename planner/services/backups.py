"""Backups of the local plan file, automatic ones kept in rotation, and restoring one.

An encrypted plan's backups are encrypted with its key; a plain backup (from before the plan
was encrypted) is encrypted on its way in when it is restored.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from planner.domain.backups import to_keep
from planner.domain.errors import READ_ONLY, PlannerError, ReadOnlyPlan, why_not_written
from planner.domain.messages import translate
from planner.services.plan import Plan
from planner.store import backup, cipher, encryption, paths
from planner.store.backup import DamagedFileError as DamagedFileError
from planner.store.database import DatabaseError, check_plan_file


def default_backup_path(plan: Plan, now: dt.datetime | None = None) -> Path:
    file = _local_file(plan)
    stamp = (now or plan.clock.now()).strftime("%Y%m%d-%H%M%S")
    return paths.unused(paths.backup_folder(file) / f"plan-{stamp}.sqlite3")


def back_up(plan: Plan, target: Path | None = None, *, keep_damaged: bool = False) -> Path:
    """Write a consistent copy of the plan (mode 0600); returns where it went. A plan that
    fails its checks is not backed up, unless ``keep_damaged`` (see :func:`restore`)."""
    file = _local_file(plan)
    target = target or default_backup_path(plan)
    if target.resolve() == file:
        raise PlannerError(
            translate("Errors", "A backup cannot overwrite the plan itself; choose another file.")
        )
    if target.is_dir():
        raise PlannerError(
            translate("Errors", "{target} is a folder; name a file for the backup.").format(
                target=target
            )
        )
    try:
        return backup.backup_file(file, target, keep_damaged=keep_damaged, key=plan.key)
    except OSError as error:
        raise PlannerError(
            translate(
                "Errors",
                "Cannot write the backup to {target}: {why}; the plan and "
                "earlier backups are as they were.",
            ).format(target=target, why=why_not_written(error))
        ) from None


def restore(plan: Plan, source: Path) -> Path:
    """Replace the plan with the backup ``source``, after a backup of the plan as it is.

    Returns the safety backup of the replaced plan. The source is checked first: a file
    that is not a Care Planner plan (or is from a newer version), or that SQLite finds
    damaged, changes nothing.
    """
    file = _local_file(plan)
    if plan.read_only:
        raise ReadOnlyPlan(READ_ONLY)
    if not source.is_file():
        raise PlannerError(translate("Errors", "{source} is not a file.").format(source=source))
    if source.resolve() == file:
        raise PlannerError(
            translate("Errors", "That file is the plan itself; choose a backup file.")
        )
    key = cipher.key_of_copy(source, plan.key)
    if check_plan_file(source, key) is None:
        raise PlannerError(
            translate("Errors", "{source} is empty; it holds no plan to restore.").format(
                source=source
            )
        )
    backup.check_file(source, key)
    stamp = plan.clock.now().strftime("%Y%m%d-%H%M%S")
    # The plan as it is, kept even when it fails its checks: it may be all there is of it.
    safety = back_up(
        plan,
        paths.unused(paths.backup_folder(file) / f"before-restore-{stamp}.sqlite3"),
        keep_damaged=True,
    )
    if plan.key is not None and key is None:
        _copy_encrypted(source, file, plan.key)
    else:
        backup.copy_into(source, file, key=key)
    # A backup from an older Care Planner holds an older schema.
    plan.upgrade_schema()
    return safety


def _copy_encrypted(source: Path, file: Path, key: cipher.Key) -> None:
    """Put the plain backup ``source`` into the encrypted plan ``file``, encrypted first."""
    encrypted = file.with_name(file.name + ".restoring")
    try:
        encryption.encrypted_copy(source, encrypted, key)
        backup.copy_into(encrypted, file, key=key)
    finally:
        encrypted.unlink(missing_ok=True)


AUTOMATIC = "auto"
"""The name automatic backups start with (``auto-20261205-213000.sqlite3``)."""

BEFORE_ENCRYPTION = "before-encryption"
"""The plain copy of a plan kept, on request, when it was encrypted."""

KINDS = {
    AUTOMATIC: "automatic",
    "plan": "by hand",
    "before-upgrade": "before an upgrade",
    "before-restore": "before a restore",
    BEFORE_ENCRYPTION: "before encrypting (not encrypted)",
}
"""What made each kind of backup, by the start of its name."""
_NAME = re.compile(
    rf"^(?P<kind>{'|'.join(KINDS)})-(?:[0-9a-z_]+-)?(?P<stamp>\d{{8}}-\d{{6}})(?:-\d+)?\.sqlite3$"
)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made: dt.datetime
    kind: str
    """What made it: one of the values of :data:`KINDS`."""
    size: int


def backup_folder(plan: Plan) -> Path | None:
    """Where the plan's backups go (``None`` for a shared plan)."""
    return paths.backup_folder(plan.file) if plan.file is not None else None


def backups(plan: Plan) -> list[BackupFile]:
    """The backups in the plan's backup folder, newest first (none for a shared plan)."""
    if plan.file is None:
        return []
    folder = paths.backup_folder(plan.file)
    found = []
    for path in folder.glob("*.sqlite3") if folder.is_dir() else ():
        match = _NAME.match(path.name)
        if match is None or match["kind"] not in KINDS:
            continue
        try:
            made = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupFile(path, made, KINDS[match["kind"]], size))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def automatic_backup(plan: Plan) -> Path | None:
    """Write an automatic backup and remove the automatic ones the rotation no longer keeps
    (:func:`planner.domain.backups.to_keep`); ``None`` for a shared plan (pg_dump's job)."""
    if plan.file is None:
        return None
    now = plan.clock.now()
    stamp = now.strftime("%Y%m%d-%H%M%S")
    written = back_up(
        plan, paths.unused(paths.backup_folder(plan.file) / f"{AUTOMATIC}-{stamp}.sqlite3")
    )
    automatic = [b for b in backups(plan) if b.kind == KINDS[AUTOMATIC]]
    kept = to_keep([b.made for b in automatic], now)
    newest_each: dict[dt.datetime, Path] = {}
    for item in automatic:  # newest first: the first of each time is the one kept
        newest_each.setdefault(item.made, item.path)
    for item in automatic:
        if item.made not in kept or newest_each[item.made] != item.path:
            item.path.unlink(missing_ok=True)
    return written


@dataclass(frozen=True)
class StartCheck:
    """What the check of a plan at start found wrong, and the newest backup that passes."""

    problems: tuple[str, ...]
    newest_good: BackupFile | None


def check_at_start(plan: Plan) -> StartCheck | None:
    """Check the local plan file (SQLite's quick check, its links and the plan's rules);
    ``None`` when sound (or a shared plan). Otherwise the newest backup that passes the
    full check is offered."""
    if plan.file is None:
        return None
    found = backup.quick_problems(plan.file, plan.key)
    if not found:
        return None
    for item in backups(plan):
        try:
            backup.check_file(item.path, cipher.key_of_copy(item.path, plan.key))
        except DatabaseError:  # damaged, or encrypted with another key
            continue
        return StartCheck(tuple(found), item)
    return StartCheck(tuple(found), None)


def _local_file(plan: Plan) -> Path:
    if plan.file is None:
        raise PlannerError(
            translate(
                "Errors",
                "Backups here are for a local plan file; back up a shared PostgreSQL "
                "plan with the server's own tools (pg_dump).",
            )
        )
    return plan.file
