"""Text and JSON renderings of weeks and gaps for the command line, in its language (see
:mod:`planner.cli.language`)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from planner.cli.language import language, say
from planner.domain.dose_rules import dose_id
from planner.domain.enums import label
from planner.domain.gaps import Gap
from planner.domain.messages import VOCABULARY, Message, translate
from planner.domain.week import Day, ItemType, Week, WeekItem, days_looked_ahead
from planner.interop.catalogue import lookup_in


def gap_json(gap: Gap) -> dict[str, Any]:
    return {
        "kind": gap.kind,
        "date": gap.date.isoformat(),
        "at": gap.at.isoformat(timespec="minutes") if gap.at else None,
        "act_by": gap.act_by.isoformat(),
        "message": say(gap.message),
        "fix": {
            "area": gap.fix.area.value,
            "record_id": gap.fix.record_id,
            "action": say(gap.fix.action),
        },
    }


def item_json(item: WeekItem) -> dict[str, Any]:
    found = {
        "type": item.type.value,
        "title": say(item.title),
        "start": item.start.isoformat(timespec="minutes"),
        "id": item.id,
        "detail": say(item.detail),
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
        "notes": [say(day.risk_note)] if day.risk_note else [],
    }


def week_json(week: Week) -> dict[str, Any]:
    return {
        "week_start": week.week_start.isoformat(),
        "days": [day_json(day) for day in week.days],
        "gaps": [gap_json(gap) for gap in week.gaps],
        "gaps_until": week.gaps_until.isoformat() if week.gaps_until else None,
    }


def long_day(day: dt.date) -> str:
    """The weekday, day and month in full: "Wednesday 11 March", "Mittwoch, 11. März"."""
    chosen = language()
    if chosen == "en":
        return f"{day:%A} {day.day} {day:%B}"
    from babel.dates import format_date

    pattern = "EEEE, d. MMMM" if chosen == "de" else "EEEE d MMMM"
    return str(format_date(day, pattern, locale=chosen))


def data_word(value: StrEnum) -> str:
    """A kind or state as text output names it: its stored word in English ("appointment",
    "due"), its glossary label in another language ("Termin", "Fällig")."""
    chosen = language()
    if chosen == "en":
        return value.value
    return lookup_in(chosen, VOCABULARY, label(value), -1)


def week_text(week: Week, today: dt.date) -> str:
    last = week.days[-1].date if week.days else week.week_start
    heading = translate("Week", "{first} to {last} {year}").format(
        first=long_day(week.week_start), last=long_day(last), year=str(last.year)
    )
    lines = [say(heading), ""]
    # The kinds line up in a column as wide as the longest ("appointment" in English).
    kind_width = max([11, *(len(data_word(i.type)) for d in week.days for i in d.items)])
    for day in week.days:
        notes = []
        if day.date == today:
            notes.append(say(translate("Week", "today")))
        if day.is_hard:
            after = ", ".join(day.hard_because)
            notes.append(
                say(translate("Week", "hard day, after {appointments}").format(appointments=after))
            )
        suffix = f"  ({'; '.join(notes)})" if notes else ""
        lines.append(long_day(day.date) + suffix)
        if not day.items:
            lines.append("  " + say(translate("Week", "nothing planned")))
        for item in day.items:
            said = say(item.detail)
            detail = f" — {said}" if said else ""
            kind = data_word(item.type)
            lines.append(f"  {item.start:%H:%M}  {kind:<{kind_width}} {say(item.title)}{detail}")
        if day.risk_note:
            lines.append(f"  {say(day.risk_note)}")
        lines.append("")
    ahead = days_looked_ahead(week, today)
    if ahead is not None:
        empty = translate("Week", "Nothing missing in the next {count} days.").format(count=ahead)
    elif week.gaps_until is None:
        empty = translate("Week", "These days are over.")
    else:
        empty = translate("Week", "Nothing missing in these seven days.")
    lines.append(gaps_text(week.gaps, empty=empty))
    return "\n".join(lines).rstrip() + "\n"


def gaps_text(gaps: tuple[Gap, ...] | list[Gap], *, empty: Message | str) -> str:
    if not gaps:
        return say(empty)
    lines = [say(translate("Week", "Gaps ({count}):").format(count=len(gaps)))]
    for gap in gaps:
        line = translate("Week", "{day}  {message}  [fix: {action}]").format(
            day=gap.date, message=gap.message, action=gap.fix.action
        )
        lines.append("  " + say(line))
    return "\n".join(lines)
