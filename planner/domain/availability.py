"""When a helper can help: their usual weekly windows, and whether two bookings collide."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from planner.domain.model import Availability, Helper

_DAY = dt.timedelta(days=1)


def overlaps(
    a_start: dt.datetime, a_end: dt.datetime, b_start: dt.datetime, b_end: dt.datetime
) -> bool:
    """Whether two time spans share a moment; spans that only touch do not overlap."""
    return a_start < b_end and b_start < a_end


def _window_end(window: Availability) -> dt.timedelta:
    """The window's end as time since midnight; an end of 00:00 means the end of the day."""
    end = dt.timedelta(hours=window.end.hour, minutes=window.end.minute, seconds=window.end.second)
    return end if end > dt.timedelta(0) else _DAY


def _since_midnight(moment: dt.time) -> dt.timedelta:
    return dt.timedelta(hours=moment.hour, minutes=moment.minute, seconds=moment.second)


@lru_cache(maxsize=1024)
def _merged(
    windows: tuple[Availability, ...], weekday: int
) -> tuple[tuple[dt.timedelta, dt.timedelta], ...]:
    """The windows of one weekday, with touching or overlapping ones joined (worked out
    once per helper's windows and weekday: a week's rides ask for the same few)."""
    spans = sorted(
        (_since_midnight(w.start), _window_end(w))
        for w in windows
        if w.weekday == weekday and _window_end(w) > _since_midnight(w.start)
    )
    merged: list[tuple[dt.timedelta, dt.timedelta]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def available(helper: Helper, start: dt.datetime, end: dt.datetime) -> bool:
    """Whether the span lies inside the helper's usual availability.

    A helper with no usual availability recorded counts as available at any time. A span
    that runs over midnight must be covered on each day it touches.
    """
    if not helper.availability:
        return True
    if end < start:
        return False
    day = start.date()
    while True:
        midnight = dt.datetime.combine(day, dt.time.min, tzinfo=start.tzinfo)
        part_start = max(start, midnight) - midnight
        part_end = min(end, midnight + _DAY) - midnight
        if not any(
            low <= part_start and part_end <= high
            for low, high in _merged(helper.availability, day.weekday())
        ):
            return False
        day += _DAY
        if dt.datetime.combine(day, dt.time.min, tzinfo=start.tzinfo) >= end:
            return True
