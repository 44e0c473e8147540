from __future__ import annotations

from pathlib import Path

from planner.ui import settings


def test_the_window_s_settings_go_where_the_default_format_points(private_settings: Path) -> None:
    # Each test has its own settings folder; a store in the native format would ignore it
    # and share one file (the first test's) across the whole run.
    assert Path(settings.settings().fileName()).is_relative_to(private_settings)
