"""Text and JSON renderings of weeks and gaps for the command line."""

from __future__ import annotations

import datetime as dt
from typing import Any

from planner.domain.dose_rules import dose_id
from planner.domain.gaps import Gap
from planner.domain.week import Day, ItemType, Week, WeekItem, days_looked_ahead


def gap_json(gap: Gap) -> dict[str, Any]:
    return {
        "kind": gap.kind,
        "date": gap.date.isoformat(),
        "at": gap.at.isoformat(timespec="minutes") if gap.at else None,
        "act_by": gap.act_by.isoformat(),
        "message": gap.message,
        "fix": {
            "area": gap.fix.area.value,
            "record_id": gap.fix.record_id,
            "action": gap.fix.action,
        },
    }


def item_json(item: WeekItem) -> dict[str, Any]:
    found = {
        "type": item.type.value,
        "title": item.title,
        "start": item.start.isoformat(timespec="minutes"),
        "id": item.id,
        "detail": item.detail,
        "status": item.status,
    }
    if item.type is ItemType.DOSE:
        # A dose's "id" is its medicine's; "dose" names the dose itself, as `dose ID` takes it.
        found["dose"] = dose_id(item.id, item.start)
    return found


def day_json(day: Day) -> dict[str, Any]:
    return {
        "date": day.date.isoformat(),
        "hard_day": day.is_hard,
        "hard_because": list(day.hard_because),
        "items": [item_json(item) for item in day.items],
        "infection_risk": day.infection_risk,
        "notes": [day.risk_note] if day.risk_note else [],
    }


def week_json(week: Week) -> dict[str, Any]:
    return {
        "week_start": week.week_start.isoformat(),
        "days": [day_json(day) for day in week.days],
        "gaps": [gap_json(gap) for gap in week.gaps],
        "gaps_until": week.gaps_until.isoformat() if week.gaps_until else None,
    }


def _day_heading(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B}"


def week_text(week: Week, today: dt.date) -> str:
    last = week.days[-1].date if week.days else week.week_start
    lines = [f"{_day_heading(week.week_start)} to {_day_heading(last)} {last.year}", ""]
    for day in week.days:
        notes = []
        if day.date == today:
            notes.append("today")
        if day.is_hard:
            notes.append("hard day, after " + ", ".join(day.hard_because))
        suffix = f"  ({'; '.join(notes)})" if notes else ""
        lines.append(_day_heading(day.date) + suffix)
        if not day.items:
            lines.append("  nothing planned")
        for item in day.items:
            detail = f" — {item.detail}" if item.detail else ""
            lines.append(f"  {item.start:%H:%M}  {item.type.value:<11} {item.title}{detail}")
        if day.risk_note:
            lines.append(f"  {day.risk_note}")
        lines.append("")
    ahead = days_looked_ahead(week, today)
    if ahead is not None:
        empty = f"Nothing missing in the next {ahead} days."
    elif week.gaps_until is None:
        empty = "These days are over."
    else:
        empty = "Nothing missing in these seven days."
    lines.append(gaps_text(week.gaps, empty=empty))
    return "\n".join(lines).rstrip() + "\n"


def gaps_text(gaps: tuple[Gap, ...] | list[Gap], *, empty: str) -> str:
    if not gaps:
        return empty
    lines = [f"Gaps ({len(gaps)}):"]
    for gap in gaps:
        lines.append(
            f"  {gap.date:%a} {gap.date.day} {gap.date:%b}  {gap.message}  [fix: {gap.fix.action}]"
        )
    return "\n".join(lines)
