from __future__ import annotations

from pathlib import Path

from planner.ui import settings


def test_the_window_s_settings_go_where_the_default_format_points(private_settings: Path) -> None:
    # Each test has its own settings folder; a store in the native format would ignore it
    # and share one file (the first test's) across the whole run.
    assert Path(settings.settings().fileName()).is_relative_to(private_settings)


def test_the_settings_file_is_readable_by_the_user_alone(private_settings: Path) -> None:
    store = settings.settings()
    path = Path(store.fileName())
    path.chmod(0o644)  # as an older version, or a copy by hand, left it

    store = settings.settings()
    store.setValue(settings.TEXT_SIZE, 150)
    store.sync()

    assert path.stat().st_mode & 0o777 == 0o600
    assert settings.settings().value(settings.TEXT_SIZE) in (150, "150")
