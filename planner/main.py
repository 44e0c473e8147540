"""The ``care-planner`` entry point: the window, or a command-line subcommand."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from planner.cli.parser import build_parser

DEBUG = "CARE_PLANNER_DEBUG"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from planner.ui.app import run_window

            return run_window(args.database_url, demo=args.demo)
        from planner.cli.commands import run_command

        return run_command(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as error:  # the contract: a clear line, never a traceback
        if os.environ.get(DEBUG):
            raise
        print(
            f"care-planner: unexpected error: {error!r} (set {DEBUG}=1 for details)",
            file=sys.stderr,
        )
        return 2
