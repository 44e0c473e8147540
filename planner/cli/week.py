"""``week`` and ``check``: the coming days and the gaps in the coming weeks."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TextIO

from planner.cli import output
from planner.cli.json_text import write_json
from planner.domain.messages import translate
from planner.services import week
from planner.services.plan import Plan

EXIT_OK, EXIT_GAPS = 0, 1


def show_week(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    """``week [--date DAY] [--json]``."""
    today = plan.clock.today()
    shown = week.coming_days(plan, args.date or today, doses=True)
    if args.json:
        write_json(output.week_json(shown), out)
    else:
        out.write(output.week_text(shown, today))
    return EXIT_OK


def check_gaps(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    """``check [--weeks N] [--json]``: exit status 1 when there are gaps."""
    today = plan.clock.today()
    gaps = week.check(plan, weeks=args.weeks, today=today)
    if args.json:
        last = today + dt.timedelta(days=7 * args.weeks - 1)
        document = {
            "from": today.isoformat(),
            "to": last.isoformat(),
            "gaps": [output.gap_json(gap) for gap in gaps],
        }
        write_json(document, out)
    else:
        empty = translate("Cli", "No gaps in the next %n weeks.").format(n=args.weeks)
        out.write(output.gaps_text(gaps, empty=empty) + "\n")
    return EXIT_GAPS if gaps else EXIT_OK
