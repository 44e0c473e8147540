"""The subcommands: each opens the plan, calls one service and prints its result.

A command imports only what it needs: :data:`COMMANDS` names the module each subcommand
lives in, imported when that subcommand runs. ``week`` never loads the activity list, the
medicines or the team (importing every command's module cost each command 18 ms).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from planner.cli.language import say
from planner.domain.clock import Clock
from planner.domain.errors import PlannerError

if TYPE_CHECKING:
    from planner.services.plan import Plan

EXIT_ERROR = 2

Command = Callable[["Plan", argparse.Namespace, TextIO], int]

COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("planner.cli.plan_files", "fill_demo"),
    "week": ("planner.cli.week", "show_week"),
    "check": ("planner.cli.week", "check_gaps"),
    "backup": ("planner.cli.plan_files", "back_up"),
    "restore": ("planner.cli.plan_files", "restore"),
    "changes": ("planner.cli.changes", "show_changes"),
    "search": ("planner.cli.search", "run_search"),
    "import": ("planner.cli.transfer", "import_files"),
    "export": ("planner.cli.transfer", "export_file"),
    "team": ("planner.cli.team", "run_team"),
    "encrypt": ("planner.cli.encrypt", "encrypt_plan"),
    "log": ("planner.cli.medicines", "log"),
    "doses": ("planner.cli.medicines", "show_doses"),
    "dose": ("planner.cli.medicines", "answer_dose"),
    "medicines": ("planner.cli.medicines", "show_medicines"),
    "red-flags": ("planner.cli.red_flags", "show_red_flags"),
}
"""Each subcommand's function: the module it is in (whose imports are what the subcommand
needs) and its name there."""


def command(name: str) -> Command:
    """The function that runs the subcommand ``name``; its module is imported now."""
    module, function = COMMANDS[name]
    found: Command = getattr(importlib.import_module(module), function)
    return found


def run_command(
    args: argparse.Namespace,
    out: TextIO | None = None,
    err: TextIO | None = None,
    *,
    imported: Callable[[], object] | None = None,
) -> int:
    """Run one subcommand; a PlannerError becomes one line on stderr and exit status 2.

    ``imported`` is called once everything the subcommand needs is imported, before the
    plan is opened (see :func:`planner.main.main`)."""
    from planner.services import encryption
    from planner.services.plan import database_url, open_plan

    out = out or sys.stdout
    err = err or sys.stderr
    try:
        # A plan named on purpose must exist: a mistyped path would otherwise read as a
        # new, empty plan ("no gaps"). Only demo, or the default file, starts a new one.
        named = database_url(args.database_url) is not None
        if args.command == "team":
            from planner.cli.team import check_shared

            check_shared(args.database_url)  # before a plan file could be made
        Clock.from_environment()  # a mistyped CARE_PLANNER_NOW is refused before any change
        run = command(args.command)
        if imported is not None:
            imported()
        # An encrypted plan's passphrase (a new plan given one is made encrypted); a plan
        # to encrypt must be there already.
        passphrase = os.environ.get(encryption.ENVIRONMENT_PASSPHRASE) or None
        create = args.command == "demo" or not (named or args.command == "encrypt")
        plan = open_plan(args.database_url, create=create, passphrase=passphrase)
        try:
            return run(plan, args, out)
        finally:
            plan.close()
    except encryption.PassphraseNeeded:
        from planner.cli.encrypt import NEEDED

        print(f"care-planner: error: {say(NEEDED)}", file=err)
        return EXIT_ERROR
    except PlannerError as error:
        print(f"care-planner: error: {say(error.message)}", file=err)
        return EXIT_ERROR
