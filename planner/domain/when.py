"""Moments in the words the rules' messages use; imports nothing of the plan, so that any
rule module (the doses' too, which the plan's window holds) can use it."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache


@lru_cache(maxsize=4096)  # the rules say the same moments again and again (each overlap)
def short_when(moment: dt.datetime) -> str:
    """``Wed 11 Mar at 08:00``."""
    return f"{moment:%a} {moment.day} {moment:%b} at {moment:%H:%M}"
