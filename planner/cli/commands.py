"""The subcommands: each opens the plan, calls one service and prints its result."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from typing import TextIO

from planner.cli import changes, encrypt, medicines, output, red_flags, search, team, transfer
from planner.cli.language import say
from planner.domain.clock import Clock
from planner.domain.errors import PlannerError
from planner.domain.messages import translate
from planner.services import backups, demo, encryption, week
from planner.services.plan import Plan, database_url, open_plan

EXIT_OK, EXIT_GAPS, EXIT_ERROR = 0, 1, 2
EXIT_FAILED_CHECK = 1
"""backup: the plan fails SQLite's check, so no backup was written."""


def _demo(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    demo.fill_demo(plan, say)  # the demo in the command line's language
    print(
        say(translate("Cli", "Filled {plan} with the demo month.").format(plan=plan.location)),
        file=out,
    )
    return EXIT_OK


def _week(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    today = plan.clock.today()
    shown = week.coming_days(plan, args.date or today, doses=True)
    if args.json:
        json.dump(output.week_json(shown), out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        out.write(output.week_text(shown, today))
    return EXIT_OK


def _check(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    today = plan.clock.today()
    gaps = week.check(plan, weeks=args.weeks, today=today)
    if args.json:
        last = today + dt.timedelta(days=7 * args.weeks - 1)
        document = {
            "from": today.isoformat(),
            "to": last.isoformat(),
            "gaps": [output.gap_json(gap) for gap in gaps],
        }
        json.dump(document, out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        empty = translate("Cli", "No gaps in the next %n weeks.").format(n=args.weeks)
        out.write(output.gaps_text(gaps, empty=empty) + "\n")
    return EXIT_GAPS if gaps else EXIT_OK


def _backup(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    try:
        written = backups.back_up(plan, args.output)
    except backups.DamagedFileError as error:
        # Not a usage error: the plan itself fails its check (exit 1, as check's gaps).
        print(f"care-planner: {say(error.message)}", file=sys.stderr)
        return EXIT_FAILED_CHECK
    print(say(translate("Cli", "Backed up the plan to {path}").format(path=written)), file=out)
    return EXIT_OK


def _restore(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    safety = backups.restore(plan, args.file)
    restored = translate(
        "Cli", "Restored the plan from {path}; the plan as it was is kept in {kept}"
    ).format(path=args.file, kept=safety)
    print(say(restored), file=out)
    return EXIT_OK


COMMANDS: dict[str, Callable[[Plan, argparse.Namespace, TextIO], int]] = {
    "demo": _demo,
    "week": _week,
    "check": _check,
    "backup": _backup,
    "restore": _restore,
    "changes": changes.show_changes,
    "search": search.run_search,
    "import": transfer.import_files,
    "export": transfer.export_file,
    "team": team.run_team,
    "encrypt": encrypt.encrypt_plan,
    "log": medicines.log,
    "doses": medicines.show_doses,
    "dose": medicines.answer_dose,
    "medicines": medicines.show_medicines,
    "red-flags": red_flags.show_red_flags,
}


def run_command(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run one subcommand; a PlannerError becomes one line on stderr and exit status 2."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        # A plan named on purpose must exist: a mistyped path would otherwise read as a
        # new, empty plan ("no gaps"). Only demo, or the default file, starts a new one.
        named = database_url(args.database_url) is not None
        if args.command == "team":
            team.check_shared(args.database_url)  # before a plan file could be made
        Clock.from_environment()  # a mistyped CARE_PLANNER_NOW is refused before any change
        # An encrypted plan's passphrase (a new plan given one is made encrypted); a plan
        # to encrypt must be there already.
        passphrase = os.environ.get(encryption.ENVIRONMENT_PASSPHRASE) or None
        create = args.command == "demo" or not (named or args.command == "encrypt")
        plan = open_plan(args.database_url, create=create, passphrase=passphrase)
        try:
            return COMMANDS[args.command](plan, args, out)
        finally:
            plan.close()
    except encryption.PassphraseNeeded:
        print(f"care-planner: error: {say(encrypt.NEEDED)}", file=err)
        return EXIT_ERROR
    except PlannerError as error:
        print(f"care-planner: error: {say(error.message)}", file=err)
        return EXIT_ERROR
