"""The ``care-planner`` entry point: the window, or a command-line subcommand."""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from planner import codecache
from planner.cli.parser import build_parser

if TYPE_CHECKING:
    from pathlib import Path

    from planner.services.plan import Plan

DEBUG = "CARE_PLANNER_DEBUG"


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:  # a process started as care-planner: its records' code is kept
        codecache.install()
    parser = build_parser(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            if argv is None:  # the process was started for the window: see _whole_process
                gc.disable()  # the window turns sweeping on again once it is built
            # The window shows the coming days first: a copy of this process works them
            # out while the window is made (planner/services/early_week.py).
            early = argv is None and not (args.demo or args.tray)
            if early:
                from planner.services import early_week

                early_week.start(args.database_url)
            from planner.ui.app import run_window

            try:
                return run_window(args.database_url, demo=args.demo, in_tray=args.tray)
            finally:
                if early:
                    early_week.discard()
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
    the end) is frozen: no sweep looks at it again. What the command itself makes is swept
    as usual (``changes --follow`` runs for hours). Once the command is done, the process
    ends at once (:func:`_end_process`). Only for a whole process: a test calling
    :func:`main` keeps its collector as it was.
    """
    from planner.cli.commands import run_command

    def imported() -> None:
        codecache.save()
        gc.freeze()
        gc.enable()

    gc.disable()
    try:
        if args.command == "export" and args.format == "pdf":
            _register_printed_pages()
        code = run_command(args, imported=imported)
    finally:
        gc.freeze()  # what is left is freed by the exit, without a last sweep over it
    _end_process(code)


def _end_process(code: int) -> NoReturn:
    """End the process started for one command, now that the command is done.

    The plan is closed and every file the command wrote is closed by now; what is left is
    its output, flushed here. Python's own ending would then take apart the 400 modules
    and their objects one by one (about 10 ms of ``week --json``) for memory the system
    takes back at once anyway.
    """
    codecache.save()  # the code of records the command's own imports defined
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (as in main)
        code = 1
    with contextlib.suppress(OSError):
        sys.stderr.flush()
    if "logging" in sys.modules:  # its file handlers' last lines
        import logging

        logging.shutdown()
    os._exit(code)


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
