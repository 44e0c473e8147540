"""``care-planner red-flags``: the red-flag rules the plan follows, in words.

The rules are changed in the window (Edit > Preferences), where the care team's own numbers
replace the defaults from published guidance.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from planner.cli.json_text import write_json
from planner.cli.language import say
from planner.domain import red_flags
from planner.domain.messages import translate
from planner.services import red_flag_settings
from planner.services.plan import Plan

EXIT_OK = 0


def show_red_flags(plan: Plan, args: argparse.Namespace, out: TextIO) -> int:
    """``red-flags [--json]``."""
    table = red_flag_settings.rules(plan)
    unit = red_flag_settings.temperature_unit(plan)
    rows = table.rows(unit)
    if getattr(args, "json", False):
        document = {
            "unit": unit.value,
            "follows_guidance": table.follows_guidance,
            "rules": [_row_json(row, unit) for row in rows],
        }
        write_json(document, out)
        return EXIT_OK
    heading = (
        translate(
            "Cli",
            "Red-flag rules (defaults from published guidance; the care team's own numbers "
            "come first):",
        )
        if table.follows_guidance
        else translate(
            "Cli",
            "Red-flag rules (the care team's own numbers; the care team's own numbers come first):",
        )
    )
    print(say(heading), file=out)
    for words in red_flags.table_text(table, unit):
        print(f"- {say(words)}", file=out)
    return EXIT_OK


def _row_json(row: red_flags.RedFlagRule, unit: red_flags.TemperatureUnit) -> dict[str, Any]:
    words = say(red_flags.describe_row(row, unit))
    if isinstance(row, red_flags.SeverityRule):
        return {"kind": "severity", "at_least": row.at_least, "words": words}
    return {
        "kind": "temperature",
        "at_least": str(row.at_least.value),
        "unit": row.at_least.unit.value,
        "readings": row.readings,
        "apart_minutes": int(row.apart.total_seconds() // 60),
        "within_minutes": int(row.within.total_seconds() // 60),
        "words": words,
    }
