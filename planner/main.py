"""The ``care-planner`` entry point: the window, or a command-line subcommand."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from planner.cli.parser import build_parser

if TYPE_CHECKING:
    from pathlib import Path

    from planner.services.plan import Plan

DEBUG = "CARE_PLANNER_DEBUG"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            if argv is None:  # the process was started for the window: see _whole_process
                gc.disable()  # the window turns sweeping on again once it is built
            from planner.ui.app import run_window

            return run_window(args.database_url, demo=args.demo, in_tray=args.tray)
        if args.command == "install-desktop":  # needs no plan
            from planner.cli.desktop import install_desktop

            return install_desktop(args)
        if argv is None:  # the process was started for this one command
            return _whole_process(args)
        from planner.cli.commands import run_command

        if args.command == "export" and args.format == "pdf":
            _register_printed_pages()
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
        from planner.services import errorlog

        print(f"care-planner: {_went_wrong(errorlog.record(error))}", file=sys.stderr)
        return 2


def _whole_process(args: argparse.Namespace) -> int:
    """Run the subcommand this process was started for, its memory left to the exit.

    Python's garbage collector sweeps the objects the process holds from time to time, and
    again as the process ends: the 60,000 objects that importing SQLAlchemy and the plan's
    records makes cost ``week --json`` about 40 ms of sweeps while it ran and 70 ms as it
    ended. So the sweeps wait until the imports are done, and what is there then (and at
    the end) is frozen: no sweep looks at it again, and the exit frees it without one.
    What the command itself makes is swept as usual (``changes --follow`` runs for hours).
    Only for a whole process: a test calling :func:`main` keeps its collector as it was.
    """
    from planner.cli.commands import run_command

    def imported() -> None:
        gc.freeze()
        gc.enable()

    gc.disable()
    try:
        if args.command == "export" and args.format == "pdf":
            _register_printed_pages()
        return run_command(args, imported=imported)
    finally:
        gc.freeze()  # what is left is freed by the exit, without a last sweep over it


def _went_wrong(where: Path | None) -> str:
    """The one line said when a command stopped on something unforeseen, in the command
    line's language; ``where`` is the file that notes it (or nothing)."""
    from planner.cli.language import say
    from planner.domain.messages import translate

    if where:
        return say(
            translate(
                "Cli",
                "something went wrong, and the command stopped; what it had not saved yet was "
                "not saved. Where it happened is noted in {where}. (Set {variable}=1 to see "
                "the details.)",
            ).format(where=where, variable=DEBUG)
        )
    return say(
        translate(
            "Cli",
            "something went wrong, and the command stopped; what it had not saved yet was not "
            "saved. (Set {variable}=1 to see the details.)",
        ).format(variable=DEBUG)
    )


def _register_printed_pages() -> None:
    """Printed pages are laid out by Qt, which the command line never imports: the entry
    point, above both, lends the window's page writer to ``export pdf``."""
    from planner.cli import transfer
    from planner.cli.language import language
    from planner.ui.print.pages import export_pdf

    def export(plan: Plan, request: transfer.ExportRequest) -> str:
        return export_pdf(
            plan,
            request.path,
            week=request.week,
            helper=request.helper,
            ride=request.ride,
            emergency=request.emergency,
            language=language(),
        )

    transfer.EXPORTERS.setdefault("pdf", export)
