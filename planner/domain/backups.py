"""Which automatic backups to keep: the last ten, one a day for two weeks, one a week for
two months. Older ones are removed, so deleted words do not stay in backups for ever."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

LAST = 10
DAILY = 14
WEEKLY = 8


def to_keep(made: Iterable[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """The backup times to keep of those ``made`` (the newest of each day and week counts)."""
    newest_first = sorted(set(made), reverse=True)
    kept = set(newest_first[:LAST])
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    today = now.date()
    for moment in newest_first:
        day = moment.date()
        if (today - day).days < DAILY and day not in days:
            days.add(day)
            kept.add(moment)
        week = day.isocalendar()[:2]
        if (today - day).days < WEEKLY * 7 and week not in weeks:
            weeks.add(week)
            kept.add(moment)
    return kept
