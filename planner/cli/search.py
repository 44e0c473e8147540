"""``care-planner search TERM [--json] [--limit N]``: the records whose words begin with the
words of TERM, grouped by kind, a few of each (``--limit``) with how many match in all."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any, TextIO

from planner.domain.changes import Kind
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
HEADINGS: dict[Kind, str] = {
    Kind.APPOINTMENT: "Appointments",
    Kind.RIDE_LEG: "Rides",
    Kind.PLACE: "Places",
    Kind.HELPER: "Helpers",
    Kind.CONTACT: "Contacts",
    Kind.TASK: "Help tasks",
    Kind.MEAL: "Freezer meals",
    Kind.GROUP: "Support groups",
    Kind.JOURNAL_ENTRY: "Journal entries",
    Kind.QUESTION: "Questions",
    Kind.MEDICINE: "Medicines",
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
        "title": hit.title,
        "when": _when(hit.when),
        "detail": hit.detail,
    }


def _count(group: FoundKind) -> str:
    if len(group.hits) == group.total:
        return str(group.total)
    if group.counted_all:
        return f"{len(group.hits)} of {group.total}"
    return f"{len(group.hits)} of {COUNTED_UP_TO} or more"


def _line(hit: Found) -> str:
    when = ""
    if isinstance(hit.when, dt.datetime):
        when = f"{hit.when:%a} {hit.when.day} {hit.when:%b %Y %H:%M}  "
    elif hit.when is not None:
        when = f"{hit.when:%a} {hit.when.day} {hit.when:%b %Y}  "
    detail = f" — {hit.detail}" if hit.detail else ""
    return f"  #{hit.id}  {when}{hit.title}{detail}"


def results_text(results: Results) -> str:
    if results.empty:
        return f"Nothing found for “{results.term.strip()}”.\n"
    lines = []
    for group in results.groups:
        lines.append(f"{HEADINGS[group.kind]} ({_count(group)})")
        lines.extend(_line(hit) for hit in group.hits)
    return "\n".join(lines) + "\n"


def run_search(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    term = checked_term(" ".join(args.term))
    results = search(plan, term, per_kind=args.limit)
    if args.json:
        json.dump([hit_json(hit) for hit in results.hits()], out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        out.write(results_text(results))
    return EXIT_OK
