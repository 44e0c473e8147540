"""Shared test set-up: Qt offscreen, a private data folder, a pinned clock, fresh plans.

Every test runs with the plan's clock pinned (``CARE_PLANNER_NOW``), so no test depends on
the day it runs. By default the clock stands at :data:`NOW`; tests marked ``dated`` run at
each moment of :data:`SWEEP` too when pytest is given ``--sweep-dates``.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Before anything imports Qt: tests never need (or touch) a real display. The offscreen
# screen is a 1280x800 laptop's (Qt's own default is 800x800).
os.environ["QT_QPA_PLATFORM"] = (
    f"offscreen:configfile={Path(__file__).resolve().parent / 'helpers' / 'screen.json'}"
)

from hypothesis import settings as hypothesis_settings

from planner.domain.clock import PIN_VARIABLE
from planner.services import week_reader
from planner.services.demo import fill_demo, next_treatment
from planner.services.plan import ENVIRONMENT_URL, Plan, open_plan
from tests.helpers.keyrings import memory_keyring, no_keyring  # noqa: F401 (fixtures, as below)
from tests.helpers.postgres import cluster, pg_url  # noqa: F401 (fixtures for every test)
from tests.helpers.shared_plans import shared_plan  # noqa: F401 (the same)

# No test depends on the machine's speed: Hypothesis' 200 ms limit per example would fail
# a test on a machine busy with something else (a CI runner, a build on the other core).
hypothesis_settings.register_profile("care-planner", deadline=None)
hypothesis_settings.load_profile("care-planner")

TODAY = dt.date(2026, 3, 11)  # a Wednesday
NOW = dt.datetime.combine(TODAY, dt.time(10))
"""Where the clock stands in every test that does not ask for another moment."""
TREATMENT = next_treatment(TODAY)
"""The demo's next chemotherapy day seen from :data:`TODAY` (Thursday 12 March 2026)."""


@dataclass(frozen=True)
class Moment:
    """A moment to pin the clock at: a wall-clock time, in ``zone`` (the computer's zone
    while the test runs; empty keeps the machine's own)."""

    name: str
    at: dt.datetime
    zone: str = ""


def _week_of_evenings() -> list[Moment]:
    monday = dt.date(2026, 12, 7)
    return [
        Moment(f"{day:%A}-evening".lower(), dt.datetime.combine(day, dt.time(21, 30)))
        for day in (monday + dt.timedelta(days=n) for n in range(7))
    ]


SWEEP = (
    *_week_of_evenings(),
    Moment("christmas-eve", dt.datetime(2026, 12, 24, 21, 30)),
    Moment("new-years-eve", dt.datetime(2026, 12, 31, 23, 30)),
    Moment("leap-day", dt.datetime(2028, 2, 29, 12, 0)),
    # The days the clocks change, just after the change (the hour before it is skipped in
    # spring; in autumn the hour after it happens twice).
    Moment("berlin-spring", dt.datetime(2027, 3, 28, 3, 30), "Europe/Berlin"),
    Moment("berlin-autumn", dt.datetime(2027, 10, 31, 2, 30), "Europe/Berlin"),
    Moment("new-york-spring", dt.datetime(2027, 3, 14, 3, 30), "America/New_York"),
    Moment("new-york-autumn", dt.datetime(2027, 11, 7, 1, 30), "America/New_York"),
)
"""The moments a ``dated`` test is run at with ``--sweep-dates``."""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--sweep-dates",
        action="store_true",
        help="run the tests marked 'dated' at every moment of tests.conftest.SWEEP",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    swept = metafunc.config.getoption("--sweep-dates")
    if swept and metafunc.definition.get_closest_marker("dated"):
        metafunc.parametrize(
            "pinned_moment", SWEEP, ids=[m.name for m in SWEEP], indirect=True, scope="function"
        )


@pytest.fixture
def pinned_moment(request: pytest.FixtureRequest) -> Moment:
    """The moment this test runs at: :data:`NOW`, or one of :data:`SWEEP`."""
    return getattr(request, "param", Moment("default", NOW))


@pytest.fixture(autouse=True)
def now(pinned_moment: Moment, monkeypatch: pytest.MonkeyPatch) -> Iterator[dt.datetime]:
    """Pin the plan's clock (in this process and in the processes a test starts)."""
    monkeypatch.setenv(PIN_VARIABLE, pinned_moment.at.isoformat(timespec="minutes"))
    zone = os.environ.get("TZ")
    if pinned_moment.zone:
        os.environ["TZ"] = pinned_moment.zone
        time.tzset()
    yield pinned_moment.at
    if pinned_moment.zone:
        if zone is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = zone
        time.tzset()


@pytest.fixture
def today(now: dt.datetime) -> dt.date:
    return now.date()


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test away from the real user's data folder and settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv(ENVIRONMENT_URL, raising=False)
    monkeypatch.delenv("CARE_PLANNER_PASSPHRASE", raising=False)
    return home


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return tmp_path / "plan" / "plan.sqlite3"


@pytest.fixture(params=["sqlite", "postgresql"])
def either_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A plan file's address, then a throwaway PostgreSQL database's: a test taking it runs
    on both."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'plan.sqlite3'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def plan(plan_path: Path) -> Iterator[Plan]:
    opened = open_plan(f"sqlite:///{plan_path}")
    yield opened
    opened.close()


@pytest.fixture
def demo_plan(plan: Plan) -> Plan:
    """A plan holding the demo month around the pinned clock (:data:`TODAY` by default)."""
    fill_demo(plan)
    return plan


@pytest.fixture
def reading_aside(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Weeks read ahead by a second process, as in the window's own process
    (planner/services/week_reader.py); the one started is ended afterwards."""
    monkeypatch.setattr(week_reader, "_allowed", True)
    yield
    week_reader.stop()
