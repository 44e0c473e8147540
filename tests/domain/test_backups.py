"""Rotation of automatic backups, as a plain rule."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.backups import DAILY, LAST, WEEKLY, to_keep

NOW = dt.datetime(2026, 3, 11, 10)
moments = st.lists(st.datetimes(min_value=NOW - dt.timedelta(days=200), max_value=NOW), max_size=80)


@given(moments)
def test_the_newest_ten_are_kept_and_nothing_is_invented(made: list[dt.datetime]) -> None:
    kept = to_keep(made, NOW)
    assert kept <= set(made)
    assert set(sorted(set(made), reverse=True)[:LAST]) <= kept
    assert len(kept) <= LAST + DAILY + WEEKLY


@given(moments)
def test_each_recent_day_and_week_keeps_its_newest(made: list[dt.datetime]) -> None:
    kept = to_keep(made, NOW)
    for moment in made:
        age = (NOW.date() - moment.date()).days
        newest_that_day = max(m for m in made if m.date() == moment.date())
        if age < DAILY:
            assert newest_that_day in kept
        week = moment.date().isocalendar()[:2]
        newest_that_week = max(m for m in made if m.date().isocalendar()[:2] == week)
        if age < WEEKLY * 7 and (NOW.date() - newest_that_week.date()).days < WEEKLY * 7:
            assert newest_that_week in kept


def test_a_backup_every_half_hour_for_a_month_keeps_a_few_dozen() -> None:
    made = [NOW - dt.timedelta(minutes=30 * n) for n in range(48 * 30)]
    kept = to_keep(made, NOW)
    today = [m for m in kept if m.date() == NOW.date()]
    earlier_days = {m.date() for m in kept if m.date() != NOW.date()}
    assert len(today) == LAST  # the last ten are all from today's half hours
    assert len(earlier_days) >= DAILY - 1  # then one for each of the other 13 days
    assert len(kept) < 48  # of 1,440 made
    assert min(kept) > NOW - dt.timedelta(days=WEEKLY * 7)
