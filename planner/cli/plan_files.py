"""``demo``, ``backup`` and ``restore``: what fills a plan file, and its copies."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from planner.cli.language import say
from planner.domain.messages import translate
from planner.services import backups, demo
from planner.services.plan import Plan

EXIT_OK = 0
EXIT_FAILED_CHECK = 1
"""backup: the plan fails SQLite's check, so no backup was written."""


def fill_demo(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    """``demo``: the demo month, in the command line's language."""
    demo.fill_demo(plan, say)
    print(
        say(translate("Cli", "Filled {plan} with the demo month.").format(plan=plan.location)),
        file=out,
    )
    return EXIT_OK


def back_up(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    """``backup [--output FILE]``."""
    try:
        written = backups.back_up(plan, args.output)
    except backups.DamagedFileError as error:
        # Not a usage error: the plan itself fails its check (exit 1, as check's gaps).
        print(f"care-planner: {say(error.message)}", file=sys.stderr)
        return EXIT_FAILED_CHECK
    print(say(translate("Cli", "Backed up the plan to {path}").format(path=written)), file=out)
    return EXIT_OK


def restore(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    """``restore FILE``: the plan as it was is kept first."""
    safety = backups.restore(plan, args.file)
    restored = translate(
        "Cli", "Restored the plan from {path}; the plan as it was is kept in {kept}"
    ).format(path=args.file, kept=safety)
    print(say(restored), file=out)
    return EXIT_OK
