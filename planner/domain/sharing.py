"""Settings of the files that leave the program (calendars, sheets, packets)."""

from __future__ import annotations

from planner.domain.settings import zone_setting

TIME_ZONE = zone_setting("calendar.time_zone")
"""The IANA zone the plan's times are in, written into exported calendars; empty means this
computer's zone."""
