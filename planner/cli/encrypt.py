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

from planner.cli.language import say
from planner.domain.errors import InvalidInput
from planner.domain.messages import translate
from planner.services import encryption
from planner.services.plan import Plan

EXIT_OK = 0
NEEDED = translate(
    "Errors",
    "This plan is encrypted; set {variable} to its passphrase to use it from the command line.",
).format(variable=encryption.ENVIRONMENT_PASSPHRASE)
"""What a command says when it meets an encrypted plan without a passphrase."""


def new_passphrase(stdin: TextIO) -> str:
    """The passphrase to encrypt with: from the environment, the terminal (twice) or a
    pipe (its first line); InvalidInput when it cannot be one."""
    given = os.environ.get(encryption.ENVIRONMENT_PASSPHRASE)
    again: str | None = None
    if given is None and stdin.isatty():
        given = getpass.getpass(say(translate("Cli", "New passphrase for the plan: ")))
        again = getpass.getpass(say(translate("Cli", "The same passphrase again: ")))
    elif given is None:
        given = stdin.readline().rstrip("\r\n")
    problem = encryption.passphrase_problem(given, again)
    if problem is not None:
        raise InvalidInput(
            translate("Errors", "{problem} The plan was left as it is.").format(problem=problem)
        )
    return given


def encrypt_plan(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    if plan.encrypted:
        raise InvalidInput(translate("Errors", "This plan is encrypted already."))
    passphrase = new_passphrase(sys.stdin)
    kept = encryption.encrypt(plan, passphrase, keep_plain=args.keep_plain_copy)
    done = translate(
        "Cli",
        "Encrypted the plan at {plan}. It opens only with its passphrase, which cannot be "
        "recovered: keep it somewhere safe.",
    ).format(plan=plan.location)
    print(say(done), file=out)
    if kept is not None:
        copy = translate("Cli", "A plain copy (not encrypted) is kept in {path}.").format(path=kept)
        print(say(copy), file=out)
    plain = encryption.backups_left_plain(plan)
    if plain:
        left = translate(
            "Cli",
            "%n older backup file(s) beside the plan are not encrypted; remove them once you "
            "no longer need them.",
        ).format(n=plain)
        print(say(left), file=out)
    return EXIT_OK
