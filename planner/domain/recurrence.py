"""Repeat rules (RFC 5545 RRULE) the planner accepts: those that can always be worked out.

A rule that can never match ("the 30th of February") or asks for a position that may never
come sends a rule engine looking up to the year 9999, which freezes the window for most of a
minute. Every repeat rule, typed into a form or read from a calendar file, passes
:func:`check_rule` before anything expands it.
"""

from __future__ import annotations

from planner.domain.messages import translate

REPEATS = frozenset({"DAILY", "WEEKLY", "MONTHLY", "YEARLY"})
RULE_PARTS = frozenset(
    {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "WKST", "BYSETPOS"}
)
LARGEST_INTERVAL = 1000
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def rule_parts(text: str) -> dict[str, list[str]]:
    """``"FREQ=WEEKLY;BYDAY=MO,TH"`` as ``{"FREQ": ["WEEKLY"], "BYDAY": ["MO", "TH"]}``."""
    parts: dict[str, list[str]] = {}
    body = text.strip().upper().removeprefix("RRULE:")
    for piece in filter(None, body.split(";")):
        name, equals, value = piece.partition("=")
        if not equals or not name.strip():
            raise ValueError(
                translate(
                    "Errors", "The repeat rule has a part without a value: '{piece}'."
                ).format(piece=piece)
            )
        parts[name.strip()] = [v.strip() for v in value.split(",")]
    return parts


def check_rule(text: str) -> None:
    """Raise ValueError, saying why, unless ``text`` is a rule that can always be expanded
    quickly: daily to yearly, an interval from 1, and days and positions that exist."""
    parts = rule_parts(text)
    unknown = set(parts) - RULE_PARTS
    if unknown:
        raise ValueError(
            translate(
                "Errors", "The repeat rule uses {parts}, which a care plan does not need."
            ).format(parts=", ".join(sorted(unknown)))
        )
    frequency = parts.get("FREQ", [""])[0]
    if frequency not in REPEATS:
        raise ValueError(
            translate(
                "Errors",
                "The rule repeats {frequency}; only daily, weekly, monthly or yearly repeats "
                "are read.",
            ).format(frequency=frequency.lower())
            if frequency
            else translate(
                "Errors",
                "The rule repeats without a frequency; only daily, weekly, monthly or yearly "
                "repeats are read.",
            )
        )
    interval = parts.get("INTERVAL", ["1"])[0]
    if not interval.isdigit() or not 1 <= int(interval) <= LARGEST_INTERVAL:
        raise ValueError(
            translate(
                "Errors", "The repeat interval {interval} is not a whole number from 1 on."
            ).format(interval=interval)
        )
    for position in parts.get("BYSETPOS", []):
        # "The first Monday" and the like: one of the first or last four matches of a month
        # or year always exists; any other position may never come.
        if frequency not in ("MONTHLY", "YEARLY") or "BYDAY" not in parts or "BYMONTHDAY" in parts:
            raise ValueError(
                translate(
                    "Errors", "The repeat rule picks a position that may never come (BYSETPOS)."
                )
            )
        if not _whole(position) or not 1 <= abs(int(position)) <= 4:
            raise ValueError(
                translate(
                    "Errors", "The repeat rule picks position {position}, which may never come."
                ).format(position=position)
            )
    months = [int(m) for m in parts.get("BYMONTH", []) if _whole(m)] or list(range(1, 13))
    if any(not 1 <= m <= 12 for m in months):
        raise ValueError(translate("Errors", "The repeat rule names a month that does not exist."))
    for day in parts.get("BYMONTHDAY", []):
        if not _whole(day) or not any(abs(int(day)) <= _MONTH_DAYS[m - 1] for m in months):
            raise ValueError(
                translate(
                    "Errors", "The repeat rule asks for day {day} of a month that has no such day."
                ).format(day=day)
            )


def _whole(text: str) -> bool:
    return text.lstrip("+-").isdigit()
