"""Encryption at rest, as a choice: an encrypted plan file opens only with its passphrase.

Encryption needs the optional ``sqlcipher3`` package (``pip install -e '.[encryption]'``);
where it is missing, :func:`available` is false and the choice is not offered. The
passphrase reaches :func:`planner.services.plan.open_plan` as a parameter only: it is never
part of a URL, a setting or a log. The command line reads it from
:data:`ENVIRONMENT_PASSPHRASE`.
"""

from __future__ import annotations

from pathlib import Path

from planner.domain.errors import InvalidInput, PlannerError
from planner.domain.messages import Message, translate
from planner.services.backups import BEFORE_ENCRYPTION
from planner.services.plan import Plan
from planner.store import cipher, encryption, paths
from planner.store.cipher import EncryptionUnavailable as EncryptionUnavailable
from planner.store.cipher import PassphraseNeeded as PassphraseNeeded
from planner.store.cipher import WrongPassphrase as WrongPassphrase

ENVIRONMENT_PASSPHRASE = "CARE_PLANNER_PASSPHRASE"
"""Where the command line finds an encrypted plan's passphrase (and ``encrypt`` a new one)."""
SHORTEST = 8
"""The fewest characters a new passphrase may have."""


def available() -> bool:
    """Whether plans can be encrypted here (the ``sqlcipher3`` package is installed)."""
    return cipher.available()


def passphrase_problem(passphrase: str, again: str | None = None) -> Message | None:
    """Why ``passphrase`` cannot be a new plan's (``again``: the same typed a second time),
    or ``None``."""
    if len(passphrase) < SHORTEST:
        return translate("Errors", "A passphrase needs at least {shortest} characters.").format(
            shortest=SHORTEST
        )
    if "\x00" in passphrase:
        return translate("Errors", "A passphrase cannot hold a null character.")
    if again is not None and again != passphrase:
        return translate("Errors", "The two passphrases differ; type the same one twice.")
    return None


def encrypt(plan: Plan, passphrase: str, *, keep_plain: bool = False) -> Path | None:
    """Encrypt the plan's file with ``passphrase``; the plan goes on, encrypted.

    The plain file is replaced and overwritten; with ``keep_plain`` a plain copy is kept
    in the backups folder first, and its path returned. Backups made before stay plain.
    Nothing else may have the plan open meanwhile (another window, a command).
    """
    problem = passphrase_problem(passphrase)
    if problem is not None:
        raise InvalidInput(problem)
    file = plan.file
    if file is None:
        raise PlannerError(
            translate(
                "Errors",
                "Only a plan file on this computer can be encrypted here; a shared "
                "PostgreSQL plan is protected by its server (and its disk's encryption).",
            )
        )
    if plan.encrypted:
        raise PlannerError(translate("Errors", "This plan is encrypted already."))
    cipher.driver()  # where SQLCipher is missing, says what to install
    kept = None
    if keep_plain:
        stamp = plan.clock.now().strftime("%Y%m%d-%H%M%S")
        kept = paths.unused(paths.backup_folder(file) / f"{BEFORE_ENCRYPTION}-{stamp}.sqlite3")
    plan.close()
    try:
        encryption.encrypt_file(file, passphrase, keep_plain=kept)
    except PlannerError:
        plan.reopen()  # as it was: plain
        raise
    plan.reopen(passphrase)
    return kept


def backups_left_plain(plan: Plan) -> int:
    """How many files in the plan's backups folder are not encrypted (made before it was)."""
    if plan.file is None:
        return 0
    folder = paths.backup_folder(plan.file)
    if not folder.is_dir():
        return 0
    return sum(1 for item in folder.glob("*.sqlite3") if not cipher.looks_encrypted(item))
