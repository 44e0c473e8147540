"""``care-planner changes [--since SEQ|DATE] [--follow] [--json] [--author NAME] [--area
AREA] [--prune]``: the change log, one line for each change (or each action), in plain
sentences; with ``--follow``, the changes anyone makes afterwards as they are saved, until
interrupted. ``--author`` and ``--area`` narrow it as the window's Activity panel does;
``--prune`` removes the changes older than the plan keeps them."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import re
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from types import FrameType
from typing import Any, TextIO

from planner.cli.language import language, say
from planner.domain.enums import Area
from planner.domain.errors import InvalidInput
from planner.domain.messages import Message, format_day, translate
from planner.services import activity, activity_list, retention
from planner.services.plan import Plan, retrying
from planner.services.watch import PlanWatcher, last_seq

EXIT_OK = 0
WAIT_SECONDS = 1.0
"""How long one wait for a save elsewhere lasts while following."""


def since_value(text: str | None) -> int | dt.date | None:
    """``--since``: a change's number or a date (YYYY-MM-DD); InvalidInput otherwise."""
    if text is None:
        return None
    value = text.strip()
    if re.fullmatch(r"[0-9]+", value):
        return int(value)
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise InvalidInput(
                translate(
                    "Errors", "--since '{text}' is not a date; write it as 2026-03-14"
                ).format(text=text)
            ) from None
    raise InvalidInput(
        translate(
            "Errors",
            "--since takes a change's number (its seq, e.g. 120) or a date "
            "(YYYY-MM-DD, e.g. 2026-03-14), not '{text}'",
        ).format(text=text)
    )


def line_json(line: activity.Line) -> dict[str, Any]:
    return {
        "seq": line.seq,
        "at": line.at.isoformat(timespec="seconds"),
        "who": line.who,
        "kind": line.kind.value,
        "id": line.id,
        "action": line.action.value,
        "summary": str(line.summary),  # data: the English sentence, the same everywhere
        "sentence": say(line.summary),  # the same in the reader's language
        "folded": list(line.folded),
    }


def line_text(line: activity.Line, this_year: int) -> str:
    """``Sat 5 Dec 21:30  root confirmed the ride home on Mon 7 Dec``."""
    return f"{say(activity.moment(line.at, this_year))}  {say(line.summary)}"


def day_text(day: dt.date, this_year: int) -> str:
    """``Mon 7 Dec`` (``Mo., 7. Dez.``); with the year when it is not ``this_year``."""
    shown = format_day(day, language())
    return shown if day.year == this_year else f"{shown} {day.year}"


def show_changes(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    if args.prune:
        return _prune(plan, out)
    since = since_value(args.since)
    this_year = plan.clock.today().year
    who, area = args.author, Area(args.area) if args.area else None

    def write(lines: Sequence[activity.Line]) -> None:
        for line in lines:
            if not activity_list.matches(line, who, area):
                continue
            if args.json:
                out.write(json.dumps(line_json(line), ensure_ascii=False) + "\n")
            else:
                out.write(line_text(line, this_year) + "\n")
            out.flush()  # a reader (a pipe, another program) sees each line as it comes

    if since is None and (who is not None or area is not None):
        # The last changes of that person or area, not those among the last of all.
        entries = activity_list.recent(plan, who=who, area=area, last=activity.RECENT)
        shown, newest = [entry.line for entry in reversed(entries)], last_seq(plan)
    else:
        shown, newest = activity.feed(plan, since)
        shown = [line for line in shown if activity_list.matches(line, who, area)]
    write(shown)
    if not args.follow:
        if not shown and not args.json:
            filtered = who is not None or area is not None
            nothing = (
                translate("Cli", "No changes match.") if filtered else _nothing(since, this_year)
            )
            out.write(say(nothing) + "\n")
        return EXIT_OK
    # Ctrl+C (or SIGTERM) is the usual way to stop following: quietly, exit status 0.
    with _stopped_by_sigterm(), contextlib.suppress(KeyboardInterrupt):
        _follow(plan, newest, write)
    return EXIT_OK


def _prune(plan: Plan, out: TextIO) -> int:
    before = retention.cutoff(plan)
    removed = retrying(lambda: retention.prune(plan))
    day = day_text(before, plan.clock.today().year)
    told = (
        translate("Cli", "Removed %n change made before {day}.").format(n=removed, day=day)
        if removed == 1
        else translate("Cli", "Removed %n changes made before {day}.").format(n=removed, day=day)
    )
    out.write(say(told) + "\n")
    return EXIT_OK


def _nothing(since: int | dt.date | None, this_year: int) -> Message:
    if isinstance(since, int):
        return translate("Cli", "No changes after change {seq}.").format(seq=str(since))
    if isinstance(since, dt.date):
        return translate("Cli", "No changes since {day}.").format(day=day_text(since, this_year))
    return translate("Cli", "No changes recorded yet.")


def _follow(plan: Plan, after: int, write: Callable[[Sequence[activity.Line]], None]) -> None:
    """Print what anyone saves after change ``after``, until interrupted."""
    watcher = PlanWatcher(plan, after=after)
    try:
        heard = True  # look once at the start: a save may have come before the listener
        while True:
            if heard:
                found = watcher.changes()
                if found:
                    write(activity.describe(plan, found))
            heard = watcher.wait(WAIT_SECONDS)
    finally:
        watcher.close()


@contextmanager
def _stopped_by_sigterm() -> Iterator[None]:
    """SIGTERM stops following as Ctrl+C does (quietly, exit status 0)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(_number: int, _frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    before = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)
