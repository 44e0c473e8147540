"""`care-planner --demo` fills the demo month in the window's language: German titles and
places in a German window, English ones in an English window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from planner.services.plan import Plan
from planner.ui import app, translations
from tests.ui.conftest import MakeWindow


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    assert translations.install(qapp, "de") == "de"
    yield
    translations.uninstall(qapp)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Plan]:
    """The demo plan as the window opens it at start-up (``--demo``)."""
    plan = app._open(None, tmp_path)
    yield plan
    plan.close()


def titles(plan: Plan) -> set[str]:
    with plan.unit_of_work() as work:
        return {a.title for a in work.store.appointments()}


def test_the_demo_of_a_german_window_is_german(
    german: None, demo: Plan, make_window: MakeWindow
) -> None:
    assert "Chemotherapie, Zyklus 1" in titles(demo)
    assert "Chemotherapy, cycle 1" not in titles(demo)

    window = make_window(demo)
    # The coming days' gap names the German treatment, in a German sentence.
    gap = window.week_page.gaps.model.index(0, 0).data()
    assert "Rückfahrt von Chemotherapie, Zyklus 1" in gap


def test_the_demo_of_an_english_window_is_english(demo: Plan) -> None:
    assert "Chemotherapy, cycle 1" in titles(demo)
    assert not any(title.startswith("Chemotherapie") for title in titles(demo))
