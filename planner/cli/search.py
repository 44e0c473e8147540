"""``care-planner search TERM [--json] [--limit N]``: the records whose words begin with the
words of TERM, grouped by kind, a few of each (``--limit``) with how many match in all."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any, TextIO

from planner.cli.json_text import write_json
from planner.cli.language import say
from planner.domain.changes import Kind
from planner.domain.messages import Message, translate
from planner.domain.search import COUNTED_UP_TO, Found, FoundKind, Results
from planner.services.plan import Plan
from planner.services.search import checked_term, search

EXIT_OK = 0

TYPES: dict[Kind, str] = {
    Kind.APPOINTMENT: "appointment",
    Kind.RIDE_LEG: "ride",
    Kind.PLACE: "place",
    Kind.HELPER: "helper",
    Kind.CONTACT: "contact",
    Kind.TASK: "task",
    Kind.MEAL: "meal",
    Kind.GROUP: "group",
    Kind.JOURNAL_ENTRY: "journal",
    Kind.QUESTION: "question",
    Kind.MEDICINE: "medicine",
}
"""Each kind's ``type`` in ``--json`` (the words ``week --json`` uses, where it has one)."""
HEADINGS: dict[Kind, Message] = {
    Kind.APPOINTMENT: translate("Cli", "Appointments"),
    Kind.RIDE_LEG: translate("Cli", "Rides"),
    Kind.PLACE: translate("Cli", "Places"),
    Kind.HELPER: translate("Cli", "Helpers"),
    Kind.CONTACT: translate("Cli", "Contacts"),
    Kind.TASK: translate("Cli", "Help tasks"),
    Kind.MEAL: translate("Cli", "Freezer meals"),
    Kind.GROUP: translate("Cli", "Support groups"),
    Kind.JOURNAL_ENTRY: translate("Cli", "Journal entries"),
    Kind.QUESTION: translate("Cli", "Questions"),
    Kind.MEDICINE: translate("Cli", "Medicines"),
}


def _when(value: dt.datetime | dt.date | None) -> str | None:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes")
    return value.isoformat() if value is not None else None


def hit_json(hit: Found) -> dict[str, Any]:
    return {
        "type": TYPES[hit.kind],
        "kind": hit.kind.value,
        "id": hit.id,
        "title": say(hit.title),
        "when": _when(hit.when),
        "detail": say(hit.detail),
    }


def _count(group: FoundKind) -> str:
    if len(group.hits) == group.total:
        return str(group.total)
    if group.counted_all:
        return say(
            translate("Cli", "{shown} of {total}").format(shown=len(group.hits), total=group.total)
        )
    return say(
        translate("Cli", "{shown} of {total} or more").format(
            shown=len(group.hits), total=COUNTED_UP_TO
        )
    )


def _line(hit: Found) -> str:
    when = ""
    if isinstance(hit.when, dt.datetime):
        # The year as written, not as a number ("2026", never "2.026").
        day, year, time = hit.when.date(), str(hit.when.year), hit.when.time()
        when = (
            say(translate("Cli", "{day} {year} {time}").format(day=day, year=year, time=time))
            + "  "
        )
    elif hit.when is not None:
        year = str(hit.when.year)
        when = say(translate("Cli", "{day} {year}").format(day=hit.when, year=year)) + "  "
    detail = f" — {say(hit.detail)}" if hit.detail else ""
    return f"  #{hit.id}  {when}{say(hit.title)}{detail}"


def results_text(results: Results) -> str:
    if results.empty:
        nothing = translate("Cli", "Nothing found for “{term}”.").format(term=results.term.strip())
        return say(nothing) + "\n"
    lines = []
    for group in results.groups:
        lines.append(f"{say(HEADINGS[group.kind])} ({_count(group)})")
        lines.extend(_line(hit) for hit in group.hits)
    return "\n".join(lines) + "\n"


def run_search(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    term = checked_term(" ".join(args.term))
    results = search(plan, term, per_kind=args.limit)
    if args.json:
        write_json([hit_json(hit) for hit in results.hits()], out)
    else:
        out.write(results_text(results))
    return EXIT_OK
