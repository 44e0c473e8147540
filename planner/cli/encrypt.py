"""``care-planner encrypt [--keep-plain-copy]``: encrypt the local plan file.

The new passphrase comes from ``CARE_PLANNER_PASSPHRASE``; else, at a terminal, it is asked
for twice (without echo); else it is the first line of standard input (a pipe). Every
other command opens an encrypted plan with the passphrase in ``CARE_PLANNER_PASSPHRASE``.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TextIO

from planner.domain.errors import InvalidInput
from planner.services import encryption
from planner.services.plan import Plan

EXIT_OK = 0
NEEDED = (
    f"This plan is encrypted; set {encryption.ENVIRONMENT_PASSPHRASE} to its passphrase to "
    "use it from the command line."
)
"""What a command says when it meets an encrypted plan without a passphrase."""


def new_passphrase(stdin: TextIO) -> str:
    """The passphrase to encrypt with: from the environment, the terminal (twice) or a
    pipe (its first line); InvalidInput when it cannot be one."""
    given = os.environ.get(encryption.ENVIRONMENT_PASSPHRASE)
    again: str | None = None
    if given is None and stdin.isatty():
        given = getpass.getpass("New passphrase for the plan: ")
        again = getpass.getpass("The same passphrase again: ")
    elif given is None:
        given = stdin.readline().rstrip("\r\n")
    problem = encryption.passphrase_problem(given, again)
    if problem is not None:
        raise InvalidInput(f"{problem} The plan was left as it is.")
    return given


def encrypt_plan(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    if plan.encrypted:
        raise InvalidInput("This plan is encrypted already.")
    passphrase = new_passphrase(sys.stdin)
    kept = encryption.encrypt(plan, passphrase, keep_plain=args.keep_plain_copy)
    print(
        f"Encrypted the plan at {plan.location}. It opens only with its passphrase, which "
        "cannot be recovered: keep it somewhere safe.",
        file=out,
    )
    if kept is not None:
        print(f"A plain copy (not encrypted) is kept in {kept}.", file=out)
    plain = encryption.backups_left_plain(plan)
    if plain:
        print(
            f"{plain} older backup file(s) beside the plan are not encrypted; remove them "
            "once you no longer need them.",
            file=out,
        )
    return EXIT_OK
