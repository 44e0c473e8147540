"""Shared test set-up: Qt offscreen, a private data folder, and fresh plans."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: tests never need (or touch) a real display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from planner.services.demo import fill_demo
from planner.services.plan import ENVIRONMENT_URL, Plan, open_plan

TODAY = dt.date(2026, 3, 11)  # a Wednesday; tests that need "today" pass it explicitly


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test away from the real user's data folder and settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv(ENVIRONMENT_URL, raising=False)
    return home


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return tmp_path / "plan" / "plan.sqlite3"


@pytest.fixture
def plan(plan_path: Path) -> Iterator[Plan]:
    opened = open_plan(f"sqlite:///{plan_path}")
    yield opened
    opened.close()


@pytest.fixture
def demo_plan(plan: Plan) -> Plan:
    """A plan holding the demo month around :data:`TODAY`."""
    fill_demo(plan, TODAY)
    return plan
