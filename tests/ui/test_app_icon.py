"""The window's icon: Care Planner's own drawing, at every size a desktop asks for."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor

from planner.ui import icon
from planner.ui.icon import application_icon


@pytest.fixture(autouse=True)
def fresh_icon() -> Iterator[None]:
    application_icon.cache_clear()
    yield
    application_icon.cache_clear()


def test_the_application_icon_is_drawn_at_every_size_up_to_256_px() -> None:
    found = application_icon()

    assert not found.isNull()
    assert found.pixmap(QSize(16, 16)).size() == QSize(16, 16)
    image = found.pixmap(QSize(256, 256)).toImage()
    assert image.size() == QSize(256, 256)
    # Transparent in the corner, the calendar's white page and its red heart inside.
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(44, 200) == QColor("#ffffff")
    heart = image.pixelColor(128, 160)
    assert heart.red() > 180 and heart.green() < 80 and heart.blue() < 90


def test_the_icon_is_made_once() -> None:
    assert application_icon() is application_icon()


def test_without_its_drawing_the_icon_is_empty_and_says_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The platform's own icon then shows; no warning (a Qt warning fails the test)."""
    monkeypatch.setattr(icon, "icon_path", lambda: tmp_path / "missing.svg")
    assert application_icon().isNull()
