from __future__ import annotations

from planner.domain.enums import Area
from planner.services.changes import Changes


def test_every_change_concerns_the_week() -> None:
    changes = Changes.of(Area.FREEZER)

    assert changes.concerns(Area.FREEZER) and changes.concerns(Area.WEEK)
    assert not changes.concerns(Area.RIDES)
    assert changes


def test_no_change_is_false() -> None:
    assert not Changes()
    assert not Changes().concerns(Area.WEEK)
